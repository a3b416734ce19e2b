/* speech--1.0.sql: the structure of a speech (outline, paragraphs, sentences) */

\echo Use "CREATE EXTENSION speech" to load this file. \quit

-- STABLE, not IMMUTABLE: the answer names the ICU library the server loads,
-- which can change under a running installation with a system upgrade.
CREATE FUNCTION speech_version() RETURNS text
	AS 'MODULE_PATHNAME', 'speech_version'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_version() IS 'speech library version with the ICU and Unicode versions it runs on';
