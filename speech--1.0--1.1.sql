/* speech--1.0--1.1.sql: Chinese-aware full-text search (parser speech_parser,
   configuration speech_zh, the user's terms, speech_tokens) */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.1'" to load this file. \quit

-- ---- the parser ----
-- Support functions take internal arguments: only the text-search machinery
-- calls them.  STABLE: the tokens depend on speech_terms and speech.domain_terms.
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

-- ---- dictionaries ----
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

-- ---- the configuration ----
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

-- ---- the user's terms ----
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
-- pg_dump keeps the user's rows
SELECT pg_catalog.pg_extension_config_dump('speech_terms', '');

CREATE FUNCTION speech_terms_changed() RETURNS trigger
	AS 'MODULE_PATHNAME', 'speech_terms_changed' LANGUAGE C;
CREATE TRIGGER speech_terms_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON speech_terms
	FOR EACH STATEMENT EXECUTE FUNCTION speech_terms_changed();

CREATE FUNCTION speech_add_term(term text, note text DEFAULT NULL) RETURNS boolean
	LANGUAGE sql VOLATILE
	AS $$
	WITH ins AS (
		INSERT INTO @extschema@.speech_terms (term, note) VALUES ($1, $2)
		ON CONFLICT (term) DO NOTHING RETURNING 1)
	SELECT count(*) > 0 FROM ins
	$$;
COMMENT ON FUNCTION speech_add_term(text, text) IS 'add a term to the user dictionary; false if it was there';

CREATE FUNCTION speech_remove_term(term text) RETURNS boolean
	LANGUAGE sql VOLATILE STRICT
	AS $$
	WITH del AS (DELETE FROM @extschema@.speech_terms t WHERE t.term = $1 RETURNING 1)
	SELECT count(*) > 0 FROM del
	$$;
COMMENT ON FUNCTION speech_remove_term(text) IS 'remove a term from the user dictionary; false if it was not there';

-- ---- tokens as rows ----
-- STABLE, not IMMUTABLE: the tokens depend on speech_terms and speech.domain_terms.
CREATE FUNCTION speech_tokens(body text, OUT pos integer, OUT len integer, OUT token text, OUT type text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'speech_tokens' LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 200;
COMMENT ON FUNCTION speech_tokens(text) IS 'the words, numbers, symbols and punctuation of a text with 1-based character positions (white space left out)';

-- ---- a tsvector weighted by the outline ----
-- IMMUTABLE like to_tsvector(regconfig, text), so it can feed a generated
-- column or an expression index; like it, the result depends on the
-- configuration's dictionaries (and here on speech_terms): re-index after
-- changing them.
CREATE FUNCTION speech_tsvector(cfg regconfig, body text) RETURNS tsvector
	AS 'MODULE_PATHNAME', 'speech_tsvector' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_tsvector(regconfig, text) IS 'to_tsvector with weights from the outline: title and headings A, the first sentence of each section B, the rest D';
