#include "unit.h"
#include "sp_target.h"

/*
 * The targets of s, one per line: raw|value|high|unit|modifier|year|indicator
 * (high and year empty when NULL).
 */
static const char *
tg(const char *s)
{
	static char out[8192];
	SpDoc		doc;
	SpQuantityVec q = {0};
	SpTargetVec t = {0};
	size_t		o = 0,
				len = strlen(s);

	sp_doc_analyze(&sp_env_malloc, s, len, &doc);
	sp_quantities(&sp_env_malloc, s, len, NULL, 0, &q);
	sp_targets(&sp_env_malloc, &doc, &q, &t);
	out[0] = '\0';
	for (size_t k = 0; k < t.n; k++)
	{
		SpTarget   *g = &t.items[k];
		char		v[SP_DECIMAL_BUF],
					h[SP_DECIMAL_BUF] = "",
					y[16] = "";

		sp_decimal_format(g->value, v);
		if (g->has_high)
			sp_decimal_format(g->high, h);
		if (g->year)
			snprintf(y, sizeof(y), "%d", g->year);
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s|%s|%s|%s|%s|%s|%s",
							   k ? "\n" : "", (int) (g->span.end - g->span.start),
							   s + g->span.start, v, h, g->unit,
							   sp_target_modifier_names[g->modifier], y, g->indicator);
	}
	sp_vec_free(&sp_env_malloc, &t);
	sp_vec_free(&sp_env_malloc, &q);
	sp_doc_free(&sp_env_malloc, &doc);
	return out;
}

#define REVIEW "一、2025年工作回顾\n过去一年，地区生产总值增长5.2%，城镇新增就业50万人。\n二、2026年重点工作\n"

SP_TEST(target_main_goals)
{
	/* the review's results are no targets; the year's goals are, with their bounds */
	CHECK_STR(tg(REVIEW "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业45万人以上，"
				 "城镇调查失业率控制在5.5%以内，居民消费价格涨幅2%左右。\n"),
			  "5%左右|5||%|about|2026|地区生产总值增长\n"
			  "45万人以上|450000||人|at_least|2026|城镇新增就业\n"
			  "5.5%以内|5.5||%|at_most|2026|城镇调查失业率\n"
			  "2%左右|2||%|about|2026|居民消费价格涨幅");
}

SP_TEST(target_conventions)
{
	static const SpTestCase cases[] = {
		/* a range: value the low end, high the high end */
		{REVIEW "地区生产总值增长4.5%—5%。", "4.5%—5%|4.5|5|%|range|2026|地区生产总值增长"},
		/* a prefix bound is part of raw */
		{REVIEW "推介项目总投资不低于2000亿元。", "不低于2000亿元|200000000000||元|at_least|2026|推介项目总投资"},
		{REVIEW "优良天数比率超过80%。", "超过80%|80||%|at_least|2026|优良天数比率"},
		{REVIEW "登记失业率低于4.6%。", "低于4.6%|4.6||%|at_most|2026|登记失业率"},
		{REVIEW "完成约1亿人居住的棚户区改造。", "约1亿人|100000000||人|about|2026|完成居住的棚户区改造"},
		/* 万/亿 multiplied out, 个百分点 -> 百分点, ％ -> %, compound units whole */
		{REVIEW "粮食产量1.3万亿斤以上。", "1.3万亿斤以上|1300000000000||斤|at_least|2026|粮食产量"},
		{REVIEW "服务业比重提高1个百分点。", "1个百分点|1||百分点|exact|2026|服务业比重提高"},
		{REVIEW "收入增长５％左右。", "５％左右|5||%|about|2026|收入增长"},
		{REVIEW "劳动生产率达58万元/人左右。", "58万元/人左右|580000||元/人|about|2026|劳动生产率"},
		{REVIEW "事故死亡率控制在0.6人/百亿元以下。", "0.6人/百亿元以下|0.6||人/百亿元|at_most|2026|事故死亡率"},
		{REVIEW "新增天然气产量10亿方以上。", "10亿方以上|1000000000||方|at_least|2026|新增天然气产量"},
		/* a number without unit before its noun */
		{REVIEW "完成1000万以上农村贫困人口脱贫。", "1000万以上|10000000|||at_least|2026|完成农村贫困人口脱贫"},
		/* 以上 of 规模以上 is no bound */
		{REVIEW "新增规模以上企业1000家。", "1000家|1000||家|exact|2026|新增规模以上企业"},
		{REVIEW "规模以上工业增加值增长6%。", "6%|6||%|exact|2026|规模以上工业增加值增长"},
		/* a raise stated as a change, and the 'to' side of a from-to raise */
		{REVIEW "基础养老金最低标准再提高30元。", "30元|30||元|exact|2026|基础养老金最低标准提高"},
		{REVIEW "补助标准由每人每年40元提高到50元。", "50元|50||元|exact|2026|补助标准"},
		/* the noun after the number */
		{REVIEW "推进5万个行政村通光纤。", "5万个|50000||个|exact|2026|推进行政村通光纤"},
		/* 用两年时间: the text gives no year */
		{REVIEW "用两年时间建成36个示范区。", "36个|36||个|exact||建成示范区"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, tg(c->in));
}

SP_TEST(target_respectively)
{
	/* A、B分别下降x、y: one row per value, each with its own item */
	CHECK_STR(tg(REVIEW "单位地区生产总值能耗、二氧化碳排放分别降低3%、4%。"),
			  "3%|3||%|exact|2026|单位地区生产总值能耗降低\n"
			  "4%|4||%|exact|2026|二氧化碳排放降低");
	CHECK_STR(tg(REVIEW "城乡低保标准分别提高5%和8%。"),
			  "5%|5||%|exact|2026|城乡低保标准提高\n"
			  "8%|8||%|exact|2026|城乡低保标准提高");
}

SP_TEST(target_not_targets)
{
	static const SpTestCase cases[] = {
		/* forecasts, facts, population */
		{REVIEW "今年高校毕业生将高达1200万人。", ""},
		{REVIEW "我们有能力保障好14亿人的粮食安全。", ""},
		{REVIEW "目前教育经费已经超过4万亿元。", ""},
		/* past results written in target words, in the year's section */
		{REVIEW "去年优良水质占比稳定在90%以上。", ""},
		/* horizons, names, the plan's own parts, groups */
		{REVIEW "用三年左右时间完成改造。", ""},
		{REVIEW "加快“3个100”重点工程建设，建设5G基站。", ""},
		{REVIEW "从6个维度设置29项主要指标。", ""},
		{REVIEW "为65岁以上老年人提供服务。", ""},
		{REVIEW "淘汰30万千瓦以下煤电机组。", ""},
		{REVIEW "重点做好八个方面工作。", ""},
		{REVIEW "土地承包到期后再延长30年。", ""},
		/* thresholds and the 'from' value */
		{REVIEW "应纳税所得额不到100万元的部分减半征收。", ""},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, tg(c->in));
}

SP_TEST(target_periods)
{
	/* a mixed section turns to goals where the coming plan starts; plan targets take its last year */
	CHECK_STR(tg("一、2025年工作回顾\n过去一年，经济增长5%。\n"
				 "二、“十四五”时期发展成就和“十五五”时期主要目标\n"
				 "过去五年，经济总量达到5万亿元。\n"
				 "“十五五”时期是关键时期。今后五年，研发投入强度达到6%以上，到2035年人均生产总值达到3万美元。\n"
				 "三、2026年重点工作\n城镇新增就业40万人以上。\n"),
			  "6%以上|6||%|at_least|2030|研发投入强度\n"
			  "3万美元|30000||美元|exact|2035|人均生产总值\n"
			  "40万人以上|400000||人|at_least|2026|城镇新增就业");
	/* an unnumbered review heading, then the year's work */
	CHECK_STR(tg("“十四五”时期工作回顾\n五年来，新增就业300万人。\n2026年重点工作\n新增就业50万人。\n"),
			  "50万人|500000||人|exact|2026|新增就业");
	/* no outline: a goal word is needed in the sentence */
	CHECK_STR(tg("粮食产量达到1.4万亿斤。今年力争粮食产量1.4万亿斤以上。"),
			  "1.4万亿斤以上|1400000000000||斤|at_least||粮食产量");
}

SP_TEST(target_plan_year)
{
	size_t		used;

	CHECK_INT(sp_target_plan_year("十四五", strlen("十四五"), 0, &used), 2025);
	CHECK_INT(sp_target_plan_year("十五五时期", strlen("十五五时期"), 0, &used), 2030);
	CHECK_INT(sp_target_plan_year("“十五”期间", strlen("“十五”期间"), strlen("“"), &used), 2005);
	CHECK_INT(sp_target_plan_year("九五计划", strlen("九五计划"), 0, &used), 2000);
	CHECK_INT(sp_target_plan_year("十五大", strlen("十五大"), 0, &used), 0);
	CHECK_INT(sp_target_plan_year("十三五年", strlen("十三五年"), 0, &used), 0);
}

SP_TEST(target_linear)
{
	/* a long list of goals in one sentence stays linear */
	size_t		n = 40000,
				unit = strlen("新增5个、"),
				head = strlen(REVIEW);
	char	   *s = malloc(head + n * unit + 8);
	SpDoc		doc;
	SpQuantityVec q = {0};
	SpTargetVec t = {0};
	clock_t		t0 = clock();

	memcpy(s, REVIEW, head);
	for (size_t k = 0; k < n; k++)
		memcpy(s + head + k * unit, "新增5个、", unit);
	strcpy(s + head + n * unit, "。");
	sp_doc_analyze(&sp_env_malloc, s, strlen(s), &doc);
	sp_quantities(&sp_env_malloc, s, strlen(s), NULL, 0, &q);
	sp_targets(&sp_env_malloc, &doc, &q, &t);
	CHECK_INT(t.n, n);
	CHECK_LINEAR(t0);
	sp_vec_free(&sp_env_malloc, &t);
	sp_vec_free(&sp_env_malloc, &q);
	sp_doc_free(&sp_env_malloc, &doc);
	free(s);
}
