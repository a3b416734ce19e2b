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
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 3000 ROWS 20;
DO $do$
BEGIN
	EXECUTE $c$COMMENT ON FUNCTION speech_targets(text) IS E'quantified policy targets (\u9884\u671F\u76EE\u6807, \u529B\u4E89, \u5230 2030 \u5E74 ...), not past results: indicator, raw as written, value in base units, high of a range, unit, modifier about/at_least/at_most/range/exact, target year'$c$;
EXCEPTION WHEN untranslatable_character OR feature_not_supported THEN
	COMMENT ON FUNCTION speech_targets(text) IS 'quantified policy targets (goals for a coming period, not past results): indicator, raw as written, value in base units, high of a range, unit, modifier about/at_least/at_most/range/exact, target year';
END
$do$;
