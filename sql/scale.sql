-- scale: the function properties that parallel plans and postgres_fdw shards need

-- every function that analyses a text is IMMUTABLE or STABLE, PARALLEL SAFE,
-- and priced (a C function without COST costs 1, and never gets a parallel plan)
SELECT p.oid::regprocedure AS function, p.provolatile, p.proparallel, p.procost
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'speech'
WHERE p.proargtypes[0] = 'text'::regtype OR p.proargtypes[1] = 'text'::regtype
ORDER BY p.oid::regprocedure::text;

-- with these COSTs a table of long documents gets a parallel plan once its
-- storage parameter says how many workers it deserves (its heap is small: the
-- text is TOASTed, and the planner sizes a parallel scan from the heap alone)
CREATE TABLE scale_docs (id int, body text) WITH (parallel_workers = 2);
INSERT INTO scale_docs SELECT g, repeat(E'一、认清形势\n当前形势很好，我们要抓发展。\n二、明确任务\n', 10) || g FROM generate_series(1, 1000) g;
ANALYZE scale_docs;
EXPLAIN (COSTS OFF) SELECT sum((speech_metrics(body)).sentences) FROM scale_docs;
EXPLAIN (COSTS OFF) SELECT sum(length(speech_tsvector('speech_zh', body))) FROM scale_docs;
-- and the answer is the same with and without workers
SELECT sum((speech_metrics(body)).sentences) AS sentences, count(*) FROM scale_docs;
SET max_parallel_workers_per_gather = 0;
SELECT sum((speech_metrics(body)).sentences) AS sentences, count(*) FROM scale_docs;
RESET max_parallel_workers_per_gather;
DROP TABLE scale_docs;

-- speech_metrics_json: the same fields as to_jsonb(speech_metrics()), whatever
-- extra_float_digits the session uses (so it can be IMMUTABLE)
SELECT speech_metrics_json(t) = to_jsonb(speech_metrics(t)) AS same,
	   speech_metrics_json(t, false) = to_jsonb(speech_metrics(t, false)) AS same_unsegmented
FROM (VALUES (E'同志们：\n一、认清形势\n当前形势很好。我们要坚持以人民为中心。\n二、明确任务\n抓发展，抓民生！\n')) v(t);
SET extra_float_digits = 0;
SELECT speech_metrics_json(t) -> 'mattr' AS json_mattr, to_jsonb(speech_metrics(t)) -> 'mattr' AS to_jsonb_mattr
FROM (VALUES (E'我们要坚持以人民为中心的发展思想，不断满足人民日益增长的美好生活需要。')) v(t);
RESET extra_float_digits;
SELECT speech_metrics_json(t) -> 'mattr' AS json_mattr, to_jsonb(speech_metrics(t)) -> 'mattr' AS to_jsonb_mattr
FROM (VALUES (E'我们要坚持以人民为中心的发展思想，不断满足人民日益增长的美好生活需要。')) v(t);
SELECT speech_metrics_json(NULL) IS NULL AS null_in;

-- the upgrade from 1.2 gives what a fresh install gives
SET client_min_messages = warning;
DROP EXTENSION speech CASCADE;
CREATE EXTENSION speech VERSION '1.2';
SELECT procost FROM pg_proc WHERE proname = 'speech_metrics';
ALTER EXTENSION speech UPDATE TO '1.3';
RESET client_min_messages;
SELECT extversion FROM pg_extension WHERE extname = 'speech';
SELECT p.proname, p.procost FROM pg_proc p
WHERE p.proname IN ('speech_metrics', 'speech_tsvector', 'speech_metrics_json', 'speech_outline')
ORDER BY 1;
