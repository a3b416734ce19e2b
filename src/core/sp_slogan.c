/*
 * sp_slogan.c - numbered formulae (see sp_slogan.h).
 */
#include "sp_slogan.h"
#include "sp_chars.h"
#include "sp_numeral.h"
#include "sp_utf8.h"
#include "sp_wordlist.h"

#include <stdlib.h>
#include <string.h>

/* numeral idioms and set phrases shaped like N X N Y that are not formulae */
static const char *const idioms[] = {
	"一心一意", "一五一十", "三心二意", "三番五次", "三令五申", "五湖四海", "四面八方",
	"七上八下", "七嘴八舌", "一模一样", "一干二净", "一清二楚", "十全十美", "一朝一夕",
	"一言一行", "一草一木", "一点一滴", "一针一线", "一举一动", "九死一生", "一生一世",
	"一字一句", "一心一德", "一丝一毫", "一唱一和", "一板一眼", "一来二去", "一张一弛",
	"四平八稳", "七零八落", "十拿九稳", "一波三折", "三言两语", "三长两短", "三三两两",
	"一石二鸟", "一箭双雕", "一举两得", "一年一度", "一个一个", "一次一次", "一天一天",
	"一年一年", "一步一步", "一步一个", "一分一秒", "一笔一画", "一砖一瓦", "一饭一蔬",
	"一日三餐", "一问三不知", "五颜六色", "七手八脚", "乱七八糟", "一穷二白", "一差二错",
	"六神无主", "一本正经", "四通八达", "八仙过海", "五花八门", "一一", "九九",
	NULL
};

bool
sp_formula_numeral(uint32_t cp)
{
	switch (cp)
	{
		case 0x4E00:			/* 一 */
		case 0x4E8C:			/* 二 */
		case 0x4E09:			/* 三 */
		case 0x56DB:			/* 四 */
		case 0x4E94:			/* 五 */
		case 0x516D:			/* 六 */
		case 0x4E03:			/* 七 */
		case 0x516B:			/* 八 */
		case 0x4E5D:			/* 九 */
		case 0x5341:			/* 十 */
		case 0x4E24:			/* 两 */
		case 0x53CC:			/* 双 */
			return true;
	}
	return false;
}

/* a small numeral for formulae: 一 … 十九, 两, 双; returns bytes, 0 if none */
static size_t
small_numeral(const char *s, size_t len, size_t i, int *value)
{
	uint64_t	v;
	size_t		n;
	uint32_t	cp = sp_u8_at(s, len, i);

	if ((n = sp_u8_lit(s, len, i, "双")) || (n = sp_u8_lit(s, len, i, "两")))
	{
		*value = 2;
		return n;
	}
	/* ordinary numerals only: the financial forms (陆 in 大陆) are words here */
	if (!sp_formula_numeral(cp))
		return 0;
	n = sp_parse_han_number(s, len, i, &v);
	if (n == 0 || n > 6 || v == 0 || v > 19)
		return 0;
	*value = (int) v;
	return n;
}

static bool
is_plain_han(uint32_t cp)
{
	return sp_is_han(cp) && sp_han_digit(cp) < 0 && sp_han_unit(cp) == 0 &&
		cp != 0x53CC /* 双 */ ;
}

/* bytes of up to max plain Han characters at i (at least 1), 0 if none */
static size_t
han_run(const char *s, size_t len, size_t i, int max, int *count)
{
	size_t		j = i;
	int			step;

	*count = 0;
	while (*count < max && j < len && is_plain_han(sp_u8_decode(s, len, j, &step)))
	{
		j += (size_t) step;
		(*count)++;
	}
	return j - i;
}

/*
 * After a numeral these start a measure or a date, not a formula's part
 * (十九届四中, 五月十六日, 三分之二, 一次十分, 一代又一代, 二點六倍).
 */
static bool
bad_part(const char *s, size_t len, size_t x, size_t xend, bool classifier_ok)
{
	static const char *const first[] = {
		"次", "届", "年", "月", "日", "天", "点", "點", "分", "号", "时", "周",
		"岁", "倍", "成", "期", NULL
	};

	for (int k = 0; first[k]; k++)
		if (sp_u8_lit(s, len, x, first[k]))
			return true;
	if (!classifier_ok && (sp_u8_lit(s, len, x, "个") || sp_u8_lit(s, len, x, "批")))
		return true;
	for (size_t j = x; j < xend; j += 3)
		if (sp_u8_lit(s, len, j, "又"))
			return true;
	return false;
}

/* 一 that begins or ends a word: 一定 一些 一切 … 统一 唯一 单一 … */
static bool
one_in_word(const char *s, size_t len, size_t i)
{
	static const char before[] = "统唯单同划专逐初第万合归均整如";
	static const char *const words[] = {
		"一定", "一些", "一切", "一直", "一起", "一样", "一般", "一致", "一道", "一旦",
		"一律", "一向", "一贯", "一再", "一度", "一流", NULL
	};
	uint32_t	b = sp_u8_before(s, len, i);

	for (size_t k = 0; k + 3 <= sizeof(before) - 1; k += 3)
		if (b == sp_u8_at(before, sizeof(before) - 1, k))
			return true;

	for (int k = 0; words[k]; k++)
		if (sp_u8_lit(s, len, i, words[k]))
			return true;
	return false;
}

/* N X N Y (N Z): the end of the pattern at i, or 0 */
static size_t
parallel_pattern(const char *s, size_t len, size_t i)
{
	int			v,
				parts = 0,
				xchars = 0;
	size_t		j = i,
				n;

	size_t		xstart[3],
				xend[3];

	for (;;)
	{
		int			c,
					want;
		size_t		x;

		if (!(n = small_numeral(s, len, j, &v)) || (n == 3 && one_in_word(s, len, j)))
			break;
		/* X: as long as the first one (parallelism), else one character */
		want = parts == 0 ? 2 : xchars;
		x = han_run(s, len, j + n, want, &c);
		if (x == 0)
			break;
		if (parts > 0 && c != xchars)
		{
			/* 十招解十难: a shorter last part */
			x = han_run(s, len, j + n, 1, &c);
		}
		else if (parts == 0)
		{
			/* 一岗双责, 三严三实: when a numeral follows one character, X is one character */
			int			c1,
						dummy;
			size_t		x1 = han_run(s, len, j + n, 1, &c1);

			if (small_numeral(s, len, j + n + x1, &dummy))
			{
				x = x1;
				c = c1;
			}
			xchars = c;
		}
		if (bad_part(s, len, j + n, j + n + x, false))
			break;
		xstart[parts] = j + n;
		xend[parts] = j + n + x;
		j += n + x;
		parts++;
		if (parts == 3)
			break;
	}
	if (parts < 2)
		return 0;
	/* 一代一代, 十六大和十六大以: a repetition, not a formula */
	if (memcmp(s + xstart[0], s + xstart[1], 3) == 0 &&
		memcmp(s + xstart[0] - 3, s + xstart[1] - 3, 3) == 0)
		return 0;
	return parts == 3 ? xend[2] : xend[1];
}

/* place names that begin with a numeral */
static bool
is_place(const char *s, size_t len, size_t i)
{
	static const char *const places[] = {
		"四川", "三亚", "三明", "六安", "九江", "十堰", "六盘水", "七台河", "三门峡", "五常",
		"九龙", "五指山", "三沙", "四平", "七里", "八达岭", "九寨沟", NULL
	};

	for (int k = 0; places[k]; k++)
		if (sp_u8_lit(s, len, i, places[k]))
			return true;
	return false;
}

static bool
is_idiom(const char *s, size_t len, size_t i, size_t end)
{
	for (int k = 0; idioms[k]; k++)
	{
		size_t		n = sp_u8_lit(s, len, i, idioms[k]);

		if (n && n <= end - i + 3)
			return true;
	}
	return false;
}

static int
by_start(const void *a, const void *b)
{
	const SpSlogan *x = a,
			   *y = b;

	if (x->span.start != y->span.start)
		return x->span.start < y->span.start ? -1 : 1;
	return x->span.end > y->span.end ? -1 : (x->span.end < y->span.end);
}

void
sp_slogans(const SpEnv *env, const char *s, size_t len,
		   const SpQuote *quotes, size_t nquotes, SpSloganVec *out)
{
	SpTermSet	scratch;
	const SpTermSet *set;
	bool		cats[SP_WL__COUNT] = {0};
	SpSloganVec all = {0};
	size_t		i = 0,
				last_end = 0;
	unsigned	iter = 0;

	/*
	 * 1 and 2 in one pass: every built-in formula starts with a numeral
	 * (checked by a unit test), so at each numeral the list is tried first,
	 * longest term first, then the parallel pattern.
	 */
	cats[SP_WL_SLOGAN] = true;
	set = sp_termset_builtin_cached(env, cats, &scratch);
	while (i < len)
	{
		int			step,
					v;
		uint32_t	cp;
		size_t		end = 0;

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		if ((unsigned char) s[i] < 0x80)
		{
			i++;
			continue;
		}
		cp = sp_u8_decode(s, len, i, &step);
		if (!sp_formula_numeral(cp))
		{
			i += (size_t) step;
			continue;
		}
		for (size_t l = 0; l < set->nlens && end == 0; l++)
		{
			long		k;

			if (i + set->lens[l] <= len &&
				(k = sp_termset_find(set, s + i, set->lens[l])) >= 0)
			{
				SpSlogan	sl = {{i, i + set->lens[l]}, sp_wl_builtin[set->id[k]].weight};

				sp_vec_push(env, &all, sl);
				end = i + set->lens[l];
			}
		}
		if (end == 0 &&
			sp_u8_before(s, len, i) != SP_CP_DI &&
			!(sp_han_digit(sp_u8_before(s, len, i)) >= 0) &&
			small_numeral(s, len, i, &v) &&
			(end = parallel_pattern(s, len, i)) > 0 &&
			!is_idiom(s, len, i, end) && !is_place(s, len, i))
		{
			SpSlogan	sl = {{i, end}, v};

			sp_vec_push(env, &all, sl);
		}
		i = end > i ? end : i + (size_t) step;
	}
	sp_termset_release(env, set, &scratch);

	/* 3. closed quotations holding a numbered phrase */
	for (size_t k = 0; k < nquotes; k++)
	{
		const SpQuote *q = &quotes[k];
		size_t		n,
					chars;
		int			v,
					c;

		if (!q->closed || q->term.end <= q->term.start)
			continue;
		chars = sp_u8_count(s + q->term.start, q->term.end - q->term.start);
		if (chars < 3 || chars > 8)
			continue;
		/* a lone 一 in quotes is usually a figure of speech (“一把手” “一刀切”) */
		if (!(n = small_numeral(s, q->term.end, q->term.start, &v)) || v == 1 ||
			is_place(s, q->term.end, q->term.start) ||
			/* a quoted phrase may have a classifier: “三个确保” */
			bad_part(s, q->term.end, q->term.start + n, q->term.start + n, true))
			continue;
		/* numeral, an optional classifier, then only plain Han characters */
		{
			size_t		j = q->term.start + n,
						cl;
			size_t		run;

			if ((cl = sp_u8_lit(s, len, j, "个")) || (cl = sp_u8_lit(s, len, j, "项")) ||
				(cl = sp_u8_lit(s, len, j, "大")) || (cl = sp_u8_lit(s, len, j, "条")) ||
				(cl = sp_u8_lit(s, len, j, "位")))
				j += cl;
			run = han_run(s, q->term.end, j, 8, &c);
			if (run == 0 || j + run != q->term.end)
				continue;
		}
		{
			SpSlogan	sl = {q->term, v};

			sp_vec_push(env, &all, sl);
		}
	}

	/* in text order, without overlaps (the earlier, then the longer, wins) */
	if (all.n > 1)
		qsort(all.items, all.n, sizeof(SpSlogan), by_start);
	for (size_t k = 0; k < all.n; k++)
	{
		if (k > 0 && all.items[k].span.start < last_end)
			continue;
		sp_vec_push(env, out, all.items[k]);
		last_end = all.items[k].span.end;
	}
	sp_vec_free(env, &all);
}
