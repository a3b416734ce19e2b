-- ts_tsvector: speech_tsvector weights lexemes by the outline: title and
-- headings A, the first sentence of each section B, the rest D.

\set doc '在全区组织工作会议上的讲话\n\n同志们：\n\n今天召开会议，主要任务是总结工作。\n\n一、坚持党建引领，推进基层治理\n\n基层治理是社会治理的基础。我们要加强基层党组织建设。\n\n二、加强干部队伍建设\n\n干部是事业成败的关键。要选好用好干部。乡村振兴需要人才。\n'

SELECT id, marker, heading FROM speech_outline(E:'doc');
SELECT lexeme, positions, weights FROM unnest(speech_tsvector('speech_zh', E:'doc'))
WHERE lexeme IN ('讲话', '党建引领', '基层治理', '干部', '成败', '乡村振兴', '今天')
ORDER BY lexeme;

-- the same lexemes as to_tsvector, in the same order of positions
SELECT array(SELECT lexeme FROM unnest(speech_tsvector('speech_zh', E:'doc')) ORDER BY lexeme)
	= array(SELECT lexeme FROM unnest(to_tsvector('speech_zh', E:'doc')) ORDER BY lexeme) AS same_lexemes;

-- ts_rank prefers the speech that puts the term in a heading
CREATE TABLE weighted (id int PRIMARY KEY, body text,
	tsv tsvector GENERATED ALWAYS AS (speech_tsvector('speech_zh', body)) STORED);
INSERT INTO weighted (id, body) VALUES
	(1, E'一、加强作风建设\n\n要改进工作方法。乡村振兴离不开好作风。\n\n二、其他工作\n\n做好各项工作。'),
	(2, E'一、乡村振兴\n\n要全面推进乡村振兴。\n\n二、其他工作\n\n做好各项工作。'),
	(3, E'一、其他工作\n\n乡村振兴是重点。\n\n二、作风建设\n\n加强作风建设。');
CREATE INDEX weighted_tsv ON weighted USING gin (tsv);
SELECT id, round(ts_rank(tsv, q)::numeric, 4) AS rank
FROM weighted, plainto_tsquery('speech_zh', '乡村振兴') q
WHERE tsv @@ q ORDER BY rank DESC, id;
-- weight-restricted queries: the term in a heading only
SELECT id FROM weighted WHERE tsv @@ to_tsquery('speech_zh', '乡村振兴:A') ORDER BY id;
SELECT id FROM weighted WHERE tsv @@ to_tsquery('speech_zh', '乡村振兴:AB') ORDER BY id;
DROP TABLE weighted;

-- text without an outline is all D; empty and NULL
SELECT speech_tsvector('speech_zh', '没有标题和提纲的一段话。');
SELECT speech_tsvector('speech_zh', '') = ''::tsvector AS empty, speech_tsvector('speech_zh', NULL) IS NULL AS null_in;
-- another configuration
SELECT speech_tsvector('simple', E'Title\n\n1. First heading\n\nThe first sentence. The rest.\n\n2. Second heading\n\nMore text here.');

-- speech_tsvector builds its tsvector itself from speech_parser's tokens
-- (no parse -> lexize -> sort pipeline): the lexemes and positions are
-- to_tsvector's, only the weights are added
SELECT setweight(speech_tsvector('speech_zh', E:'doc'), 'D') = to_tsvector('speech_zh', E:'doc') AS same_as_to_tsvector,
       setweight(speech_tsvector('speech_zh_exact', E:'doc'), 'D') = to_tsvector('speech_zh_exact', E:'doc') AS same_exact;
-- a phrase that runs from a heading into its first sentence is found
SELECT speech_tsvector('speech_zh', E:'doc') @@ phraseto_tsquery('speech_zh', '加强干部队伍建设 干部是事业成败的关键') AS phrase_across_weights;
-- Traditional text folds as in speech_zh
SELECT setweight(speech_tsvector('speech_zh', E'一、發展經濟\n\n堅持發展社會主義市場經濟。'), 'D')
     = to_tsvector('speech_zh', E'一、發展經濟\n\n堅持發展社會主義市場經濟。') AS same_traditional;
-- a token too long to index: PostgreSQL's notice, and the same tsvector
SELECT setweight(speech_tsvector('speech_zh', '开头 ' || repeat('x', 2100) || ' 结尾'), 'D')
     = to_tsvector('speech_zh', '开头 ' || repeat('x', 2100) || ' 结尾') AS same_long_token;
-- a lexeme keeps at most 255 positions, as in to_tsvector
SELECT setweight(speech_tsvector('speech_zh', repeat('发展，', 400)), 'D') = to_tsvector('speech_zh', repeat('发展，', 400)) AS same_many;
SELECT lexeme, array_length(positions, 1) AS positions
FROM unnest(speech_tsvector('speech_zh', repeat('发展，', 400)));

-- an altered configuration: the dictionaries of each token type are called
-- as to_tsvector calls them, so the result is still to_tsvector's
CREATE TEXT SEARCH CONFIGURATION zh_altered (COPY = speech_zh);
ALTER TEXT SEARCH CONFIGURATION zh_altered ALTER MAPPING FOR hanchar WITH simple;
ALTER TEXT SEARCH CONFIGURATION zh_altered ALTER MAPPING FOR latin, alnum WITH simple;
ALTER TEXT SEARCH CONFIGURATION zh_altered DROP MAPPING FOR number;
SELECT setweight(speech_tsvector('zh_altered', E'一、Open Data 与开放\n\n共有5个GDP数据集。的 Running'), 'D')
     = to_tsvector('zh_altered', E'一、Open Data 与开放\n\n共有5个GDP数据集。的 Running') AS same_altered;
-- a dictionary that reads several tokens (a thesaurus) cannot be followed
-- token by token: speech_tsvector then goes through to_tsvector, piece by
-- piece (positions restart in each weighted piece, see doc/text-search.md)
CREATE TEXT SEARCH DICTIONARY thesaurus_astro (TEMPLATE = thesaurus, DictFile = thesaurus_sample, Dictionary = english_stem);
CREATE TEXT SEARCH CONFIGURATION zh_thesaurus (COPY = speech_zh);
ALTER TEXT SEARCH CONFIGURATION zh_thesaurus ALTER MAPPING FOR latin WITH thesaurus_astro, english_stem;
SELECT speech_tsvector('zh_thesaurus', E'Speech\n\n1. supernovae stars\n\nThe crab nebulae shine.\n\n2. Second heading\n\nMore text.');
SELECT speech_tsvector('speech_zh', E'Speech\n\n1. supernovae stars\n\nThe crab nebulae shine.\n\n2. Second heading\n\nMore text.');
DROP TEXT SEARCH CONFIGURATION zh_thesaurus;
DROP TEXT SEARCH DICTIONARY thesaurus_astro;
DROP TEXT SEARCH CONFIGURATION zh_altered;
