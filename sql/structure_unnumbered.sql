-- structure_unnumbered: speech_outline(body, true) adds the heading lines that
-- carry no marker (part titles), with marker and ordinal NULL, nested by the
-- layout (doc/structure.md, "Unnumbered headings").

\set report '各位代表：\n现在，我代表国务院作报告。\n过去五年的回顾\n五年来，我们做了大量工作。\n一、坚持改革\n内容一。\n二、扩大开放\n内容二。\n今后五年的主要任务\n今后五年，任务艰巨。\n一、发展农业\n内容三。\n二、发展工业\n内容四。\n结束语\n让我们团结奋斗！\n'

-- unnumbered parts are the top level; the numbered lists nest under them
SELECT id, parent_id, level, marker, ordinal, heading, pos, len
  FROM speech_outline(E:'report', true) ORDER BY id;
-- positions work with substr(): a part runs from its title to the next part
SELECT id, left(substr(E:'report', pos, len), 12) AS starts, right(substr(E:'report', pos, len), 6) AS ends
  FROM speech_outline(E:'report', true) WHERE marker IS NULL ORDER BY id;
-- without the option (and with false) the outline is the numbered one, unchanged
SELECT (SELECT array_agg(o::text ORDER BY id) FROM speech_outline(E:'report') o)
     = (SELECT array_agg(o::text ORDER BY id) FROM speech_outline(E:'report', false) o) AS same_as_default,
       (SELECT count(*) FROM speech_outline(E:'report')) AS numbered,
       (SELECT count(*) FROM speech_outline(E:'report', true)) AS with_unnumbered;

-- sub-headings inside a numbered section nest under it
SELECT level, marker, heading, parent_id
  FROM speech_outline(E'各位代表：\n现在作报告。\n一、经济\n总的情况很好。\n产业发展\n我们推动产业发展。\n金融服务业\n金融业是支柱。\n二、民生\n改善民生。\n', true)
 ORDER BY id;

-- not headings: a lone short line, lines broken around a link, a line ending
-- in a function word, a stage direction, flattened text without line breaks
SELECT t AS input, count(o.id) FILTER (WHERE o.marker IS NULL) AS unnumbered
  FROM (VALUES
	(E'同志们：\n开场。\n城市轨道交通\n我们要建设城市轨道交通。\n'),
	(E'同志们：\n我们要贯彻《\n国家公务员法\n》，研究制定办法。\n学习法律\n要学习。\n'),
	(E'同志们：\n开场。\n本作品是中华人民共和国的\n法律法规的正式译文。\n我们必须坚持的\n基本原则。\n'),
	(E'主席：\n开场。\n(議員離席 )\n我們繼續會議的議程。\n(議員返回 )\n我們繼續。\n'),
	(E'同志们： 开场。 过去的回顾 我们做了工作。 今后的任务 我们要做工作。')) v(t)
  LEFT JOIN LATERAL speech_outline(t, true) o ON true
 GROUP BY t ORDER BY t;

-- a standard part name stands alone: 结束语 after a numbered outline is a top-level part
SELECT level, marker, heading
  FROM speech_outline(E'同志们：\n开场。\n一、甲\n内容。\n（一）子\n内容。\n二、乙\n内容。\n结束语\n让我们共同奋斗！\n', true)
 ORDER BY id;

-- English part titles (paragraphs separated by blank lines)
SELECT level, marker, heading
  FROM speech_outline(E'Esteemed Deputies,\n\nI will now report.\n\nReview of Our Work in 2016\n\nWe made progress. First, we grew. Second, we reformed.\n\nMajor Areas of Work for 2017\n\nWe will do more this year.\n', true)
 ORDER BY id;

-- NULL option: STRICT; empty text: no rows
SELECT count(*) AS null_option FROM speech_outline('一、甲', NULL);
SELECT count(*) AS empty FROM speech_outline('', true);
SELECT provolatile, proisstrict, proparallel FROM pg_proc
 WHERE proname = 'speech_outline' AND pronargs = 2;

-- in a transcript, a labelled turn closes the outline but not the document's
-- body: the sub-headings of the long answer are still found
SELECT level, marker, heading
  FROM speech_outline(E'主席：\n現在開會。\n甲議員：\n我抗議！\n主席：\n請你坐下。\n行政長官：\n主席，各位議員：\n一、經濟\n總的情況很好。\n產業發展\n我們推動產業發展。\n金融服務業\n金融業是支柱。\n二、民生\n改善民生。\n', true)
 ORDER BY id;
