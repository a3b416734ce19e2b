#!/usr/bin/env bash
# Throughput of speech_turns() against to_tsvector('simple', …), PostgreSQL's
# cheapest tokenizer, on the same rows in the same run (issue 14's bar: >= 1x),
# and of speech_turn_metrics(body, false); then linearity: speech_turns on the
# whole corpus as one text against 16 slices of 1/16 (cost ratio 1.0 = linear).
# Rows: the transcripts of ../shared/corpus (pc_*), and every document of the
# corpus (most are one statement turn: the finder still reads them), repeated.
# Each query runs five times on one backend without parallel workers; the best
# time counts.  Ratios are printed, nothing is asserted on time (a shared
# machine); runs on a throwaway cluster (`make bench` installs first).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
shared=${SPEECH_SHARED:-$root/../shared}
if ! ls "$shared"/corpus/docs/pc_*.txt >/dev/null 2>&1; then
	echo "skipped: no transcripts in $shared/corpus/docs (the corpus lives outside the project)"
	exit 0
fi
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"
test/pgcluster.sh stop
trap 'test/pgcluster.sh stop' EXIT
test/pgcluster.sh start
eval "$(test/pgcluster.sh env)"
repeat=${SPEECH_BENCH_REPEAT:-8}
db=speech_bench_turns
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
list() { ls "$@" | sed "s/'/''/g; s/.*/('&')/" | paste -sd,; }
pc=$(list "$shared"/corpus/docs/pc_*.txt)
all=$(list "$shared"/corpus/docs/*.txt)
psql -X -q -v ON_ERROR_STOP=1 -d $db <<SQL
CREATE EXTENSION speech;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE pc AS SELECT pg_read_file(f.path) AS body FROM (VALUES $pc) f(path), generate_series(1, $repeat);
CREATE TABLE docs AS SELECT pg_read_file(f.path) AS body FROM (VALUES $all) f(path), generate_series(1, $repeat / 4 + 1);
ANALYZE pc; ANALYZE docs;
CREATE TEMP TABLE q (n int, what text, sql text, best float8 DEFAULT 'Infinity');
INSERT INTO q (n, what, sql) VALUES
	(1, 'transcripts: to_tsvector(''simple'')', 'SELECT count(to_tsvector(''simple'', body)) FROM pc'),
	(2, 'transcripts: speech_turns(body)', 'SELECT count(*) FROM pc, speech_turns(body)'),
	(3, 'transcripts: speech_turn_metrics(body, false)', 'SELECT count(*) FROM pc, speech_turn_metrics(body, false)'),
	(4, 'all documents: to_tsvector(''simple'')', 'SELECT count(to_tsvector(''simple'', body)) FROM docs'),
	(5, 'all documents: speech_turns(body)', 'SELECT count(*) FROM docs, speech_turns(body)');
SELECT count(*) > 0 AS warm FROM pc, speech_turns(body);
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
SELECT q.what, round(q.best::numeric, 3) AS seconds,
	   round(((SELECT best FROM q x WHERE x.n = CASE WHEN q.n <= 3 THEN 1 ELSE 4 END) / q.best)::numeric, 2)
		 AS ratio_vs_tsvector
  FROM q ORDER BY q.n;
CREATE TEMP TABLE big AS SELECT string_agg(body, E'\n') AS body FROM (SELECT body FROM docs LIMIT (SELECT count(*) / ($repeat / 4 + 1) FROM docs)) b;
CREATE TEMP TABLE small AS SELECT left(body, length(body) / 16) AS body FROM big;
CREATE TEMP TABLE lin (what text, best float8);
DO \$\$
DECLARE t0 timestamptz; s float8 := 'Infinity'; b float8 := 'Infinity';
BEGIN
	FOR i IN 1..3 LOOP
		t0 := clock_timestamp();
		FOR k IN 1..16 LOOP PERFORM count(*) FROM small, speech_turns(body); END LOOP;
		s := least(s, extract(epoch FROM clock_timestamp() - t0));
		t0 := clock_timestamp();
		PERFORM count(*) FROM big, speech_turns(body);
		b := least(b, extract(epoch FROM clock_timestamp() - t0));
	END LOOP;
	INSERT INTO lin VALUES ('speech_turns: 16 x 1/16 of the text', s), ('speech_turns: the whole text at once', b);
END \$\$;
SELECT what, round((SELECT octet_length(body) / 1e6 FROM big), 1) AS mb, round(best::numeric, 3) AS seconds,
	   round((best / (SELECT best FROM lin WHERE what LIKE '%16 x%'))::numeric, 2) AS cost_ratio
  FROM lin;
SQL
psql -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
