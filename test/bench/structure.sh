#!/usr/bin/env bash
# make bench: the structure benchmark (test/bench/structure.sql) on a throwaway
# cluster.  The text is the Chinese speeches and reports of ../shared/corpus when
# present, else the project's sample speech, repeated to 50 KB and 50 MB.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"
corpus=$(mktemp)
trap 'rm -f "$corpus"; test/pgcluster.sh stop' EXIT
if ls ../shared/corpus/docs/sp_*.txt >/dev/null 2>&1; then
	cat ../shared/corpus/seed/*.txt ../shared/corpus/docs/sp_*.txt ../shared/corpus/docs/wr_*.txt > "$corpus"
	echo "text: speeches and work reports from ../shared/corpus"
else
	cat test/data/sample_speech.txt > "$corpus"
	echo "text: test/data/sample_speech.txt (../shared/corpus not found)"
fi
test/pgcluster.sh stop
test/pgcluster.sh start
eval "$(test/pgcluster.sh env)"
createdb speech_bench
psql -X -q -d speech_bench -c 'CREATE EXTENSION speech'
psql -X -q -v ON_ERROR_STOP=1 -d speech_bench -c "\\set corpus \`cat '$corpus'\`" -f test/bench/structure.sql
