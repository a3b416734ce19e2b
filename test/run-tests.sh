#!/usr/bin/env bash
# Every SQL-level test on a throwaway cluster: pg_regress over sql/ + expected/,
# then the accuracy scorers of ../shared/tools when ../shared is present.
# Called by `make test` after the build, the install and the unit tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# the client programs of the PostgreSQL we build against
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"

test/pgcluster.sh stop
trap 'test/pgcluster.sh stop' EXIT
test/pgcluster.sh start
eval "$(test/pgcluster.sh env)"

status=0
if ! ${MAKE:-make} --no-print-directory installcheck; then
	[ -f regression.diffs ] && head -n 300 regression.diffs
	status=1
fi

for t in test/integration/*.sh; do
	[ -e "$t" ] || continue
	echo "== $t"
	"$t" || status=1
done

exit $status
