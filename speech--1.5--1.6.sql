/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- 1.6: Traditional Chinese folded to Simplified (OpenCC's t2s tables) by
-- speech_parser, so that speech_zh finds a word in either script;
-- speech_parser_exact and speech_zh_exact cut the text as it is, for users
-- who need to tell the scripts apart (doc/text-search.md)
CREATE FUNCTION speech_prs_start_exact(internal, integer) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_prs_start_exact' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE TEXT SEARCH PARSER speech_parser_exact (
	START = speech_prs_start_exact,
	GETTOKEN = speech_prs_gettoken,
	END = speech_prs_end,
	LEXTYPES = speech_prs_lextype,
	HEADLINE = speech_prs_headline
);
COMMENT ON TEXT SEARCH PARSER speech_parser_exact IS 'speech_parser without folding Traditional Chinese to Simplified';
CREATE TEXT SEARCH CONFIGURATION speech_zh_exact (PARSER = speech_parser_exact);
ALTER TEXT SEARCH CONFIGURATION speech_zh_exact
	ADD MAPPING FOR hanword, hanchar, hannum, date WITH speech_han;
ALTER TEXT SEARCH CONFIGURATION speech_zh_exact
	ADD MAPPING FOR latin, alnum WITH speech_fold, pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION speech_zh_exact
	ADD MAPPING FOR number WITH speech_fold, pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION speech_zh_exact
	ADD MAPPING FOR symbol WITH pg_catalog.simple;
COMMENT ON TEXT SEARCH CONFIGURATION speech_zh_exact IS 'speech_zh without folding: Traditional and Simplified Chinese are different words';
