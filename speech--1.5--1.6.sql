/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- ======== passages, long documents and getting texts in (1.6) ========
-- speech_passages: IMMUTABLE, STRICT, PARALLEL SAFE like the structure
-- functions (the result depends on the arguments alone); target_chars outside
-- 10 .. 1,000,000 is an error with a hint.
CREATE FUNCTION speech_passages(body text, target_chars int DEFAULT 1000)
	RETURNS TABLE (id int, section_id int, path text, pos int, len int, text text)
	AS 'MODULE_PATHNAME', 'speech_passages'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;
COMMENT ON FUNCTION speech_passages(text, int) IS 'the text cut into passages of at most target_chars characters that follow its sections, paragraphs and sentences, with the heading path of each';

-- a check for whole-document tsvectors: true when PostgreSQL dropped
-- positions (a position clamped at 16383, or a lexeme at its 255 positions),
-- so phrase and distance queries past that point fail without an error.
-- IMMUTABLE: it reads its argument alone.
CREATE FUNCTION speech_positions_clamped(tsvector) RETURNS boolean
	AS 'MODULE_PATHNAME', 'speech_positions_clamped'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_positions_clamped(tsvector) IS 'true when the tsvector lost positions (past 16383, or more than 255 of one lexeme): phrase queries past them fail; index such texts by passages (speech_passages)';

-- speech_decode: the bytes of a file as text.  Not STRICT: a NULL encoding
-- means "detect it" (NULL bytes still give NULL).  IMMUTABLE: the result
-- depends on the arguments and on ICU's conversion tables and detector, which
-- are fixed for a library version (as to_tsvector depends on its
-- dictionaries), so it can feed a generated column.
CREATE FUNCTION speech_decode(bytes bytea, encoding text DEFAULT NULL) RETURNS text
	AS 'MODULE_PATHNAME', 'speech_decode'
	LANGUAGE C IMMUTABLE PARALLEL SAFE COST 500;
COMMENT ON FUNCTION speech_decode(bytea, text) IS 'bytes in GB18030/GBK/GB2312, Big5, UTF-16 (BOM or not), UTF-8 (BOM or not) or any ICU encoding as text; encoding NULL: detected (BOM, UTF-8, UTF-16, ICU ucsdet); invalid bytes are an error with their offset';

-- speech_set_parallel_workers: the planner sizes a parallel scan from the
-- heap alone, and whole speeches live in TOAST, so a table of them never gets
-- a worker.  This sets the storage parameter parallel_workers from the
-- table's total size (TOAST and indexes included) with the planner's own rule
-- (one worker at min_parallel_table_scan_size, one more each time the size
-- triples), capped by max_parallel_workers_per_gather and
-- max_parallel_workers; below the threshold the parameter is reset.  Returns
-- the number set.  VOLATILE (it alters the table; its owner may call it).
CREATE FUNCTION speech_set_parallel_workers(tbl regclass) RETURNS int
	LANGUAGE plpgsql VOLATILE STRICT
	SET search_path = pg_catalog
	AS $fn$
DECLARE
	total bigint := pg_total_relation_size(tbl);
	threshold bigint := pg_size_bytes(current_setting('min_parallel_table_scan_size'));
	cap int := least(current_setting('max_parallel_workers_per_gather')::int,
					 current_setting('max_parallel_workers')::int);
	workers int := 0;
BEGIN
	IF threshold < 1 THEN
		threshold := 1;
	END IF;
	IF total >= threshold THEN
		workers := 1;
		WHILE total >= threshold * 3 AND workers < 1024 LOOP
			threshold := threshold * 3;
			workers := workers + 1;
		END LOOP;
	END IF;
	workers := least(workers, cap);
	IF workers > 0 THEN
		EXECUTE format('ALTER TABLE %s SET (parallel_workers = %s)', tbl, workers);
	ELSE
		EXECUTE format('ALTER TABLE %s RESET (parallel_workers)', tbl);
	END IF;
	RETURN workers;
END
$fn$;
COMMENT ON FUNCTION speech_set_parallel_workers(regclass) IS 'sets the parallel_workers storage parameter of a table from its total size including TOAST (the planner counts the heap alone) and max_parallel_workers_per_gather; returns the number set';
