#!/usr/bin/env bash
# Every SQL-level test on a throwaway cluster: pg_regress over sql/ + expected/,
# then every test/integration/*.sh (accuracy scorers of ../shared/tools when
# ../shared is present, the upgrade, dump, concurrency and 100 MB checks).
# Called by `make test` after the build, the install and the unit tests.
#   test/run-tests.sh                      everything
#   test/run-tests.sh test/integration/X.sh ...   only those scripts (no pg_regress)
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
if [ $# -eq 0 ]; then
	if ! ${MAKE:-make} --no-print-directory installcheck; then
		[ -f regression.diffs ] && head -n 300 regression.diffs
		status=1
	fi
	set -- test/integration/*.sh
fi

for t in "$@"; do
	[ -e "$t" ] || continue
	# sourced by the scripts, not one of them
	[ "$(basename "$t")" != lib.sh ] || continue
	echo "== $t"
	start=$(date +%s)
	"$t" || status=1
	echo "   ($t: $(( $(date +%s) - start )) s)"
done

exit $status
