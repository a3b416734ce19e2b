#!/usr/bin/env bash
# The passage table and the parallel_workers helper, measured (no timed
# assertions, figures printed):
#   - speech_set_parallel_workers on a table of whole speeches (the corpus of
#     ../shared/corpus/docs, else test/data/sample_speech.txt, repeated): the
#     workers it sets, and sum(sentences) over speech_metrics (in the select
#     list: the LATERAL form is planned as a nested loop without Gather
#     here) with 0 workers
#     against the plan after the call (best of 3), the speed-up;
#   - ts_headline of a phrase on the whole of a 56,161-character report
#     against the same on its passage (best of 5).
# Runs on a throwaway cluster (the extension must be installed).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
shared=${SPEECH_SHARED:-$root/../shared}
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"
test/pgcluster.sh stop
trap 'test/pgcluster.sh stop' EXIT
test/pgcluster.sh start
eval "$(test/pgcluster.sh env)"
db=speech_bench_passages
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
if ls "$shared"/corpus/docs/*.txt >/dev/null 2>&1; then
	files=$(ls "$shared"/corpus/docs/*.txt | sed "s/'/''/g; s/.*/('&')/" | paste -sd,)
	repeat=${SPEECH_BENCH_REPEAT:-20}
else
	files="('$root/test/data/sample_speech.txt')"
	repeat=${SPEECH_BENCH_REPEAT:-2000}
fi
psql -X -q -v ON_ERROR_STOP=1 -d $db <<SQL
CREATE EXTENSION speech;
CREATE TABLE speeches AS
	SELECT row_number() OVER () AS id, pg_read_file(f.path) AS body
	FROM (VALUES $files) f(path), generate_series(1, $repeat);
ANALYZE speeches;
SELECT count(*) AS speeches, pg_size_pretty(pg_relation_size('speeches')) AS heap,
       pg_size_pretty(pg_total_relation_size('speeches')) AS total FROM speeches;
SELECT speech_set_parallel_workers('speeches') AS workers_set;
EXPLAIN (COSTS OFF) SELECT sum((m).sentences) FROM (SELECT speech_metrics(body, false) AS m FROM speeches) s;
CREATE FUNCTION pg_temp.best(q text, workers int, n int) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; best float8 := 'infinity'; d float8;
BEGIN
	PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
	FOR i IN 1 .. n LOOP
		t0 := clock_timestamp();
		EXECUTE q;
		d := extract(epoch FROM clock_timestamp() - t0);
		best := least(best, d);
	END LOOP;
	RETURN best;
END \$\$;
WITH t AS (SELECT pg_temp.best('SELECT sum((m).sentences) FROM (SELECT speech_metrics(body, false) AS m FROM speeches) s', 0, 3) AS serial,
                  pg_temp.best('SELECT sum((m).sentences) FROM (SELECT speech_metrics(body, false) AS m FROM speeches) s', 2, 3) AS parallel)
SELECT round(serial::numeric, 3) AS "0 workers s", round(parallel::numeric, 3) AS "after the helper s",
       round((serial / parallel)::numeric, 2) AS speed_up FROM t;
CREATE TABLE long_doc AS SELECT E'关于经济工作的报告\n一、总体要求\n' || repeat(E'我们要坚持稳中求进工作总基调，推动经济社会持续健康发展。\n', 1200)
     || E'二、主要任务\n' || repeat(E'各地区各部门要加强统筹协调，确保各项政策落地见效。\n', 800)
     || E'这是全体人民共同奋斗的宏伟蓝图。\n' || repeat(E'各地区各部门要加强统筹协调，确保各项政策落地见效。\n', 20) AS body;
CREATE TABLE long_passage AS SELECT p.* FROM long_doc d, speech_passages(d.body) p
	WHERE to_tsvector('speech_zh', p.text) @@ phraseto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图');
WITH t AS (SELECT pg_temp.best(\$q\$SELECT ts_headline('speech_zh', body, phraseto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图')) FROM long_doc\$q\$, 0, 5) AS whole,
                  pg_temp.best(\$q\$SELECT ts_headline('speech_zh', text, phraseto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图')) FROM long_passage\$q\$, 0, 5) AS passage)
SELECT (SELECT length(body) FROM long_doc) AS doc_chars, (SELECT len FROM long_passage) AS passage_chars,
       round((whole * 1000)::numeric, 2) AS "ts_headline whole ms", round((passage * 1000)::numeric, 2) AS "on the passage ms",
       round((whole / passage)::numeric, 1) AS ratio FROM t;
SQL
