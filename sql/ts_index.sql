-- ts_index: a stored generated column with a GIN index, and parallel plans.

CREATE TABLE speeches (
	id int PRIMARY KEY,
	body text NOT NULL,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('speech_zh', body)) STORED
);
INSERT INTO speeches (id, body)
SELECT g, CASE g % 4
	WHEN 0 THEN '第' || g || '号文件：构建社会主义和谐社会，推进新农村建设。'
	WHEN 1 THEN '中华人民共和国成立于1949年，人民当家作主。'
	WHEN 2 THEN 'GDP增长5.2%，ChatGPT与大模型带动数字经济。'
	ELSE '坚持科学发展观，加强党风廉政建设。' END
FROM generate_series(1, 4000) g;
CREATE INDEX speeches_tsv ON speeches USING gin (tsv);
ANALYZE speeches;

SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM speeches WHERE tsv @@ plainto_tsquery('speech_zh', '和谐社会');
SELECT count(*) FROM speeches WHERE tsv @@ plainto_tsquery('speech_zh', '和谐社会');
SELECT count(*) FROM speeches WHERE tsv @@ plainto_tsquery('speech_zh', '社会');
SELECT count(*) FROM speeches WHERE tsv @@ plainto_tsquery('speech_zh', '人民');
SELECT count(*) FROM speeches WHERE tsv @@ phraseto_tsquery('speech_zh', '中华人民共和国成立');
SELECT count(*) FROM speeches WHERE tsv @@ plainto_tsquery('speech_zh', 'gdp 模型');
RESET enable_seqscan;

-- an updated row is re-indexed through its generated column
UPDATE speeches SET body = '全面推进乡村振兴' WHERE id = 1;
SELECT id FROM speeches WHERE tsv @@ plainto_tsquery('speech_zh', '乡村振兴');

-- to_tsvector in parallel workers gives what the leader gives
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM speeches WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '发展');
SELECT count(*) FROM speeches WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '发展');
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FROM speeches WHERE to_tsvector('speech_zh', body) @@ plainto_tsquery('speech_zh', '发展');
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

DROP TABLE speeches;
