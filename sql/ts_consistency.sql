-- ts_consistency: the user dictionary and the settings that decide lexemes
-- are the same for every statement that starts after a change commits
-- (issue 13, items 1 and 4).  A second session is a dblink connection.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS dblink;
RESET client_min_messages;
SELECT 'host=' || current_setting('unix_socket_directories') || ' port=' || current_setting('port')
	|| ' dbname=' || current_database() AS conninfo \gset
CREATE TABLE tc_a (x int);
CREATE TABLE tc_b (x int);
INSERT INTO tc_a VALUES (1);
INSERT INTO tc_b VALUES (1);
CREATE FUNCTION tc_tokens(t text) RETURNS text STABLE LANGUAGE sql
	AS $$ SELECT string_agg(p.token, '|') FROM tc_b, ts_parse('speech_parser', $1) p $$;
SELECT speech_dictionary_version() AS v0 \gset

-- 1a. REPEATABLE READ: a term committed by another session while this
-- transaction's snapshot is older is seen by the statements that follow,
-- and stays seen after COMMIT (it was reloaded under the old snapshot and
-- kept for good)
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '犇骉猋');
SELECT * FROM dblink(:'conninfo', 'SELECT speech_add_term(''犇骉猋'')') AS t(added boolean);
-- a statement that locks a table not used yet (invalidations are read) and tokenizes
SELECT x, (SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '犇骉猋')) FROM tc_a;
-- the transaction's own snapshot still predates the term
SELECT count(*) AS terms_in_snapshot FROM speech_terms WHERE term = '犇骉猋';
COMMIT;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '犇骉猋') AS this_session,
	(SELECT tokens FROM dblink(:'conninfo', $$SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '犇骉猋')$$) AS t(tokens text)) AS fresh_session;

-- 1b. READ COMMITTED: another session commits a term during a statement; a
-- STABLE SQL function that reads a table and tokenizes runs after it
SELECT (SELECT added FROM dblink(:'conninfo', 'SELECT speech_add_term(''骉猋犇'')') AS t(added boolean)) AS added,
	tc_tokens('骉猋犇') AS tokens;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '骉猋犇') AS next_statement;

-- 1c. inside a transaction block, a statement that takes no new lock
BEGIN;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '猋犇骉');
SELECT * FROM dblink(:'conninfo', 'SELECT speech_add_term(''猋犇骉'')') AS t(added boolean);
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '猋犇骉');
COMMIT;

-- the version: what every lookup compares; the same in a fresh session
SELECT speech_dictionary_version() <> :'v0' AS changed,
	speech_dictionary_version() = (SELECT v FROM dblink(:'conninfo', 'SELECT speech_dictionary_version()') AS t(v bigint)) AS same_as_fresh;
SELECT speech_remove_term('犇骉猋'), speech_remove_term('骉猋犇'), speech_remove_term('猋犇骉');
SELECT speech_dictionary_version() = :'v0' AS back_to_v0;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '犇骉猋');

-- 4. speech.domain_terms decides lexemes of IMMUTABLE index expressions:
-- only a superuser sets it; a role that may insert cannot switch it off, so
-- the index and a sequential scan agree
CREATE ROLE regress_tc_writer;
CREATE TABLE tc_docs (id serial PRIMARY KEY, body text);
CREATE INDEX tc_docs_tsv ON tc_docs USING gin (to_tsvector('speech_zh', body));
GRANT INSERT ON tc_docs TO regress_tc_writer;
GRANT USAGE ON SEQUENCE tc_docs_id_seq TO regress_tc_writer;
INSERT INTO tc_docs (body) SELECT '坚持党代会常任制' || g FROM generate_series(1, 3) g;
SET ROLE regress_tc_writer;
SET speech.domain_terms = off;
ALTER ROLE regress_tc_writer SET speech.domain_terms = off;
INSERT INTO tc_docs (body) SELECT '坚持党代会常任制' || g FROM generate_series(4, 6) g;
RESET ROLE;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM tc_docs WHERE to_tsvector('speech_zh', body) @@ to_tsquery('simple', '党代会常任制');
SELECT count(*) AS by_index FROM tc_docs WHERE to_tsvector('speech_zh', body) @@ to_tsquery('simple', '党代会常任制');
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT count(*) AS by_seqscan FROM tc_docs WHERE to_tsvector('speech_zh', body) @@ to_tsquery('simple', '党代会常任制');
RESET enable_bitmapscan;
RESET enable_indexscan;
SELECT name, context FROM pg_settings WHERE name = 'speech.domain_terms';
-- a superuser still can (ALTER DATABASE ... SET for a database, then re-index)
SET speech.domain_terms = off;
SELECT speech_dictionary_version() <> :'v0' AS domain_in_version;
RESET speech.domain_terms;
DROP TABLE tc_docs;
DROP ROLE regress_tc_writer;
DROP FUNCTION tc_tokens(text);
DROP TABLE tc_a, tc_b;

-- 5. edits of built-in speech_lexicon rows are kept by pg_dump: the dump
-- condition selects the user's rows and the built-in rows that differ from
-- the built-in value; removals are recorded in speech_lexicon_removed
SELECT 'SELECT category, term, weight, builtin FROM speech_lexicon WHERE ' || substr(w, 7) || ' ORDER BY 1, 2' AS dumped
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS u(c, w)
 WHERE e.extname = 'speech' AND c = 'speech_lexicon'::regclass \gset
BEGIN;
:dumped;
UPDATE speech_lexicon SET weight = 99 WHERE builtin AND term = '严禁';
DELETE FROM speech_lexicon WHERE builtin AND term = '鼓励';
UPDATE speech_lexicon SET term = '务必要' WHERE builtin AND category = 'directive_high' AND term = '务必';
INSERT INTO speech_lexicon (category, term) VALUES ('mine', '改革');
:dumped;
SELECT category, term FROM speech_lexicon_removed ORDER BY 1, 2;
-- what pg_restore does: the built-in rows come back with the extension, then
-- the dumped rows are inserted and the recorded removals applied
UPDATE speech_lexicon SET weight = 1 WHERE builtin AND term = '严禁';
INSERT INTO speech_lexicon (category, term, weight, builtin) VALUES ('directive_high', '严禁', 99, true);
SELECT category, term, weight, builtin FROM speech_lexicon WHERE term = '严禁';
-- a removed built-in row added again is no longer recorded as removed
INSERT INTO speech_lexicon (category, term, builtin) VALUES ('directive_low', '鼓励', true);
SELECT category, term FROM speech_lexicon_removed ORDER BY 1, 2;
-- a recorded removal (restored) removes the built-in row
DELETE FROM speech_lexicon_removed;
INSERT INTO speech_lexicon_removed (category, term) VALUES ('directive_low', '鼓励');
SELECT count(*) AS still_there FROM speech_lexicon WHERE category = 'directive_low' AND term = '鼓励';
ROLLBACK;
SELECT count(*) AS removed_rows FROM speech_lexicon_removed;
