#!/usr/bin/env bash
# Throughput of speech_metrics() against to_tsvector('simple', …), PostgreSQL's
# cheapest tokenizer, on the same rows in the same run:
#   - speech_metrics(body, false): every field but the word-based ones; bar >= 1.0x
#     (counting a text's structure, quantities and quotes should cost no more
#     than the cheapest tokenizing PostgreSQL does)
#   - speech_metrics(body):        with the segmentation (words, TTR, MATTR,
#                                  directives, pronouns, readability 2/3); reported
#   - speech_quantities, speech_diagnostics, to_tsvector('speech_zh'): reported
#   - linearity: speech_metrics on the whole corpus as one text against 16
#     slices of 1/16 (cost ratio 1.0 = linear)
# Rows: the corpus of ../shared/corpus (seed and docs), repeated to about 10 MB.
# Each query runs three times on one backend without parallel workers; the best
# time counts.  Runs on a throwaway cluster (the extension must be installed:
# `make bench` does both).  Exit status 1 when the first ratio is below 1.0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
shared=${SPEECH_SHARED:-$root/../shared}
if ! ls "$shared"/corpus/docs/*.txt >/dev/null 2>&1; then
	echo "skipped: no corpus in $shared/corpus (it lives outside the project)"
	exit 0
fi
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"
test/pgcluster.sh stop
trap 'test/pgcluster.sh stop' EXIT
test/pgcluster.sh start
eval "$(test/pgcluster.sh env)"
repeat=${SPEECH_BENCH_REPEAT:-4}
db=speech_bench
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
files=$(ls "$shared"/corpus/seed/*.txt "$shared"/corpus/docs/*.txt | sed "s/'/''/g; s/.*/('&')/" | paste -sd,)
out=$(psql -X -q -v ON_ERROR_STOP=1 -d $db <<SQL
CREATE EXTENSION speech;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE bench AS
	SELECT pg_read_file(f.path) AS body FROM (VALUES $files) f(path), generate_series(1, $repeat);
ANALYZE bench;
-- best of five rounds; the queries alternate within a round so that a busy
-- machine slows them alike
CREATE TEMP TABLE q (n int, what text, sql text, best float8 DEFAULT 'Infinity');
INSERT INTO q (n, what, sql) VALUES
	(1, 'to_tsvector(''simple'')', 'SELECT count(to_tsvector(''simple'', body)) FROM bench'),
	(2, 'speech_metrics(body, false)', 'SELECT count(speech_metrics(body, false)) FROM bench'),
	(3, 'speech_metrics(body)', 'SELECT count(speech_metrics(body)) FROM bench'),
	(4, 'speech_quantities(body)', 'SELECT count(*) FROM bench, speech_quantities(body)'),
	(5, 'speech_diagnostics(body)', 'SELECT count(*) FROM bench, speech_diagnostics(body)'),
	(6, 'to_tsvector(''speech_zh'') (same segmentation)', 'SELECT count(to_tsvector(''speech_zh'', body)) FROM bench');
-- warm up: map the lexicon, fill the caches
SELECT count(speech_metrics(body)) IS NOT NULL AS warm FROM bench;
DO \$\$
DECLARE r record; t0 timestamptz; d float8;
BEGIN
	FOR i IN 1..5 LOOP
		FOR r IN SELECT * FROM q ORDER BY n LOOP
			t0 := clock_timestamp();
			EXECUTE r.sql;
			d := extract(epoch FROM clock_timestamp() - t0);
			UPDATE q SET best = least(best, d) WHERE n = r.n;
		END LOOP;
	END LOOP;
END \$\$;
\pset footer off
SELECT q.what, s.n AS rows, round(s.mb, 1) AS mb, round(q.best::numeric, 3) AS seconds,
	   round((s.mb / q.best)::numeric, 1) AS mb_per_s,
	   round(((SELECT best FROM q WHERE n = 1) / q.best)::numeric, 2) AS ratio_vs_tsvector
  FROM q, (SELECT sum(octet_length(body)) / 1e6 AS mb, count(*) AS n FROM bench) s
 ORDER BY q.n;
-- linearity: one text of the whole corpus (about 2.6 MB) against a 1/16 slice
CREATE TEMP TABLE big AS SELECT string_agg(body, E'\n') AS body FROM (SELECT body FROM bench LIMIT (SELECT count(*) / $repeat FROM bench)) b;
CREATE TEMP TABLE small AS SELECT left(body, length(body) / 16) AS body FROM big;
CREATE TEMP TABLE lin (what text, best float8);
DO \$\$
DECLARE t0 timestamptz; s float8 := 'Infinity'; b float8 := 'Infinity';
BEGIN
	FOR i IN 1..3 LOOP
		t0 := clock_timestamp();
		FOR k IN 1..16 LOOP PERFORM speech_metrics(body) FROM small; END LOOP;
		s := least(s, extract(epoch FROM clock_timestamp() - t0));
		t0 := clock_timestamp();
		PERFORM speech_metrics(body) FROM big;
		b := least(b, extract(epoch FROM clock_timestamp() - t0));
	END LOOP;
	INSERT INTO lin VALUES ('16 x 1/16 of the text', s), ('the whole text at once', b);
END \$\$;
SELECT what, round((SELECT octet_length(body) / 1e6 FROM big), 1) AS mb, round(best::numeric, 3) AS seconds,
	   round((best / (SELECT best FROM lin WHERE what LIKE '16%'))::numeric, 2) AS cost_ratio
  FROM lin;
\pset tuples_only on
\pset format unaligned
SELECT 'ratio ' || round(((SELECT best FROM q WHERE n = 1) / (SELECT best FROM q WHERE n = 2))::numeric, 2);
SQL
)
printf '%s\n' "$out" | grep -v '^ratio '
ratio=$(printf '%s\n' "$out" | sed -n 's/^ratio //p')
psql -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
echo "speech_metrics(body, false) vs to_tsvector('simple'): ${ratio}x (bar 1.0x)"
python3 -c "import sys; sys.exit(0 if float('$ratio') >= 1.0 else 1)"
