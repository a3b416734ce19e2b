-- Structure benchmark: throughput of each function on a 50 KB and a 50 MB text
-- made of real speeches, per-byte cost ratio (linearity), and speed against
-- to_tsvector('simple', ...) on the same 50 KB rows in the same session.
-- Variable: corpus (the 50 KB source text).
\set QUIET on
\pset footer off
CREATE TEMP TABLE src AS SELECT left(repeat(:'corpus', 1 + 51200 / greatest(length(:'corpus'), 1)), 51200) AS small;
-- 50 MB = 1024 copies of the 50 KB text (characters, not bytes)
CREATE TEMP TABLE big AS SELECT repeat(small, 1024) AS body FROM src;

CREATE FUNCTION pg_temp.run(expr text, body text, n int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz := clock_timestamp();
	dummy bigint;
BEGIN
	FOR i IN 1..n LOOP
		EXECUTE 'SELECT ' || expr INTO dummy USING body;
	END LOOP;
	RETURN extract(epoch FROM clock_timestamp() - t0);
END $$;

CREATE TEMP TABLE exprs (ord int, name text, expr text);
INSERT INTO exprs VALUES
	(0, 'to_tsvector(''simple'') [baseline]', 'length(to_tsvector(''simple'', $1))'),
	(1, 'speech_outline', '(SELECT count(*) FROM speech_outline($1))'),
	(2, 'speech_paragraphs', '(SELECT count(*) FROM speech_paragraphs($1))'),
	(3, 'speech_sentences', '(SELECT count(*) FROM speech_sentences($1))'),
	(4, 'speech_parse', '(speech_parse($1)).sentence_count'),
	(5, 'speech_clean', 'length(speech_clean($1))');

-- warm up (first use loads the library and ICU data)
SELECT sum(pg_temp.run(expr, (SELECT small FROM src), 3)) AS warmup FROM exprs \gset

CREATE TEMP TABLE timings AS
SELECT e.ord, e.name,
	   octet_length(s.small) AS small_bytes,
	   pg_temp.run(e.expr, s.small, 200) / 200 AS small_sec,
	   CASE WHEN e.ord = 0 THEN NULL ELSE pg_temp.run(e.expr, b.body, 1) END AS big_sec,
	   octet_length(b.body) AS big_bytes
FROM exprs e, src s, big b ORDER BY e.ord;

\echo
\echo 'throughput in MB/s; linearity = per-byte time at 50 MB / per-byte time at 50 KB (1.0 = linear);'
\echo 'vs baseline = time of to_tsvector(''simple'') / time of the function on the same 50 KB text'
SELECT name AS function,
	   round((small_bytes / 1048576.0 / small_sec)::numeric, 1) AS "MB/s at 50 KB",
	   round((big_bytes / 1048576.0 / big_sec)::numeric, 1) AS "MB/s at 50 MB",
	   round(((big_sec / big_bytes) / (small_sec / small_bytes))::numeric, 2) AS linearity,
	   round(((SELECT small_sec FROM timings WHERE ord = 0) / small_sec)::numeric, 2) AS "vs baseline"
FROM timings ORDER BY ord;
