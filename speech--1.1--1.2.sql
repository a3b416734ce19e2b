/* speech--1.1--1.2.sql: metrics (speech_metrics, per-section metrics, quantities,
   quotes, slogans, KWIC, diagnostics) and the editable lexicon they share */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.2'" to load this file. \quit

-- Every function here is IMMUTABLE: its word lists are compiled in (the table
-- speech_lexicon below starts as a copy of them) and its word-based measures
-- use the speech_parser segmentation with the shipped lexicon only (the
-- user's terms and speech.domain_terms, which can change, do not apply).
-- All are STRICT (NULL in, NULL out) and PARALLEL SAFE.  README.md, section
-- "Metrics", defines every field.

-- ---- per speech and per section ----
CREATE TYPE speech_metrics AS (
	characters int,
	han_characters int,
	distinct_han int,
	punctuation int,
	latin_words int,
	words int,
	distinct_words int,
	ttr float8,
	mattr float8,
	sentences int,
	clauses int,
	paragraphs int,
	sections int,
	sections_by_level int[],
	depth int,
	announced_points int,
	found_points int,
	mean_sentence_chars float8,
	max_sentence_chars int,
	questions int,
	exclamations int,
	quantities int,
	percentages int,
	money_amounts int,
	years int,
	dates int,
	quotes int,
	unclosed_quotes int,
	slogans int,
	directive_high int,
	directive_medium int,
	directive_low int,
	directive_high_per_1k float8,
	directive_medium_per_1k float8,
	directive_low_per_1k float8,
	first_person_plural int,
	first_person_singular int,
	first_person_institutional int,
	authority_central int,
	authority_province int,
	authority_city int,
	authority_county int,
	speaking_minutes float8,
	readability1 float8,
	readability2 float8,
	readability3 float8
);
COMMENT ON TYPE speech_metrics IS 'measures of a speech or a section: counts, lexical diversity, structure, quantities, directives, readability (README.md, "Metrics")';

CREATE FUNCTION speech_metrics(body text, segment boolean DEFAULT true) RETURNS speech_metrics
	AS 'MODULE_PATHNAME', 'speech_metrics'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_metrics(text, boolean) IS 'metrics of a speech; with segment => false the word-based fields are NULL and the function does not segment';

CREATE FUNCTION speech_section_metrics(body text, segment boolean DEFAULT true)
	RETURNS TABLE (
		section_id int,
		characters int, han_characters int, distinct_han int, punctuation int, latin_words int,
		words int, distinct_words int, ttr float8, mattr float8,
		sentences int, clauses int, paragraphs int,
		sections int, sections_by_level int[], depth int, announced_points int, found_points int,
		mean_sentence_chars float8, max_sentence_chars int, questions int, exclamations int,
		quantities int, percentages int, money_amounts int, years int, dates int,
		quotes int, unclosed_quotes int, slogans int,
		directive_high int, directive_medium int, directive_low int,
		directive_high_per_1k float8, directive_medium_per_1k float8, directive_low_per_1k float8,
		first_person_plural int, first_person_singular int, first_person_institutional int,
		authority_central int, authority_province int, authority_city int, authority_county int,
		speaking_minutes float8, readability1 float8, readability2 float8, readability3 float8)
	AS 'MODULE_PATHNAME', 'speech_section_metrics'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION speech_section_metrics(text, boolean) IS 'speech_metrics of every section (its whole span, sub-sections included); section_id NULL is the text before the first section';

-- ---- rows ----
CREATE FUNCTION speech_quantities(body text)
	RETURNS TABLE (id int, section_id int, sentence_id int, pos int, len int, raw text,
				   value numeric, unit text, qualifier text, kind text, high numeric)
	AS 'MODULE_PATHNAME', 'speech_quantities'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;
-- the comment holds Chinese characters, written as \u escapes so that this
-- script is ASCII (read at run time, by EXECUTE); a database encoding that
-- cannot hold them (LATIN1, SQL_ASCII) gets the ASCII comment
DO $do$
BEGIN
	EXECUTE $c$COMMENT ON FUNCTION speech_quantities(text) IS E'numbers with units: value scaled (516\u4E07\u5143 -> 5160000 \u5143), kind count/money/percent/year/date/duration/range, range high end in high'$c$;
EXCEPTION WHEN untranslatable_character OR feature_not_supported THEN
	COMMENT ON FUNCTION speech_quantities(text) IS 'numbers with units: value scaled (516 wan yuan -> 5160000 yuan), kind count/money/percent/year/date/duration/range, range high end in high';
END
$do$;

CREATE FUNCTION speech_quotes(body text)
	RETURNS TABLE (id int, section_id int, pos int, len int, term text, mark text, closed boolean)
	AS 'MODULE_PATHNAME', 'speech_quotes'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;
-- the comment holds Chinese characters, written as \u escapes so that this
-- script is ASCII (read at run time, by EXECUTE); a database encoding that
-- cannot hold them (LATIN1, SQL_ASCII) gets the ASCII comment
DO $do$
BEGIN
	EXECUTE $c$COMMENT ON FUNCTION speech_quotes(text) IS E'quoted terms and titles (\u201C\u201D \u300A\u300B \u300C\u300D \u2018\u2019 \u2026); an unclosed one ends at the next clause punctuation, closed = false'$c$;
EXCEPTION WHEN untranslatable_character OR feature_not_supported THEN
	COMMENT ON FUNCTION speech_quotes(text) IS 'quoted terms and titles (Chinese and Western quotation marks, title marks, corner brackets); an unclosed one ends at the next clause punctuation, closed = false';
END
$do$;

CREATE FUNCTION speech_slogans(body text)
	RETURNS TABLE (id int, section_id int, pos int, len int, slogan text, number int)
	AS 'MODULE_PATHNAME', 'speech_slogans'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
-- the comment holds Chinese characters, written as \u escapes so that this
-- script is ASCII (read at run time, by EXECUTE); a database encoding that
-- cannot hold them (LATIN1, SQL_ASCII) gets the ASCII comment
DO $do$
BEGIN
	EXECUTE $c$COMMENT ON FUNCTION speech_slogans(text) IS E'numbered formulae (\u4E09\u4E2A\u4EE3\u8868, \u516B\u9879\u89C4\u5B9A, \u4E24\u5B66\u4E00\u505A), not ordinary counts'$c$;
EXCEPTION WHEN untranslatable_character OR feature_not_supported THEN
	COMMENT ON FUNCTION speech_slogans(text) IS 'numbered formulae (the Three Represents, the Eight-point Rules, the Two Studies and One Action), not ordinary counts';
END
$do$;

CREATE FUNCTION speech_kwic(body text, term text, width int DEFAULT 10)
	RETURNS TABLE (section_id int, pos int, pre text, keyword text, post text)
	AS 'MODULE_PATHNAME', 'speech_kwic'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION speech_kwic(text, text, int) IS 'keyword in context: every occurrence of term with width characters on each side';

CREATE FUNCTION speech_diagnostics(body text)
	RETURNS TABLE (id int, section_id int, pos int, kind text, detail text)
	AS 'MODULE_PATHNAME', 'speech_diagnostics'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION speech_diagnostics(text) IS 'quality problems: announced vs found points, ordinal gaps, skipped levels, truncation, chunk numbers, HTML remnants, unbalanced quotes, conversion artifacts';

CREATE FUNCTION speech_find_terms(body text, terms text[], whole_words boolean DEFAULT true)
	RETURNS TABLE (term text, section_id int, sentence_id int, pos int, len int)
	AS 'MODULE_PATHNAME', 'speech_find_terms'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;
-- the comment holds Chinese characters, written as \u escapes so that this
-- script is ASCII (read at run time, by EXECUTE); a database encoding that
-- cannot hold them (LATIN1, SQL_ASCII) gets the ASCII comment
DO $do$
BEGIN
	EXECUTE $c$COMMENT ON FUNCTION speech_find_terms(text, text[], boolean) IS E'occurrences of the terms (leftmost-longest); with whole_words only on word boundaries of the speech segmentation, so \u8981 does not match in \u8981\u6C42'$c$;
EXCEPTION WHEN untranslatable_character OR feature_not_supported THEN
	COMMENT ON FUNCTION speech_find_terms(text, text[], boolean) IS 'occurrences of the terms (leftmost-longest); with whole_words only on word boundaries of the speech segmentation, so yao (must) does not match in yaoqiu (demand)';
END
$do$;

-- ---- the lexicon: built-in rows, and the user's own ----
CREATE FUNCTION speech_builtin_lexicon()
	RETURNS TABLE (category text, term text, weight int, note text, whole_word boolean)
	AS 'MODULE_PATHNAME', 'speech_builtin_lexicon'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 300;
COMMENT ON FUNCTION speech_builtin_lexicon() IS 'the word lists compiled into speech_metrics, speech_slogans and speech_diagnostics';

CREATE TABLE speech_lexicon (
	category text NOT NULL,
	term text NOT NULL CHECK (term <> ''),
	weight int NOT NULL DEFAULT 1,
	note text,
	whole_word boolean NOT NULL DEFAULT true,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (category, term)
);
COMMENT ON TABLE speech_lexicon IS 'word lists by category (directive_high, slogan, ... and your own): the built-in rows mirror what the IMMUTABLE functions use; add rows for speech_lexicon_hits and speech_lexicon_counts';
INSERT INTO speech_lexicon (category, term, weight, note, whole_word, builtin)
	SELECT category, term, weight, note, whole_word, true FROM speech_builtin_lexicon();
-- pg_dump keeps the rows users add (the built-in ones come back with the extension)
SELECT pg_catalog.pg_extension_config_dump('speech_lexicon', 'WHERE NOT builtin');

-- STABLE, not IMMUTABLE: the answer depends on the rows of speech_lexicon.
CREATE FUNCTION speech_lexicon_hits(body text, categories text[] DEFAULT NULL)
	RETURNS TABLE (category text, term text, weight int, section_id int, sentence_id int, pos int, len int)
	LANGUAGE sql STABLE PARALLEL SAFE
	BEGIN ATOMIC
		SELECT l.category, h.term, l.weight, h.section_id, h.sentence_id, h.pos, h.len
		  FROM @extschema@.speech_find_terms(body,
				 ARRAY(SELECT DISTINCT x.term FROM @extschema@.speech_lexicon x
						WHERE x.whole_word AND (categories IS NULL OR x.category = ANY (categories))),
				 true) h
		  JOIN @extschema@.speech_lexicon l ON l.term = h.term AND l.whole_word
		 WHERE categories IS NULL OR l.category = ANY (categories)
		UNION ALL
		SELECT l.category, h.term, l.weight, h.section_id, h.sentence_id, h.pos, h.len
		  FROM @extschema@.speech_find_terms(body,
				 ARRAY(SELECT DISTINCT x.term FROM @extschema@.speech_lexicon x
						WHERE NOT x.whole_word AND (categories IS NULL OR x.category = ANY (categories))),
				 false) h
		  JOIN @extschema@.speech_lexicon l ON l.term = h.term AND NOT l.whole_word
		 WHERE categories IS NULL OR l.category = ANY (categories)
		 ORDER BY pos, category;
	END;
COMMENT ON FUNCTION speech_lexicon_hits(text, text[]) IS 'occurrences of the speech_lexicon terms (optionally of some categories), with section and sentence';

CREATE FUNCTION speech_lexicon_counts(body text, categories text[] DEFAULT NULL)
	RETURNS TABLE (category text, hits bigint, weighted bigint, per_1k float8)
	LANGUAGE sql STABLE PARALLEL SAFE
	BEGIN ATOMIC
		SELECT h.category, count(*), sum(h.weight),
			   1000.0 * count(*) / nullif((@extschema@.speech_metrics(body, false)).characters, 0)
		  FROM @extschema@.speech_lexicon_hits(body, categories) h
		 GROUP BY h.category
		 ORDER BY h.category;
	END;
COMMENT ON FUNCTION speech_lexicon_counts(text, text[]) IS 'hits per speech_lexicon category, weighted, and per 1,000 characters';
