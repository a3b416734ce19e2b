-- bad_input_encoding: the server encodings bad_input.sql cannot reach.  In an
-- EUC_CN database every metrics function (1.2) gives what it gives in UTF8
-- (structure_encoding.sql and ts_encoding.sql do the same for 1.0 and 1.1);
-- in a SQL_ASCII database, where any bytes are text, every function that reads
-- text refuses invalid UTF-8 with one clear error, and nothing crashes.
SELECT current_database() AS regress_db \gset
SELECT E'全区工作会议讲话\n同志们：\n下面我讲两点意见。\n一、提高认识\n我们必须坚持“三个代表”重要思想，全年增长6.5%左右，投资516万元。\n（一）统一思想\n要落实中央和省委的部署，确保完成任务！\n二、狠抓落实\n①抓项目；②抓民生。我区可以鼓励探索。\n谢谢大家！\n' AS s \gset

-- every metrics function, one line each, as UTF-8 bytes
SELECT format($q$
SELECT 'metrics ' || md5(convert_to(speech_metrics(%1$L)::text, 'UTF8'))
UNION ALL SELECT 'metrics nosegment ' || md5(convert_to(speech_metrics(%1$L, false)::text, 'UTF8'))
UNION ALL SELECT 'section_metrics ' || md5(convert_to(string_agg(m::text, '|' ORDER BY m.section_id NULLS FIRST), 'UTF8')) FROM speech_section_metrics(%1$L) m
UNION ALL SELECT 'quantities ' || md5(convert_to(string_agg(q::text, '|' ORDER BY q.id), 'UTF8')) FROM speech_quantities(%1$L) q
UNION ALL SELECT 'quotes ' || md5(convert_to(string_agg(q::text, '|' ORDER BY q.id), 'UTF8')) FROM speech_quotes(%1$L) q
UNION ALL SELECT 'slogans ' || md5(convert_to(string_agg(g::text, '|' ORDER BY g.id), 'UTF8')) FROM speech_slogans(%1$L) g
UNION ALL SELECT 'kwic ' || md5(convert_to(string_agg(k::text, '|' ORDER BY k.pos), 'UTF8')) FROM speech_kwic(%1$L, '落实', 4) k
UNION ALL SELECT 'diagnostics ' || md5(convert_to(string_agg(d::text, '|' ORDER BY d.id), 'UTF8')) FROM speech_diagnostics(%1$L) d
UNION ALL SELECT 'find_terms ' || md5(convert_to(string_agg(f::text, '|' ORDER BY f.pos), 'UTF8')) FROM speech_find_terms(%1$L, ARRAY['要', '落实', '中央']) f
UNION ALL SELECT 'lexicon_hits ' || md5(convert_to(string_agg(h::text, '|' ORDER BY h.pos, h.category), 'UTF8')) FROM speech_lexicon_hits(%1$L) h
UNION ALL SELECT 'lexicon_counts ' || md5(convert_to(string_agg(c::text, '|' ORDER BY c.category), 'UTF8')) FROM speech_lexicon_counts(%1$L) c
UNION ALL SELECT 'builtin_lexicon ' || md5(convert_to(string_agg(b::text, '|' ORDER BY b.category, convert_to(b.term, 'UTF8')), 'UTF8')) FROM speech_builtin_lexicon() b
$q$, :'s') AS metrics_query \gset
SELECT string_agg(line, chr(30) ORDER BY line) AS utf8_lines FROM (:metrics_query) r(line) \gset
-- a few of the values themselves, to read
SELECT (m).characters, (m).han_characters, (m).sentences, (m).sections, (m).quantities, (m).slogans,
	   (m).directive_high, (m).first_person_institutional
  FROM (SELECT speech_metrics(:'s') AS m) x;
SELECT raw, value, unit, kind FROM speech_quantities(:'s') ORDER BY id;

SET client_min_messages = warning;
DROP DATABASE IF EXISTS speech_euc_cn_metrics;
DROP DATABASE IF EXISTS speech_sql_ascii_all;
DROP DATABASE IF EXISTS speech_latin1;
RESET client_min_messages;
CREATE DATABASE speech_euc_cn_metrics ENCODING 'EUC_CN' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE speech_sql_ascii_all ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE speech_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c speech_euc_cn_metrics
SET client_encoding = 'UTF8';
CREATE EXTENSION speech;
SHOW server_encoding;
-- the same lines as in UTF8 (none differs), and the values read back
SELECT line AS differs_from_utf8 FROM (:metrics_query) r(line)
EXCEPT SELECT x FROM regexp_split_to_table(:'utf8_lines', chr(30)) x;
SELECT count(*) AS compared FROM (:metrics_query) r(line);
SELECT raw, value, unit, kind FROM speech_quantities(:'s') ORDER BY id;
SELECT section_id, pos, pre, keyword, post FROM speech_kwic(:'s', '落实', 4);
-- a character EUC_CN cannot hold is refused by PostgreSQL before speech sees it
SELECT speech_metrics('한국어 text');
-- every string the library hands PostgreSQL is in the database encoding:
-- token-type descriptions, its own messages (with Han examples), and an
-- entity whose character EUC_CN cannot hold stays as written
SELECT * FROM ts_token_type('speech_parser') WHERE tokid IN (6, 10);
SELECT alias, description, token FROM ts_debug('speech_zh', '2023年增长');
SELECT speech_term_check('abc');
SELECT * FROM speech_kwic('正文', '');
SELECT speech_clean('版权所有&copy;2023&nbsp;&bull;&#x4E00;&amp;&euro;');

-- LATIN1 cannot hold Han: the extension installs (ASCII scripts, built-in
-- terms it cannot hold left out), a Han character of a message is named
-- <U+XXXX>, and Latin text is analysed
\c speech_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION speech;
SELECT count(*) = 0 AS no_han_terms FROM speech_lexicon WHERE term ~ '[^\x01-\x7f]';
SELECT * FROM ts_token_type('speech_parser') WHERE tokid IN (6, 10);
SELECT speech_term_check('abc');
SELECT speech_clean('Caf&eacute; &copy; 2023 &bull; ok');
SELECT section_id, pos, pre, keyword, post FROM speech_kwic('We must act. We must act now.', 'act', 4);
SELECT kind, detail FROM speech_diagnostics('Ladies and gentlemen. We must act');

\c speech_sql_ascii_all
CREATE EXTENSION speech;
-- every function that reads text, on bytes that are not UTF-8
CREATE FUNCTION try(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
SELECT fn, try(format(q, E'\xff\xfe\x80 一、\xe4\xb8 invalid')) AS result FROM (VALUES
	('speech_outline', 'SELECT * FROM speech_outline(%L)'),
	('speech_paragraphs', 'SELECT * FROM speech_paragraphs(%L)'),
	('speech_sentences', 'SELECT * FROM speech_sentences(%L)'),
	('speech_parse', 'SELECT speech_parse(%L)'),
	('speech_parse_json', 'SELECT speech_parse_json(%L)'),
	('speech_clean', 'SELECT speech_clean(%L)'),
	('to_tsvector', $$SELECT to_tsvector('speech_zh', %L)$$),
	('ts_parse', $$SELECT * FROM ts_parse('speech_parser', %L)$$),
	('ts_headline', $$SELECT ts_headline('speech_zh', %L, 'x'::tsquery)$$),
	('ts_lexize(speech_han)', $$SELECT ts_lexize('speech_han', %L)$$),
	('ts_lexize(speech_fold)', $$SELECT ts_lexize('speech_fold', %L)$$),
	('speech_tokens', 'SELECT * FROM speech_tokens(%L)'),
	('speech_tsvector', $$SELECT speech_tsvector('speech_zh', %L)$$),
	('speech_term_check', 'SELECT speech_term_check(%L)'),
	('speech_add_term', 'SELECT speech_add_term(%L)'),
	('speech_metrics', 'SELECT speech_metrics(%L)'),
	('speech_section_metrics', 'SELECT * FROM speech_section_metrics(%L)'),
	('speech_quantities', 'SELECT * FROM speech_quantities(%L)'),
	('speech_quotes', 'SELECT * FROM speech_quotes(%L)'),
	('speech_slogans', 'SELECT * FROM speech_slogans(%L)'),
	('speech_kwic', $$SELECT * FROM speech_kwic(%L, '一')$$),
	('speech_diagnostics', 'SELECT * FROM speech_diagnostics(%L)'),
	('speech_find_terms', $$SELECT * FROM speech_find_terms(%L, ARRAY['一'])$$),
	('speech_lexicon_match', $$SELECT * FROM speech_lexicon_match(%L, ARRAY['一'], ARRAY['c'], ARRAY[1])$$),
	('speech_lexicon_hits', 'SELECT * FROM speech_lexicon_hits(%L)'),
	('speech_lexicon_counts', 'SELECT * FROM speech_lexicon_counts(%L)')
) AS f(fn, q) ORDER BY fn;
-- what needs no text still works
SELECT speech_version() IS NOT NULL AS version_works, count(*) > 0 AS builtin_lexicon_works FROM speech_builtin_lexicon();
SELECT speech_remove_term('nothing') AS removed;

\c :regress_db
DROP DATABASE speech_euc_cn_metrics;
DROP DATABASE speech_sql_ascii_all;
DROP DATABASE speech_latin1;
