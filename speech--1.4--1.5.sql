/* speech--1.4--1.5.sql: speech_lexicon_hits and speech_lexicon_counts without a
   fixed cost per call (README.md, "Parallel query", cost per MB) */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.5'" to load this file. \quit

-- speech_lexicon_hits joined speech_find_terms' hits back to speech_lexicon for
-- their categories and weights: inlined in a query over a table, that join, two
-- sorts and a grouping were built again for every row, 0.44 ms a call, which
-- was most of the cost on short texts (a 1 KB text cost 1.8x a long one per
-- MB).  speech_lexicon_match takes the lexicon rows as arrays (evaluated once
-- per query) and keeps its term set between calls.
CREATE FUNCTION @extschema@.speech_lexicon_match(body text, terms text[], categories text[], weights int[],
		whole_words boolean DEFAULT true)
	RETURNS TABLE (category text, term text, weight int, section_id int, sentence_id int, pos int, len int)
	AS 'MODULE_PATHNAME', 'speech_lexicon_match'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5000 ROWS 50;
COMMENT ON FUNCTION @extschema@.speech_lexicon_match(text, text[], text[], int[], boolean) IS 'occurrences of terms given with a category and a weight each (the rows of a lexicon as three arrays of one length): a row per occurrence and lexicon row; the engine of speech_lexicon_hits';

CREATE OR REPLACE FUNCTION @extschema@.speech_lexicon_hits(body text, categories text[] DEFAULT NULL)
	RETURNS TABLE (category text, term text, weight int, section_id int, sentence_id int, pos int, len int)
	LANGUAGE sql STABLE PARALLEL SAFE
	BEGIN ATOMIC
		SELECT h.category, h.term, h.weight, h.section_id, h.sentence_id, h.pos, h.len
		  FROM @extschema@.speech_lexicon_match(body,
				 ARRAY(SELECT x.term FROM @extschema@.speech_lexicon x
						WHERE x.whole_word AND (categories IS NULL OR x.category = ANY (categories))
						ORDER BY x.category, x.term),
				 ARRAY(SELECT x.category FROM @extschema@.speech_lexicon x
						WHERE x.whole_word AND (categories IS NULL OR x.category = ANY (categories))
						ORDER BY x.category, x.term),
				 ARRAY(SELECT x.weight FROM @extschema@.speech_lexicon x
						WHERE x.whole_word AND (categories IS NULL OR x.category = ANY (categories))
						ORDER BY x.category, x.term),
				 true) h
		UNION ALL
		SELECT h.category, h.term, h.weight, h.section_id, h.sentence_id, h.pos, h.len
		  FROM @extschema@.speech_lexicon_match(body,
				 ARRAY(SELECT x.term FROM @extschema@.speech_lexicon x
						WHERE NOT x.whole_word AND (categories IS NULL OR x.category = ANY (categories))
						ORDER BY x.category, x.term),
				 ARRAY(SELECT x.category FROM @extschema@.speech_lexicon x
						WHERE NOT x.whole_word AND (categories IS NULL OR x.category = ANY (categories))
						ORDER BY x.category, x.term),
				 ARRAY(SELECT x.weight FROM @extschema@.speech_lexicon x
						WHERE NOT x.whole_word AND (categories IS NULL OR x.category = ANY (categories))
						ORDER BY x.category, x.term),
				 false) h
		 ORDER BY pos, category;
	END;
