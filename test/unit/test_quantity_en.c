/*
 * test_quantity_en.c - quantities written in English (sp_quantity_en.c),
 * through sp_quantities() as the SQL function calls it.
 */
#include "unit.h"
#include "sp_quantity.h"

/* all quantities of s, one per line: raw|value|unit|qualifier|kind (dates: the ISO form) */
static const char *
qty_en(const char *s)
{
	static char out[4096];
	SpQuantityVec v = {0};
	size_t		o = 0;

	sp_quantities(&sp_env_malloc, s, strlen(s), NULL, 0, &v);
	out[0] = '\0';
	for (size_t k = 0; k < v.n; k++)
	{
		SpQuantity *q = &v.items[k];
		char		a[SP_DECIMAL_BUF];

		sp_decimal_format(q->value, a);
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s|%s|%s|%s|%s",
							   k ? "\n" : "", (int) (q->span.end - q->span.start),
							   s + q->span.start,
							   q->kind == SP_QTY_DATE ? q->iso : sp_decimal_exact(q->value) ? a : "NULL",
							   q->unit, q->qualifier, sp_qty_kind_names[q->kind]);
	}
	sp_vec_free(&sp_env_malloc, &v);
	return out;
}

SP_TEST(quantity_english)
{
	static const SpTestCase cases[] = {
		/* the examples of the issue */
		{"We will invest $30 billion in roads.", "$30 billion|30000000000|$||money"},
		{"18 million Americans", "18 million|18000000|||count"},
		{"about 65% of voters", "about 65%|65|%|about|percent"},
		{"65% of voters", "65%|65|%||percent"},		/* the Chinese scanner's row */
		{"two million jobs", "two million|2000000|||count"},
		{"one in ten children", "one in ten|10|%||percent"},
		{"On January 27, 2010, he spoke.", "January 27, 2010|2010-01-27|||date"},
		{"the budget for fiscal year 2025.", "fiscal year 2025|2025|||year"},
		/* money, percent */
		{"a deficit of 2.38 trillion yuan", "2.38 trillion yuan|2380000000000|yuan||money"},
		{"30 billion dollars", "30 billion dollars|30000000000|$||money"},
		{"more than $1.2 million", "more than $1.2 million|1200000|$|more than|money"},
		{"US$5 billion", "US$5 billion|5000000000|$||money"},
		{"€5 million", "€5 million|5000000|€||money"},
		{"grew 6.9 percent", "6.9 percent|6.9|%||percent"},
		{"3.5 per cent", "3.5 per cent|3.5|%||percent"},
		{"down 0.5 percentage points", "0.5 percentage points|0.5|percentage points||percent"},
		{"nearly one in five", "nearly one in five|20|%|nearly|percent"},
		{"one in three", "one in three|NULL|%||percent"},
		{"1 in 4 homes", "1 in 4|25|%||percent"},
		/* dates and years */
		{"27 January 2010", "27 January 2010|2010-01-27|||date"},
		{"on May 25th", "May 25th|--05-25|||date"},
		{"in December 2009,", "December 2009|2009-12|||date"},
		{"Sept. 11, 2001", "Sept. 11, 2001|2001-09-11|||date"},
		{"the 15th June, 1846, and the 1st of July, 1863",
		 "15th June, 1846|1846-06-15|||date\n1st of July, 1863|1863-07-01|||date"},
		{"targets for 2017.", "2017|2017|||year"},
		{"jobs for 1200 workers", "1200|1200|||count"},
		{"since 1990 and by 2030", "1990|1990|||year\n2030|2030|||year"},
		{"between 2001 and 2010", "2001|2001|||year\n2010|2010|||year"},
		{"FY2025 and FY 2026", "FY2025|2025|||year\nFY 2026|2026|||year"},
		/* durations, numbers in words */
		{"over 10 years", "over 10 years|10|years|over|duration"},
		{"two years ago", "two years|2|years||duration"},
		{"twenty-five thousand troops", "twenty-five thousand|25000|||count"},
		{"one hundred and fifty thousand", "one hundred and fifty thousand|150000|||count"},
		{"a million jobs", "a million|1000000|||count"},
		/* no quantity, or the Chinese scanner's */
		{"one of us", ""}, {"three children", ""}, {"No one in ten minutes", "ten minutes|10|minutes||duration"},
		{"May we never forget", ""}, {"COVID-19 and 5G", ""},
		{"1,200 troops", "1,200|1200|||count"},
		{"增长6.5%左右", "6.5%左右|6.5|%|左右|percent"},
		{"投资3.2亿元", "3.2亿元|320000000|元||money"},
		{"the year 2020 was hard", "2020|2020|||count"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, qty_en(c->in));
}
