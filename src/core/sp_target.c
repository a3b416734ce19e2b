/*
 * sp_target.c - quantified policy targets (see sp_target.h for the rules).
 *
 * Three steps: the report's year and the period of each top-level section
 * (from the outline, once); where a mixed section turns from results to
 * goals (one pass over its paragraphs); then each quantity, judged by what
 * stands in a bounded window around it (its clause, the start of its
 * sentence), so the whole is linear in the text.
 */
#include "sp_target.h"
#include "sp_chars.h"
#include "sp_numeral.h"
#include "sp_utf8.h"

#include <stdio.h>
#include <string.h>

const char *const sp_target_modifier_names[SP_TMOD__COUNT] = {
	"exact", "about", "at_least", "at_most", "range"
};

/* how far the rules look around a quantity, in bytes */
#define CLAUSE_BACK 240			/* to the start of its clause */
#define CLAUSE_AHEAD 90			/* to the end of its clause */
#define SENTENCE_BACK 900		/* 到2030年 earlier in the sentence */
#define HEADING_MAX 600			/* of a heading or a paragraph tested for a period */

/* ---- small text helpers ---- */

/* offset of lit in s[from..to), or SIZE_MAX */
static size_t
find_lit(const char *s, size_t from, size_t to, const char *lit)
{
	size_t		n = strlen(lit);

	if (n == 0 || to < from + n)
		return SIZE_MAX;
	for (size_t i = from; i + n <= to; i++)
		if (s[i] == lit[0] && memcmp(s + i, lit, n) == 0)
			return i;
	return SIZE_MAX;
}

static bool
has_lit(const char *s, size_t from, size_t to, const char *lit)
{
	return find_lit(s, from, to, lit) != SIZE_MAX;
}

static bool
has_any(const char *s, size_t from, size_t to, const char *const *lits)
{
	for (int k = 0; lits[k]; k++)
		if (has_lit(s, from, to, lits[k]))
			return true;
	return false;
}

/* bytes of the first of lits that s[i..end) starts with, 0 if none */
static size_t
starts_any(const char *s, size_t end, size_t i, const char *const *lits)
{
	for (int k = 0; lits[k]; k++)
	{
		size_t		n = sp_u8_lit(s, end, i, lits[k]);

		if (n)
			return n;
	}
	return 0;
}

/* bytes of the first of lits that s[start..i) ends with, 0 if none */
static size_t
ends_any(const char *s, size_t start, size_t i, const char *const *lits)
{
	for (int k = 0; lits[k]; k++)
	{
		size_t		n = sp_u8_lit_before(s, i, lits[k]);

		if (n && i - n >= start)
			return n;
	}
	return 0;
}

/* a character a reader does not see (spaces, zero-width marks) */
static bool
invisible(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0x3000 || cp == 0xA0 ||
		cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF;
}

/* the end of a clause: punctuation between the parts of a sentence */
static bool
clause_break(uint32_t cp)
{
	switch (cp)
	{
		case 0xFF0C:			/* ， */
		case ',':
		case 0xFF1B:			/* ； */
		case ';':
		case 0xFF1A:			/* ： */
		case ':':
		case 0x3002:			/* 。 */
		case 0xFF01:			/* ！ */
		case '!':
		case 0xFF1F:			/* ？ */
		case '?':
		case 0x3001:			/* 、 */
		case '\n':
		case 0x2014:			/* — (the dash of a 一一 list item) */
			return true;
		default:
			return false;
	}
}

/*
 * The start of the clause holding byte i (not before floor); wide: a list
 * A、B、C stays in one clause.
 */
static size_t
clause_start(const char *s, size_t len, size_t floor, size_t i, bool wide)
{
	size_t		lim = i > floor + CLAUSE_BACK ? i - CLAUSE_BACK : floor;

	while (i > lim)
	{
		size_t		p = sp_u8_prev(s, i);
		uint32_t	cp = sp_u8_at(s, len, p);

		if (p < lim || (clause_break(cp) && !(wide && cp == 0x3001)))
			break;
		i = p;
	}
	return i;
}

/* the end of the clause from byte i (not after ceil) */
static size_t
clause_end(const char *s, size_t len, size_t ceil, size_t i, bool wide)
{
	size_t		lim = i + CLAUSE_AHEAD < ceil ? i + CLAUSE_AHEAD : ceil;

	while (i < lim)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if ((clause_break(cp) && !(wide && cp == 0x3001)) || i + (size_t) step > lim)
			break;
		i += (size_t) step;
	}
	return i;
}

/* an ASCII or full-width digit starts at s[i] (a quick byte test) */
static inline bool
digit_start(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char) s[i];

	if (c >= '0' && c <= '9')
		return true;
	return c == 0xEF && i + 2 < len && (unsigned char) s[i + 1] == 0xBC &&
		(unsigned char) s[i + 2] >= 0x90 && (unsigned char) s[i + 2] <= 0x99;
}

/*
 * A four-digit year 1900..2199 at s[i] in ASCII or full-width digits (0 if
 * none); *end is the byte after its digits.
 */
static int
year_at(const char *s, size_t len, size_t i, size_t *end)
{
	int			y = 0;
	size_t		j = i;

	*end = i;
	if (i < len && !digit_start(s, len, i))
		return 0;
	if (i > 0 && sp_digit_value(sp_u8_before(s, len, i)) >= 0)
		return 0;
	for (int k = 0; k < 4; k++)
	{
		int			step,
					d;

		if (j >= len)
			return 0;
		d = sp_digit_value(sp_u8_decode(s, len, j, &step));
		if (d < 0)
			return 0;
		y = y * 10 + d;
		j += (size_t) step;
	}
	if (j < len && sp_digit_value(sp_u8_at(s, len, j)) >= 0)
		return 0;
	*end = j;
	return y >= 1900 && y <= 2199 ? y : 0;
}

int
sp_target_plan_year(const char *s, size_t len, size_t i, size_t *used)
{
	size_t		n = sp_u8_lit(s, len, i, "十");
	int			step,
				d;

	*used = 0;
	/* the older plans: “十五”, 九五计划, “八五”时期 (not 十五大, 五年) */
	{
		size_t		m = 0;
		int			nth = 0,
					st;

		if (n && sp_u8_lit(s, len, i + n, "五"))
		{
			nth = 10;
			m = n + strlen("五");
		}
		else if ((d = sp_han_digit(sp_u8_decode(s, len, i, &st))) >= 6 && d <= 9 &&
				 sp_u8_lit(s, len, i + (size_t) st, "五"))
		{
			nth = d;
			m = (size_t) st + strlen("五");
		}
		if (nth && (sp_u8_lit(s, len, i + m, "”") || sp_u8_lit(s, len, i + m, "时期") ||
					sp_u8_lit(s, len, i + m, "期间") || sp_u8_lit(s, len, i + m, "计划") ||
					sp_u8_lit(s, len, i + m, "规划")))
		{
			*used = m;
			return 1955 + 5 * nth;
		}
	}
	if (!n)
		return 0;
	d = sp_han_digit(sp_u8_decode(s, len, i + n, &step));
	if (d < 1 || d > 9 || i + n + (size_t) step >= len)
		return 0;
	if (!sp_u8_lit(s, len, i + n + (size_t) step, "五"))
		return 0;
	/* not 十三五年 (fifteen years) nor 十一五个 */
	*used = n + (size_t) step + strlen("五");
	if (sp_u8_lit(s, len, i + *used, "年") || sp_u8_lit(s, len, i + *used, "个"))
	{
		*used = 0;
		return 0;
	}
	/* the Nth plan runs 5 years up to 1955 + 5N (十一五: 2006-2010) */
	return 1955 + 5 * (10 + d);
}

/* the latest and earliest plan years named in s[from..to) (0 if none) */
static void
plans_in(const char *s, size_t from, size_t to, int *min_year, int *max_year)
{
	*min_year = *max_year = 0;
	for (size_t i = from; i < to; i++)
	{
		size_t		used;
		int			y;

		if ((unsigned char) s[i] != 0xE5 && (unsigned char) s[i] != 0xE4)	/* 十六八 E5, 七九 E4 */
			continue;
		y = sp_target_plan_year(s, to, i, &used);
		if (y)
		{
			if (*max_year == 0 || y > *max_year)
				*max_year = y;
			if (*min_year == 0 || y < *min_year)
				*min_year = y;
			i += used - 1;
		}
	}
}

/* ---- periods of the outline ---- */

typedef enum Period
{
	P_NONE = 0,					/* no section: needs a goal word in the sentence */
	P_REVIEW,					/* results of the past */
	P_MIXED,					/* results, then goals */
	P_FORWARD					/* goals */
} Period;

static const char *const review_words[] = {"回顾", "回忆", "成就", "成绩", "过去", "总结", NULL};
static const char *const forward_words[] = {
	"目标", "任务", "举措", "部署", "安排", "建议", "重点工作", "今年", "明年", "展望",
	"总体要求", "考虑", "思路", "方针", NULL
};

/*
 * The heading of paragraph p that can set a period, as [*a, *b): the heading
 * of a top-level section starting in it, or the paragraph itself when it is
 * a short line without sentence punctuation (an unnumbered heading:
 * “十四五”时期工作回顾).  False for other paragraphs and for the headings of
 * nested sections (一是… 主要目标任务较好完成 reports results).
 */
static bool
period_heading(const SpDoc *doc, size_t p, size_t *sec_k, size_t *a, size_t *b, bool *root)
{
	const SpParagraph *par = &doc->paragraphs.items[p];
	const char *s = doc->s;
	bool		nested = false;

	*root = false;
	/* sections in text order: step *sec_k to the first one starting at or after the paragraph */
	while (*sec_k < doc->sections.n && doc->sections.items[*sec_k].heading.start < par->span.start)
		(*sec_k)++;
	for (size_t k = *sec_k; k < doc->sections.n; k++)
	{
		const SpSection *sec = &doc->sections.items[k];

		if (sec->heading.start >= par->span.end)
			break;
		if (sec->parent == -1)
		{
			*root = true;
			*a = sec->heading.start;
			*b = sec->heading.end > *a + HEADING_MAX ? *a + HEADING_MAX : sec->heading.end;
			return true;
		}
		nested = true;
	}
	/* a marker before the heading text: the section starts before its heading */
	if (par->section >= 0 && doc->sections.items[par->section].marker.start >= par->span.start &&
		doc->sections.items[par->section].marker.start < par->span.end)
		nested = nested || doc->sections.items[par->section].parent != -1;
	if (nested)
		return false;
	if (sp_u8_count_max(s + par->span.start, par->span.end - par->span.start, 41) > 40)
		return false;
	for (size_t i = par->span.start; i < par->span.end;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, doc->len, i, &step);

		if (cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF01 || cp == 0xFF1F ||
			cp == ',' || cp == ';' || cp == 0xFF1A || cp == ':')
			return false;
		i += (size_t) step;
	}
	*a = par->span.start;
	*b = par->span.end;
	return true;
}

/* the period a heading names: P_NONE when it names none (加强政府自身建设) */
static Period
words_period(const char *s, size_t a, size_t b)
{
	/* 2011年的工作: the year's work, but 2025年工作回顾 is a review only */
	static const char *const year_work[] = {"年的工作", "年工作", "年主要工作", NULL};
	bool		review = has_any(s, a, b, review_words),
				forward = has_any(s, a, b, forward_words);
	size_t		r = find_lit(s, a, b, "报告");

	/* 首先报告2001年的工作: the report on last year (not the title 政府工作报告) */
	if (r != SIZE_MAX && r + strlen("报告") < b && digit_start(s, b, r + strlen("报告")))
		return P_REVIEW;
	if (review && forward)
		return P_MIXED;
	if (review)
		return P_REVIEW;
	return forward || has_any(s, a, b, year_work) ? P_FORWARD : P_NONE;
}

/*
 * The last year a period heading writes (2025年工作回顾 -> 2025,
 * 1998年工作回顾和1999年工作的总体要求 -> 1999), 0 if none.
 */
static int
heading_year(const char *s, size_t len, size_t a, size_t b)
{
	int			best = 0;

	for (size_t i = a; i + 4 <= b && i < a + 120; i++)
	{
		size_t		e;
		int			y = year_at(s, len, i, &e);

		if (y && sp_u8_lit(s, len, e, "年") && y > best)
			best = y;
	}
	return best;
}

int
sp_target_report_year(const SpDoc *doc)
{
	const char *s = doc->s;
	size_t		sec_k = 0;
	bool		in_review = false;
	int			best = 0;
	unsigned char seen[300] = {0};	/* how often each year 1900..2199 is written */
	bool		root;

	/* a heading with a year: 2025年工作回顾 -> 2026, 2026年重点工作 -> 2026 */
	for (size_t p = 0; p < doc->paragraphs.n; p++)
	{
		size_t		a,
					b;
		Period		per;
		int			y;

		if (!period_heading(doc, p, &sec_k, &a, &b, &root) || (per = words_period(s, a, b)) == P_NONE)
			continue;
		if ((y = heading_year(s, doc->len, a, b)))
			return per == P_REVIEW ? y + 1 : y;
	}
	/* a review without a year (过去五年工作回顾): the last year it speaks of, plus one */
	sec_k = 0;
	for (size_t p = 0; p < doc->paragraphs.n; p++)
	{
		const SpParagraph *par = &doc->paragraphs.items[p];
		size_t		a,
					b;
		Period		per;

		if (period_heading(doc, p, &sec_k, &a, &b, &root) && (per = words_period(s, a, b)) != P_NONE)
		{
			if (in_review && per != P_REVIEW)
				break;
			in_review = per == P_REVIEW;
			continue;
		}
		if (!in_review)
			continue;
		for (size_t i = par->span.start; i + 4 <= par->span.end; i++)
		{
			int			y;
			size_t		e;

			if (!digit_start(s, doc->len, i))
				continue;
			y = year_at(s, doc->len, i, &e);
			/* not 到2020年 (a goal set in those years) */
			if (y && sp_u8_lit(s, doc->len, e, "年") &&
				!sp_u8_lit_before(s, i, "到") && !sp_u8_lit_before(s, i, "至") &&
				seen[y - 1900] < 255)
				seen[y - 1900]++;
		}
	}
	/*
	 * the year it speaks of most, then the last year within five after it
	 * written twice; not the horizons it names (北京申办2008年奥运会,
	 * 2000年翻两番 in 1993)
	 */
	for (int y = 2199; y >= 1900; y--)
		if (seen[y - 1900] > (best ? seen[best - 1900] : 0))
			best = y;
	/* a review covers up to five years: the last one written twice within them */
	if (best)
	{
		for (int y = best + 5 < 2199 ? best + 5 : 2199; y > best; y--)
			if (seen[y - 1900] >= 2)
				return y + 1;
		return best + 1;
	}
	/* the title: 2008政府工作报告, 陕西省2026年政府工作报告 */
	for (size_t i = 0; i + 4 <= doc->len && i < 1200; i++)
	{
		size_t		e;
		int			y = year_at(s, doc->len, i, &e);

		if (y && (sp_u8_lit(s, doc->len, e, "年") || sp_u8_lit(s, doc->len, e, "政府")))
			return y;
	}
	return 0;
}

/* what a paragraph is about */
typedef struct ParInfo
{
	Period		period;			/* P_MIXED does not occur: before its goals it is P_REVIEW */
	int			base_year;		/* the year its targets are for (the report's or the plan's end) */
} ParInfo;

/* a paragraph of a mixed section that starts the goals */
static bool
starts_goals(const char *s, size_t a, size_t b, int year)
{
	static const char *const words[] = {"今后五年", "未来五年", "纲要草案", "规划纲要", NULL};
	int			lo,
				hi;

	if (b > a + HEADING_MAX)
		b = a + HEADING_MAX;
	if (has_any(s, a, b, words))
		return true;
	plans_in(s, a, b, &lo, &hi);
	/* the first plan it names is still to come (not “十四五”时期是极不平凡的五年 in 2026) */
	return lo && year && lo >= year;
}

/* a paragraph opening with the report's year: 今年是…, 2002年是…, 今年工作的总体要求 */
static bool
opens_year(const char *s, size_t len, size_t a, size_t b, int year)
{
	size_t		e;

	while (a < b && invisible(sp_u8_at(s, len, a)))
		a += sp_u8_lit(s, len, a, "　") ? strlen("　") : 1;
	if (sp_u8_lit(s, b, a, "今年"))
		return true;
	return year && year_at(s, len, a, &e) == year && sp_u8_lit(s, b, e, "年");
}

/*
 * The period of every paragraph: each period heading sets it (a heading
 * that names no period keeps it), a mixed one turns to goals at the first
 * paragraph starting them.  Before the first period heading: P_NONE.
 */
static void
analyse_periods(const SpEnv *env, const SpDoc *doc, int year, ParInfo *info)
{
	const char *s = doc->s;
	size_t		tick = 0,
				sec_k = 0;
	Period		cur = P_NONE;
	int			plan = 0;
	bool		root,
				ph,
				review_root = false;	/* the review is a numbered top-level section */

	for (size_t p = 0; p < doc->paragraphs.n; p++)
	{
		const SpParagraph *par = &doc->paragraphs.items[p];
		size_t		a,
					b;
		Period		per;

		sp_tick(env, &tick);
		ph = period_heading(doc, p, &sec_k, &a, &b, &root);
		per = ph ? words_period(s, a, b) : P_NONE;
		if (ph && per == P_NONE && root && cur == P_REVIEW && review_root)
		{
			/* 一、1999年国内工作回顾 二、坚持实行扩大内需的方针: the next point is the year's work */
			cur = P_FORWARD;
			plan = 0;
			review_root = false;
		}
		else if (per != P_NONE)
		{
			int			lo,
						hi;

			cur = per;
			review_root = root && per == P_REVIEW;
			plans_in(s, a, b, &lo, &hi);
			plan = hi && (year == 0 || hi >= year) ? hi : 0;
			info[p].period = P_REVIEW;	/* the heading itself */
			info[p].base_year = year;
			continue;
		}
		if (cur == P_MIXED && starts_goals(s, par->span.start, par->span.end, year))
			cur = P_FORWARD;
		/* 2002年是…, 今年是…: the review is over, the year's work begins */
		if ((cur == P_REVIEW || cur == P_MIXED) && !ph && opens_year(s, doc->len, par->span.start, par->span.end, year))
		{
			cur = P_FORWARD;
			plan = 0;
		}
		info[p].period = cur == P_MIXED ? P_REVIEW : cur;
		info[p].base_year = plan ? plan : year;
	}
}

/* ---- one quantity ---- */

static const char *const past_starts[] = {
	"过去", "去年", "上年", "前年", "近年来", "多年来", "五年来", "这五年", "目前", "当前",
	"截至", "截止", "此前", "以往", NULL
};
static const char *const past_in_clause[] = {
	"已经", "已达", "已超", "已有", "已建", "已完成", "已实现", "已由", "已从", "预计", "累计完成",
	NULL
};
static const char *const goal_words[] = {
	"预期目标", "目标是", "目标为", "力争", "确保", "今年", "明年", "计划", "拟", NULL
};
/* 已建成的主要有：…, anywhere before the number in its sentence */
static const char *const past_in_sentence[] = {
	"已建成", "已完成", "已实现", "已经完成", "已经实现", "已经建成", NULL
};
/* after the 'from' value of a raise */
static const char *const raise_to[] = {
	"提高到", "提高至", "增加到", "增加至", "提升到", "提升至", "上升到", "上升至", "下降到",
	"下降至", "降低到", "降低至", "降到", "降至", "扩大到", "扩大至", "减少到", "减少至",
	"调整到", "调整为", "增至", "增长到", "提标到", "减为", "减至", "增为", "降为", NULL
};
/* the plan's own parts, not an amount of anything */
static const char *const meta_nouns[] = {
	"方面", "维度", "主要指标", "指标", "任务举措", "举措", "措施", "原则", "个方面", NULL
};
/* verbs of a fact or a forecast right before a number */
static const char *const fact_before[] = {"高达", "有", "了", NULL};

static SpTargetModifier
modifier_of(const char *q)
{
	static const char *const about[] = {"左右", "上下", "约", "大约", "近", "将近", NULL};
	static const char *const least[] = {
		"以上", "不低于", "不少于", "至少", "超过", "超", "多", "余", "餘", "开外", "高于", NULL
	};
	static const char *const most[] = {"以下", "以内", "之内", "不超过", "不高于", "低于", NULL};

	for (int k = 0; about[k]; k++)
		if (strcmp(q, about[k]) == 0)
			return SP_TMOD_ABOUT;
	for (int k = 0; least[k]; k++)
		if (strcmp(q, least[k]) == 0)
			return SP_TMOD_AT_LEAST;
	for (int k = 0; most[k]; k++)
		if (strcmp(q, most[k]) == 0)
			return SP_TMOD_AT_MOST;
	return SP_TMOD_EXACT;
}

/* inside a short quotation (“3个100”, “科技创新2030”): a name */
static bool
in_quotes(const char *s, size_t len, size_t floor, size_t i)
{
	size_t		lim = i > floor + 60 ? i - 60 : floor;

	while (i > lim)
	{
		uint32_t	cp;

		i = sp_u8_prev(s, i);
		cp = sp_u8_at(s, len, i);
		if (cp == 0x201D || cp == 0x300D || cp == 0x300F)	/* ” 」 』 */
			return false;
		if (cp == 0x201C || cp == 0x300C || cp == 0x300E)	/* “ 「 『 */
			return true;
		if (cp == 0x3002)
			return false;
	}
	return false;
}

/* append the visible characters of s[a..b) to buf (cap bytes, NUL kept) */
static void
append_visible(char *buf, size_t cap, const char *s, size_t len, size_t a, size_t b)
{
	size_t		o = strlen(buf);

	while (a < b)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, a, &step);
		uint32_t	next = sp_u8_at(s, b, a + (size_t) step);

		/* 再提高 -> 提高: the change, not its repetition */
		if (cp == 0x518D && (next == 0x63D0 || next == 0x589E || next == 0x964D || next == 0x51CF))
		{
			a += (size_t) step;
			continue;
		}
		if (!invisible(cp) && cp != '\n')
		{
			if (o + (size_t) step >= cap)
				break;
			memcpy(buf + o, s + a, (size_t) step);
			o += (size_t) step;
		}
		a += (size_t) step;
	}
	buf[o] = '\0';
}

static const char *const lead_words[] = {
	"其中", "同时", "今年", "明年", "全年", "年内", "力争", "确保", "努力", "争取", "拟安排",
	"安排", "要", "将", "拟", "并", "还", "再", "和", "及", "以及", "实现", "预计", "计划",
	"继续", "进一步", NULL
};
static const char *const tail_words[] = {
	"拟定为", "设定为", "确定为", "定为", "总计为", "提高到", "提高至", "提升到", "提升至",
	"增加到", "增加至", "增长到", "扩大到", "扩大至", "降低到", "降到", "降至", "下降到",
	"上升到", "上升至", "达到", "控制在", "保持在", "稳定在", "维持在", "拟按", "拟安排",
	"安排", "突破", "分别", "达", "为", "是", "在", "按", "到", "至", "均", "要", "将", "拟",
	"再", "等", "有", "约", NULL
};

/* trim a [a, b) span of an indicator: white space, lead and tail words, 的 */
static void
trim_words(const char *s, size_t len, size_t *a, size_t *b)
{
	bool		changed = true;

	while (changed && *a < *b)
	{
		size_t		n;
		int			step;
		uint32_t	cp;

		changed = false;
		cp = sp_u8_decode(s, len, *a, &step);
		if (invisible(cp) || cp == '\n' || cp == 0x201D)
		{
			*a += (size_t) step;
			changed = true;
			continue;
		}
		/* a year or a horizon at the front: 到2020年 2026年 用两年时间 */
		{
			size_t		y0 = *a + (sp_u8_lit(s, *b, *a, "到") ? strlen("到") : 0);

			if (year_at(s, len, y0, &n) && sp_u8_lit(s, len, n, "年"))
			{
				*a = n + strlen("年");
				changed = true;
				continue;
			}
		}
		if (sp_u8_lit(s, *b, *a, "用"))
		{
			size_t		t = find_lit(s, *a, *a + 24 < *b ? *a + 24 : *b, "时间");

			if (t != SIZE_MAX && t + strlen("时间") < *b)
			{
				*a = t + strlen("时间");
				changed = true;
				continue;
			}
		}
		/* 一是 二要 */
		if (sp_han_digit(cp) > 0 && (sp_u8_lit(s, *b, *a + (size_t) step, "是") ||
									 sp_u8_lit(s, *b, *a + (size_t) step, "要")))
		{
			*a += (size_t) step + strlen("是");
			changed = true;
			continue;
		}
		if ((n = starts_any(s, *b, *a, lead_words)) && *a + n < *b)
		{
			*a += n;
			changed = true;
			continue;
		}
		cp = sp_u8_before(s, len, *b);
		if (invisible(cp) || cp == '\n')
		{
			*b = sp_u8_prev(s, *b);
			changed = true;
			continue;
		}
		if ((n = ends_any(s, *a, *b, tail_words)) && *b - n > *a)
		{
			*b -= n;
			changed = true;
		}
	}
}

static size_t
count_chars(const char *s, size_t a, size_t b)
{
	return sp_u8_count(s + a, b - a);
}

/*
 * The indicator of a target at [qa, qe) in the clause [ca, ce): the words
 * before it (from the last 由/从 of a from-to raise cut off), and when the
 * noun follows the number (推进5万个行政村通光纤) those after it.
 */
static void
indicator_of(const char *s, size_t len, size_t ca, size_t qa, size_t qe, size_t ce, char *out)
{
	size_t		a = ca,
				b = qa,
				c = qe,
				d = ce;

	out[0] = '\0';
	/* 由每人每年380元提高到: cut before 由/从 when a number follows it */
	for (size_t i = b; i > a;)
	{
		size_t		p = sp_u8_prev(s, i);
		uint32_t	cp = sp_u8_at(s, len, p);

		if ((cp == 0x7531 || cp == 0x4ECE))	/* 由 从 */
		{
			bool		digit = false;

			for (size_t k = p; k < b; k++)
				if (s[k] >= '0' && s[k] <= '9')
					digit = true;
			if (digit)
			{
				b = p;
				break;
			}
		}
		i = p;
	}
	trim_words(s, len, &a, &b);
	/* the words before the number, at most 24 characters of them */
	while (a < b && count_chars(s, a, b) > 24)
	{
		int			step;

		sp_u8_decode(s, len, a, &step);
		a += (size_t) step;
	}
	/* the noun after the number: 的 and a lone verb dropped */
	if (sp_u8_lit(s, len, c, "的"))
		c += strlen("的");
	trim_words(s, len, &c, &d);
	if (d > c && count_chars(s, c, d) > 16)
		d = c;					/* a new statement, not the number's noun */
	if (d > c && (sp_u8_lit(s, len, c, "安排") == d - c || sp_u8_lit(s, len, c, "以上") == d - c))
		d = c;
	append_visible(out, SP_TARGET_INDICATOR_MAX, s, len, a, b);
	if (d > c)
		append_visible(out, SP_TARGET_INDICATOR_MAX, s, len, c, d);
}

/*
 * A分别下降x、y: the items of the subject [a, b) (split at 、 和 及) when there
 * are as many as values; *nitems 0 when they do not pair up.
 */
#define MAX_ITEMS 8
static int
split_items(const char *s, size_t len, size_t a, size_t b, SpSpan *items)
{
	int			n = 0;
	size_t		start = a;

	for (size_t i = a; i < b;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);
		size_t		sep = 0;

		if (cp == 0x3001)
			sep = (size_t) step;
		else if (cp == 0x548C || cp == 0x53CA)	/* 和 及 */
			sep = (size_t) step;
		if (sep)
		{
			if (n == MAX_ITEMS)
				return 0;
			items[n].start = start;
			items[n].end = i;
			n++;
			start = i + sep;
		}
		i += (size_t) step;
	}
	if (n == MAX_ITEMS)
		return 0;
	items[n].start = start;
	items[n].end = b;
	return n + 1;
}

typedef struct Ctx
{
	const SpDoc *doc;
	const char *s;
	size_t		len;
	int			year;
	const ParInfo *pars;
} Ctx;

/* the first digit of a quantity: Arabic (a target) or not */
static bool
arabic_number(const char *s, size_t len, const SpQuantity *q)
{
	size_t		i = q->span.start + (q->qualifier[0] && sp_u8_lit(s, len, q->span.start, q->qualifier)
									 ? strlen(q->qualifier) : 0);

	return sp_digit_value(sp_u8_at(s, len, i)) >= 0;
}

/* the raw text ends in a scale: 3200万, 1亿 (a number without unit) */
static bool
ends_in_scale(const char *s, size_t len, const SpQuantity *q)
{
	uint32_t	cp = sp_u8_before(s, len, q->span.end);

	return cp == SP_CP_WAN || cp == SP_CP_YI;
}

static bool
sentence_is_past(const Ctx *c, size_t sa, size_t qa)
{
	size_t		i = sa;

	while (i < qa && invisible(sp_u8_at(c->s, c->len, i)))
		i++;
	if (starts_any(c->s, qa, i, past_starts))
		return true;
	/* 两年来, 五年来, 多年来 */
	{
		int			step;
		uint32_t	cp = sp_u8_decode(c->s, c->len, i, &step);

		if ((sp_han_digit(cp) > 0 || cp == 0x591A || cp == 0x51E0) &&	/* 多 几 */
			sp_u8_lit(c->s, qa, i + (size_t) step, "年来"))
			return true;
	}
	/* 2025年，… in a report for 2026 */
	{
		size_t		e;
		int			y = year_at(c->s, c->len, i, &e);

		if (y && c->year && y < c->year && sp_u8_lit(c->s, c->len, e, "年") &&
			!sp_u8_lit(c->s, c->len, e + strlen("年"), "前"))
			return true;
	}
	return false;
}

/* a sentence that sets a goal (今年…, 要, 将, 拟, 力争, 预期目标): [a, b) bounded */
static bool
sets_goal(const Ctx *c, size_t a, size_t b)
{
	if (b > a + SENTENCE_BACK)
		b = a + SENTENCE_BACK;
	return has_any(c->s, a, b, goal_words) || has_lit(c->s, a, b, "要") || has_lit(c->s, a, b, "将");
}

/* the year of a target: the section's, or 到2030年 written before it in its sentence */
static int
target_year(const Ctx *c, int base, size_t sa, size_t ca, size_t qa)
{
	size_t		from = qa > sa + SENTENCE_BACK ? qa - SENTENCE_BACK : sa;
	int			y = base,
				lo,
				hi;

	/*
	 * the sentence names its period: 今年… is the report's year, “十五五”时期…
	 * (a plan still to come) the plan's end, under a heading naming both
	 * (“十五五”时期主要目标和2026年重点工作)
	 */
	if (c->year && (has_lit(c->s, from, qa, "今年") || has_lit(c->s, from, qa, "明年")))
		y = has_lit(c->s, from, qa, "今年") ? c->year : c->year + 1;
	else
	{
		plans_in(c->s, from, qa, &lo, &hi);
		if (hi && c->year && hi >= c->year)
			y = hi;
		else if (has_lit(c->s, from, qa, "今后五年") || has_lit(c->s, from, qa, "未来五年"))
			y = base;
	}
	for (size_t i = from; i + 4 < qa; i++)
	{
		int			yy;
		size_t		e;

		if (!digit_start(c->s, c->len, i))
			continue;
		yy = year_at(c->s, c->len, i, &e);
		if (yy && sp_u8_lit(c->s, c->len, e, "年") &&
			(sp_u8_lit_before(c->s, i, "到") || sp_u8_lit_before(c->s, i, "至")) &&
			(c->year == 0 || yy >= c->year))
			y = yy;
	}
	/* 用两年时间: the text gives a span, not a year */
	if (has_lit(c->s, ca, qa, "年时间"))
		y = 0;
	return y;
}

/* read the unit and bound the quantity reader left: 10亿方以上, 0.6人/百亿元以下, 1亿左右 */
static size_t
extend_raw(const char *s, size_t len, size_t end, SpTarget *t, bool unitless)
{
	static const char *const suffix[] = {"左右", "以上", "以下", "以内", "上下", NULL};
	size_t		n;

	if (unitless && sp_u8_lit(s, len, end, "方") &&
		!starts_any(s, len, end + strlen("方"), (const char *const[]) {"面", "案", "式", "向", "法", "针", "位", "阵", NULL}))
	{
		strcpy(t->unit, "方");
		end += strlen("方");
	}
	else if (!unitless && t->unit[0] && end < len && s[end] == '/' && t->modifier == SP_TMOD_EXACT)
	{
		/* 人/百亿元: a per-unit the quantity reader did not know */
		size_t		e = end + 1;
		int			k = 0;

		while (k < 4 && e < len && sp_is_han(sp_u8_at(s, len, e)) &&
			   !starts_any(s, len, e, suffix))
		{
			int			step;

			sp_u8_decode(s, len, e, &step);
			e += (size_t) step;
			k++;
		}
		if (k > 0 && strlen(t->unit) + (e - end) < sizeof(t->unit))
		{
			strncat(t->unit, s + end, e - end);
			end = e;
		}
	}
	if (t->modifier == SP_TMOD_EXACT && (n = starts_any(s, len, end, suffix)))
	{
		char		q[8];

		memcpy(q, s + end, n);
		q[n] = '\0';
		t->modifier = modifier_of(q);
		end += n;
	}
	return end;
}

/*
 * Judge quantity k; append its target(s) to out.  items/nitems: the 分别
 * pairing of the clause, shared by its values (index into them).
 */
static void
judge(const SpEnv *env, const Ctx *c, const SpQuantityVec *qv, size_t k, SpTargetVec *out)
{
	const char *s = c->s;
	size_t		len = c->len;
	const SpQuantity *q = &qv->items[k];
	int			si = sp_doc_sentence_at(c->doc, q->span.start);
	size_t		sa = si >= 0 ? c->doc->sentences.items[si].span.start : 0,
				se = si >= 0 ? c->doc->sentences.items[si].span.end : len;
	int			pi = si >= 0 ? c->doc->sentences.items[si].paragraph : -1;
	Period		period = pi >= 0 && c->pars ? c->pars[pi].period : P_NONE;
	int			base_year = pi >= 0 && c->pars ? c->pars[pi].base_year : c->year;
	size_t		qa = q->span.start,
				qe = q->span.end,
				ca,
				ce,
				wa,
				we,
				n;
	bool		unitless = q->unit[0] == '\0';
	SpTarget	t;

	if (sa > qa)
		sa = qa;
	if (se < qe)
		se = qe;
	/* what kind of number */
	if (q->kind == SP_QTY_YEAR || q->kind == SP_QTY_DATE || !q->has_value)
		return;
	if (!arabic_number(s, len, q))
		return;
	if (strcmp(q->qualifier, "不到") == 0 || strcmp(q->qualifier, "不足") == 0)
		return;
	if (strcmp(q->unit, "千伏") == 0)
		return;
	/* before the clause is walked: most bare numbers stop here */
	if (unitless)
	{
		uint32_t	next = sp_u8_at(s, len, qe);

		if (!ends_in_scale(s, len, q) || !sp_is_han(next) || next == 0x591A || next == 0x4F59)
			return;				/* 22号线, 3.0版, 9亿多劳动力 */
	}
	ca = clause_start(s, len, sa, qa, false);
	ce = clause_end(s, len, se, qe, false);
	wa = clause_start(s, len, sa, qa, true);
	we = clause_end(s, len, se, qe, true);
	if (q->kind == SP_QTY_DURATION && !has_lit(s, ca, qa, "年限"))
		return;
	/* the period */
	if (period == P_REVIEW)
		return;
	if (period == P_NONE && !has_any(s, qa > sa + SENTENCE_BACK ? qa - SENTENCE_BACK : sa, qa, goal_words))
		return;
	if (sentence_is_past(c, sa, qa) || has_any(s, ca, qa, past_in_clause) ||
		has_any(s, qa > sa + SENTENCE_BACK ? qa - SENTENCE_BACK : sa, qa, past_in_sentence))
		return;
	/*
	 * 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%: the
	 * sentences after one about the past, in its paragraph, report results
	 * until one sets a goal
	 */
	if (!sets_goal(c, sa, qa))
	{
		for (int j = si - 1; j >= 0 && j >= si - 6; j--)
		{
			const SpSentence *o = &c->doc->sentences.items[j];

			if (o->paragraph != pi)
				break;
			if (sentence_is_past(c, o->span.start, o->span.end))
				return;
			if (sets_goal(c, o->span.start, o->span.end))
				break;
		}
	}
	/* names, facts, forecasts, 'from' values, the plan's own parts */
	if (in_quotes(s, len, sa, qa))
		return;
	if (ends_any(s, ca, qa, fact_before))
		return;
	if (starts_any(s, ce, qe, raise_to))
		return;
	if (starts_any(s, ce, qe, meta_nouns))
		return;
	/* 分别从209元、280元提高到217元、290元: every 'from' value of the list */
	if ((has_lit(s, wa, qa, "从") || has_lit(s, wa, qa, "由")) && has_any(s, qe, we, raise_to))
		return;
	/* 65岁以上老年人, 0—6岁儿童: an age group (人均预期寿命提高1岁 is a goal) */
	if (strcmp(q->unit, "岁") == 0 && !has_lit(s, ca, qa, "寿命") && !has_lit(s, ca, qa, "年龄"))
		return;
	/* 高校毕业生820多万人，再创历史新高: the size of a cohort */
	if (ends_any(s, ca, qa, (const char *const[]) {"毕业生", NULL}) ||
		has_lit(s, qe, we + 12 <= se ? we + 12 : se, "历史新高"))
		return;
	if (strcmp(q->unit, "人") == 0 && q->value.exp >= 0 && !q->value.inexact)
	{
		/* 14亿人: the population, not a goal */
		SpDecimal	v = q->value;
		double		x = (double) v.mant;

		for (int e = 0; e < v.exp; e++)
			x *= 10;
		if (x >= 1e9)
			return;
	}

	memset(&t, 0, sizeof(t));
	t.value = q->value;
	if (q->kind == SP_QTY_RANGE)
	{
		t.high = q->high;
		t.has_high = true;
		t.modifier = SP_TMOD_RANGE;
	}
	else
		t.modifier = modifier_of(q->qualifier);
	if (strcmp(q->unit, "个百分点") == 0)
		strcpy(t.unit, "百分点");
	else
		snprintf(t.unit, sizeof(t.unit), "%s", q->unit);
	t.span.start = qa;
	t.span.end = extend_raw(s, len, qe, &t, unitless);
	/* 30万千瓦以下煤电机组: a size class before its noun */
	if (t.modifier == SP_TMOD_AT_MOST)
	{
		uint32_t	next = sp_u8_at(s, len, t.span.end);

		if (sp_is_han(next) && next != 0x7684)	/* not 的 */
			return;
	}
	/* a bound written before the number: 超过80%, 超1万亿元, 低于4.6% */
	if (q->qualifier[0] == '\0' && t.modifier == SP_TMOD_EXACT)
	{
		static const char *const before[] = {"超过", "低于", "高于", "超", NULL};

		if ((n = ends_any(s, ca, qa, before)))
		{
			char		w[8];

			memcpy(w, s + qa - n, n);
			w[n] = '\0';
			t.modifier = modifier_of(w);
			t.span.start = qa - n;
			qa -= n;
		}
	}
	t.year = target_year(c, base_year, sa, ca, qa);

	/* the indicator: A、B分别下降x、y pairs items with values */
	{
		size_t		fb = find_lit(s, wa, qa, "分别");

		if (fb != SIZE_MAX)
		{
			SpSpan		items[MAX_ITEMS + 1];
			size_t		a = wa,
						b = fb;
			int			ni,
						idx = 0,
						nv = 0;
			size_t		verb_a = fb + strlen("分别"),
						verb_b = verb_a,
						j0 = k;

			trim_words(s, len, &a, &b);
			ni = split_items(s, len, a, b, items);
			/* 分别从209元、280元提高到217元、290元: the values are those after 提高到 */
			for (size_t i = verb_a; i < qa; i++)
			{
				size_t		m = starts_any(s, qa, i, raise_to);

				if (m)
				{
					verb_a = verb_b = i + m;
					break;
				}
			}
			/* the values of this 分别: quantities after it in the sentence, one is ours */
			while (j0 > 0 && qv->items[j0 - 1].span.start >= verb_a)
				j0--;
			for (size_t j = j0; j < qv->n && j < j0 + 16; j++)
			{
				const SpQuantity *o = &qv->items[j];

				if (o->span.start >= se)
					break;
				if (nv > 0)
				{
					/* values are joined by 、 和 only */
					const SpQuantity *p = &qv->items[j - 1];
					size_t		gap = o->span.start - p->span.end;

					if (gap > 3 || !(sp_u8_lit(s, len, p->span.end, "、") ||
									 sp_u8_lit(s, len, p->span.end, "和")))
						break;
				}
				if (nv == 0)
					verb_b = o->span.start;
				if (j == k)
					idx = nv;
				nv++;
			}
			if (ni == nv && nv > 1 && idx < ni)
			{
				size_t		ia = items[idx].start,
							ib = items[idx].end;

				trim_words(s, len, &ia, &ib);
				trim_words(s, len, &verb_a, &verb_b);
				t.indicator[0] = '\0';
				append_visible(t.indicator, sizeof(t.indicator), s, len, ia, ib);
				append_visible(t.indicator, sizeof(t.indicator), s, len, verb_a, verb_b);
			}
			else
			{
				size_t		va = verb_a,
							vb = verb_b;

				trim_words(s, len, &va, &vb);
				t.indicator[0] = '\0';
				append_visible(t.indicator, sizeof(t.indicator), s, len, a, b);
				if (vb > va)
					append_visible(t.indicator, sizeof(t.indicator), s, len, va, vb);
			}
		}
		else
			indicator_of(s, len, ca, qa, t.span.end, ce, t.indicator);
	}
	sp_vec_push(env, out, t);
}

void
sp_targets(const SpEnv *env, const SpDoc *doc, const SpQuantityVec *q, SpTargetVec *out)
{
	Ctx			c;
	ParInfo    *pars = NULL;
	size_t		tick = 0;

	c.doc = doc;
	c.s = doc->s;
	c.len = doc->len;
	c.year = sp_target_report_year(doc);
	if (doc->paragraphs.n)
	{
		pars = sp_alloc(env, doc->paragraphs.n * sizeof(ParInfo));
		analyse_periods(env, doc, c.year, pars);
	}
	c.pars = pars;
	for (size_t k = 0; k < q->n; k++)
	{
		sp_tick(env, &tick);
		judge(env, &c, q, k, out);
	}
	sp_free(env, pars);
}
