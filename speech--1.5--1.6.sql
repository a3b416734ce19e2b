/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- quantified policy targets of a work report or plan (issue 16)
CREATE FUNCTION speech_targets(body text)
	RETURNS TABLE (id int, section_id int, sentence_id int, pos int, len int,
				   indicator text, raw text, value numeric, high numeric, unit text,
				   modifier text, year int)
	AS 'MODULE_PATHNAME', 'speech_targets'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 20;
DO $do$
BEGIN
	EXECUTE $c$COMMENT ON FUNCTION speech_targets(text) IS E'quantified policy targets (\u9884\u671F\u76EE\u6807, \u529B\u4E89, \u5230 2030 \u5E74 ...), not past results: indicator, raw as written, value in base units, high of a range, unit, modifier about/at_least/at_most/range/exact, target year'$c$;
EXCEPTION WHEN untranslatable_character OR feature_not_supported THEN
	COMMENT ON FUNCTION speech_targets(text) IS 'quantified policy targets (goals for a coming period, not past results): indicator, raw as written, value in base units, high of a range, unit, modifier about/at_least/at_most/range/exact, target year';
END
$do$;

-- speech_quantities: suspect (a number speech_diagnostics calls implausible
-- has no kind) and date (the ISO form of a date, no longer in unit) added at
-- the end; a RETURNS TABLE cannot change in place, so it is made again
DROP FUNCTION speech_quantities(text);
CREATE FUNCTION speech_quantities(body text)
	RETURNS TABLE (id int, section_id int, sentence_id int, pos int, len int, raw text,
				   value numeric, unit text, qualifier text, kind text, high numeric,
				   suspect boolean, date text)
	AS 'MODULE_PATHNAME', 'speech_quantities'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 50;
-- the comment holds Chinese characters, written as \u escapes so that this
-- script is ASCII (read at run time, by EXECUTE); a database encoding that
-- cannot hold them (LATIN1, SQL_ASCII) gets the ASCII comment
DO $do$
BEGIN
	EXECUTE $c$COMMENT ON FUNCTION speech_quantities(text) IS E'numbers with units: value scaled (516\u4E07\u5143 -> 5160000 \u5143), kind count/money/percent/year/date/duration/range, range high end in high; suspect: an implausible number (202223\u5E74, digits merged), without a kind; date: the ISO form of a date'$c$;
EXCEPTION WHEN untranslatable_character OR feature_not_supported THEN
	COMMENT ON FUNCTION speech_quantities(text) IS 'numbers with units: value scaled (516 wan yuan -> 5160000 yuan), kind count/money/percent/year/date/duration/range, range high end in high; suspect: an implausible number (digits merged), without a kind; date: the ISO form of a date';
END
$do$;
