-- examples/reporting.sql - metrics of a corpus of speeches, as a researcher
-- would keep them: a table with metadata, a materialised view of per-speech
-- metrics that refreshes concurrently, a per-section view, a keyword-over-years
-- table with ts_stat, and a CSV export for spreadsheets and BI tools.
--
--   psql -d yourdb -f examples/reporting.sql      (needs CREATE EXTENSION speech)
--
-- It works in a schema of its own (speech_examples) and leaves it in place;
-- DROP SCHEMA speech_examples CASCADE removes it.  The test metrics_reporting
-- runs this file.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS speech_examples CASCADE;
CREATE SCHEMA speech_examples;
SET search_path = speech_examples, public;

-- 1. the corpus: one row per speech, with its metadata
CREATE TABLE speeches (
	id int PRIMARY KEY,
	speaker text NOT NULL,
	venue text,
	year int NOT NULL,
	body text NOT NULL,
	-- IMMUTABLE functions can feed a stored generated column
	han_characters int GENERATED ALWAYS AS ((speech_metrics(body, false)).han_characters) STORED
);
INSERT INTO speeches (id, speaker, venue, year, body) VALUES
(1, '张书记', '全区经济工作会议', 2022, E'同志们：\n今天召开会议，我讲两点意见。\n一、认清形势，坚定信心\n过去一年，全区生产总值增长6.5%，新增就业1.2万人。我们必须坚持稳中求进，推动高质量发展。\n二、突出重点，狠抓落实\n要深化改革，扩大开放，确保完成全年目标。各级干部要切实负起责任。\n'),
(2, '张书记', '全区经济工作会议', 2023, E'同志们：\n下面，我讲三点意见。\n一、坚定发展信心\n全年投入资金3.5亿元，改造老旧小区120个。我们要坚持改革创新，推动发展。\n二、深化改革开放\n必须深化改革，务必抓好“放管服”改革，鼓励基层探索。\n三、加强党的建设\n要落实全面从严治党责任，落实八项规定精神。\n'),
(3, '李区长', '政府工作报告', 2024, E'各位代表：\n一、过去一年工作回顾\n地区生产总值增长5.2%左右，城镇新增就业1.5万人以上。我们坚持以人民为中心，推动改革发展。\n二、今年主要任务\n要深化改革，推动高质量发展，确保民生投入不低于3亿元。可以鼓励社会资本参与。\n');

-- 2. per-speech metrics, materialised; the unique index lets it refresh
--    without locking out readers
CREATE MATERIALIZED VIEW speech_metrics_mv AS
	SELECT s.id, s.speaker, s.year, m.*
	  FROM speeches s, LATERAL speech_metrics(s.body) m;
CREATE UNIQUE INDEX ON speech_metrics_mv (id);
REFRESH MATERIALIZED VIEW CONCURRENTLY speech_metrics_mv;

SELECT id, speaker, year, characters, sentences, sections, announced_points, found_points,
	   quantities, directive_high, directive_medium, directive_low,
	   round(directive_high_per_1k::numeric, 1) AS high_per_1k, round(mattr::numeric, 2) AS mattr
  FROM speech_metrics_mv ORDER BY id;

-- 3. per section: a join, not a loop (headings from speech_outline)
CREATE VIEW section_metrics AS
	SELECT s.id AS speech_id, s.year, sm.section_id, o.level, o.marker, o.heading,
		   sm.characters, sm.sentences, sm.quantities, sm.directive_high, sm.directive_medium
	  FROM speeches s
	 CROSS JOIN LATERAL speech_section_metrics(s.body) sm
	  LEFT JOIN LATERAL speech_outline(s.body) o ON o.id = sm.section_id;

SELECT speech_id, section_id, marker, heading, characters, quantities, directive_high, directive_medium
  FROM section_metrics ORDER BY speech_id, section_id NULLS FIRST;

-- attention share of each top-level section
SELECT speech_id, marker, heading,
	   round(100.0 * characters / sum(characters) OVER (PARTITION BY speech_id), 1) AS share
  FROM section_metrics WHERE level = 1 ORDER BY speech_id, section_id;

-- 4. keywords over the years: ts_stat over the speech_zh configuration
SELECT y.year, k.word, coalesce(st.nentry, 0) AS occurrences
  FROM (SELECT DISTINCT year FROM speeches) y
 CROSS JOIN (VALUES ('改革'), ('发展'), ('就业')) k(word)
  LEFT JOIN LATERAL ts_stat(format('SELECT to_tsvector(%L, body) FROM speech_examples.speeches WHERE year = %s',
								   'speech_zh', y.year)) st ON st.word = k.word
 ORDER BY k.word, y.year;

-- quantities as data: every money amount, scaled to 元
SELECT s.year, q.raw, q.value, q.unit, q.qualifier
  FROM speeches s, LATERAL speech_quantities(s.body) q
 WHERE q.kind = 'money' ORDER BY s.year, q.id;

-- 5. the same per-speech metrics as CSV (to a file: \copy (...) TO 'metrics.csv' WITH (FORMAT csv, HEADER))
\copy (SELECT id, speaker, year, characters, words, sentences, quantities, directive_high, round(mattr::numeric, 3) AS mattr FROM speech_examples.speech_metrics_mv ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER)

RESET search_path;
