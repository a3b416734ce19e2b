-- speech_words: the words of a text as speech_zh indexes them, counted;
-- speech_ngrams: runs of words on word boundaries, the candidates of new
-- formulations; first appearances and "new in this document" as queries
\pset null '(null)'
-- stop words (的 我们) and punctuation out; numbers folded as speech_zh folds
-- them (full width to ASCII, 二〇三五年 -> 2035年); English stemmed
SELECT * FROM speech_words('我们要发展全过程人民民主，人民的民主。２０２３年ＧＤＰ增长５.２%，到二〇三五年 Growing economies');
-- every word is a lexeme of to_tsvector('speech_zh', ...) (its first one)
SELECT (SELECT array_agg(word) FROM speech_words(t)) <@ tsvector_to_array(to_tsvector('speech_zh', t)) AS subset
FROM (VALUES ('我们要发展全过程人民民主，人民的民主。２０２３年ＧＤＰ增长５.２%'),
             ('中华人民共和国成立以来，人民生活不断改善。The economies are growing.')) v(t);
-- empty, punctuation only, stop words only
SELECT count(*) FROM speech_words('');
SELECT count(*) FROM speech_words('。，、！？ …… ——');
SELECT count(*) FROM speech_words('的了和');
-- per-document counts add up with GROUP BY
CREATE TEMP TABLE docs (year int, body text);
INSERT INTO docs VALUES
  (2019, '坚持和完善人民代表大会制度。推进协商民主广泛多层制度化发展。'),
  (2020, '发展社会主义民主政治。推进协商民主广泛多层制度化发展，巩固人民代表大会制度。'),
  (2021, '发展全过程人民民主，坚持人民代表大会制度。全过程人民民主是社会主义民主政治的本质属性，发展全过程人民民主。');
SELECT d.year, w.word, sum(w.n) AS n
FROM docs d, speech_words(d.body) w
WHERE w.word IN ('民主', '人民代表大会制度', '全过程')
GROUP BY d.year, w.word ORDER BY 1, 2;
-- keyness of 2021 against the earlier years, on those counts
WITH c AS (SELECT d.year, w.word, w.n FROM docs d, speech_words(d.body) w),
     t AS (SELECT word, (sum(n) FILTER (WHERE year = 2021))::bigint AS a, (sum(n) FILTER (WHERE year < 2021))::bigint AS b FROM c GROUP BY word),
     tot AS (SELECT sum(a)::bigint AS ta, sum(b)::bigint AS tb FROM t)
SELECT word, coalesce(a, 0) AS target, coalesce(b, 0) AS reference,
       round(speech_keyness(coalesce(a, 0), coalesce(b, 0), ta, tb)::numeric, 4) AS chi2
FROM t, tot ORDER BY chi2 DESC, word LIMIT 5;
-- n-grams: on word boundaries, inside a clause, not starting or ending with a stop word
SELECT * FROM speech_ngrams('发展全过程人民民主，我们的人民民主。') ORDER BY n DESC, ngram;
SELECT * FROM speech_ngrams('发展全过程人民民主，我们的人民民主。', 6, 7);
SELECT count(*) FROM speech_ngrams('GDP 5.2%，。');
-- first and last appearance of each n-gram, and what is new in each document
-- compared with all earlier ones: n-grams first seen in that year, seen
-- at least twice there, 4 characters or more, and not inside a longer new
-- one with the same count (doc/comparing.md)
CREATE TEMP TABLE grams AS SELECT d.year, g.ngram, g.n FROM docs d, speech_ngrams(d.body) g;
SELECT ngram, min(year) AS first, max(year) AS last, count(*) AS docs
FROM grams WHERE ngram IN ('人民代表大会制度', '协商民主', '全过程人民民主', '社会主义民主政治')
GROUP BY ngram ORDER BY first, ngram;
WITH firsts AS (SELECT ngram, min(year) AS first FROM grams GROUP BY ngram),
     new AS (SELECT g.year, g.ngram, g.n FROM grams g JOIN firsts f USING (ngram)
             WHERE g.year = f.first AND g.year > (SELECT min(year) FROM docs)
               AND g.n >= 2 AND length(g.ngram) >= 4)
SELECT a.year, a.ngram, a.n FROM new a
WHERE NOT EXISTS (SELECT 1 FROM new b WHERE b.year = a.year AND b.n = a.n
                    AND length(b.ngram) > length(a.ngram) AND strpos(b.ngram, a.ngram) > 0)
ORDER BY a.year, a.n DESC, a.ngram;
-- bad arguments
SELECT * FROM speech_ngrams('人民', 0, 8);
SELECT * FROM speech_ngrams('人民', 5, 4);
SELECT * FROM speech_ngrams('人民', 2, 33);
