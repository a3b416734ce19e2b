-- targets: speech_targets on short texts written for these tests (the
-- development gold of ../shared is scored by test/integration/score_targets.sh)

-- IMMUTABLE, STRICT, PARALLEL SAFE, the columns of issue 16
SELECT proname, provolatile, proisstrict, proparallel, pg_get_function_result(oid) AS result
  FROM pg_proc WHERE proname = 'speech_targets';

-- NULL in, no rows; '' and a text without numbers give no rows
SELECT count(*) AS null_rows FROM speech_targets(NULL);
SELECT count(*) AS empty_rows FROM speech_targets('');
SELECT count(*) AS no_number_rows FROM speech_targets('今年要稳中求进。');

-- a short report: the review's results are no targets; this year's goals
-- take the report's year, the plan's goals the plan's last year (十五五 -> 2030)
\set r '一、2025年工作回顾\n过去一年，地区生产总值增长5.2%，城镇新增就业50万人，细颗粒物浓度下降到28微克/立方米。\n二、“十五五”时期主要目标\n地区生产总值年均增长5%左右，到2035年人均地区生产总值达到3万美元。\n三、2026年重点工作\n今年发展的主要预期目标是：地区生产总值增长4.5%—5%，城镇新增就业45万人以上，城镇调查失业率控制在5.5%以内，居民消费价格涨幅2%左右，细颗粒物年均浓度控制在29微克/立方米左右。今年拟安排政府投资不低于2000亿元。地方一般公共预算收入增长3%。\n'
SELECT id, section_id, sentence_id, indicator, raw, value, high, unit, modifier, year
  FROM speech_targets(:'r') ORDER BY id;

-- pos and len locate raw
SELECT bool_and(substr(:'r', pos, len) = raw) AS pos_len_locate_raw, count(*) AS rows
  FROM speech_targets(:'r');

-- the conventions: prefix bounds in raw, 万/亿 multiplied out, 个百分点 ->
-- 百分点, ％ -> %, compound units whole, 规模以上 no bound, a raise stated as a
-- change, the 'to' value of a from-to raise, one row per value of 分别
\set c '一、2025年工作回顾\n二、2026年重点工作\n粮食产量1.3万亿斤以上。完成约1亿人居住的棚户区改造。优良天数比率超过80%。登记失业率低于4.6%。服务业比重提高1个百分点。网上零售额增长１０％以上。劳动生产率达58万元/人左右。新增规模以上企业1000家。基础养老金最低标准再提高30元。补助标准由每人每年40元提高到50元。单位地区生产总值能耗、二氧化碳排放分别降低3%、4%。\n'
SELECT indicator, raw, value, high, unit, modifier, year FROM speech_targets(:'c') ORDER BY id;

-- not targets: forecasts, population facts, current levels, past results in
-- target words, horizons, names and codes, the plan's own parts, age groups,
-- thresholds, the 'from' value, numbers in Chinese numerals
\set n '一、2025年工作回顾\n二、2026年重点工作\n今年高校毕业生将高达1200万人。我们有能力保障好14亿人的粮食安全。目前教育经费已经超过4万亿元。去年优良水质占比稳定在90%以上。用三年左右时间完成改造。加快“3个100”重点工程建设，建设5G基站和22号线。从6个维度设置29项主要指标。为65岁以上老年人提供服务。应纳税所得额不到100万元的部分减半征收。重点做好八个方面工作。土地承包到期后再延长30年。\n'
SELECT count(*) AS not_target_rows FROM speech_targets(:'n');

-- without an outline a sentence needs a goal word (今年, 力争, 确保, 预期目标…)
SELECT raw, modifier, year FROM speech_targets('粮食产量达到1.4万亿斤。今年力争粮食产量1.4万亿斤以上。');

-- the researcher's query: the GDP growth target of each report, for the report's year
CREATE TEMP TABLE reports (year int, body text);
INSERT INTO reports VALUES (2026, :'r'),
	(2015, E'一、2014年工作回顾\n国内生产总值增长7.4%。\n二、2015年工作总体部署\n今年经济社会发展的主要预期目标是：国内生产总值增长7%左右，居民消费价格涨幅3%左右。\n');
SELECT r.year, t.indicator, t.raw, t.value, t.high, t.modifier
  FROM reports r, LATERAL (SELECT * FROM speech_targets(r.body) t
						   WHERE t.indicator ~ '生产总值增长$' AND t.year = r.year
						   ORDER BY t.id LIMIT 1) t
 ORDER BY r.year;
