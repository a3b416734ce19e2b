-- ts_traditional: speech_zh folds Traditional Chinese to Simplified (OpenCC's
-- t2s tables) before it cuts, in documents and queries; speech_zh_exact does not.
-- the same lexemes from either script
SELECT to_tsvector('speech_zh', '發展社會主義市場經濟') = to_tsvector('speech_zh', '发展社会主义市场经济') AS same,
       to_tsvector('speech_zh', '發展社會主義市場經濟') AS folded;
-- a query in one script finds a text in the other, phrase queries too
SELECT d, q, to_tsvector('speech_zh', d) @@ plainto_tsquery('speech_zh', q) AS plain,
       to_tsvector('speech_zh', d) @@ phraseto_tsquery('speech_zh', q) AS phrase
FROM (VALUES ('堅持以人民為中心的發展思想', '以人民为中心'),
             ('坚持以人民为中心的发展思想', '以人民為中心'),
             ('堅持以人民為中心的發展思想', '發展思想'),
             ('堅持以人民為中心的發展思想', '思想发展')) v(d, q);
-- phrase-level conversion: 乾隆 stays 乾隆, 乾燥 is 干燥; 頭髮 is 头发
SELECT to_tsvector('speech_zh', '乾隆年間氣候乾燥，頭髮')::text;
-- ts_headline shows the text as given
SELECT ts_headline('speech_zh', '我們要堅持以人民為中心的發展思想。', plainto_tsquery('speech_zh', '发展思想'));
-- tokens are spans of the original text: substr(body, pos, len) = token
SELECT t.*, substr('香港特別行政區政府施政報告2024年，增長6.9%', t.pos, t.len) = t.token AS same
FROM speech_tokens('香港特別行政區政府施政報告2024年，增長6.9%') t;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '國務院關於進一步優化營商環境的意見');
-- Simplified text is nearly always left as it is (著名 stays); a character t2s
-- converts alone is folded in Simplified text too (乾县 -> 干县), and so is the
-- query, so the text is still found
SELECT to_tsvector('speech_zh', '著名的乾县') AS zh, to_tsvector('speech_zh_exact', '著名的乾县') AS exact,
       to_tsvector('speech_zh', '著名的乾县') @@ plainto_tsquery('speech_zh', '乾县') AS found;
-- speech_zh_exact: the scripts are different words, a Traditional run is cut as it is
SELECT to_tsvector('speech_zh_exact', '發展') @@ plainto_tsquery('speech_zh_exact', '发展') AS exact_cross,
       to_tsvector('speech_zh_exact', '發展') @@ plainto_tsquery('speech_zh_exact', '發展') AS exact_same,
       to_tsvector('speech_zh', '發展') @@ plainto_tsquery('speech_zh_exact', '发展') AS mixed;
SELECT string_agg(token, '|') FROM ts_parse('speech_parser_exact', '國務院關於進一步優化營商環境的意見');
-- Latin letters, digits and punctuation are never folded
SELECT to_tsvector('speech_zh', 'ＧＤＰ增長５.２％，Hong Kong「一國兩制」');
-- an index over Traditional rows answers Simplified queries
CREATE TABLE trad (id int, body text);
INSERT INTO trad VALUES (1, '全面建設社會主義現代化國家'), (2, '推進粵港澳大灣區建設'), (3, '全面建设社会主义现代化国家');
CREATE INDEX ON trad USING gin (to_tsvector('speech_zh', body));
SELECT id FROM trad WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '现代化国家') ORDER BY id;
SELECT id FROM trad WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '大灣區') ORDER BY id;
DROP TABLE trad;
-- numbers with Traditional magnitudes: 億 and 萬 read as 亿 and 万
SELECT to_tsvector('speech_zh', '投資1.6億元，增加２萬人') = to_tsvector('speech_zh', '投资1.6亿元，增加２万人') AS same,
       to_tsvector('speech_zh', '投資1.6億元，增加２萬人') AS folded;
-- a character whose Simplified form is longer in UTF-8 (噁 -> 𫫇, 3 -> 4 bytes):
-- tokens and headlines still index the original
SELECT t.*, substr('減少二噁英排放，保護環境', t.pos, t.len) = t.token AS same
FROM speech_tokens('減少二噁英排放，保護環境') t;
SELECT ts_headline('speech_zh', '減少二噁英排放，保護環境', plainto_tsquery('speech_zh', '保护环境')),
       to_tsvector('speech_zh', '減少二噁英排放，保護環境') @@ plainto_tsquery('speech_zh', '保護環境') AS found;
