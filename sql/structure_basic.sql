-- structure_basic: the SQL surface, NULL/empty handling, positions, volatility.

-- every analysis function is IMMUTABLE STRICT PARALLEL SAFE; speech_version is STABLE
-- (the structure functions; text search and metrics test their own)
SELECT proname, provolatile, proisstrict, proparallel, prorettype::regtype
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'speech'
WHERE proname IN ('speech_clean', 'speech_outline', 'speech_paragraphs', 'speech_parse',
                  'speech_parse_json', 'speech_sentences', 'speech_version')
ORDER BY proname;

-- NULL in, NULL out
SELECT speech_parse(NULL) IS NULL AS parse_null, speech_clean(NULL) IS NULL AS clean_null,
       speech_parse_json(NULL) IS NULL AS json_null,
       (SELECT count(*) FROM speech_outline(NULL)) AS outline_rows;

-- '' is an empty document: no rows, zero counts, an empty outline
SELECT (SELECT count(*) FROM speech_outline('')) AS sections,
       (SELECT count(*) FROM speech_paragraphs('')) AS paragraphs,
       (SELECT count(*) FROM speech_sentences('')) AS sentences;
SELECT * FROM speech_parse('');
SELECT speech_parse_json('');
SELECT speech_clean('') = '' AS clean_empty;

-- only white space, only punctuation, one Han character
SELECT (speech_parse(E' \t\u3000\n\n ')).* ;
SELECT count(*) FROM speech_sentences('。。。！？');
SELECT * FROM speech_sentences('党');

-- a small speech: outline, nesting, positions that work with substr()
CREATE TABLE speeches (id int PRIMARY KEY, body text);
INSERT INTO speeches VALUES (1, E'在全县工作会议上的讲话\n同志们：\n下面，我讲三点意见。\n一、认清形势\n当前形势很好。\n（一）成绩显著\n经济增长。\n（二）问题突出\n困难不少。\n二、明确任务\n第一，抓发展。第二，抓民生。\n三、加强领导\n谢谢大家！\n');

SELECT o.* FROM speeches, speech_outline(body) o;
-- each section is substr(body, pos, len): marker, heading and body up to the next section
SELECT o.id, substr(s.body, o.pos, o.len) AS section_text FROM speeches s, speech_outline(s.body) o;
SELECT bool_and(substr(s.body, p.pos, p.len) = p.text) AS paragraphs_match_substr
FROM speeches s, speech_paragraphs(s.body) p;
SELECT s.* FROM speeches, speech_sentences(body) s;
SELECT p.* FROM speeches, speech_paragraphs(body) p;

-- the document
SELECT title, salutation, announced_points, found_points, opening, closing,
       cardinality(sections) AS sections, paragraph_count, sentence_count
FROM speeches, speech_parse(body);
SELECT (d.sections[4]).* FROM speeches, speech_parse(body) d;
SELECT jsonb_pretty(speech_parse_json(body)) FROM speeches;

-- usable in generated columns and indexes (IMMUTABLE), and as a set in a lateral join
ALTER TABLE speeches ADD COLUMN points int GENERATED ALWAYS AS ((speech_parse(body)).found_points) STORED;
CREATE INDEX ON speeches (((speech_parse(body)).announced_points));
SELECT id, points FROM speeches;
DROP TABLE speeches;
