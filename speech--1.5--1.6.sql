/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- unnumbered headings: speech_outline(body, unnumbered)
CREATE FUNCTION @extschema@.speech_outline(body text, unnumbered boolean) RETURNS SETOF @extschema@.speech_section
	AS 'MODULE_PATHNAME', 'speech_outline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;
COMMENT ON FUNCTION @extschema@.speech_outline(text, boolean) IS 'the outline; with unnumbered true also the heading lines without a marker (part titles: marker and ordinal NULL), nested by the layout';
