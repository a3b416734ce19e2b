-- ts_config: what speech_zh indexes.

-- stop words go, Han words stay, Latin words are stemmed, numbers and dates kept
SELECT to_tsvector('speech_zh', '我们的经济发展了，GDP growing 5.2%，2023年和二○○一年');

-- blanks, tabs, control characters and punctuation are never lexemes
SELECT to_tsvector('speech_zh', E'  \t\x01\n　，。、！ ') = ''::tsvector AS empty;

-- full-width letters and digits are found by half-width queries
SELECT to_tsvector('speech_zh', 'ＧＤＰ增长１２．５％，ＡＩ') @@ to_tsquery('speech_zh', 'gdp & 12.5% & ai') AS fullwidth;
-- emoji and symbols are searchable
SELECT to_tsvector('speech_zh', '点赞👍温度30℃') @@ to_tsquery('speech_zh', '👍') AS emoji;
-- mixed Latin and Chinese
SELECT to_tsvector('speech_zh', 'ChatGPT与大模型，5G网络') @@ plainto_tsquery('speech_zh', 'chatgpt 5g 模型') AS mixed;
-- a query in Chinese numerals finds the Arabic date, and the reverse
SELECT to_tsvector('speech_zh', '二○○一年十二月') @@ plainto_tsquery('speech_zh', '2001年12月') AS han_date,
	to_tsvector('speech_zh', '2001年') @@ plainto_tsquery('speech_zh', '2001') AS year_number;

-- the documented recipes
-- 1. leave single Han characters out of the index
CREATE TEXT SEARCH CONFIGURATION zh_nochar (COPY = speech_zh);
ALTER TEXT SEARCH CONFIGURATION zh_nochar DROP MAPPING FOR hanchar;
SELECT to_tsvector('zh_nochar', '粮、棉、油的生产'), to_tsvector('speech_zh', '粮、棉、油的生产');
-- 2. no sub-words: a dictionary with SubWords = false
CREATE TEXT SEARCH DICTIONARY han_whole (TEMPLATE = speech_han_template, StopWords = speech_zh, SubWords = false);
CREATE TEXT SEARCH CONFIGURATION zh_whole (COPY = speech_zh);
ALTER TEXT SEARCH CONFIGURATION zh_whole ALTER MAPPING FOR hanword, hanchar, hannum, date WITH han_whole;
SELECT to_tsvector('zh_whole', '中华人民共和国');
-- 3. keep stop words: a dictionary without a stop list
CREATE TEXT SEARCH DICTIONARY han_all (TEMPLATE = speech_han_template);
CREATE TEXT SEARCH CONFIGURATION zh_all (COPY = speech_zh);
ALTER TEXT SEARCH CONFIGURATION zh_all ALTER MAPPING FOR hanword, hanchar WITH han_all;
SELECT to_tsvector('zh_all', '我们的人民');
-- 4. English without stemming
ALTER TEXT SEARCH CONFIGURATION zh_all ALTER MAPPING FOR latin, alnum WITH speech_fold, simple;
SELECT to_tsvector('zh_all', 'Growing economies');
DROP TEXT SEARCH CONFIGURATION zh_nochar, zh_whole, zh_all;
DROP TEXT SEARCH DICTIONARY han_whole, han_all;

-- bad dictionary options are refused with a hint
CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = speech_han_template, Foo = 1);
CREATE TEXT SEARCH DICTIONARY bad (TEMPLATE = speech_fold_template, Foo = 1);
-- a percentage is indexed as itself and as its number (issue 17): 6.9 and
-- 6.9% find 增长6.9%, 5.2 finds the full-width ５.２％; 6.9 does not find 6.95%
SELECT to_tsvector('speech_zh', '增长6.9%，５.２％，６.９‰，1,200.5%');
SELECT q, to_tsvector('speech_zh', '经济增长6.9%') @@ plainto_tsquery('speech_zh', q) AS plain,
       to_tsvector('speech_zh', '经济增长6.9%') @@ to_tsquery('speech_zh', q) AS query
FROM unnest(ARRAY['6.9', '6.9%', '增长6.9%', '6.95', '6.9‰']) q;
SELECT to_tsvector('speech_zh', 'ＧＤＰ增长５.２％') @@ plainto_tsquery('speech_zh', '5.2') AS fullwidth,
       to_tsvector('speech_zh', '增长6.9%') @@ phraseto_tsquery('speech_zh', '增长 6.9') AS phrase,
       ts_headline('speech_zh', '经济增长6.9%，好于预期', plainto_tsquery('speech_zh', '6.9')) AS headline;
SELECT ts_lexize('speech_fold', '６.９％'), ts_lexize('speech_fold', '6.9%'), ts_lexize('speech_fold', '%');
