-- ts_terms: the user dictionary in SQL and the domain lexicon switch.

-- the table is dumped with the user's rows
SELECT e.extconfig::regclass[] FROM pg_extension e WHERE e.extname = 'speech';

-- an unknown word is cut into pieces
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '推进河湖长制度化');
SELECT speech_add_term('河湖长制', 'river and lake chiefs');
SELECT speech_add_term('河湖长制');	-- already there
-- the same session sees it at once
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '推进河湖长制度化');
SELECT to_tsvector('speech_zh', '全面推行河湖长制') @@ plainto_tsquery('speech_zh', '河湖长制') AS found;
SELECT term, note FROM speech_terms;
SELECT speech_remove_term('河湖长制'), speech_remove_term('河湖长制');
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '推进河湖长制度化');

-- a change made in another session is seen by this one without a reconnect:
-- this backend has the terms cached; a second connection adds a term
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT 'host=' || current_setting('unix_socket_directories') || ' port=' || current_setting('port')
	|| ' dbname=' || current_database() AS conninfo \gset
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '落实清廉村居建设');
SELECT * FROM dblink(:'conninfo', 'SELECT speech_add_term(''清廉村居'')') AS t(added boolean);
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '落实清廉村居建设');
SELECT * FROM dblink(:'conninfo', 'SELECT speech_remove_term(''清廉村居'')') AS t(removed boolean);
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '落实清廉村居建设');
-- and the other way round: the second session sees this session's change
SELECT speech_add_term('清廉村居');
SELECT * FROM dblink(:'conninfo', $$SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '落实清廉村居建设')$$) AS t(tokens text);
TRUNCATE speech_terms;
SELECT * FROM dblink(:'conninfo', $$SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '落实清廉村居建设')$$) AS t(tokens text);

-- bad terms are refused, never silently dropped
SELECT speech_add_term('5G网络');
SELECT speech_add_term('党');
SELECT speech_add_term(repeat('党', 17));
INSERT INTO speech_terms (term) VALUES ('hello');
SELECT count(*) FROM speech_terms;

-- the domain lexicon is on by default and can be switched off
SHOW speech.domain_terms;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '坚持党代会常任制，建设新农村');
SET speech.domain_terms = off;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '坚持党代会常任制，建设新农村');
RESET speech.domain_terms;
