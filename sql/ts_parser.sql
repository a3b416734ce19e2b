-- ts_parser: the token types of speech_parser and the partition property.

SELECT * FROM ts_token_type('speech_parser');

-- mixed Chinese, English, numbers, dates, percent, punctuation
SELECT t.tokid, a.alias, t.token
FROM ts_parse('speech_parser', '2023年GDP增长5.2%，ChatGPT与大模型') t
JOIN ts_token_type('speech_parser') a ON a.tokid = t.tokid;

-- dates and numbers in Chinese numerals and full-width digits
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '二○○一年十二月三十一日，１２月３１日增长１２．５％，3.5亿元，1,000,000人');

-- the tokens are a partition of the input: every character once, in order
WITH t(body) AS (VALUES
	('中华人民共和国成立于1949年。'),
	(E'  tab\tand\x01control  空格　全角 '),
	('😀👍 emoji ℃ and don''t ＡＢＣ ｘｙｚ'),
	('——破折号……省略号「引号」《书名》'),
	(repeat('社会主义现代化建设', 2000)),
	('')
)
SELECT length(body) AS chars,
	coalesce((SELECT string_agg(token, '' ORDER BY o) FROM ts_parse('speech_parser', body) WITH ORDINALITY p(tokid, token, o)), '') = body AS partition
FROM t;

-- a long run of Han characters with no punctuation (cut in bounded chunks)
SELECT count(*) > 10000 AS many_tokens,
	string_agg(token, '' ORDER BY o) = repeat('中华人民共和国成立于', 5000) AS partition
FROM ts_parse('speech_parser', repeat('中华人民共和国成立于', 5000)) WITH ORDINALITY p(tokid, token, o);

-- a long text is interruptible (the tokenizer checks for interrupts)
SET statement_timeout = '100ms';
SELECT length(to_tsvector('speech_zh', repeat('中华人民共和国成立于1949年，', 400000)));
RESET statement_timeout;

-- ts_debug shows token types and dictionaries
SELECT alias, token, dictionaries, lexemes FROM ts_debug('speech_zh', '我们的ＧＤＰ增长了5%，建设和谐社会');

-- speech_tokens: 1-based character positions, white space left out
SELECT * FROM speech_tokens('2023年 GDP增长5.2%，ChatGPT与大模型');
SELECT bool_and(substr(b, pos, len) = token) AS positions_ok, count(*)
FROM (VALUES ('😀 前言：二○○一年，我们   建设和谐社会 and more.')) v(b), speech_tokens(b);
-- word frequencies with GROUP BY
SELECT token, count(*) FROM speech_tokens('发展是第一要务，发展是硬道理，要发展') WHERE type = 'hanword'
GROUP BY token ORDER BY count(*) DESC, token;
SELECT * FROM speech_tokens(NULL);

-- volatility and parallel safety of the text-search functions
SELECT proname, provolatile, proisstrict, proparallel FROM pg_proc
WHERE proname ~ '^speech_(prs_|han_|fold_|terms?_|add_term|remove_term|tokens|tsvector)'
ORDER BY proname;
