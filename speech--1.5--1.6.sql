/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- ======== comparing speeches: speech_diff (1.6) ========
-- IMMUTABLE STRICT PARALLEL SAFE like the structure functions: the rows
-- depend only on the two texts.  doc/diff.md defines the units, the
-- similarity measure and the alignment.
CREATE FUNCTION speech_diff(old text, new text)
	RETURNS TABLE (id int, op text, old_pos int, old_len int, new_pos int, new_len int,
				   similarity real, old_section int, new_section int)
	AS 'MODULE_PATHNAME', 'speech_diff'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000 ROWS 500;
COMMENT ON FUNCTION speech_diff(text, text) IS 'sentence-level diff aligned through the outline: a row per unit, op same/changed/added/removed/moved, positions on each side, similarity, speech_outline section ids';

CREATE FUNCTION speech_diff_chars(old text, new text)
	RETURNS TABLE (id int, op text, old_pos int, old_len int, new_pos int, new_len int)
	AS 'MODULE_PATHNAME', 'speech_diff_chars'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500 ROWS 20;
COMMENT ON FUNCTION speech_diff_chars(text, text) IS 'character-level diff of two strings (a changed unit of speech_diff): runs of same, removed and added characters covering both';
