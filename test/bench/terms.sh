#!/usr/bin/env bash
# Benchmark of the user dictionary (a measurement, never a test: nothing here
# asserts a time or a size).  For 10k, 100k and 1M random terms in
# speech_terms (2 to 5 random Han characters each), it prints
#   - the private (anonymous) memory of a backend after one to_tsvector
#     with speech_zh, and the growth over the same backend before it, and
#     the backend's peak RSS (VmHWM: the build's scratch table included);
#   - the reload time: in a session that has the terms cached, a term is
#     added and the next to_tsvector rebuilds the copy (median of 3);
#   - how soon a reload answers statement_timeout (50 ms, and 50% and 90%
#     of the reload time: the scan and the build each check for interrupts).
# Every backend keeps its own copy (terms.c): the memory is per backend, and
# the reload happens once in every backend that tokenizes after a change.
#
#   test/bench/terms.sh                 # on a throwaway cluster (test/pgcluster.sh)
#   BENCH_TERMS="10000 100000" ...      # other sizes
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"
if [ -z "${PGHOST:-}" ]; then
	test/pgcluster.sh start
	trap 'test/pgcluster.sh stop' EXIT
	eval "$(test/pgcluster.sh env)"
fi
db=speech_bench_terms
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -X -q -d $db -c "CREATE EXTENSION speech"
text="SELECT to_tsvector('speech_zh', '中华人民共和国成立于1949年，构建和谐社会') IS NOT NULL AS loaded"
anon="SELECT sum((regexp_match(l, '(\d+) kB'))[1]::bigint) FROM regexp_split_to_table(pg_read_file('/proc/self/smaps_rollup'), E'\n') l WHERE l ~ '^Anonymous:'"
for n in ${BENCH_TERMS:-10000 100000 1000000}; do
	psql -X -q -d $db <<SQL
TRUNCATE speech_terms;
INSERT INTO speech_terms (term)
SELECT DISTINCT t FROM (
	SELECT string_agg(chr(19968 + (random() * 20900)::int), '') AS t
	  FROM generate_series(1, ($n * 1.05)::int) g, generate_series(1, 2 + (g % 4)) c
	 GROUP BY g) s
LIMIT $n;
SQL
	have=$(psql -X -A -t -d $db -c "SELECT count(*) || ' terms, ' || round(sum(octet_length(term)) / 1048576.0, 1) || ' MB of text' FROM speech_terms")
	# memory: a fresh backend, before and after its first to_tsvector('speech_zh')
	mem=$(psql -X -q -A -t -d $db <<SQL | paste -sd' '
SELECT to_tsvector('simple', 'x') IS NOT NULL AS warm \gset
$anon;
$text \gset
$anon;
SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s*(\d+) kB'))[1];
SQL
)
	# reload: median of 3 (the terms cached, one term added, the next to_tsvector)
	reload=$(psql -X -q -A -t -d $db <<SQL | sort -n | sed -n 2p
$text \gset
SELECT speech_add_term('犇骉猋') \gset
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
$text \gset
SELECT round(((extract(epoch FROM clock_timestamp()) - :t0) * 1000)::numeric, 1);
SELECT speech_remove_term('犇骉猋') \gset
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
$text \gset
SELECT round(((extract(epoch FROM clock_timestamp()) - :t0) * 1000)::numeric, 1);
SELECT speech_add_term('犇骉猋') \gset
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
$text \gset
SELECT round(((extract(epoch FROM clock_timestamp()) - :t0) * 1000)::numeric, 1);
SELECT speech_remove_term('犇骉猋') \gset
SQL
)
	# cancellation: a reload under statement_timeout = 50 ms and 50% and 90% of the reload time
	cancel=
	for ms in 50 $(awk -v r="$reload" 'BEGIN { printf "%d %d", r * 0.5, r * 0.9 }'); do
		[ "$ms" -ge 10 ] || continue
		got=$(psql -X -q -A -t -d $db 2>&1 <<SQL | grep -v '^$' | sed 's/^ERROR: *canceling statement due to statement timeout/cancelled/' | paste -sd' '
$text \gset
SELECT speech_add_term('犇骉猋') \gset
SET statement_timeout = '${ms}ms';
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
$text \gset
RESET statement_timeout;
SELECT round(((extract(epoch FROM clock_timestamp()) - :t0) * 1000)::numeric, 1) || ' ms';
SELECT speech_remove_term('犇骉猋') \gset
SQL
)
		cancel="$cancel; ${ms} ms: $got"
	done
	echo "$n $have $mem $reload" | awk '{
		printf "bench: %s (%s %s %s %s %s %s): backend anonymous memory %.1f MB -> %.1f MB (+%.1f MB per backend, peak RSS while building %.0f MB), reload %s ms\n",
			$1, $2, $3, $4, $5, $6, $7, $8 / 1024, $9 / 1024, ($9 - $8) / 1024, $10 / 1024, $11 }'
	echo "bench: $n terms: a reload under statement_timeout${cancel#;}"
done
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"
