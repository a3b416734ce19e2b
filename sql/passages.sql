-- passages: speech_passages (cuts that follow the structure, heading paths,
-- bad targets) and long documents searched by passages, where a whole-document
-- tsvector loses positions (speech_positions_clamped).

SELECT proname, provolatile, proisstrict, proparallel
FROM pg_proc WHERE proname IN ('speech_passages', 'speech_positions_clamped') ORDER BY proname;

CREATE TEMP TABLE sp (body text);
INSERT INTO sp VALUES (E'在全县工作会议上的讲话\n同志们：\n下面，我讲三点意见。\n'
  '一、认清形势\n今年全县经济增长6.5%左右，完成投资3.2亿元。\n（一）成绩显著\n我们坚持“两学一做”，必须巩固成果。\n（二）问题突出\n困难不少。\n'
  '二、明确任务\n第一，抓发展。第二，抓民生。\n三、加强领导\n谢谢大家！\n');

-- the default target (1000): the opening, then one passage per top-level section
SELECT p.id, p.section_id, p.path, p.pos, p.len, p.text FROM sp, speech_passages(sp.body) p;
-- at 32 a top-level section is cut where its subsections start, each with its path
SELECT p.id, p.section_id, p.path, p.pos, p.len FROM sp, speech_passages(sp.body, 32) p;
-- at 50 the subsections (一) and (二) fit together; their path is their common section
SELECT p.id, p.path, p.len, p.text FROM sp, speech_passages(sp.body, 50) p WHERE p.id = 3;
-- section_id is the outline's id
SELECT p.id, o.marker, o.heading FROM sp, speech_passages(sp.body, 32) p
  JOIN speech_outline(sp.body) o ON o.id = p.section_id ORDER BY p.id;

-- English numbering, a sentence longer than the target cut at white space
SELECT p.id, p.path, p.text FROM speech_passages(E'Remarks\nI. Introduction\nWe meet today to build a future that is fair, open and prosperous for every family in this land.\nII. Policy\nWe act now.\n', 40) p;

-- NULL in, no rows; '' and white space, no rows; one sentence, one passage
SELECT (SELECT count(*) FROM speech_passages(NULL)) AS null_rows,
       (SELECT count(*) FROM speech_passages(NULL, 100)) AS null_rows_target,
       (SELECT count(*) FROM speech_passages('')) AS empty_rows,
       (SELECT count(*) FROM speech_passages(E' \n\u3000')) AS blank_rows,
       (SELECT count(*) FROM speech_passages('谢谢大家！')) AS one;

-- targets outside 10 .. 1,000,000 are errors with a hint
SELECT * FROM speech_passages('谢谢大家！', 0);
SELECT * FROM speech_passages('谢谢大家！', -5);
SELECT * FROM speech_passages('谢谢大家！', 9);
SELECT * FROM speech_passages('谢谢大家！', 1000001);
SELECT count(*) FROM speech_passages('谢谢大家！', 10);
SELECT count(*) FROM speech_passages('谢谢大家！', 1000000);

-- invariants on a constructed text of sections, paragraphs, long sentences and a
-- 3,000-character sentence without punctuation, at several targets: each passage
-- at most the target, substr(body, pos, len) is its text, in order, not
-- overlapping, and every sentence is inside one passage (or, longer than the
-- target, spread over consecutive ones)
CREATE TEMP TABLE gen AS
SELECT string_agg(format(E'%s、部署%s\n%s', (ARRAY['一','二','三','四','五','六','七','八','九','十'])[s],
                         s, repeat(E'我们要坚持稳中求进工作总基调，推动经济社会持续健康发展，确保各项政策落地见效。\n', s * 7)), '')
       || repeat('坚持稳中求进', 500) || E'。\n' AS body
FROM generate_series(1, 10) s;
SELECT t, count(*) AS passages,
       bool_and(p.len <= t) AS within_target,
       bool_and(substr(g.body, p.pos, p.len) = p.text) AS substr_ok,
       bool_and(p.pos > coalesce(p.prev_end, 0)) AS ordered
FROM gen g, (VALUES (10), (100), (1000), (5000)) v(t),
     LATERAL (SELECT x.*, lag(x.pos + x.len - 1) OVER (ORDER BY x.id) AS prev_end
              FROM speech_passages(g.body, t) x) p
GROUP BY t ORDER BY t;
SELECT t, count(*) AS sentences_outside
FROM gen g, (VALUES (10), (100), (1000), (5000)) v(t), LATERAL speech_sentences(g.body) s
WHERE s.len > 0 AND NOT EXISTS (
	SELECT 1 FROM speech_passages(g.body, t) p
	WHERE (s.pos >= p.pos AND s.pos + s.len <= p.pos + p.len)          -- inside one
	   OR (s.len > t AND p.pos < s.pos + s.len AND s.pos < p.pos + p.len))  -- or spread
GROUP BY t ORDER BY t;
-- never across a top-level section: each passage lies inside one section 一 .. 十
SELECT count(*) AS passages_across_sections
FROM gen g, LATERAL speech_passages(g.body, 1000) p
WHERE NOT EXISTS (SELECT 1 FROM speech_outline(g.body) o
                  WHERE o.level = 1 AND p.pos >= o.pos AND p.pos + p.len <= o.pos + o.len);

-- ======== long documents: a passage table ========
-- A report of 56,161 characters (about 56,000 positions): PostgreSQL keeps
-- tsvector positions up to 16383 and 255 positions per lexeme, so in the
-- whole-document tsvector the sentence near the end sits at the clamped
-- position: the phrase query misses it without an error (the AND query still
-- matches), and so does ts_headline, which shows the document's start.
CREATE TABLE long_speeches (id int PRIMARY KEY, body text);
INSERT INTO long_speeches VALUES
 (1, E'关于经济工作的报告\n一、总体要求\n' || repeat(E'我们要坚持稳中求进工作总基调，推动经济社会持续健康发展。\n', 1200)
     || E'二、主要任务\n' || repeat(E'各地区各部门要加强统筹协调，确保各项政策落地见效。\n', 800)
     || E'这是全体人民共同奋斗的宏伟蓝图。\n' || repeat(E'各地区各部门要加强统筹协调，确保各项政策落地见效。\n', 20)),
 (2, E'关于民生工作的讲话\n一、总体要求\n我们要描绘全体人民共同奋斗的蓝图。\n二、主要任务\n宏伟的事业需要奋斗。\n');
SELECT id, length(body) AS chars,
       to_tsvector('speech_zh', body) @@ phraseto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图') AS phrase_whole,
       to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图') AS and_whole,
       speech_positions_clamped(to_tsvector('speech_zh', body)) AS clamped,
       speech_positions_clamped(speech_tsvector('speech_zh', body)) AS clamped_weighted
FROM long_speeches ORDER BY id;
SELECT ts_headline('speech_zh', body, phraseto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图')) AS whole_headline
FROM long_speeches WHERE id = 1;

-- the passage table: generated per speech, a GIN index over the passages
CREATE TABLE long_passages (
	speech_id int REFERENCES long_speeches ON DELETE CASCADE,
	passage_id int,
	section_id int,
	path text,
	pos int,
	len int,
	text text,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('speech_zh', text)) STORED,
	PRIMARY KEY (speech_id, passage_id)
);
CREATE INDEX ON long_passages USING gin (tsv);
INSERT INTO long_passages (speech_id, passage_id, section_id, path, pos, len, text)
SELECT s.id, p.id, p.section_id, p.path, p.pos, p.len, p.text
FROM long_speeches s, LATERAL speech_passages(s.body) p;
SELECT speech_id, count(*) AS passages, max(len) AS longest,
       bool_or(speech_positions_clamped(tsv)) AS any_clamped
FROM long_passages GROUP BY speech_id ORDER BY speech_id;

-- the phrase, found at passage level, with its place to cite and a headline
SELECT speech_id, passage_id, path, pos, len,
       ts_headline('speech_zh', text, q, 'MaxFragments=1, MaxWords=12, MinWords=4') AS headline
FROM long_passages, phraseto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图') q
WHERE tsv @@ q;
-- and through the index
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT speech_id FROM long_passages
WHERE tsv @@ phraseto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图');
SELECT speech_id, passage_id FROM long_passages
WHERE tsv @@ phraseto_tsquery('speech_zh', '全体人民共同奋斗的宏伟蓝图');
RESET enable_seqscan;

-- ranking rolled up to the speech: its best passage, and how many passages match
SELECT speech_id, count(*) AS passages_matched,
       round(max(ts_rank(tsv, q))::numeric, 4) AS best_rank,
       (array_agg(path ORDER BY ts_rank(tsv, q) DESC, passage_id))[1] AS best_path
FROM long_passages, plainto_tsquery('speech_zh', '宏伟 奋斗') q
WHERE tsv @@ q
GROUP BY speech_id ORDER BY best_rank DESC, speech_id;

-- the same passages for an embedding model (pgvector: embedding vector(N));
-- a real[] stands in for the vector here, filled by the client
CREATE TABLE long_passage_embeddings (
	speech_id int,
	passage_id int,
	embedding real[],
	PRIMARY KEY (speech_id, passage_id),
	FOREIGN KEY (speech_id, passage_id) REFERENCES long_passages ON DELETE CASCADE
);
INSERT INTO long_passage_embeddings
SELECT speech_id, passage_id, ARRAY[len::real, pos::real] FROM long_passages;
SELECT count(*) AS embedded FROM long_passage_embeddings;

-- kept in step by a trigger: a speech inserted or changed gets its passages again
CREATE FUNCTION long_passages_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM long_passages WHERE speech_id = NEW.id;
	INSERT INTO long_passages (speech_id, passage_id, section_id, path, pos, len, text)
	SELECT NEW.id, p.id, p.section_id, p.path, p.pos, p.len, p.text
	FROM speech_passages(NEW.body) p;
	RETURN NULL;
END
$$;
CREATE TRIGGER long_passages_refresh AFTER INSERT OR UPDATE OF body ON long_speeches
	FOR EACH ROW EXECUTE FUNCTION long_passages_refresh();
UPDATE long_speeches SET body = body || E'三、加强领导\n谢谢大家！\n' WHERE id = 2;
INSERT INTO long_speeches VALUES (3, E'一、总体要求\n全体人民共同奋斗的宏伟蓝图。\n');
SELECT speech_id, passage_id, path, len FROM long_passages WHERE speech_id > 1 ORDER BY speech_id, passage_id;

DROP TABLE long_passage_embeddings, long_passages, long_speeches;
DROP FUNCTION long_passages_refresh();
