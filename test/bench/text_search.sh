#!/usr/bin/env bash
# Benchmark of speech_zh against the stock 'simple' configuration on the same
# rows, in one run (a measurement, never a test: nothing here asserts a time).
#
#   test/bench/text_search.sh              # on a throwaway cluster (test/pgcluster.sh); also in make bench
#   BENCH_MB=10 test/bench/text_search.sh  # more text (default 5 MB)
#   BENCH_KEEP=1 ...                       # keep the database speech_bench (for perf)
#
# Loads the shared corpus (../shared/corpus/docs, repeated up to BENCH_MB) as
# ~2,000-character rows, builds presplit = the same rows with a space between
# speech_parser's tokens, and prints MB/s of
#   to_tsvector('speech_zh', body)       ours
#   to_tsvector('simple', presplit)      the floor: PostgreSQL's own per-token work
#   to_tsvector('simple', body)          no segmentation at all
#   speech_tsvector('speech_zh', body)   weighted by the outline, built without the pipeline
# with the ratios, then the first-call cost in a fresh connection and the
# backend's memory after loading the dictionaries.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
shared=${SPEECH_SHARED:-$root/../shared}
mb=${BENCH_MB:-5}
if [ ! -d "$shared/corpus/docs" ]; then
	echo "bench: $shared/corpus/docs not found; the benchmark needs the shared corpus" >&2
	exit 1
fi
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"
if [ -z "${PGHOST:-}" ]; then
	test/pgcluster.sh start
	trap 'test/pgcluster.sh stop' EXIT
	eval "$(test/pgcluster.sh env)"
fi
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
db=speech_bench
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql -X -q -d "$db" -c "CREATE EXTENSION speech"

python3 - "$shared" "$mb" <<'PY' | psql -X -q -d "$db"
import glob, os, sys
shared, mb = sys.argv[1], float(sys.argv[2])
text = "".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(shared, "corpus/docs/*.txt"))))
rows, size = [], 0
while size < mb * 1e6:
    for i in range(0, len(text), 2000):
        r = text[i:i + 2000]
        rows.append(r)
        size += len(r.encode())
        if size >= mb * 1e6:
            break
esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
print("CREATE TABLE rows (id int, body text, presplit text);")
print("COPY rows (id, body) FROM STDIN;")
for i, r in enumerate(rows):
    print("%d\t%s" % (i, esc(r)))
print("\\.")
PY

psql -X -q -d "$db" <<'SQL'
UPDATE rows SET presplit = (SELECT string_agg(token, ' ' ORDER BY o)
	FROM ts_parse('speech_parser', body) WITH ORDINALITY p(tokid, token, o));
VACUUM ANALYZE rows;
SQL

psql -X -q -A -t -d "$db" <<'SQL'
SET max_parallel_workers_per_gather = 0;
-- rounds of the three queries in turn, the best time of each: another process
-- slowing one round slows all three alike
CREATE FUNCTION pg_temp.run(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz;
BEGIN
	t0 := clock_timestamp();
	EXECUTE q;
	RETURN extract(epoch FROM clock_timestamp() - t0);
END $$;
CREATE TEMP TABLE times (round int, q text, secs float8);
DO $$
BEGIN
	FOR i IN 1..7 LOOP
		INSERT INTO times VALUES
			(i, 'zh', pg_temp.run($q$SELECT count(*) FROM rows WHERE to_tsvector('speech_zh', body) IS NOT NULL$q$)),
			(i, 'floor', pg_temp.run($q$SELECT count(*) FROM rows WHERE to_tsvector('simple', presplit) IS NOT NULL$q$)),
			(i, 'simple', pg_temp.run($q$SELECT count(*) FROM rows WHERE to_tsvector('simple', body) IS NOT NULL$q$)),
			(i, 'stv', pg_temp.run($q$SELECT count(*) FROM rows WHERE speech_tsvector('speech_zh', body) IS NOT NULL$q$));
	END LOOP;
END $$;
WITH sz AS (SELECT sum(octet_length(body)) / 1e6 AS mb, count(*) AS n FROM rows),
t AS (SELECT min(secs) FILTER (WHERE q = 'zh') AS zh, min(secs) FILTER (WHERE q = 'floor') AS floor,
	min(secs) FILTER (WHERE q = 'simple') AS simple, min(secs) FILTER (WHERE q = 'stv') AS stv FROM times)
SELECT format(E'bench: %s rows, %s MB (best of 7 interleaved rounds)\n'
	'bench: to_tsvector(''speech_zh'', body)     %s MB/s\n'
	'bench: to_tsvector(''simple'', presplit)    %s MB/s  (floor)\n'
	'bench: to_tsvector(''simple'', body)        %s MB/s  (no segmentation)\n'
	'bench: speech_zh / simple speed            %s x  (bar >= 0.28)\n'
	'bench: speech_zh time / floor time         %s x  (bar <= 1.5)\n'
	'bench: speech_tsvector(''speech_zh'', body) %s MB/s  (weighted, built without the pipeline)\n'
	'bench: speech_tsvector / to_tsvector speed %s x  (issue 17 bar >= 2)',
	n, round(mb, 2), round((mb / zh)::numeric, 2), round((mb / floor)::numeric, 2),
	round((mb / simple)::numeric, 2), round((simple / zh)::numeric, 3), round((zh / floor)::numeric, 3),
	round((mb / stv)::numeric, 2), round((zh / stv)::numeric, 3))
FROM sz, t;
-- the same ratios round by round (the three queries of a round ran back to
-- back, so a slow spell of the machine weighs on all three): their medians
WITH r AS (SELECT round, min(secs) FILTER (WHERE q = 'zh') AS zh, min(secs) FILTER (WHERE q = 'floor') AS floor,
	min(secs) FILTER (WHERE q = 'simple') AS simple, min(secs) FILTER (WHERE q = 'stv') AS stv FROM times GROUP BY round)
SELECT format('bench: per round (median of %s, min-max): speech_zh / simple %s x (%s-%s), speech_zh / floor time %s x (%s-%s), speech_tsvector / to_tsvector speed %s x (%s-%s)',
	count(*),
	round(percentile_cont(0.5) WITHIN GROUP (ORDER BY simple / zh)::numeric, 3),
	round(min(simple / zh)::numeric, 3), round(max(simple / zh)::numeric, 3),
	round(percentile_cont(0.5) WITHIN GROUP (ORDER BY zh / floor)::numeric, 3),
	round(min(zh / floor)::numeric, 3), round(max(zh / floor)::numeric, 3),
	round(percentile_cont(0.5) WITHIN GROUP (ORDER BY zh / stv)::numeric, 3),
	round(min(zh / stv)::numeric, 3), round(max(zh / stv)::numeric, 3))
FROM r;
SQL

# first call in a fresh connection, speech_zh against simple (median of 5)
first_call() {
	for i in 1 2 3 4 5; do
		psql -X -q -A -t -d "$db" -c "SELECT extract(epoch FROM clock_timestamp()) * 1000" \
			-c "SELECT to_tsvector('$1', '中华人民共和国成立于1949年') IS NOT NULL" \
			-c "SELECT extract(epoch FROM clock_timestamp()) * 1000" | paste -sd' ' | awk '{print $3 - $1}'
	done | sort -n | sed -n 3p
}
zh_ms=$(first_call speech_zh)
simple_ms=$(first_call simple)
awk -v z="$zh_ms" -v s="$simple_ms" 'BEGIN { printf "bench: first call in a fresh connection: speech_zh %.1f ms, simple %.1f ms, difference %.1f ms (bar <= 10)\n", z, s, z - s }'

# memory of a fresh backend after one to_tsvector with configuration $1 (its own /proc/self)
memory_after() {
	psql -X -q -A -t -d "$db" <<SQL
SELECT to_tsvector('$1', '中华人民共和国成立于1949年，构建和谐社会') IS NOT NULL AS loaded \gset
WITH m AS (SELECT split_part(l, ':', 1) AS k, (regexp_match(l, '(\d+) kB'))[1]::bigint AS kb
	FROM regexp_split_to_table(pg_read_file('/proc/self/smaps_rollup'), E'\n') l WHERE l ~ 'kB')
SELECT format('bench: backend memory after %-9s RSS %s MB, PSS %s MB, anonymous (private heap) %s MB', '$1:',
	round(sum(kb) FILTER (WHERE k = 'Rss') / 1024.0, 1),
	round(sum(kb) FILTER (WHERE k = 'Pss') / 1024.0, 1),
	round(sum(kb) FILTER (WHERE k = 'Anonymous') / 1024.0, 1)) FROM m;
SQL
}
memory_after speech_zh
memory_after simple
[ -n "${BENCH_KEEP:-}" ] || psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"
