-- bad_input: every SQL-callable function of every version on inputs that break
-- parsers: NULL, '', only spaces, only punctuation, one Han character, 10,000
-- nested-looking markers, random bytes made valid text through LATIN1, and very
-- long lines without punctuation.  Each cell is 'ok' (the result's invariants
-- hold: positions inside the text, pieces equal to substr(), tokens covering
-- the text), 'null' (NULL in, NULL out), 'no rows', or an error's SQLSTATE
-- (the messages are listed after the matrix).  No cell may crash or be 'BAD'.
-- Invalid UTF-8 (SQL_ASCII) and EUC_CN: bad_input_encoding.sql.

CREATE TABLE bad (name text PRIMARY KEY, body text);
INSERT INTO bad VALUES
	('a_null', NULL),
	('b_empty', ''),
	('c_spaces', repeat(' ', 500) || repeat(E'\u3000', 500) || repeat(E'\n', 500)),
	('d_punct', repeat('，。！？、；：“”《》（）…—,.!?;:()"', 200)),
	('e_han', '中'),
	('f_markers', repeat('一、(一)1.(1)①', 10000)),
	('g_binary', (SELECT convert_from(decode(string_agg(lpad(to_hex(abs(hashint4(g)) % 255 + 1), 2, '0'), ''), 'hex'), 'LATIN1')
				  FROM generate_series(1, 100000) g)),
	('h_long_han', repeat('中国人民站起来了', 12500)),
	('i_long_latin', repeat('abcdefghij', 10000));
SELECT name, length(body) AS chars, octet_length(body) AS bytes FROM bad ORDER BY name;

-- one cell: run q with $1 = the input, turn an error into its SQLSTATE (and keep the message)
CREATE TABLE bad_errors (fn text, input text, sqlstate text, message text);
CREATE FUNCTION bad_try(fn text, input text, q text, body text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
BEGIN
	EXECUTE q INTO r USING body;
	RETURN coalesce(r, 'null');
EXCEPTION WHEN OTHERS THEN
	INSERT INTO bad_errors VALUES (fn, input, SQLSTATE, left(SQLERRM, 160));
	RETURN 'E' || SQLSTATE;
END $$;

-- the checks: a query over $1 returning 'ok', 'no rows', 'null' or 'BAD'.  Every
-- row's position and length are checked, its text against substr() only near
-- the start: PostgreSQL's substr() walks a multibyte text from its beginning, so
-- comparing all 100,000 rows of a 100,000-character text would be quadratic.
CREATE TABLE bad_checks (ord serial, fn text PRIMARY KEY, q text);
INSERT INTO bad_checks (fn, q) VALUES
-- 1.0: structure
('speech_outline', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(o.pos >= 1 AND o.len >= 0 AND o.pos + o.len - 1 <= length($1) AND o.level BETWEEN 1 AND 10 AND (o.parent_id IS NULL OR o.parent_id < o.id)) THEN 'ok' ELSE 'BAD' END FROM speech_outline($1) o$$),
('speech_paragraphs', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(p.pos >= 1 AND p.pos + p.len - 1 <= length($1) AND length(p.text) = p.len) AND coalesce(bool_and(substr($1, p.pos, p.len) = p.text) FILTER (WHERE p.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_paragraphs($1) p$$),
('speech_sentences', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(s.pos >= 1 AND s.pos + s.len - 1 <= length($1) AND length(s.text) = s.len AND s.len > 0) AND coalesce(bool_and(substr($1, s.pos, s.len) = s.text) FILTER (WHERE s.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_sentences($1) s$$),
('speech_parse', $$SELECT CASE WHEN d IS NULL THEN 'null' WHEN d.paragraph_count = (SELECT count(*) FROM speech_paragraphs($1)) AND d.sentence_count = (SELECT count(*) FROM speech_sentences($1)) AND coalesce(cardinality(d.sections), 0) = (SELECT count(*) FROM speech_outline($1)) THEN 'ok' ELSE 'BAD' END FROM speech_parse($1) d$$),
('speech_parse_json', $$SELECT CASE WHEN j IS NULL THEN 'null' WHEN jsonb_typeof(j) = 'object' AND j ? 'outline' THEN 'ok' ELSE 'BAD' END FROM speech_parse_json($1) j$$),
('speech_clean', $$SELECT CASE WHEN c IS NULL THEN 'null' WHEN length(c) <= length($1) + 16 THEN 'ok' ELSE 'BAD' END FROM speech_clean($1) c$$),
-- 1.1: text search
('to_tsvector(speech_zh)', $$SELECT CASE WHEN v IS NULL THEN 'null' WHEN length(v) >= 0 THEN 'ok' ELSE 'BAD' END FROM to_tsvector('speech_zh', $1) v$$),
('ts_parse(speech_parser)', $$SELECT CASE WHEN $1 IS NULL THEN 'null' WHEN coalesce(string_agg(token, '' ORDER BY n), '') = $1 THEN 'ok' ELSE 'BAD' END FROM ts_parse('speech_parser', $1) WITH ORDINALITY AS t(tokid, token, n)$$),
('ts_headline(speech_zh)', $$SELECT CASE WHEN h IS NULL THEN 'null' WHEN length(h) <= length($1) + 1000 THEN 'ok' ELSE 'BAD' END FROM ts_headline('speech_zh', $1, plainto_tsquery('speech_zh', '人民 站起来')) h$$),
('ts_lexize(speech_han)', $$SELECT CASE WHEN $1 IS NULL THEN 'null' ELSE 'ok' END FROM (SELECT ts_lexize('speech_han', left($1, 64))) l$$),
('ts_lexize(speech_fold)', $$SELECT CASE WHEN $1 IS NULL THEN 'null' ELSE 'ok' END FROM (SELECT ts_lexize('speech_fold', left($1, 64))) l$$),
('speech_tokens', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(t.pos >= 1 AND t.pos + t.len - 1 <= length($1) AND length(t.token) = t.len) AND coalesce(bool_and(substr($1, t.pos, t.len) = t.token) FILTER (WHERE t.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_tokens($1) t$$),
('speech_tsvector', $$SELECT CASE WHEN v IS NULL THEN 'null' WHEN strip(v) = strip(to_tsvector('speech_zh', $1)) THEN 'ok' ELSE 'BAD' END FROM speech_tsvector('speech_zh', $1) v$$),
('speech_term_check', $$SELECT speech_term_check($1)::text$$),
('speech_add_term', $$SELECT speech_add_term($1)::text$$),
('speech_remove_term', $$SELECT speech_remove_term($1)::text$$),
-- 1.2: metrics
('speech_metrics', $$SELECT CASE WHEN m IS NULL THEN 'null' WHEN m.characters <= length($1) AND m.ttr BETWEEN 0 AND 1 AND m.sentences = (SELECT count(*) FROM speech_sentences($1)) THEN 'ok' ELSE 'BAD' END FROM speech_metrics($1) m$$),
('speech_metrics(segment false)', $$SELECT CASE WHEN m IS NULL THEN 'null' WHEN m.words IS NULL AND m.characters <= length($1) THEN 'ok' ELSE 'BAD' END FROM speech_metrics($1, false) m$$),
('speech_section_metrics', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN count(m.section_id) = (SELECT count(*) FROM speech_outline($1)) AND count(*) - count(m.section_id) <= 1 AND bool_and(m.characters <= length($1)) THEN 'ok' ELSE 'BAD' END FROM speech_section_metrics($1) m$$),
('speech_quantities', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(q.pos >= 1 AND q.pos + q.len - 1 <= length($1) AND length(q.raw) = q.len) AND coalesce(bool_and(substr($1, q.pos, q.len) = q.raw) FILTER (WHERE q.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_quantities($1) q$$),
('speech_quotes', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(q.pos >= 1 AND q.len >= 0 AND q.pos + q.len - 1 <= length($1) AND length(q.term) = q.len) AND coalesce(bool_and(substr($1, q.pos, q.len) = q.term) FILTER (WHERE q.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_quotes($1) q$$),
('speech_slogans', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(g.pos >= 1 AND g.pos + g.len - 1 <= length($1) AND length(g.slogan) = g.len) AND coalesce(bool_and(substr($1, g.pos, g.len) = g.slogan) FILTER (WHERE g.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_slogans($1) g$$),
('speech_kwic(body)', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(k.keyword = '人民' AND k.pos + 1 <= length($1) AND length(k.pre) <= 5 AND length(k.post) <= 5) AND coalesce(bool_and(substr($1, k.pos, 2) = '人民') FILTER (WHERE k.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_kwic($1, '人民', 5) k$$),
('speech_kwic(term)', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(k.keyword = $1) THEN 'ok' ELSE 'BAD' END FROM speech_kwic('一、中国人民站起来了。', $1) k$$),
('speech_diagnostics', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(d.pos IS NULL OR d.pos BETWEEN 1 AND length($1) + 1) THEN 'ok' ELSE 'BAD' END FROM speech_diagnostics($1) d$$),
('speech_find_terms(body)', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(f.pos >= 1 AND f.pos + f.len - 1 <= length($1) AND length(f.term) = f.len) AND coalesce(bool_and(substr($1, f.pos, f.len) = f.term) FILTER (WHERE f.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_find_terms($1, ARRAY['人民', '一', 'abc', '，']) f$$),
('speech_find_terms(terms)', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(f.term = $1) THEN 'ok' ELSE 'BAD' END FROM speech_find_terms('一、中国人民站起来了。', ARRAY[$1, $1], false) f$$),
('speech_lexicon_match(body)', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(m.pos >= 1 AND m.pos + m.len - 1 <= length($1) AND length(m.term) = m.len AND m.weight = length(m.category)) AND coalesce(bool_and(substr($1, m.pos, m.len) = m.term) FILTER (WHERE m.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_lexicon_match($1, ARRAY['人民', '一', '人民', '，'], ARRAY['a', 'b', 'cc', 'd'], ARRAY[1, 1, 2, 1]) m$$),
('speech_lexicon_match(terms)', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(m.term = $1) THEN 'ok' ELSE 'BAD' END FROM speech_lexicon_match('一、中国人民站起来了。', ARRAY[$1, $1], ARRAY['a', 'b'], ARRAY[1, 2], false) m$$),
('speech_lexicon_hits', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(h.pos >= 1 AND h.pos + h.len - 1 <= length($1) AND length(h.term) = h.len) AND coalesce(bool_and(substr($1, h.pos, h.len) = h.term) FILTER (WHERE h.pos <= 3000), true) THEN 'ok' ELSE 'BAD' END FROM speech_lexicon_hits($1) h$$),
('speech_lexicon_counts', $$SELECT CASE WHEN count(*) = 0 THEN 'no rows' WHEN bool_and(c.hits > 0 AND c.per_1k >= 0) THEN 'ok' ELSE 'BAD' END FROM speech_lexicon_counts($1) c$$);

-- functions without a text argument
SELECT speech_version() IS NOT NULL AS version_ok, (SELECT count(*) > 0 FROM speech_builtin_lexicon()) AS builtin_lexicon_ok;
-- the trigger function refuses a direct call
SELECT speech_terms_changed();

-- the matrix (nothing is 'BAD'; to_tsvector's notices about the 100,000-letter
-- word it leaves out are PostgreSQL's own, and hidden here)
SET client_min_messages = warning;
SELECT c.fn,
	   max(r) FILTER (WHERE b.name = 'a_null') AS "null",
	   max(r) FILTER (WHERE b.name = 'b_empty') AS "empty",
	   max(r) FILTER (WHERE b.name = 'c_spaces') AS spaces,
	   max(r) FILTER (WHERE b.name = 'd_punct') AS punct,
	   max(r) FILTER (WHERE b.name = 'e_han') AS han,
	   max(r) FILTER (WHERE b.name = 'f_markers') AS markers,
	   max(r) FILTER (WHERE b.name = 'g_binary') AS "binary",
	   max(r) FILTER (WHERE b.name = 'h_long_han') AS long_han,
	   max(r) FILTER (WHERE b.name = 'i_long_latin') AS long_latin
  FROM bad_checks c CROSS JOIN bad b, LATERAL bad_try(c.fn, b.name, c.q, b.body || '') r
 GROUP BY c.ord, c.fn ORDER BY c.ord;
RESET client_min_messages;
-- the errors are clear: what was wrong and, for long input, not the whole input
SELECT fn, sqlstate, message, string_agg(input, ' ' ORDER BY input) AS inputs
  FROM bad_errors GROUP BY fn, sqlstate, message ORDER BY fn, sqlstate, message;
SELECT count(*) AS terms_left FROM speech_terms;
-- text search takes at most 32 MB at once: above, an error naming the limit,
-- before any work (a tsvector holds 1 MB of lexemes anyway; big_input.sh shows
-- what 100 MB costs every function)
SELECT to_tsvector('speech_zh', repeat('a', 32 * 1024 * 1024 + 1));
SELECT count(*) FROM ts_parse('speech_parser', repeat('a', 32 * 1024 * 1024 + 1));
SELECT speech_tsvector('speech_zh', repeat('a', 32 * 1024 * 1024 + 1));
SELECT ts_lexize('speech_han', repeat('中', 12 * 1024 * 1024));
DROP FUNCTION bad_try(text, text, text, text);
DROP TABLE bad, bad_checks, bad_errors;
