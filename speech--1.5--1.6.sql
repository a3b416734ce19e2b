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
