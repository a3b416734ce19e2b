/*
 * Unit tests of the diff core (sp_diff): units, the similarity measure, the
 * ops of the alignment, the character view, and the cost on large input.
 */
#include "unit.h"
#include "sp_diff.h"

#include <math.h>

static const SpEnv *env = &sp_env_malloc;

/* the units of text, joined by '|' */
static const char *
units(const char *text)
{
	static char buf[2048];
	SpDoc		d;
	SpDiffUnits u;
	size_t		n = 0;

	sp_doc_analyze(env, text, strlen(text), &d);
	sp_diff_units(env, &d, &u);
	buf[0] = '\0';
	for (size_t k = 0; k < u.n && n + 1 < sizeof(buf); k++)
		n += (size_t) snprintf(buf + n, sizeof(buf) - n, "%s%.*s%s", k ? "|" : "",
							   (int) (u.items[k].span.end - u.items[k].span.start),
							   text + u.items[k].span.start, u.items[k].heading >= 0 ? "#" : "");
	sp_vec_free(env, &u);
	sp_doc_free(env, &d);
	return buf;
}

SP_TEST(diff_units)
{
	static const SpTestCase cases[] = {
		{"甲。乙；丙！", "甲。|乙；|丙！"},
		{"他说：“真的吗？！”好。", "他说：“真的吗？！”|好。"},
		{"一是甲；”二是乙;三是丙。", "一是甲；”|二是乙;|三是丙。"},
		{"　前面有空格。\t\n \n\u3000\n后面。 ", "前面有空格。|后面。"},
		{"一、总体要求\n今年的目标是：增长5%左右。", "一、总体要求#|今年的目标是：增长5%左右。"},
		{"HTML&nbsp;实体；不切开。", "HTML&nbsp;实体；|不切开。"},
		{"", ""},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, units(c->in));
}

static double
sim(const char *a, const char *b)
{
	return sp_diff_similarity(env, a, strlen(a), b, strlen(b));
}

SP_TEST(diff_similarity)
{
	/* Dice on the LCS of the normalised code points */
	CHECK(sim("甲乙丙丁", "甲乙丙丁") == 1.0);
	CHECK(sim("", "") == 1.0);
	CHECK(sim("甲乙", "") == 0.0);
	CHECK(fabs(sim("甲乙丙丁", "甲乙戊丁") - 0.75) < 1e-9);	/* 2*3/8 */
	CHECK(fabs(sim("物价基本稳定。", "物价总体保持基本稳定。") - 14.0 / 18.0) < 1e-9);
	/* width, white space and quotes do not count */
	CHECK(sim("增长５％，“稳定”。", "增长5%, 稳定.") == 1.0);
	CHECK(sim("三、丙项工作", "四、丙项工作") < 1.0);
	/* a long pair crosses 64-bit words */
	{
		char		a[4000],
					b[4000];
		size_t		n = 0,
					m = 0;

		for (int k = 0; k < 300; k++)
		{
			n += (size_t) sprintf(a + n, "%c", 'a' + k % 26);
			m += (size_t) sprintf(b + m, "%c", k % 10 == 0 ? '#' : 'a' + k % 26);
		}
		CHECK(fabs(sim(a, b) - 270.0 / 300.0) < 1e-9);
	}
}

/* the ops of diff(old, new) as letters (s c a r m), in row order */
static const char *
ops(const char *old, const char *new)
{
	static char buf[512];
	SpDoc		d1,
				d2;
	SpDiff		df;
	size_t		k;

	sp_doc_analyze(env, old, strlen(old), &d1);
	sp_doc_analyze(env, new, strlen(new), &d2);
	sp_diff(env, &d1, &d2, &df);
	for (k = 0; k < df.rows.n && k + 1 < sizeof(buf); k++)
	{
		const SpDiffRow *r = &df.rows.items[k];

		buf[k] = "scarm"[r->op];
		CHECK(r->similarity >= 0 && r->similarity <= 1);
		CHECK((r->old_unit < 0) == (r->op == SP_DIFF_ADDED));
		CHECK((r->new_unit < 0) == (r->op == SP_DIFF_REMOVED));
		CHECK((r->similarity == 1.0) == (r->op == SP_DIFF_SAME || (r->op == SP_DIFF_MOVED_OP && r->similarity == 1.0)));
	}
	buf[k] = '\0';
	sp_diff_free(env, &df);
	sp_doc_free(env, &d1);
	sp_doc_free(env, &d2);
	return buf;
}

SP_TEST(diff_ops)
{
	/* same, added, removed (after the unit kept before it), changed */
	CHECK_STR(ops("甲乙丙丁。戊己庚辛。", "甲乙丙丁。戊己庚辛。"), "ss");
	CHECK_STR(ops("甲乙丙丁。戊己庚辛。", "甲乙丙丁。天地玄黄。戊己庚辛。"), "sas");
	CHECK_STR(ops("甲乙丙丁。天地玄黄。戊己庚辛。", "甲乙丙丁。戊己庚辛。"), "srs");
	CHECK_STR(ops("甲乙丙丁。物价基本稳定。戊己庚辛。", "甲乙丙丁。物价总体保持基本稳定。戊己庚辛。"), "scs");
	/* moved, also with a small edit; a big edit is removed + added */
	CHECK_STR(ops("天地玄黄宇宙洪荒。日月盈昃辰宿列张。寒来暑往秋收冬藏。闰余成岁律吕调阳。",
				  "日月盈昃辰宿列张。寒来暑往秋收冬藏。闰余成岁律吕调阳。天地玄黄宇宙洪荒。"), "sssm");
	CHECK_STR(ops("天地玄黄宇宙洪荒。日月盈昃辰宿列张。寒来暑往秋收冬藏。闰余成岁律吕调阳。",
				  "日月盈昃辰宿列张。寒来暑往秋收冬藏。闰余成岁律吕调阳。天地玄黄宇宙洪水。"), "sssm");
	CHECK_STR(ops("天地玄黄宇宙洪荒。日月盈昃辰宿列张。寒来暑往秋收冬藏。闰余成岁律吕调阳。",
				  "日月盈昃辰宿列张。寒来暑往秋收冬藏。闰余成岁律吕调阳。天地变化无穷。"), "rsssa");
	/* width only: same; renumbered heading: changed */
	CHECK_STR(ops("增长５％。", "增长5%."), "s");
	CHECK_STR(ops("一、甲项\n做好甲项。\n二、丙项\n做好丙项。",
				  "一、甲项\n做好甲项。\n二、新增一项\n推进新的工作。\n三、丙项\n做好丙项。"), "ssaacs");
	/* repeats pair in order */
	CHECK_STR(ops("谢谢。谢谢。", "谢谢。谢谢。谢谢。"), "ssa");
	/* a unit edited into a copy of another is changed, not added */
	CHECK_STR(ops("我们要坚持稳中求进。甲乙丙丁戊己。庚辛壬癸子丑。我们要坚持稳中求进，开拓创新。",
				  "我们要坚持稳中求进。甲乙丙丁戊己。庚辛壬癸子丑。我们要坚持稳中求进。"), "sssc");
	/* a sentence moved to another section in order is moved, not same */
	CHECK_STR(ops("一、甲项\n做好甲项工作。落实甲项责任。\n二、乙项\n做好乙项工作。",
				  "一、甲项\n做好甲项工作。\n二、乙项\n落实甲项责任。做好乙项工作。"), "sssms");
	CHECK_STR(ops("", ""), "");
	CHECK_STR(ops("", "甲。"), "a");
	CHECK_STR(ops("甲。", ""), "r");
}

/* the character runs as "=same -removed +added", joined by spaces */
static const char *
chars(const char *a, const char *b)
{
	static char buf[1024];
	SpDiffChunks ch;
	size_t		n = 0;

	sp_diff_chars(env, a, strlen(a), b, strlen(b), &ch);
	buf[0] = '\0';
	for (size_t k = 0; k < ch.n; k++)
	{
		const SpDiffChunk *c = &ch.items[k];
		SpSpan		sp = c->op == SP_DIFF_ADDED ? c->new_span : c->old_span;
		const char *s = c->op == SP_DIFF_ADDED ? b : a;

		n += (size_t) snprintf(buf + n, sizeof(buf) - n, "%s%c%.*s", k ? " " : "",
							   c->op == SP_DIFF_SAME ? '=' : c->op == SP_DIFF_ADDED ? '+' : '-',
							   (int) (sp.end - sp.start), s + sp.start);
	}
	sp_vec_free(env, &ch);
	return buf;
}

SP_TEST(diff_chars)
{
	CHECK_STR(chars("今年增长5%左右", "今年增长5.5%左右"), "=今年增长5 +.5 =%左右");
	CHECK_STR(chars("加快发展方式转变", "加速推进方式转变"), "=加 -快发展 +速推进 =方式转变");
	CHECK_STR(chars("abc", "abc"), "=abc");
	CHECK_STR(chars("", "abc"), "+abc");
	CHECK_STR(chars("abc", ""), "-abc");
	CHECK_STR(chars("", ""), "");
	CHECK_STR(chars("增长５％", "增长5%"), "=增长５％");
}

/* a large diff stays fast: 4000 units against a shuffled, edited copy */
SP_TEST(diff_large)
{
	size_t		cap = 4000 * 64;
	char	   *a = malloc(cap),
			   *b = malloc(cap);
	size_t		n = 0,
				m = 0;
	clock_t		t0 = clock();
	SpDoc		d1,
				d2;
	SpDiff		df;

	for (int k = 0; k < 4000; k++)
	{
		n += (size_t) snprintf(a + n, cap - n, "第%d项工作要做好做实%d。\n", k * 7919 % 4001, k);
		m += (size_t) snprintf(b + m, cap - m, "第%d项工作要做好做实%d。\n", ((k + 2000) % 4000) * 7919 % 4001,
							   (k + 2000) % 4000);
	}
	sp_doc_analyze(env, a, n, &d1);
	sp_doc_analyze(env, b, m, &d2);
	sp_diff(env, &d1, &d2, &df);
	CHECK_INT(df.count[SP_DIFF_SAME] + df.count[SP_DIFF_MOVED_OP], 4000);
	CHECK(df.count[SP_DIFF_MOVED_OP] >= 1999 && df.count[SP_DIFF_MOVED_OP] <= 2000);
	CHECK_LINEAR(t0);
	sp_diff_free(env, &df);
	sp_doc_free(env, &d1);
	sp_doc_free(env, &d2);
	free(a);
	free(b);
}

/* a text repeated 2,000 times against itself: the copies pair in order, bounded candidates */
SP_TEST(diff_repeats_bounded)
{
	const char *para = "我们要坚持稳中求进。扎实推进各项工作；确保完成目标任务。\n";
	size_t		pl = strlen(para),
				n = 2000 * pl;
	char	   *a = malloc(n + 1);
	clock_t		t0 = clock();
	SpDoc		d1,
				d2;
	SpDiff		df;

	for (int k = 0; k < 2000; k++)
		memcpy(a + k * pl, para, pl);
	sp_doc_analyze(env, a, n, &d1);
	sp_doc_analyze(env, a, n - pl, &d2);	/* the last copy removed */
	sp_diff(env, &d1, &d2, &df);
	CHECK_INT(df.count[SP_DIFF_SAME], 3 * 1999);
	CHECK_INT(df.count[SP_DIFF_REMOVED], 3);
	/* the removed rows are three consecutive units, together (which three: any gives the same count) */
	for (size_t k = 0; k < df.rows.n; k++)
		if (df.rows.items[k].op == SP_DIFF_REMOVED)
		{
			CHECK(k + 2 < df.rows.n);
			CHECK_INT(df.rows.items[k + 1].old_unit, df.rows.items[k].old_unit + 1);
			CHECK_INT(df.rows.items[k + 2].old_unit, df.rows.items[k].old_unit + 2);
			break;
		}
	CHECK_LINEAR(t0);
	sp_diff_free(env, &df);
	sp_doc_free(env, &d1);
	sp_doc_free(env, &d2);
	free(a);
}

/*
 * fuzz_diff: one short unit repeated (64 KB of 甲 and blank lines: 21,845
 * copies) took 2 s under ASan: each new unit scanned the whole group of
 * equal old units for its end.  The group's end is found by halving now.
 */
SP_TEST(diff_one_unit_repeated_linear)
{
	size_t		copies = 120000,
				n = copies * 5;
	char	   *a = malloc(n + 1);
	clock_t		t0 = clock();
	SpDoc		d1,
				d2;
	SpDiff		df;

	for (size_t k = 0; k < copies; k++)
		memcpy(a + k * 5, "\xe7\x94\xb2\n\n", 5);
	sp_doc_analyze(env, a, n, &d1);
	sp_doc_analyze(env, a, n - 5, &d2);	/* one copy fewer */
	sp_diff(env, &d1, &d2, &df);
	CHECK_INT(df.count[SP_DIFF_SAME], d2.paragraphs.n);
	CHECK_INT(df.count[SP_DIFF_REMOVED], d1.paragraphs.n - d2.paragraphs.n);
	CHECK_LINEAR(t0);
	sp_diff_free(env, &df);
	sp_doc_free(env, &d1);
	sp_doc_free(env, &d2);
	free(a);
}

/* one unit of 300,000 characters without punctuation, edited: a bound, not an LCS of 9e10 cells */
SP_TEST(diff_huge_unit)
{
	size_t		n = 100000;
	char	   *a = malloc(3 * n + 1),
			   *b = malloc(3 * n + 1);
	clock_t		t0 = clock();
	SpDoc		d1,
				d2;
	SpDiff		df;

	for (size_t k = 0; k < n; k++)
	{
		/* 100,000 Han characters cycling through 64 of them */
		uint32_t	cp = 0x4E00 + (uint32_t) (k * 7 % 64);

		a[3 * k] = (char) (0xE0 | (cp >> 12));
		a[3 * k + 1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		a[3 * k + 2] = (char) (0x80 | (cp & 0x3F));
	}
	memcpy(b, a, 3 * n);
	memcpy(b + 3 * (n / 2), "\xE5\xA5\xBD", 3);	/* one character replaced by 好 */
	sp_doc_analyze(env, a, 3 * n, &d1);
	sp_doc_analyze(env, b, 3 * n, &d2);
	sp_diff(env, &d1, &d2, &df);
	CHECK_INT(df.rows.n, 1);
	CHECK_INT(df.rows.items[0].op, SP_DIFF_CHANGED_OP);
	CHECK(df.rows.items[0].similarity > 0.99 && df.rows.items[0].similarity < 1.0);
	CHECK_LINEAR(t0);
	sp_diff_free(env, &df);
	sp_doc_free(env, &d1);
	sp_doc_free(env, &d2);
	free(a);
	free(b);
}
