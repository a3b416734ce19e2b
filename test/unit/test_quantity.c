#include "unit.h"
#include "sp_quantity.h"

/*
 * All quantities of s, one per line: raw|value|unit|qualifier|kind
 * (value "low~high" for ranges, the ISO form for dates).
 */
static const char *
qty(const char *s)
{
	static char out[4096];
	SpQuantityVec v = {0};
	size_t		o = 0;

	sp_quantities(&sp_env_malloc, s, strlen(s), NULL, 0, &v);
	out[0] = '\0';
	for (size_t k = 0; k < v.n; k++)
	{
		SpQuantity *q = &v.items[k];
		char		a[SP_DECIMAL_BUF],
					b[SP_DECIMAL_BUF];

		sp_decimal_format(q->value, a);
		if (q->kind == SP_QTY_RANGE)
		{
			sp_decimal_format(q->high, b);
			strcat(a, "~");
			strcat(a, b);
		}
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s|%s|%s|%s|%s",
							   k ? "\n" : "", (int) (q->span.end - q->span.start),
							   s + q->span.start, q->has_value ? a : q->iso, q->unit,
							   q->qualifier, sp_qty_kind_names[q->kind]);
	}
	sp_vec_free(&sp_env_malloc, &v);
	return out;
}

SP_TEST(quantity_decimal_fits)
{
	/*
	 * fuzzing found 0.000...0002 writing past a 48-byte buffer (the format
	 * itself is tested in test_numeral.c): every quantity's value fits (ASan
	 * checks the buffer)
	 */
	CHECK(strlen(qty("1.0000000000九0.00000000000000000000000000000000000000000000000000000000002")) > 0);
}

SP_TEST(quantity_arabic_and_scales)
{
	static const SpTestCase cases[] = {
		{"落实帮扶资金516万元，", "516万元|5160000|元||money"},
		{"培训干部达7700多人次。", "7700多人次|7700|人次|多|count"},
		{"30000余名党员", "30000余名|30000|名|余|count"},
		{"达24.66万亿元", "24.66万亿元|24660000000000|元||money"},
		{"2800多亿元", "2800多亿元|280000000000|元|多|money"},
		{"290多万名", "290多万名|2900000|名|多|count"},
		{"4.3万人", "4.3万人|43000|人||count"},
		{"50150万吨", "50150万吨|501500000|吨||count"},
		{"１０９２０亿元", "１０９２０亿元|1092000000000|元||money"},
		{"１万多项", "１万多项|10000|项|多|count"},
		{"7200平方米", "7200平方米|7200|平方米||count"},
		{"1,200,000人", "1,200,000人|1200000|人||count"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, qty(c->in));
}

SP_TEST(quantity_percent_and_qualifiers)
{
	static const SpTestCase cases[] = {
		{"增长6.9%，", "6.9%|6.9|%||percent"},
		{"１１．１％", "１１．１％|11.1|%||percent"},
		{"90％以上", "90％以上|90|%|以上|percent"},
		{"8%左右", "8%左右|8|%|左右|percent"},
		{"2.2个百分点", "2.2个百分点|2.2|个百分点||percent"},
		{"近100亿元", "近100亿元|10000000000|元|近|money"},
		{"近１００亿美元", "近１００亿美元|10000000000|美元|近|money"},
		{"1000万人以上", "1000万人以上|10000000|人|以上|count"},
		{"赤字率不超过3%", "不超过3%|3|%|不超过|percent"},
		{"约3万人", "约3万人|30000|人|约|count"},
		{"百分之八十", "百分之八十|80|%||percent"},
		{"百分之十点二", "百分之十点二|10.2|%||percent"},
		{"百分之百", "百分之百|100|%||percent"},
		/* 近 in 最近 and 近5年 ("the last five years") is not a qualifier */
		{"最近3年", "3年|3|年||duration"},
		{"近5年来", "5年|5|年||duration"},
		{"节约3亿元", "3亿元|300000000|元||money"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, qty(c->in));
}

SP_TEST(quantity_chinese_numerals)
{
	static const SpTestCase cases[] = {
		{"五十四万亿元", "五十四万亿元|54000000000000|元||money"},
		{"一万二千亿斤", "一万二千亿斤|1200000000000|斤||count"},
		{"提高一点二个百分点", "一点二个百分点|1.2|个百分点||percent"},
		{"一千五百多项", "一千五百多项|1500|项|多|count"},
		{"一千三百万人以上", "一千三百万人以上|13000000|人|以上|count"},
		{"二十八年", "二十八年|28|年||duration"},
		{"十三亿多人", "十三亿多人|1300000000|人|多|count"},
		{"九百六十多万平方公里", "九百六十多万平方公里|9600000|平方公里|多|count"},
		{"三千五百名", "三千五百名|3500|名||count"},
		{"两万人", "两万人|20000|人||count"},
		{"一百零五个", "一百零五个|105|个||count"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, qty(c->in));
}

SP_TEST(quantity_years_dates_ranges)
{
	static const SpTestCase cases[] = {
		{"2023年，", "2023年|2023|年||year"},
		{"二〇一七年", "二〇一七年|2017|年||year"},
		{"1月31日，", "1月31日|--01-31|||date"},
		{"2020年3月6日电", "2020年3月6日|2020-03-06|||date"},
		{"2020年3月", "2020年3月|2020-03|||date"},
		{"三月六日", "三月六日|--03-06|||date"},
		{"3至5年", "3至5年|3~5|年||range"},
		{"5%—6%", "5%—6%|5~6|%||range"},
		{"三至五年", "三至五年|3~5|年||range"},
		{"3至5万人", "3至5万人|30000~50000|人||range"},
		{"2021—2025年", "2021—2025年|2021~2025|年||range"},
		{"三个月", "三个月|3|个月||duration"},
		{"40周年", "40周年|40|周年||duration"},
		{"3个多月", "3个多月|3|个月|多|duration"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, qty(c->in));
}

SP_TEST(quantity_not_quantities)
{
	/* markers, ordinals, words, codes, estimates, articles */
	static const SpTestCase cases[] = {
		{"1、全区组织 一、着眼大局 （一）支部 (2)工作 3.强化", ""},
		{"第三批 第3次 统一 一些 一定 十分重要 三中全会 十九大", ""},
		{"5G基站 PM2.5 12:39 COVID-19", ""},
		{"一个重要载体 一项工作 三五年 两三个 四点意见", ""},
		{"七届一次党代会 三级帮学 两XX县区 零部件 零容忍", ""},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, qty(c->in));
}

SP_TEST(quantity_fuzz_findings)
{
	/* a unit at the very end, where a compound unit (元/吨) was looked for past it */
	const char *s = "增长24.66万亿元";
	SpQuantityVec v = {0};

	sp_quantities(&sp_env_malloc, s, strlen(s), NULL, 0, &v);
	CHECK_INT(v.n, 1);
	sp_vec_free(&sp_env_malloc, &v);
	CHECK_STR(qty("50元/吨"), "50元/吨|50|元/吨||money");
}

SP_TEST(quantity_bare_arabic_and_skip)
{
	SpQuantityVec v = {0};
	const char *s = "三个代表 3个";
	SpSpan		skip = {0, strlen("三个代表")};

	CHECK_STR(qty("2008政府工作报告"), "2008|2008|||count");
	sp_quantities(&sp_env_malloc, s, strlen(s), &skip, 1, &v);
	CHECK_INT(v.n, 1);
	CHECK_INT(v.items[0].span.start, strlen("三个代表 "));
	sp_vec_free(&sp_env_malloc, &v);
}

SP_TEST(quantity_numeral_run_linear)
{
	/* fuzz_quantities: a long run of Chinese numerals was read again from every position */
	const char *unit = "一二三四五六七八九十百千万亿";
	size_t		ul = strlen(unit),
				reps = 20000;
	char	   *t = malloc(ul * reps + 1);
	SpQuantityVec v = {0};
	clock_t		t0;

	sp_test_repeat(t, 0, unit, reps);
	t0 = clock();
	sp_quantities(&sp_env_malloc, t, ul * reps, NULL, 0, &v);
	CHECK_LINEAR(t0);
	for (size_t k = 0; k < v.n; k++)
		CHECK(v.items[k].span.end <= ul * reps);
	sp_vec_free(&sp_env_malloc, &v);
	free(t);
}

/* the value of the only quantity of s as text, or "inexact" */
static const char *
only_value(const char *s)
{
	static char out[SP_DECIMAL_BUF];
	SpQuantityVec v = {0};

	sp_quantities(&sp_env_malloc, s, strlen(s), NULL, 0, &v);
	if (v.n != 1)
		snprintf(out, sizeof(out), "%zu quantities", v.n);
	else if (!sp_decimal_exact(v.items[0].value))
		snprintf(out, sizeof(out), "inexact");
	else
		sp_decimal_format(v.items[0].value, out);
	sp_vec_free(&sp_env_malloc, &v);
	return out;
}

SP_TEST(quantity_value_exact_or_nothing)
{
	/* every scale and every zero counts: 10^24, 10^40 */
	CHECK_STR(only_value("1亿亿亿元"), "1000000000000000000000000");
	CHECK_STR(only_value("10000000000000000000000000000000000000000元"),
			  "10000000000000000000000000000000000000000");
	CHECK_STR(only_value("2.5万亿亿元"), "250000000000000000000");
	/* more significant digits than kept: no value rather than another number */
	CHECK_STR(only_value("123456789012345678901234567890元"), "inexact");
	CHECK_STR(only_value("1.12345678901234567891元"), "inexact");
	/* beyond 10^60 */
	CHECK_STR(only_value("1亿亿亿亿亿亿亿亿元"), "inexact");
	/* at the limits, still exact */
	CHECK_STR(only_value("123456789012345678元"), "123456789012345678");
	CHECK_STR(only_value("12345678901234567万元"), "123456789012345670000");
}
