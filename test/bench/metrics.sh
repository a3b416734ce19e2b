#!/usr/bin/env bash
# Throughput of speech_metrics() against to_tsvector('simple', …), PostgreSQL's
# cheapest tokenizer, on the same rows in the same run (issue 4):
#   - speech_metrics(body, false): every field but the word-based ones; bar >= 1.0x
#   - speech_metrics(body):        with the segmentation (words, TTR, MATTR,
#                                  directives, pronouns, readability 2/3); reported
#   - speech_quantities, speech_diagnostics: reported
# Rows: the corpus of ../shared/corpus (seed and docs), repeated to about 10 MB.
# Each query runs three times on one backend without parallel workers; the best
# time counts.  Needs a running server (PGHOST/PGPORT/PGUSER, a superuser for
# pg_read_file) with the extension installable; `make bench` starts a
# throwaway one.  Exit status 1 when the first ratio is below 1.0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SPEECH_SHARED:-$root/../shared}
if ! ls "$shared"/corpus/docs/*.txt >/dev/null 2>&1; then
	echo "skipped: no corpus in $shared/corpus (it lives outside the project)"
	exit 0
fi
repeat=${SPEECH_BENCH_REPEAT:-4}
db=speech_bench
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
files=$(ls "$shared"/corpus/seed/*.txt "$shared"/corpus/docs/*.txt | sed "s/'/''/g; s/.*/('&')/" | paste -sd,)
psql -X -q -v ON_ERROR_STOP=1 -d $db <<SQL
CREATE EXTENSION speech;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE bench AS
	SELECT pg_read_file(f.path) AS body FROM (VALUES $files) f(path), generate_series(1, $repeat);
ANALYZE bench;
CREATE FUNCTION best_seconds(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; best float8 := 'Infinity'; d float8;
BEGIN
	FOR i IN 1..3 LOOP
		t0 := clock_timestamp();
		EXECUTE q;
		d := extract(epoch FROM clock_timestamp() - t0);
		best := least(best, d);
	END LOOP;
	RETURN best;
END \$\$;
-- warm up: map the lexicon, fill the caches
SELECT count(speech_metrics(body)) FROM bench LIMIT 1;
\pset footer off
WITH size AS (SELECT sum(octet_length(body)) / 1e6 AS mb, count(*) AS n FROM bench),
t AS (
	SELECT 'to_tsvector(''simple'')' AS what, best_seconds('SELECT count(to_tsvector(''simple'', body)) FROM bench') AS s
	UNION ALL SELECT 'speech_metrics(body, false)', best_seconds('SELECT count(speech_metrics(body, false)) FROM bench')
	UNION ALL SELECT 'speech_metrics(body)', best_seconds('SELECT count(speech_metrics(body)) FROM bench')
	UNION ALL SELECT 'speech_quantities(body)', best_seconds('SELECT count(*) FROM bench, speech_quantities(body)')
	UNION ALL SELECT 'speech_diagnostics(body)', best_seconds('SELECT count(*) FROM bench, speech_diagnostics(body)')
)
SELECT t.what, size.n AS rows, round(size.mb, 1) AS mb, round(t.s::numeric, 3) AS seconds,
	   round((size.mb / t.s)::numeric, 1) AS mb_per_s,
	   round(((SELECT s FROM t WHERE what LIKE 'to_tsvector%') / t.s)::numeric, 2) AS ratio_vs_tsvector
  FROM t, size;
SQL
ratio=$(psql -X -At -d $db -c "SET max_parallel_workers_per_gather = 0; SELECT round((best_seconds('SELECT count(to_tsvector(''simple'', body)) FROM bench') / best_seconds('SELECT count(speech_metrics(body, false)) FROM bench'))::numeric, 2)" | tail -n 1)
psql -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
echo "speech_metrics(body, false) vs to_tsvector('simple'): ${ratio}x (bar 1.0x)"
python3 -c "import sys; sys.exit(0 if float('$ratio') >= 1.0 else 1)"
