/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

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

-- the page of a diff (doc/comparing.md): IMMUTABLE as speech_diff
CREATE FUNCTION speech_diff_html(old text, new text) RETURNS text
	AS 'MODULE_PATHNAME', 'speech_diff_html'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 6000;
COMMENT ON FUNCTION speech_diff_html(text, text) IS 'the diff of two versions as one self-contained HTML page: a summary (counts per op, sections added and removed), the versions side by side, changed characters and moved passages marked';
