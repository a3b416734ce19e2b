/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- unnumbered headings: speech_outline(body, unnumbered)
CREATE FUNCTION @extschema@.speech_outline(body text, unnumbered boolean) RETURNS SETOF @extschema@.speech_section
	AS 'MODULE_PATHNAME', 'speech_outline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;
COMMENT ON FUNCTION @extschema@.speech_outline(text, boolean) IS 'the outline; with unnumbered true also the heading lines without a marker (part titles: marker and ordinal NULL), nested by the layout';


-- ---- speech_metrics: the language and the measures of each language ----
-- (doc/metrics.md, "Languages").  Added at the end of the type, so queries
-- of 1.5 keep their fields; speech_section_metrics keeps the columns of 1.5,
-- and speech_metrics_json gains the new keys.  readability1..3 stay, with
-- descriptive names beside them (zh_chars_per_sentence, zh_adv_conj_ratio,
-- zh_readability).
ALTER TYPE speech_metrics
	ADD ATTRIBUTE language text,
	ADD ATTRIBUTE zh_chars_per_sentence float8,
	ADD ATTRIBUTE zh_chars_per_sentence_cntext float8,
	ADD ATTRIBUTE zh_adv_conj_ratio float8,
	ADD ATTRIBUTE zh_readability float8,
	ADD ATTRIBUTE en_words int,
	ADD ATTRIBUTE en_syllables int,
	ADD ATTRIBUTE en_words_per_sentence float8,
	ADD ATTRIBUTE en_syllables_per_word float8,
	ADD ATTRIBUTE en_flesch_reading_ease float8,
	ADD ATTRIBUTE en_flesch_kincaid_grade float8,
	ADD ATTRIBUTE en_ari float8,
	ADD ATTRIBUTE en_mattr float8,
	ADD ATTRIBUTE en_hedges int;

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
