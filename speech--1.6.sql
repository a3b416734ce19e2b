/* speech--1.6.sql: the whole SQL surface of speech 1.6 in one file.

   speech parses speeches and official texts: their structure (outline,
   paragraphs, sentences), Chinese-aware full-text search (the parser
   speech_parser and the configuration speech_zh) and metrics (counts,
   quantities, quotes, slogans, directives, readability) with the word lists
   they share.  README.md ("Reference") lists every function, doc/ documents
   them by subject.

   CREATE EXTENSION speech runs this file.  CREATE EXTENSION speech VERSION
   '1.0' followed by ALTER EXTENSION speech UPDATE runs speech--1.0.sql and the
   updates speech--1.0--1.1.sql ... speech--1.5--1.6.sql instead, and must give
   exactly what this file gives: the same objects with the same definitions,
   comments, privileges, dump settings and data.  sql/upgrade.sql compares the
   two.  A change of the SQL surface is a new update script plus the same
   change here (in a new speech--X.Y.sql).

   Positions (pos) are 1-based character positions and len a length in
   characters, so substr(body, pos, len) is the unit itself.  Ids are 1-based
   and in document order; section_id / parent_id refer to speech_outline().id.

   COST is the planner's price of one call, in units of cpu_operator_cost.  The
   structure functions cost 1000 (a pass over a typical speech); the others are
   priced by their measured time per MB relative to speech_outline
   (doc/performance.md, "Parallel query").  Without a COST a C function costs
   1, and the planner then never pays parallel_setup_cost for it. */

\echo Use "CREATE EXTENSION speech" to load this file. \quit

-- ======== structure: outline, paragraphs, sentences (1.0) ========
-- IMMUTABLE (the result depends only on the text: no table, setting or locale
-- is read), STRICT (NULL in, NULL out) and PARALLEL SAFE.

CREATE TYPE speech_section AS (
	id int,				-- 1-based, document order
	parent_id int,		-- enclosing section, NULL at the top level
	level int,			-- 1 = top level of this document's own numbering
	marker text,		-- as written: yi + ideographic comma, (yi) in full-width brackets, di yi + comma, 1 + ideographic comma, 1. (1), circled 1, yi shi, shouxian + comma
	ordinal int,		-- the marker's number (san, three -> 3)
	heading text,		-- after the marker up to the heading's end
	pos int,			-- where the section starts (its marker)
	len int				-- up to the next section at the same or a higher level
);

CREATE TYPE speech_paragraph AS (
	id int,
	section_id int,		-- innermost section containing the paragraph's start
	pos int,
	len int,
	text text
);

CREATE TYPE speech_sentence AS (
	id int,
	paragraph_id int,
	section_id int,		-- innermost section containing the sentence's start
	pos int,
	len int,
	text text,			-- includes its terminator and closing quotes
	terminator text		-- the full stop, exclamation or question mark (full-width or ASCII) or the ellipsis as written; NULL if the sentence has none
);

CREATE TYPE speech_document AS (
	title text,				-- first title line(s) before the salutation, lines joined
	salutation text,		-- tongzhimen (comrades) / gewei daibiao (deputies) / Mr. Speaker (without punctuation)
	announced_points int,	-- jiang si dian yijian (four points) -> 4; NULL when none or unspecified (ji dian, several points)
	found_points int,		-- top-level points delivered (highest top-level ordinal)
	opening text,			-- after the salutation, before the first top-level section
	closing text,			-- xiexie dajia (thank you all) / tongzhimen, rang women ... (comrades, let us ...) paragraphs at the end, or NULL
	sections speech_section[],
	paragraph_count int,
	sentence_count int
);

CREATE FUNCTION speech_outline(body text) RETURNS SETOF speech_section
	AS 'MODULE_PATHNAME', 'speech_outline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;
COMMENT ON FUNCTION speech_outline(text) IS 'numbered headings of a speech with their nesting, positions and sizes';
-- 1.6: with unnumbered true, the heading lines without a marker too
CREATE FUNCTION speech_outline(body text, unnumbered boolean) RETURNS SETOF speech_section
	AS 'MODULE_PATHNAME', 'speech_outline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;
COMMENT ON FUNCTION speech_outline(text, boolean) IS 'the outline; with unnumbered true also the heading lines without a marker (part titles: marker and ordinal NULL), nested by the layout';

CREATE FUNCTION speech_paragraphs(body text) RETURNS SETOF speech_paragraph
	AS 'MODULE_PATHNAME', 'speech_paragraphs'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 50;
COMMENT ON FUNCTION speech_paragraphs(text) IS 'paragraphs (robust to flattened breaks, wraps and chunk numbers) with their section';

CREATE FUNCTION speech_sentences(body text) RETURNS SETOF speech_sentence
	AS 'MODULE_PATHNAME', 'speech_sentences'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 200;
COMMENT ON FUNCTION speech_sentences(text) IS 'sentences with their terminator, paragraph and section';

CREATE FUNCTION speech_parse(body text) RETURNS speech_document
	AS 'MODULE_PATHNAME', 'speech_parse'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION speech_parse(text) IS 'title, salutation, announced and found points, opening, closing and outline of a speech';

CREATE FUNCTION speech_parse_json(body text) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'speech_parse_json'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION speech_parse_json(text) IS 'speech_parse() as JSON, with the outline nested (children)';

CREATE FUNCTION speech_clean(body text) RETURNS text
	AS 'MODULE_PATHNAME', 'speech_clean'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;
COMMENT ON FUNCTION speech_clean(text) IS 'the text without chunk numbers and HTML entities, white space and Chinese punctuation width normalised';

-- STABLE, not IMMUTABLE: the answer names the ICU library the server loads,
-- which a system upgrade can change under a running installation.
CREATE FUNCTION speech_version() RETURNS text
	AS 'MODULE_PATHNAME', 'speech_version'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_version() IS 'speech library version with the ICU and Unicode versions it runs on';

-- ======== text search: parser, dictionaries, speech_zh (1.1, COSTs 1.3) ========
-- The parser's and the templates' support functions take internal arguments:
-- only the text-search machinery calls them.  They, speech_tokens and the
-- parser are STABLE: the tokens depend on speech_terms (below) and the setting
-- speech.domain_terms.

CREATE FUNCTION speech_prs_start(internal, integer) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_prs_start' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION speech_prs_gettoken(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_prs_gettoken' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION speech_prs_end(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'speech_prs_end' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION speech_prs_lextype(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_prs_lextype' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION speech_prs_headline(internal, internal, tsquery) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_prs_headline' LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE TEXT SEARCH PARSER speech_parser (
	START = speech_prs_start,
	GETTOKEN = speech_prs_gettoken,
	END = speech_prs_end,
	LEXTYPES = speech_prs_lextype,
	HEADLINE = speech_prs_headline
);
COMMENT ON TEXT SEARCH PARSER speech_parser IS 'Chinese word segmentation over a shared lexicon, with Latin words, numbers, dates, punctuation and spaces as tokens';

-- dictionaries: Han words (stop words from tsearch_data/speech_zh.stop,
-- sub-words), and a filter folding full-width letters and digits
CREATE FUNCTION speech_han_init(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_han_init' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION speech_han_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_han_lexize' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE TEXT SEARCH TEMPLATE speech_han_template (INIT = speech_han_init, LEXIZE = speech_han_lexize);
COMMENT ON TEXT SEARCH TEMPLATE speech_han_template IS 'Han words with stop words and sub-words at the same position (options StopWords, SubWords)';

CREATE FUNCTION speech_fold_init(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_fold_init' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION speech_fold_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'speech_fold_lexize' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE TEXT SEARCH TEMPLATE speech_fold_template (INIT = speech_fold_init, LEXIZE = speech_fold_lexize);
COMMENT ON TEXT SEARCH TEMPLATE speech_fold_template IS 'filter: full-width letters and digits to ASCII';

CREATE TEXT SEARCH DICTIONARY speech_han (TEMPLATE = speech_han_template, StopWords = speech_zh);
COMMENT ON TEXT SEARCH DICTIONARY speech_han IS 'Han words: stop words dropped (tsearch_data/speech_zh.stop), sub-words added at the same position';
CREATE TEXT SEARCH DICTIONARY speech_fold (TEMPLATE = speech_fold_template);
COMMENT ON TEXT SEARCH DICTIONARY speech_fold IS 'filter: full-width letters and digits to ASCII, then the next dictionary';

-- the configuration: Han words with sub-words, English stemming, numbers and
-- dates kept
CREATE TEXT SEARCH CONFIGURATION speech_zh (PARSER = speech_parser);
ALTER TEXT SEARCH CONFIGURATION speech_zh
	ADD MAPPING FOR hanword, hanchar, hannum, date WITH speech_han;
ALTER TEXT SEARCH CONFIGURATION speech_zh
	ADD MAPPING FOR latin, alnum WITH speech_fold, pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION speech_zh
	ADD MAPPING FOR number WITH speech_fold, pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION speech_zh
	ADD MAPPING FOR symbol WITH pg_catalog.simple;
COMMENT ON TEXT SEARCH CONFIGURATION speech_zh IS 'Chinese and mixed Chinese/English text: Han words with sub-words, English stemming, numbers and dates kept';

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

-- tokens as rows (STABLE, as the parser)
CREATE FUNCTION speech_tokens(body text, OUT pos integer, OUT len integer, OUT token text, OUT type text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'speech_tokens' LANGUAGE C STABLE STRICT PARALLEL SAFE COST 7000 ROWS 200;
COMMENT ON FUNCTION speech_tokens(text) IS 'the words, numbers, symbols and punctuation of a text with 1-based character positions (white space left out)';

-- a tsvector weighted by the outline: IMMUTABLE like to_tsvector(regconfig,
-- text), so it can feed a generated column or an expression index; like it,
-- the result depends on the configuration's dictionaries (and here on
-- speech_terms): re-index after changing them.
CREATE FUNCTION speech_tsvector(cfg regconfig, body text) RETURNS tsvector
	AS 'MODULE_PATHNAME', 'speech_tsvector' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 15000;
COMMENT ON FUNCTION speech_tsvector(regconfig, text) IS 'to_tsvector with weights from the outline: title and headings A, the first sentence of each section B, the rest D';

-- ======== metrics and extractors (1.2, COSTs and speech_metrics_json 1.3) ========
-- IMMUTABLE: their word lists are compiled in (speech_lexicon, below, starts as
-- a copy of them) and their word-based measures use the speech_parser
-- segmentation with the shipped lexicon only (the user's terms and
-- speech.domain_terms, which can change, do not apply).  STRICT and PARALLEL
-- SAFE.  doc/metrics.md defines every field.

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
	readability3 float8,
	-- 1.6: the language and the measures of each language (at the end, so
	-- the update adds them with ALTER TYPE ... ADD ATTRIBUTE)
	language text,
	zh_chars_per_sentence float8,
	zh_chars_per_sentence_cntext float8,
	zh_adv_conj_ratio float8,
	zh_readability float8,
	en_words int,
	en_syllables int,
	en_words_per_sentence float8,
	en_syllables_per_word float8,
	en_flesch_reading_ease float8,
	en_flesch_kincaid_grade float8,
	en_ari float8,
	en_mattr float8,
	en_hedges int
);
COMMENT ON TYPE speech_metrics IS 'measures of a speech or a section: counts, lexical diversity, structure, quantities, directives, readability (README.md, "Metrics")';

CREATE FUNCTION speech_metrics(body text, segment boolean DEFAULT true) RETURNS speech_metrics
	AS 'MODULE_PATHNAME', 'speech_metrics'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 3000;
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
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 4000 ROWS 20;
COMMENT ON FUNCTION speech_section_metrics(text, boolean) IS 'speech_metrics of every section (its whole span, sub-sections included); section_id NULL is the text before the first section';

-- speech_metrics as JSON.  postgres_fdw sends a shard the functions of the
-- extensions named in its server's "extensions" option, but never a field of a
-- composite value: (speech_metrics(body)).sentences is computed on the
-- coordinator after the whole body has been fetched.  This form can be shipped
-- with jsonpath, e.g.
--   WHERE speech_metrics_json(body) @? '$.sentences ? (@ > 100)'
-- IMMUTABLE although to_jsonb is STABLE: to_jsonb depends on settings only for
-- dates and times (there are none here) and for extra_float_digits, which is
-- fixed for the call.  The SET clause also keeps the planner from inlining the
-- body, which would expose the STABLE to_jsonb and stop the shipping.
CREATE FUNCTION speech_metrics_json(body text, segment boolean DEFAULT true) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 3000
	SET extra_float_digits = 3
	RETURN to_jsonb(speech_metrics(body, segment));
COMMENT ON FUNCTION speech_metrics_json(text, boolean) IS 'speech_metrics as a JSON object (for jsonpath, and for postgres_fdw, which cannot ship a field of a composite)';

-- extractors: a row per thing found
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

CREATE FUNCTION speech_quotes(body text)
	RETURNS TABLE (id int, section_id int, pos int, len int, term text, mark text, closed boolean)
	AS 'MODULE_PATHNAME', 'speech_quotes'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 50;
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
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;
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
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;
COMMENT ON FUNCTION speech_kwic(text, text, int) IS 'keyword in context: every occurrence of term with width characters on each side';

CREATE FUNCTION speech_diagnostics(body text)
	RETURNS TABLE (id int, section_id int, pos int, kind text, detail text)
	AS 'MODULE_PATHNAME', 'speech_diagnostics'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000 ROWS 20;
COMMENT ON FUNCTION speech_diagnostics(text) IS 'quality problems: announced vs found points, ordinal gaps, skipped levels, truncation, chunk numbers, HTML remnants, unbalanced quotes, conversion artifacts';

CREATE FUNCTION speech_find_terms(body text, terms text[], whole_words boolean DEFAULT true)
	RETURNS TABLE (term text, section_id int, sentence_id int, pos int, len int)
	AS 'MODULE_PATHNAME', 'speech_find_terms'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000 ROWS 50;
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

-- ======== transcripts: speaker turns (1.6) ========
-- IMMUTABLE STRICT PARALLEL SAFE like the structure functions: the turns
-- depend on the text alone.  doc/transcripts.md gives the rules.
CREATE TYPE speech_turn AS (
	id int,					-- 1, 2, ... in document order
	speaker text,			-- the label as written (no colon, number or brackets); NULL unlabelled
	role text,				-- host, question, answer or statement
	reply_to int,			-- for an answer: the id of the question it answers
	pos int,				-- substr(body, pos, len) is the turn, label included,
	len int					-- up to the next turn
);
COMMENT ON TYPE speech_turn IS 'a speaker turn of a transcript: substr(body, pos, len) from its label to the next turn';

CREATE FUNCTION speech_turns(body text)
	RETURNS SETOF speech_turn
	AS 'MODULE_PATHNAME', 'speech_turns'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500 ROWS 30;
COMMENT ON FUNCTION speech_turns(text) IS 'speaker turns of a transcript (press conference, briefing, interview): speaker label, role host/question/answer/statement, the question an answer replies to; a text that is not a transcript is one statement turn';

-- speech_metrics of each turn (the document analysed once; the turn from its
-- label to its last text, trailing stage directions, stamps and datelines left out)
CREATE FUNCTION speech_turn_metrics(body text, segment boolean DEFAULT true)
	RETURNS TABLE (
		turn_id int, speaker text, role text,
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
	AS 'MODULE_PATHNAME', 'speech_turn_metrics'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 4000 ROWS 30;
COMMENT ON FUNCTION speech_turn_metrics(text, boolean) IS 'speech_metrics of every turn of speech_turns (from its label to its last text: trailing stage directions, time stamps and datelines left out); the document is analysed once';

-- ======== terms and lexicon: the tables users edit (1.1, 1.2; 1.4, 1.5) ========
-- speech_terms: words the parser cuts as one.  speech_lexicon: the word lists
-- of the metrics (built-in rows) and the user's own categories.  Everyone may
-- read both; changing them (what segmentation and the lexicon functions use
-- for everyone) stays with the owner, the superuser who created the extension,
-- and the roles the owner grants INSERT, UPDATE or DELETE.  pg_dump keeps the
-- rows users add.

-- IMMUTABLE: the answer depends on the argument alone.
CREATE FUNCTION speech_term_check(term text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'speech_term_check' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_term_check(text) IS 'true for a usable term (2 to 16 Han characters), else an error saying why';

CREATE TABLE speech_terms (
	term text PRIMARY KEY CHECK (@extschema@.speech_term_check(term)),
	note text,
	added timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE speech_terms IS 'words the speech parser cuts as one, in every session from its next statement (re-index text indexed before a change)';
GRANT SELECT ON speech_terms TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('speech_terms', '');

-- a change reaches every session's segmentation from its next statement
CREATE FUNCTION speech_terms_changed() RETURNS trigger
	AS 'MODULE_PATHNAME', 'speech_terms_changed' LANGUAGE C;
CREATE TRIGGER speech_terms_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON speech_terms
	FOR EACH STATEMENT EXECUTE FUNCTION speech_terms_changed();

-- String bodies are parsed at each call: the tables are named with
-- @extschema@, and every other name resolves in pg_catalog whatever the
-- caller's search_path (a schema of look-alike operators or functions put
-- before pg_catalog would otherwise supply their = and count()).
CREATE FUNCTION speech_add_term(term text, note text DEFAULT NULL) RETURNS boolean
	LANGUAGE sql VOLATILE
	SET search_path = pg_catalog, pg_temp
	AS $$
	WITH ins AS (
		INSERT INTO @extschema@.speech_terms (term, note) VALUES ($1, $2)
		ON CONFLICT (term) DO NOTHING RETURNING 1)
	SELECT count(*) > 0 FROM ins
	$$;
COMMENT ON FUNCTION speech_add_term(text, text) IS 'add a term to the user dictionary; false if it was there';

CREATE FUNCTION speech_remove_term(term text) RETURNS boolean
	LANGUAGE sql VOLATILE STRICT
	SET search_path = pg_catalog, pg_temp
	AS $$
	WITH del AS (DELETE FROM @extschema@.speech_terms t WHERE t.term = $1 RETURNING 1)
	SELECT count(*) > 0 FROM del
	$$;
COMMENT ON FUNCTION speech_remove_term(text) IS 'remove a term from the user dictionary; false if it was not there';

-- the lexicon: the built-in rows come from the word lists compiled into the
-- IMMUTABLE functions; pg_dump keeps only the rows users add (the built-in
-- ones come back with the extension)
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
GRANT SELECT ON speech_lexicon TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('speech_lexicon', 'WHERE NOT builtin');

-- speech_lexicon_match takes the lexicon rows as arrays (evaluated once per
-- query, where a join back to speech_lexicon was built again for every row)
-- and keeps its term set between calls.
CREATE FUNCTION speech_lexicon_match(body text, terms text[], categories text[], weights int[],
		whole_words boolean DEFAULT true)
	RETURNS TABLE (category text, term text, weight int, section_id int, sentence_id int, pos int, len int)
	AS 'MODULE_PATHNAME', 'speech_lexicon_match'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000 ROWS 50;
COMMENT ON FUNCTION speech_lexicon_match(text, text[], text[], int[], boolean) IS 'occurrences of terms given with a category and a weight each (the rows of a lexicon as three arrays of one length): a row per occurrence and lexicon row; the engine of speech_lexicon_hits';

-- speech_lexicon_check: the categories given, each found in speech_lexicon,
-- else an error naming the unknown one and listing those there are (the
-- first 30; a misspelt category gave no rows and no notice).  NULL (every category) and
-- NULL elements pass.  STABLE: it reads speech_lexicon.
CREATE FUNCTION speech_lexicon_check(categories text[]) RETURNS text[]
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $fn$
DECLARE
	c text;
BEGIN
	FOREACH c IN ARRAY coalesce(categories, '{}'::text[]) LOOP
		IF c IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.speech_lexicon x WHERE x.category = c) THEN
			RAISE EXCEPTION 'unknown speech_lexicon category "%"', c
				USING ERRCODE = 'invalid_parameter_value',
					DETAIL = (SELECT format('The categories of speech_lexicon are: %s%s.',
								coalesce(string_agg(y.category, ', ' ORDER BY y.category) FILTER (WHERE y.k <= 30), '(none)'),
								CASE WHEN count(*) > 30 THEN format(' and %s more', count(*) - 30) ELSE '' END)
							FROM (SELECT x.category, row_number() OVER (ORDER BY x.category) AS k
									FROM (SELECT DISTINCT l.category FROM @extschema@.speech_lexicon l) x) y),
					HINT = 'Give one category as a string, several as an array: ARRAY[''directive_high'', ''slogan'']; '
						'a category of your own is the rows you add: INSERT INTO speech_lexicon (category, term) VALUES (''reform'', ''...'').';
		END IF;
	END LOOP;
	RETURN categories;
END
$fn$;
COMMENT ON FUNCTION speech_lexicon_check(text[]) IS 'the categories given, each checked against speech_lexicon: an unknown one is an error that lists those there are';

-- STABLE, not IMMUTABLE: the answers depend on the rows of speech_lexicon.
-- Their bodies are parsed here, so their names are bound now.  The
-- categories are checked first (speech_lexicon_check: an unknown one is an
-- error).
CREATE FUNCTION speech_lexicon_hits(body text, categories text[] DEFAULT NULL)
	RETURNS TABLE (category text, term text, weight int, section_id int, sentence_id int, pos int, len int)
	LANGUAGE sql STABLE PARALLEL SAFE
	BEGIN ATOMIC
		SELECT h.category, h.term, h.weight, h.section_id, h.sentence_id, h.pos, h.len
		  FROM (SELECT @extschema@.speech_lexicon_check(categories)) k(cats),
			   LATERAL @extschema@.speech_lexicon_match(body,
				 ARRAY(SELECT x.term FROM @extschema@.speech_lexicon x
						WHERE x.whole_word AND (k.cats IS NULL OR x.category = ANY (k.cats))
						ORDER BY x.category, x.term),
				 ARRAY(SELECT x.category FROM @extschema@.speech_lexicon x
						WHERE x.whole_word AND (k.cats IS NULL OR x.category = ANY (k.cats))
						ORDER BY x.category, x.term),
				 ARRAY(SELECT x.weight FROM @extschema@.speech_lexicon x
						WHERE x.whole_word AND (k.cats IS NULL OR x.category = ANY (k.cats))
						ORDER BY x.category, x.term),
				 true) h
		UNION ALL
		SELECT h.category, h.term, h.weight, h.section_id, h.sentence_id, h.pos, h.len
		  FROM (SELECT @extschema@.speech_lexicon_check(categories)) k(cats),
			   LATERAL @extschema@.speech_lexicon_match(body,
				 ARRAY(SELECT x.term FROM @extschema@.speech_lexicon x
						WHERE NOT x.whole_word AND (k.cats IS NULL OR x.category = ANY (k.cats))
						ORDER BY x.category, x.term),
				 ARRAY(SELECT x.category FROM @extschema@.speech_lexicon x
						WHERE NOT x.whole_word AND (k.cats IS NULL OR x.category = ANY (k.cats))
						ORDER BY x.category, x.term),
				 ARRAY(SELECT x.weight FROM @extschema@.speech_lexicon x
						WHERE NOT x.whole_word AND (k.cats IS NULL OR x.category = ANY (k.cats))
						ORDER BY x.category, x.term),
				 false) h
		 ORDER BY pos, category;
	END;
COMMENT ON FUNCTION speech_lexicon_hits(text, text[]) IS 'occurrences of the speech_lexicon terms (optionally of some categories), with section and sentence';

-- speech_metrics(body, false) in a scalar subquery of the argument alone runs
-- once per call, not once per category.
CREATE FUNCTION speech_lexicon_counts(body text, categories text[] DEFAULT NULL)
	RETURNS TABLE (category text, hits bigint, weighted bigint, per_1k float8)
	LANGUAGE sql STABLE PARALLEL SAFE
	BEGIN ATOMIC
		SELECT h.category, count(*), sum(h.weight),
			   1000.0 * count(*) / nullif((SELECT (@extschema@.speech_metrics(body, false)).characters), 0)
		  FROM @extschema@.speech_lexicon_hits(body, categories) h
		 GROUP BY h.category
		 ORDER BY h.category;
	END;
COMMENT ON FUNCTION speech_lexicon_counts(text, text[]) IS 'hits per speech_lexicon category, weighted, and per 1,000 characters';
-- one category as a plain string: speech_lexicon_counts(body, 'slogan')
-- failed with "malformed array literal".  A string literal picks these (the
-- string type is preferred for an untyped literal); one in the array form,
-- '{slogan,policy}', is read as an array as before, NULL is every category;
-- ARRAY[...] and text[] values take the functions above.
CREATE FUNCTION speech_lexicon_hits(body text, categories text)
	RETURNS TABLE (category text, term text, weight int, section_id int, sentence_id int, pos int, len int)
	LANGUAGE sql STABLE PARALLEL SAFE
	BEGIN ATOMIC
		SELECT h.category, h.term, h.weight, h.section_id, h.sentence_id, h.pos, h.len
		  FROM @extschema@.speech_lexicon_hits(body,
				 CASE WHEN categories IS NULL THEN NULL
					  WHEN left(ltrim(categories), 1) = '{' THEN categories::text[]
					  ELSE ARRAY[categories] END) h;
	END;
COMMENT ON FUNCTION speech_lexicon_hits(text, text) IS 'speech_lexicon_hits of one category given as a string (or an array literal ''{a,b}'')';
CREATE FUNCTION speech_lexicon_counts(body text, categories text)
	RETURNS TABLE (category text, hits bigint, weighted bigint, per_1k float8)
	LANGUAGE sql STABLE PARALLEL SAFE
	BEGIN ATOMIC
		SELECT c.category, c.hits, c.weighted, c.per_1k
		  FROM @extschema@.speech_lexicon_counts(body,
				 CASE WHEN categories IS NULL THEN NULL
					  WHEN left(ltrim(categories), 1) = '{' THEN categories::text[]
					  ELSE ARRAY[categories] END) c;
	END;
COMMENT ON FUNCTION speech_lexicon_counts(text, text) IS 'speech_lexicon_counts of one category given as a string (or an array literal ''{a,b}'')';
-- ======== comparing speeches: keyness (1.6) =-- quanteda's textstat_keyness on one term's 2x2 table (doc/comparing.md)
CREATE FUNCTION speech_keyness(target_count bigint, reference_count bigint, target_total bigint,
		reference_total bigint, measure text DEFAULT 'chi2') RETURNS double precision
	AS 'MODULE_PATHNAME', 'speech_keyness'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_keyness(bigint, bigint, bigint, bigint, text) IS 'keyness of a term in a target against a reference group, signed, as quanteda textstat_keyness computes it: chi2 (Yates under quanteda''s condition), chi2_none, lr, lr_none, lr_williams, pmi';
CREATE FUNCTION speech_keyness_p(target_count bigint, reference_count bigint, target_total bigint,
		reference_total bigint, measure text DEFAULT 'chi2') RETURNS double precision
	AS 'MODULE_PATHNAME', 'speech_keyness_p'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_keyness_p(bigint, bigint, bigint, bigint, text) IS 'the p-value beside speech_keyness: 1 - pchisq(|stat|, 1), as quanteda reports it';

-- ======== comparing speeches: word counts and n-grams (1.6) ========
-- STABLE, as speech_tokens: the user's terms (speech_terms,
-- speech.domain_terms) change the cut
CREATE FUNCTION speech_words(body text)
	RETURNS TABLE (word text, n int)
	AS 'MODULE_PATHNAME', 'speech_words'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 7000 ROWS 500;
COMMENT ON FUNCTION speech_words(text) IS 'the words of a text as speech_zh indexes them (no stop words, no punctuation; numbers folded, English stemmed), counted: per-document counts for GROUP BY';
CREATE FUNCTION speech_ngrams(body text, min_chars int DEFAULT 2, max_chars int DEFAULT 8)
	RETURNS TABLE (ngram text, n int, pos int)
	AS 'MODULE_PATHNAME', 'speech_ngrams'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 10000 ROWS 2000;
COMMENT ON FUNCTION speech_ngrams(text, int, int) IS 'runs of Han words of min_chars to max_chars characters on word boundaries (not starting or ending with a stop word), counted, with the first position: candidates for new formulations';

-- ======== comparing speeches: pages a person reads (1.6) ========
-- IMMUTABLE as speech_metrics: the shipped lexicon only (doc/comparing.md)
CREATE FUNCTION speech_html(body text) RETURNS text
	AS 'MODULE_PATHNAME', 'speech_html'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000;
COMMENT ON FUNCTION speech_html(text) IS 'the reading view of a speech as one self-contained HTML page: outline panel with section sizes, quantities, slogans, quotes, directive words and diagnostics marked, with a legend';

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
-- ======== the dictionary guarantee (1.6, issue 13) ========
-- speech_dictionary_version(): a fingerprint of what decides the lexemes of
-- speech_parser in this session (the terms, speech.domain_terms, the general
-- lexicon); each lookup first reads the invalidations committed so far, so
-- a statement that starts after the commit of a change sees it.  STABLE.
CREATE FUNCTION speech_dictionary_version() RETURNS bigint
	AS 'MODULE_PATHNAME', 'speech_dictionary_version' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION speech_dictionary_version() IS 'fingerprint of the user terms, speech.domain_terms and the lexicon this session tokenizes with; equal on nodes that tokenize alike';

-- a logical-replication subscriber: the apply worker fires row triggers
-- enabled REPLICA (or ALWAYS) and no statement-level INSERT/UPDATE/DELETE
-- trigger; TRUNCATE fires the statement trigger when it is ALWAYS
CREATE TRIGGER speech_terms_replicated
	AFTER INSERT OR UPDATE OR DELETE ON speech_terms
	FOR EACH ROW EXECUTE FUNCTION speech_terms_changed();
ALTER TABLE speech_terms ENABLE REPLICA TRIGGER speech_terms_replicated;
ALTER TABLE speech_terms ENABLE ALWAYS TRIGGER speech_terms_changed;

-- built-in lexicon rows edited or removed survive pg_dump: an edited one is
-- dumped (the condition below) and restored by the BEFORE INSERT trigger as
-- an update of the row CREATE EXTENSION made; a removed one is recorded in
-- speech_lexicon_removed, which is dumped, and removed again when restored.
-- The trigger functions are SECURITY DEFINER (fixed search_path, callable
-- only as triggers of these tables): a role granted DELETE on speech_lexicon
-- needs no right on speech_lexicon_removed.
CREATE TABLE speech_lexicon_removed (
	category text NOT NULL,
	term text NOT NULL,
	removed timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (category, term)
);
COMMENT ON TABLE speech_lexicon_removed IS 'built-in speech_lexicon rows removed by the user; pg_dump keeps them, and a restore removes the rows again';
GRANT SELECT ON speech_lexicon_removed TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('speech_lexicon_removed', '');

CREATE FUNCTION speech_lexicon_track() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF TG_OP = 'INSERT' AND TG_WHEN = 'BEFORE' THEN
		-- a built-in row inserted again (pg_restore of an edited one): an update
		IF NEW.builtin THEN
			UPDATE @extschema@.speech_lexicon l
			   SET weight = NEW.weight, note = NEW.note, whole_word = NEW.whole_word
			 WHERE l.category = NEW.category AND l.term = NEW.term AND l.builtin;
			IF FOUND THEN
				RETURN NULL;
			END IF;
		END IF;
		RETURN NEW;
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		IF OLD.builtin THEN
			IF TG_OP = 'DELETE' THEN
				INSERT INTO @extschema@.speech_lexicon_removed (category, term)
					VALUES (OLD.category, OLD.term) ON CONFLICT DO NOTHING;
			ELSIF (OLD.category, OLD.term) IS DISTINCT FROM (NEW.category, NEW.term) THEN
				INSERT INTO @extschema@.speech_lexicon_removed (category, term)
					VALUES (OLD.category, OLD.term) ON CONFLICT DO NOTHING;
			END IF;
		END IF;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		DELETE FROM @extschema@.speech_lexicon_removed r
		 WHERE r.category = NEW.category AND r.term = NEW.term;
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION speech_lexicon_track() IS 'trigger of speech_lexicon: records removed built-in rows in speech_lexicon_removed and turns a restored built-in row into an update';
CREATE TRIGGER speech_lexicon_restore
	BEFORE INSERT ON speech_lexicon
	FOR EACH ROW EXECUTE FUNCTION speech_lexicon_track();
CREATE TRIGGER speech_lexicon_track
	AFTER INSERT OR UPDATE OR DELETE ON speech_lexicon
	FOR EACH ROW EXECUTE FUNCTION speech_lexicon_track();

CREATE FUNCTION speech_lexicon_removed_apply() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	DELETE FROM @extschema@.speech_lexicon l
	 WHERE l.category = NEW.category AND l.term = NEW.term AND l.builtin;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION speech_lexicon_removed_apply() IS 'trigger of speech_lexicon_removed: a recorded removal (restored by pg_restore) removes the built-in row';
CREATE TRIGGER speech_lexicon_removed_apply
	AFTER INSERT ON speech_lexicon_removed
	FOR EACH ROW EXECUTE FUNCTION speech_lexicon_removed_apply();

-- removals made before 1.6 (none in a fresh install)
INSERT INTO speech_lexicon_removed (category, term)
	SELECT b.category, b.term FROM speech_builtin_lexicon() b
	 WHERE NOT EXISTS (SELECT 1 FROM speech_lexicon l WHERE l.category = b.category AND l.term = b.term);

-- dumped: the user's rows and the built-in rows that differ from the built-in value
SELECT pg_catalog.pg_extension_config_dump('speech_lexicon',
	'WHERE NOT builtin OR NOT EXISTS (SELECT 1 FROM @extschema@.speech_builtin_lexicon()'
	' AS b(b_category, b_term, b_weight, b_note, b_whole_word)'
	' WHERE b_category OPERATOR(pg_catalog.=) category AND b_term OPERATOR(pg_catalog.=) term'
	' AND b_weight OPERATOR(pg_catalog.=) weight AND b_note IS NOT DISTINCT FROM note'
	' AND b_whole_word OPERATOR(pg_catalog.=) whole_word)');

-- speech.domain_terms is set by superusers only (the library, whatever the
-- version): a database or role setting made before stays in force; list them
DO $do$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT coalesce(d.datname, '(all)') AS db, coalesce(a.rolname, '(all)') AS role, c.cfg
		  FROM pg_catalog.pg_db_role_setting s
		  LEFT JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
		  LEFT JOIN pg_catalog.pg_roles a ON a.oid = s.setrole,
		       pg_catalog.unnest(s.setconfig) AS c(cfg)
		 WHERE c.cfg LIKE 'speech.domain\_terms=%'
	LOOP
		RAISE WARNING 'speech.domain_terms is set for database % and role %: %', r.db, r.role, r.cfg
			USING HINT = 'Only a superuser sets it from speech 1.6 on; keep one value per database (ALTER DATABASE ... SET) and re-index text indexed under another.';
	END LOOP;
END
$do$;

-- the page of a diff (doc/comparing.md): IMMUTABLE as speech_diff
CREATE FUNCTION speech_diff_html(old text, new text) RETURNS text
	AS 'MODULE_PATHNAME', 'speech_diff_html'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 6000;
COMMENT ON FUNCTION speech_diff_html(text, text) IS 'the diff of two versions as one self-contained HTML page: a summary (counts per op, sections added and removed), the versions side by side, changed characters and moved passages marked';
