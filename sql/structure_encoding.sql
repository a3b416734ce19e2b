-- structure_encoding: databases whose encoding is not UTF8.  EUC_CN (used for
-- Chinese archives) gets correct results: the text is converted to UTF-8 for the
-- parser and back, and characters map one to one, so positions still agree with
-- substr().  SQL_ASCII defines no characters and gets a clear error naming it.
\set regress_db :DBNAME
SET client_min_messages = warning;
DROP DATABASE IF EXISTS speech_euc_cn;
DROP DATABASE IF EXISTS speech_sql_ascii;
RESET client_min_messages;
CREATE DATABASE speech_euc_cn ENCODING 'EUC_CN' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE speech_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c speech_euc_cn
SET client_encoding = 'UTF8';
CREATE EXTENSION speech;
SHOW server_encoding;
CREATE TABLE t (body text);
INSERT INTO t VALUES (E'全区工作会议讲话\n同志们：\n下面我讲两点意见。\n一、认清形势，把握大局\n当前形势很好。\n二、明确任务\n第一，抓发展。第二，抓民生。\n');
SELECT id, parent_id, level, marker, ordinal, heading, pos, len, substr(body, pos, 4) AS starts FROM t, speech_outline(body);
SELECT title, salutation, announced_points, found_points FROM t, speech_parse(body);
SELECT bool_and(substr(body, s.pos, s.len) = s.text) AS sentences_match_substr FROM t, speech_sentences(body) s;
SELECT speech_clean(E'同志们: 下面,我讲。');
SELECT speech_parse_json(E'一、甲\n二、乙\n') -> 'outline' -> 1 ->> 'heading' AS heading;

\c speech_sql_ascii
CREATE EXTENSION speech;
SELECT * FROM speech_outline('一、甲');
SELECT speech_clean(E'\xff\xfe invalid bytes');
SELECT speech_version() IS NOT NULL AS version_works;

\c :regress_db
DROP DATABASE speech_euc_cn;
DROP DATABASE speech_sql_ascii;
