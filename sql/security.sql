-- security: a hostile search_path cannot hijack the extension's SQL functions;
-- who may read and change the tables that steer segmentation and the lexicon
-- functions for everyone; the extension is not trusted; no file outside the
-- installation's tsearch_data is read.  doc/reliability.md, "Security".

-- every SQL-language function either has a body bound at creation (BEGIN
-- ATOMIC) or a fixed search_path; none is SECURITY DEFINER (the two that are,
-- speech_lexicon_track and speech_lexicon_removed_apply, are PL/pgSQL trigger
-- functions with a fixed search_path, callable only as triggers of the lexicon
-- tables)
SELECT p.oid::regprocedure AS function, p.prosecdef AS security_definer,
	   p.prosqlbody IS NOT NULL AS atomic_body, p.proconfig
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'speech'
 WHERE p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql')
 ORDER BY 1::text;
SELECT count(*) AS security_definer_functions
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'speech'
 WHERE p.prosecdef;

-- ---- a hostile search_path ----
-- look-alikes in a schema searched before pg_catalog and the extension's own
-- schema: operators and an aggregate with exact argument types, tables and
-- functions named like the extension's; each records its use
CREATE SCHEMA regress_evil;
CREATE SEQUENCE regress_evil.hits;
CREATE FUNCTION regress_evil.hit(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM nextval('regress_evil.hits');
	RAISE NOTICE 'hijacked: %', what;
END $$;
CREATE FUNCTION regress_evil.texteq(a text, b text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_evil.hit('= (text, text)'); RETURN a OPERATOR(pg_catalog.=) b; END $$;
CREATE OPERATOR regress_evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = regress_evil.texteq);
CREATE FUNCTION regress_evil.int84gt(a bigint, b integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_evil.hit('> (bigint, integer)'); RETURN a OPERATOR(pg_catalog.>) b; END $$;
CREATE OPERATOR regress_evil.> (LEFTARG = bigint, RIGHTARG = integer, FUNCTION = regress_evil.int84gt);
CREATE FUNCTION regress_evil.count_step(n bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_evil.hit('count(*)'); RETURN n OPERATOR(pg_catalog.+) 1; END $$;
CREATE AGGREGATE regress_evil.count(*) (SFUNC = regress_evil.count_step, STYPE = bigint, INITCOND = '0');
CREATE TABLE regress_evil.speech_terms (term text, note text, added timestamptz);
INSERT INTO regress_evil.speech_terms VALUES ('落实清廉', 'a decoy term');
CREATE TABLE regress_evil.speech_lexicon (LIKE public.speech_lexicon);
INSERT INTO regress_evil.speech_lexicon VALUES ('directive_high', '坚持', 1, NULL, true, false);
CREATE FUNCTION regress_evil.speech_term_check(term text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_evil.hit('speech_term_check'); RETURN true; END $$;
CREATE FUNCTION regress_evil.speech_find_terms(body text, terms text[], whole_words boolean DEFAULT true)
	RETURNS TABLE (term text, section_id int, sentence_id int, pos int, len int) LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_evil.hit('speech_find_terms'); END $$;
CREATE FUNCTION regress_evil.speech_lexicon_match(body text, terms text[], categories text[], weights int[],
		whole_words boolean DEFAULT true)
	RETURNS TABLE (category text, term text, weight int, section_id int, sentence_id int, pos int, len int)
	LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_evil.hit('speech_lexicon_match'); END $$;
CREATE FUNCTION regress_evil.speech_metrics(body text, segment boolean DEFAULT true)
	RETURNS public.speech_metrics LANGUAGE plpgsql AS $$
BEGIN PERFORM regress_evil.hit('speech_metrics'); RETURN NULL; END $$;

SET search_path = regress_evil, pg_catalog, public;
-- (the queries of this block use no operator: theirs would be hijacked)
-- the user's terms: added to and removed from the extension's table
SELECT public.speech_add_term('清廉村居', 'added under a hostile search_path');
SELECT term, note FROM public.speech_terms;
-- segmentation reads the extension's table (found through the extension's schema, not by name)
SELECT string_agg(token, '|') FROM ts_parse('public.speech_parser', '落实清廉村居建设');
SELECT * FROM public.speech_tokens('落实清廉村居建设');
SELECT public.speech_remove_term('清廉村居'), public.speech_remove_term('清廉村居');
-- the lexicon functions read the extension's table and call its functions
SELECT category, term, weight FROM public.speech_lexicon_hits('我们必须坚持改革。', ARRAY['directive_high']);
SELECT category, hits, weighted, round(per_1k::numeric, 1) AS per_1k
  FROM public.speech_lexicon_counts('我们必须坚持改革。', ARRAY['directive_high']);
SELECT to_tsvector('public.speech_zh', '落实清廉村居建设');
SELECT public.speech_tsvector('public.speech_zh', E'一、落实清廉\n建设。');
RESET search_path;
-- nothing of regress_evil was used
SELECT is_called AS hijacked FROM regress_evil.hits;
DROP SCHEMA regress_evil CASCADE;

-- ---- privileges: who may change segmentation and the lexicons for everyone ----
-- speech_terms (segmentation of every session) and speech_lexicon (the word
-- lists of speech_lexicon_hits/_counts) are readable by everyone and writable
-- by their owner, the superuser who created the extension, and by the roles it
-- grants INSERT, UPDATE, DELETE (or TRUNCATE)
SELECT c.relname, pg_get_userbyid(c.relowner) = current_user AS owned_by_installer,
	   has_table_privilege('public', c.oid, 'SELECT') AS public_select,
	   has_table_privilege('public', c.oid, 'INSERT') AS public_insert,
	   has_table_privilege('public', c.oid, 'UPDATE') AS public_update,
	   has_table_privilege('public', c.oid, 'DELETE') AS public_delete,
	   has_table_privilege('public', c.oid, 'TRUNCATE') AS public_truncate
  FROM pg_class c WHERE c.oid IN ('speech_terms'::regclass, 'speech_lexicon'::regclass) ORDER BY 1;

CREATE ROLE regress_speech_user;
CREATE ROLE regress_speech_editor;
GRANT INSERT, DELETE ON speech_terms TO regress_speech_editor;
GRANT INSERT, UPDATE, DELETE ON speech_lexicon TO regress_speech_editor;

SET ROLE regress_speech_user;
-- everything that reads works
SELECT count(*) > 0 AS reads_lexicon FROM speech_lexicon;
SELECT count(*) >= 0 AS reads_terms FROM speech_terms;
SELECT category, hits FROM speech_lexicon_counts('我们必须坚持改革。', ARRAY['directive_high']);
SELECT (speech_metrics('我们必须坚持改革。')).directive_high;
SELECT to_tsvector('speech_zh', '构建和谐社会');
-- nothing that writes
SELECT speech_add_term('清廉村居');
SELECT speech_remove_term('和谐社会');
INSERT INTO speech_terms (term) VALUES ('清廉村居');
DELETE FROM speech_terms;
TRUNCATE speech_terms;
INSERT INTO speech_lexicon (category, term) VALUES ('reform', '改革');
UPDATE speech_lexicon SET weight = 100 WHERE term = '必须';
DELETE FROM speech_lexicon;
-- nor change the objects
ALTER TABLE speech_terms DISABLE TRIGGER speech_terms_changed;
ALTER EXTENSION speech UPDATE;
RESET ROLE;

-- a role granted the rights maintains the lists for everyone
SET ROLE regress_speech_editor;
SELECT speech_add_term('清廉村居', 'added by the editor');
SELECT speech_remove_term('清廉村居');
INSERT INTO speech_lexicon (category, term) VALUES ('reform', '改革');
UPDATE speech_lexicon SET weight = 2 WHERE category = 'reform';
SELECT category, hits, weighted FROM speech_lexicon_counts('深化改革。', ARRAY['reform']);
DELETE FROM speech_lexicon WHERE category = 'reform';
-- but not the built-in rows' table structure or the extension
TRUNCATE speech_lexicon;
RESET ROLE;
SELECT count(*) > 0 AS builtin_rows_kept FROM speech_lexicon WHERE builtin;

REVOKE ALL ON speech_terms, speech_lexicon FROM regress_speech_editor;
DROP ROLE regress_speech_user;
DROP ROLE regress_speech_editor;

-- ---- not trusted: installing takes a superuser ----
SELECT version, superuser, trusted FROM pg_available_extension_versions
 WHERE name = 'speech' ORDER BY version;

-- ---- files: only the installation's tsearch_data ----
-- the lexicon is read from tsearch_data/speech_zh.lex by a fixed name; a
-- dictionary's stop-word file is a name PostgreSQL resolves inside tsearch_data
-- and refuses paths
CREATE TEXT SEARCH DICTIONARY regress_han_path (TEMPLATE = speech_han_template, StopWords = '../../../../etc/passwd');
CREATE TEXT SEARCH DICTIONARY regress_han_abs (TEMPLATE = speech_han_template, StopWords = '/etc/passwd');
