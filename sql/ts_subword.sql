-- ts_subword: a word inside a longer segmented word is found, and phrase
-- queries on whole words keep working.

CREATE TABLE subdocs (id int PRIMARY KEY, body text);
INSERT INTO subdocs VALUES
	(1, '中华人民共和国成立于1949年'),
	(2, '构建社会主义和谐社会'),
	(3, '人民群众的利益'),
	(4, '成立了新的委员会'),
	(5, '中华民族伟大复兴'),
	(6, '共和国的历史，人民共和'),
	(7, '科学发展观是指导思想');

-- the tsvector carries every lexicon word at the position of the token where
-- it starts: the words inside a token and those across its end (立于)
SELECT to_tsvector('speech_zh', body) FROM subdocs WHERE id IN (1, 2);

-- sub-word search
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '人民') ORDER BY id;
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '社会') ORDER BY id;
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '共和国') ORDER BY id;
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '发展') ORDER BY id;

-- a query for the whole word asks for the whole word (its sub-words are AND-ed)
SELECT plainto_tsquery('speech_zh', '和谐社会');
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '中华人民共和国') ORDER BY id;

-- phrase queries: document and query are cut alike (zhparser cut 成|立于 in the
-- document and 成立 in the query)
SELECT phraseto_tsquery('speech_zh', '中华人民共和国成立');
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ phraseto_tsquery('speech_zh', '中华人民共和国成立') ORDER BY id;
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ to_tsquery('speech_zh', '成立 <-> 于') ORDER BY id;
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ phraseto_tsquery('speech_zh', '构建社会主义和谐社会') ORDER BY id;
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ phraseto_tsquery('speech_zh', '成立于1949年') ORDER BY id;
-- a phrase is matched as written: 构建和谐社会 is not in document 2
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ phraseto_tsquery('speech_zh', '构建和谐社会') ORDER BY id;
-- words in the wrong order or apart do not match a phrase
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ to_tsquery('speech_zh', '社会 <-> 构建') ORDER BY id;
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ to_tsquery('speech_zh', '人民 <-> 利益') ORDER BY id;
-- stop words keep their positions: 人民|群众|的|利益
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ to_tsquery('speech_zh', '人民 <3> 利益') ORDER BY id;
-- a sub-word shares its word's position: in document 1, 人民 (inside
-- 中华人民共和国) is followed by 成立
SELECT id FROM subdocs WHERE to_tsvector('speech_zh', body) @@ to_tsquery('speech_zh', '人民 <-> 成立') ORDER BY id;

DROP TABLE subdocs;

-- every lexeme once, however long the text: 80 built-in terms concatenated and
-- repeated three times (the lexeme set's index once missed the lexemes added
-- since its last rebuild, so they came back).  ts_lexize lists both variants'
-- lexemes, so the token itself, which heads both, is the one listed twice.
SELECT repeat(string_agg(term, '' ORDER BY term), 3) AS terms80
  FROM (SELECT DISTINCT term FROM speech_builtin_lexicon() WHERE length(term) >= 2 ORDER BY term LIMIT 80) t \gset
SELECT count(*) AS lexemes, count(DISTINCT l) AS distinct_lexemes, count(*) > 32 AS past_the_index,
	   (SELECT array_agg(r) FROM (SELECT l FROM unnest(ts_lexize('speech_han', :'terms80')) l
								 GROUP BY l HAVING count(*) > 1) d(r)) = ARRAY[:'terms80'] AS only_the_token_twice
  FROM unnest(ts_lexize('speech_han', :'terms80')) l;
