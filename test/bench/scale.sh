#!/usr/bin/env bash
# make bench-parallel: the scale benchmark (test/bench/scale.py) on its own
# throwaway cluster (test/pgcluster.sh, name "bench"), stopped and removed at the
# end.  Arguments pick sections: parallel linear memory index (default: all).
# SPEECH_BENCH_MB (default 200) sizes the two corpus tables, SPEECH_BENCH_ROUNDS
# (default 2) the rounds of every timing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"

test/pgcluster.sh stop bench
trap 'test/pgcluster.sh stop bench' EXIT
test/pgcluster.sh start bench
eval "$(test/pgcluster.sh env bench)"
export PGDATABASE=speech_scale
createdb "$PGDATABASE"
psql -X -q -c 'CREATE EXTENSION speech'
python3 test/bench/scale.py "$@"
