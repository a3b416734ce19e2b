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

-- ======== speech_lexicon_hits / _counts: errors users can act on (1.6) ========
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
CREATE OR REPLACE FUNCTION speech_lexicon_hits(body text, categories text[] DEFAULT NULL)
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
