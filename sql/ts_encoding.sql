-- ts_encoding: speech_zh works in an EUC_CN database and refuses SQL_ASCII
-- with a clear error (never a silently empty tsvector).

SELECT current_database() AS regress_db \gset
CREATE DATABASE speech_euc_cn ENCODING 'EUC_CN' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE speech_ascii ENCODING 'SQL_ASCII' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C';

\c speech_euc_cn
SET client_encoding = 'UTF8';
CREATE EXTENSION speech;
SELECT to_tsvector('speech_zh', '中华人民共和国成立于1949年，ＧＤＰ增长５％');
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '构建和谐社会，and spaces  kept');
SELECT to_tsvector('speech_zh', '构建社会主义和谐社会') @@ plainto_tsquery('speech_zh', '社会') AS found;
SELECT ts_headline('speech_zh', '我们要构建和谐社会，  人民群众', plainto_tsquery('speech_zh', '社会'));
SELECT * FROM speech_tokens('二○○一年 GDP');
SELECT speech_add_term('清廉村居');
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '落实清廉村居建设');

\c speech_ascii
CREATE EXTENSION speech;
SELECT to_tsvector('speech_zh', 'plain ascii');

\c :regress_db
DROP DATABASE speech_euc_cn;
DROP DATABASE speech_ascii;
