/*
 * sp_quantity.c - numbers with their units (see sp_quantity.h for the rules).
 *
 * One forward scan.  At a character that can start a number the scanner
 * reads number, infix qualifier, scales, unit and suffix qualifier, looks
 * back for a prefix qualifier and forward for a range; whatever it reads is
 * consumed, so every byte is examined a bounded number of times.
 */
#include "sp_quantity.h"
#include "sp_quantity_en.h"
#include "sp_chars.h"
#include "sp_numeral.h"
#include "sp_utf8.h"

#include <stdio.h>
#include <string.h>

const char *const sp_qty_kind_names[SP_QTY__COUNT] = {
	"count", "money", "percent", "year", "date", "duration", "range"
};

/* ---- units ---- */

enum
{
	U_COUNT = 0,
	U_MONEY,
	U_PERCENT,
	U_TIME,						/* a duration unit */
	U_YEAR,						/* 年: a year or a duration */
	U_MONTH,					/* 月: a month (date), 个月 is U_TIME */
	U_DAY,						/* 日 号: a day of the month */
};

typedef struct Unit
{
	const char *text;
	unsigned char cls;
	bool		arabic_only;	/* after Chinese numerals this is a word: 十分 三头 */
} Unit;

/*
 * Measure words and units.  Longest match wins, so 人次 beats 人 and 个百分点
 * beats 个.  Left out on purpose: 级 届 大 点 方面 (ordinals and headings:
 * 三级 十九大 四点意见), 门 (五花八门).
 */
static const Unit units[] = {
	/* money */
	{"元", U_MONEY, false}, {"美元", U_MONEY, false}, {"欧元", U_MONEY, false},
	{"日元", U_MONEY, false}, {"英镑", U_MONEY, false}, {"港元", U_MONEY, false},
	{"港币", U_MONEY, false}, {"澳元", U_MONEY, false}, {"卢布", U_MONEY, false},
	{"韩元", U_MONEY, false}, {"新台币", U_MONEY, false}, {"块钱", U_MONEY, false},
	/* percentage points */
	{"个百分点", U_PERCENT, false}, {"百分点", U_PERCENT, false},
	/* time */
	{"年", U_YEAR, false}, {"周年", U_TIME, false}, {"个月", U_TIME, false},
	{"月", U_MONTH, false}, {"天", U_TIME, false}, {"日", U_DAY, true},
	{"周", U_TIME, false}, {"星期", U_TIME, false},
	{"个星期", U_TIME, false}, {"小时", U_TIME, false}, {"个小时", U_TIME, false},
	{"分钟", U_TIME, false}, {"秒", U_TIME, true}, {"秒钟", U_TIME, false},
	{"年度", U_YEAR, false},
	/* people and organisations */
	{"个", U_COUNT, false}, {"個", U_COUNT, false}, {"名", U_COUNT, false},
	{"人", U_COUNT, false}, {"人次", U_COUNT, false}, {"户", U_COUNT, false},
	{"家", U_COUNT, false}, {"位", U_COUNT, false}, {"岁", U_COUNT, false},
	{"周岁", U_COUNT, false}, {"口", U_COUNT, true}, {"户次", U_COUNT, false},
	{"家次", U_COUNT, false}, {"批次", U_COUNT, false}, {"场次", U_COUNT, false},
	{"项次", U_COUNT, false}, {"班次", U_COUNT, false}, {"架次", U_COUNT, false},
	/* things and events */
	{"件", U_COUNT, false}, {"项", U_COUNT, false}, {"項", U_COUNT, false},
	{"条", U_COUNT, false}, {"所", U_COUNT, false}, {"座", U_COUNT, false},
	{"张", U_COUNT, false}, {"次", U_COUNT, false}, {"批", U_COUNT, false},
	{"场", U_COUNT, false}, {"篇", U_COUNT, false}, {"部", U_COUNT, false},
	{"台", U_COUNT, false}, {"辆", U_COUNT, false}, {"艘", U_COUNT, false},
	{"架", U_COUNT, false}, {"套", U_COUNT, false}, {"种", U_COUNT, false},
	{"種", U_COUNT, false}, {"类", U_COUNT, false}, {"处", U_COUNT, false},
	{"间", U_COUNT, true}, {"栋", U_COUNT, false}, {"幢", U_COUNT, false},
	{"床", U_COUNT, true}, {"只", U_COUNT, false}, {"头", U_COUNT, true},
	{"株", U_COUNT, false}, {"棵", U_COUNT, false}, {"册", U_COUNT, false},
	{"本", U_COUNT, true}, {"份", U_COUNT, false}, {"轮", U_COUNT, false},
	{"起", U_COUNT, false}, {"宗", U_COUNT, false}, {"笔", U_COUNT, false},
	{"支", U_COUNT, false}, {"例", U_COUNT, false}, {"票", U_COUNT, true},
	{"页", U_COUNT, true}, {"卷", U_COUNT, true}, {"集", U_COUNT, true},
	{"颗", U_COUNT, false}, {"片", U_COUNT, false}, {"字", U_COUNT, true},
	{"层", U_COUNT, true}, {"倍", U_COUNT, false}, {"分", U_COUNT, true},
	{"度", U_COUNT, true}, {"标准箱", U_COUNT, false}, {"标箱", U_COUNT, false},
	/* measures */
	{"亩", U_COUNT, false}, {"公顷", U_COUNT, false}, {"平方公里", U_COUNT, false},
	{"平方千米", U_COUNT, false}, {"平方米", U_COUNT, false}, {"立方米", U_COUNT, false},
	{"公里", U_COUNT, false}, {"千米", U_COUNT, false}, {"米", U_COUNT, false},
	{"厘米", U_COUNT, true}, {"毫米", U_COUNT, true}, {"吨", U_COUNT, false},
	{"公斤", U_COUNT, false}, {"千克", U_COUNT, false}, {"克", U_COUNT, true},
	{"微克", U_COUNT, true}, {"斤", U_COUNT, false}, {"升", U_COUNT, true},
	{"千瓦时", U_COUNT, false}, {"千瓦", U_COUNT, false}, {"兆瓦", U_COUNT, false},
	{"吉瓦", U_COUNT, false}, {"千伏", U_COUNT, false}, {"桶", U_COUNT, false},
};

/* the longest unit at s[i]; returns its bytes (0 if none) */
static size_t
match_unit(const char *s, size_t len, size_t i, bool han, const Unit **found)
{
	size_t		best = 0;

	*found = NULL;
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
	{
		size_t		n;

		if (han && units[k].arabic_only)
			continue;
		n = sp_u8_lit(s, len, i, units[k].text);
		if (n > best)
		{
			best = n;
			*found = &units[k];
		}
	}
	return best;
}

/* ---- qualifiers ---- */

/*
 * Bounds and approximations written before the number.  超过 and 逾 are left
 * out: they are verbs of comparison (贡献率超过百分之三十), not part of the
 * amount.
 */
static const char *const prefix_quals[] = {
	"不超过", "不少于", "不低于", "不高于", "不足", "不到", "将近", "大约", "至少",
	"近", "约", NULL
};

/* words that end in a one-character prefix qualifier without being one */
static const char *const not_prefix[] = {
	"最近", "附近", "临近", "靠近", "亲近", "就近", "贴近", "节约", "制约", "公约",
	"条约", "契约", "预约", "签约", "履约", "特约", "违约", NULL
};

static const char *const suffix_quals[] = {
	"左右", "以上", "以下", "以内", "之内", "上下", "开外", NULL
};

static void
set_text(char *dst, size_t cap, const char *src, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* ---- numbers ---- */

typedef struct Num
{
	size_t		start;
	size_t		end;
	SpDecimal	v;
	bool		han;			/* written in Chinese numerals */
	bool		fraction;		/* has decimals */
	bool		approx;			/* 三五 两三: neighbouring digits, an estimate */
	bool		lone_one;		/* exactly 一 */
	int			digits;			/* digits written (year detection) */
} Num;

static inline uint32_t
cp_at(const char *s, size_t len, size_t i, int *step)
{
	if (i >= len)
	{
		*step = 0;
		return 0;
	}
	return sp_u8_decode(s, len, i, step);
}

static bool
is_decimal_point(uint32_t cp)
{
	return cp == '.' || cp == 0xFF0E;	/* . ． */
}

static bool
is_han_point(uint32_t cp)
{
	return cp == SP_CP_DIAN || cp == SP_CP_DIAN_TRAD;
}

static bool
is_latin(uint32_t cp)
{
	cp = sp_fold_width(cp);
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* Arabic digits with thousands groups and decimals */
static bool
parse_arabic(const char *s, size_t len, size_t i, Num *n)
{
	int			step,
				lead;
	size_t		j = i;
	uint32_t	cp;

	memset(n, 0, sizeof(*n));
	n->start = i;
	while ((cp = cp_at(s, len, j, &step)) && sp_digit_value(cp) >= 0)
	{
		sp_decimal_push_digit(&n->v, sp_digit_value(cp), false);
		n->digits++;
		j += (size_t) step;
	}
	if (n->digits == 0)
		return false;
	/* 1,000,000: after at most three digits, commas each followed by exactly three */
	lead = n->digits;
	while (n->digits <= 3 + 3 * 5 && lead <= 3)
	{
		size_t		k = j + 1;
		int			d = 0;

		if (!(j < len && s[j] == ','))
			break;
		while (k < len && s[k] >= '0' && s[k] <= '9' && d < 4)
		{
			k++;
			d++;
		}
		if (d != 3)
			break;
		for (size_t m = j + 1; m < k; m++)
			sp_decimal_push_digit(&n->v, s[m] - '0', false);
		n->digits += 3;
		j = k;
	}
	cp = cp_at(s, len, j, &step);
	if (is_decimal_point(cp))
	{
		int			step2;
		uint32_t	next = cp_at(s, len, j + (size_t) step, &step2);

		if (sp_digit_value(next) >= 0)
		{
			j += (size_t) step;
			n->fraction = true;
			while ((cp = cp_at(s, len, j, &step)) && sp_digit_value(cp) >= 0)
			{
				sp_decimal_push_digit(&n->v, sp_digit_value(cp), true);
				j += (size_t) step;
			}
		}
	}
	n->end = j;
	return true;
}

/* Chinese numerals, with 点 decimals (一点二, 十点二) */
static bool
parse_han(const char *s, size_t len, size_t i, Num *n)
{
	uint64_t	v;
	size_t		used = sp_parse_han_number(s, len, i, &v);
	size_t		j;
	int			step,
				prev_digit = -1;
	uint32_t	cp;

	memset(n, 0, sizeof(*n));
	if (used == 0)
		return false;
	n->start = i;
	n->han = true;
	n->v = sp_decimal_from_u64(v);
	/* look at what was written: 三五 and 两三 are estimates, 二〇二六 is positional */
	for (j = i; j < i + used; j += (size_t) step)
	{
		int			d;

		cp = sp_u8_decode(s, len, j, &step);
		d = sp_han_digit(cp);
		if (d >= 0)
		{
			n->digits++;
			if (prev_digit > 0 && d > 0)
				n->approx = true;
			prev_digit = d;
		}
		else
			prev_digit = -1;
	}
	/* a four-digit positional year (一九九八, 二〇二六) is not an estimate */
	if (n->approx && n->digits == 4 && used == 4 * 3)
		n->approx = false;
	else if (n->approx)
		n->digits = 0;
	n->lone_one = used == 3 && sp_u8_lit(s, len, i, "一");
	/* 零 〇 alone are words (零部件, 零容忍), never an amount */
	if (n->v.mant == 0 && !(n->digits == 4))
		n->approx = true;
	j = i + used;
	cp = cp_at(s, len, j, &step);
	if (is_han_point(cp))
	{
		size_t		k = j + (size_t) step;
		int			step2;
		bool		any = false;
		int			d;

		while ((d = sp_han_digit(cp_at(s, len, k, &step2))) >= 0 && step2 > 0)
		{
			any = true;
			sp_decimal_push_digit(&n->v, d, true);
			k += (size_t) step2;
		}
		if (any)
		{
			n->fraction = true;
			n->lone_one = false;
			j = k;
		}
	}
	n->end = j;
	return true;
}

/* scale characters after a number: 十 百 千 万 亿 as powers of ten (0: none) */
static int
scale_exp(uint32_t cp)
{
	uint64_t	u = sp_han_unit(cp);
	int			e = 0;

	while (u >= 10)
	{
		u /= 10;
		e++;
	}
	return e;
}

static bool
is_infix_qual(const char *s, size_t len, size_t i, size_t *n)
{
	if ((*n = sp_u8_lit(s, len, i, "多")) || (*n = sp_u8_lit(s, len, i, "余")) ||
		(*n = sp_u8_lit(s, len, i, "餘")))
		return true;
	return false;
}

static bool
can_start_number(uint32_t cp)
{
	/* a quick no for most characters: the numerals' code points have these low bits */
	static uint64_t filter[64];
	static bool filter_ready = false;
	uint32_t	h = cp & 4095;

	if (!filter_ready)
	{
		static const uint32_t starts[] = {
			0x3007, 0x96F6, 0x4E00, 0x58F9, 0x4E8C, 0x4E24, 0x8D30, 0x4E09, 0x53C1, 0x56DB,
			0x8086, 0x4E94, 0x4F0D, 0x516D, 0x9646, 0x4E03, 0x67D2, 0x516B, 0x634C, 0x4E5D,
			0x7396, 0x5341
		};

		for (size_t k = 0; k < sizeof(starts) / sizeof(starts[0]); k++)
			filter[(starts[k] & 4095) >> 6] |= UINT64_C(1) << (starts[k] & 63);
		filter_ready = true;
	}
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	if (!((filter[h >> 6] >> (h & 63)) & 1) && !(cp >= 0xFF10 && cp <= 0xFF19))
		return false;
	return sp_digit_value(cp) >= 0 || sp_han_digit(cp) >= 0 || cp == SP_CP_TEN;
}

static bool
parse_number(const char *s, size_t len, size_t i, Num *n)
{
	int			step;
	uint32_t	cp = cp_at(s, len, i, &step);

	if (sp_digit_value(cp) >= 0)
		return parse_arabic(s, len, i, n);
	if (sp_han_digit(cp) >= 0 || cp == SP_CP_TEN)
		return parse_han(s, len, i, n);
	return false;
}

/* ---- one quantity ---- */

typedef struct Found
{
	SpQuantity	q;
	size_t		end;			/* byte after the raw text */
	int			scale;			/* exponent added by scale characters */
	bool		has_unit;
	bool		weak;			/* a bare Chinese numeral or lone 一: only as a range end */
} Found;

static void
kind_from_unit(Found *f, unsigned char cls)
{
	switch (cls)
	{
		case U_MONEY:
			f->q.kind = SP_QTY_MONEY;
			break;
		case U_PERCENT:
			f->q.kind = SP_QTY_PERCENT;
			break;
		case U_TIME:
		case U_YEAR:
			f->q.kind = SP_QTY_DURATION;
			break;
		default:
			f->q.kind = SP_QTY_COUNT;
			break;
	}
}

SpQtyKind
sp_qty_unit_kind(const char *unit)
{
	Found		f;

	if (strcmp(unit, "%") == 0 || strcmp(unit, "‰") == 0)
		return SP_QTY_PERCENT;
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (units[k].text[0] == unit[0] && strcmp(units[k].text, unit) == 0)
		{
			kind_from_unit(&f, units[k].cls);
			return f.q.kind;
		}
	return SP_QTY_COUNT;
}

static bool
small_int(const Num *n, uint64_t lo, uint64_t hi, uint64_t *v)
{
	if (n->fraction || n->approx || n->v.exp != 0)
		return false;
	*v = n->v.mant;
	return *v >= lo && *v <= hi;
}

/*
 * Dates after a number: Y年M月D日, Y年M月, M月D日, M月, D日.  y is the year
 * already read (0 if none); i points after 年 (or at the month number).
 * Returns the end of the date or 0.
 */
static size_t
parse_month_day(const char *s, size_t len, size_t i, uint64_t *month, uint64_t *day)
{
	Num			m,
				d;
	size_t		n;

	*month = *day = 0;
	if (!parse_number(s, len, i, &m) || !small_int(&m, 1, 12, month))
		return 0;
	if (!(n = sp_u8_lit(s, len, m.end, "月")))
		return 0;
	i = m.end + n;
	if (parse_number(s, len, i, &d) && small_int(&d, 1, 31, day) &&
		((n = sp_u8_lit(s, len, d.end, "日")) || (n = sp_u8_lit(s, len, d.end, "号"))))
		return d.end + n;
	*day = 0;
	return i;
}

static void
set_date(Found *f, uint64_t y, uint64_t m, uint64_t d)
{
	char	   *p = f->q.iso;

	f->q.kind = SP_QTY_DATE;
	f->q.has_value = false;
	f->q.unit[0] = '\0';
	if (y)
		p += sprintf(p, "%04u", (unsigned) y);
	else
		p += sprintf(p, m ? "--" : "---");
	if (m)
		p += sprintf(p, y ? "-%02u" : "%02u", (unsigned) m);
	if (d)
		sprintf(p, m ? "-%02u" : "%02u", (unsigned) d);
}

static bool
in_words(const char *s, size_t i, const char *const *list, size_t *n)
{
	for (int k = 0; list[k]; k++)
		if ((*n = sp_u8_lit_before(s, i, list[k])))
			return true;
	return false;
}

/*
 * Step 1 of a percentage written in words (百分之八十, 千分之五, 百分之百):
 * n is the length of the 百分之/千分之 at i.  Reads the number after it into
 * f; false when none follows (*skip_to then passes the prefix).
 */
static bool
read_percent_of(const char *s, size_t len, size_t i, size_t n, Found *f, size_t *skip_to)
{
	Num			num;
	bool		permille = sp_u8_lit(s, len, i, "千分之") > 0;
	size_t		n100;

	if ((n100 = sp_u8_lit(s, len, i + n, "百")) > 0 &&
		!can_start_number(sp_u8_at(s, len, i + n + n100)))
	{
		/* 百分之百 */
		memset(&num, 0, sizeof(num));
		num.v.mant = 100;
		num.end = i + n + n100;
	}
	else if (!parse_number(s, len, i + n, &num) || num.approx)
	{
		*skip_to = i + n;
		return false;
	}
	f->q.value = num.v;
	f->q.has_value = true;
	f->q.kind = SP_QTY_PERCENT;
	strcpy(f->q.unit, permille ? "‰" : "%");
	f->end = num.end;
	f->has_unit = true;
	return true;
}

/*
 * Whether the number num at i is no quantity by what stands around it:
 * ordinals (第三), list markers (一、 1、 1. 1) (2)), codes next to Latin
 * letters or symbols (5G, PM2.5, #3), clock times and dates written with
 * separators (12:39, 2020-03-06, COVID-19), and estimates (三五年).
 */
static bool
not_a_quantity(const char *s, size_t len, size_t i, const Num *num)
{
	int			step;
	uint32_t	before = sp_u8_before(s, len, i),
				cp = cp_at(s, len, num->end, &step);

	if (before == SP_CP_DI)
		return true;
	if (cp == 0x3001)			/* 、 (一、 1、 and enumerations 1、2、3) */
		return true;
	if (!num->han)
	{
		uint32_t	b = sp_fold_width(before);

		if (is_latin(before) || is_latin(cp) || b == '.' || b == '#' || b == '&' ||
			b == '/' || b == '_' || b == '@')
			return true;
		if (is_decimal_point(cp) || cp == ':' || cp == 0xFF1A)	/* 1. 12:39 */
			return true;
		if ((sp_is_open_bracket(before) && sp_is_close_bracket(cp)))	/* (1) （2） */
			return true;
		if (cp == ')' || cp == 0xFF09)	/* 1) */
			return true;
		if (b == ':' || b == '-' || b == '+')	/* 12:39, 2020-03-06, COVID-19 */
		{
			uint32_t	bb = sp_u8_at(s, len, sp_u8_prev(s, sp_u8_prev(s, i)));

			if (sp_digit_value(bb) >= 0 || is_latin(bb))
				return true;
		}
	}
	return num->approx;
}

/*
 * The scales after a number, from j (its end): an infix 多/余 before a scale
 * or a unit (7700多人次), the scale characters 万 亿 (十 百 千 before them, or
 * after Arabic digits: 516万, 24.66万亿), and an infix after the scales
 * (3万多人, 十三亿多人).  Raises f's value and f->scale, sets f's qualifier;
 * returns the byte after what was read.
 */
static size_t
read_scales(const char *s, size_t len, size_t j, bool han, Found *f)
{
	size_t		n;
	int			step;

	/* infix 多/余 before a scale or a unit */
	if (is_infix_qual(s, len, j, &n))
	{
		const Unit *u;
		uint32_t	next = sp_u8_at(s, len, j + n);

		if (scale_exp(next) >= 4 || match_unit(s, len, j + n, han, &u))
		{
			set_text(f->q.qualifier, sizeof(f->q.qualifier), s + j, n);
			j += n;
		}
	}
	/* scales: 万 亿 (and 十 百 千 before them, or after Arabic digits) */
	for (;;)
	{
		const Unit *u;
		uint32_t	cp = cp_at(s, len, j, &step);
		int			e = scale_exp(cp);

		if (e == 0)
			break;
		/* 千米 千克 百分点: a unit, not a scale */
		if (e < 4 && match_unit(s, len, j, han, &u))
			break;
		if (e < 4 && han && f->scale == 0 && f->q.qualifier[0] == '\0')
			break;				/* the numeral parser already read 十百千 */
		f->q.value.exp += e;
		f->scale += e;
		j += (size_t) step;
	}
	/* 3万多人, 十三亿多人 */
	if (f->q.qualifier[0] == '\0' && is_infix_qual(s, len, j, &n))
	{
		const Unit *u;

		if (match_unit(s, len, j + n, han, &u))
		{
			set_text(f->q.qualifier, sizeof(f->q.qualifier), s + j, n);
			j += n;
		}
	}
	return j;
}

/*
 * The unit at j: % ％ ‰, or one of the list (with 3个多月, and a per-unit
 * 元/吨).  Sets f's unit, kind and has_unit, *unit to the list entry (left
 * NULL for none and for % ‰); returns the byte after the unit (j if none).
 */
static size_t
read_unit(const char *s, size_t len, size_t j, bool han, Found *f, const Unit **unit)
{
	size_t		n;
	int			step;
	uint32_t	cp = cp_at(s, len, j, &step);

	if (cp == '%' || cp == 0xFF05)
	{
		strcpy(f->q.unit, "%");
		f->q.kind = SP_QTY_PERCENT;
		f->has_unit = true;
		j += (size_t) step;
	}
	else if (cp == 0x2030)		/* ‰ */
	{
		strcpy(f->q.unit, "‰");
		f->q.kind = SP_QTY_PERCENT;
		f->has_unit = true;
		j += (size_t) step;
	}
	else if ((n = match_unit(s, len, j, han, unit)) > 0)
	{
		f->has_unit = true;
		set_text(f->q.unit, sizeof(f->q.unit), s + j, n);
		kind_from_unit(f, (*unit)->cls);
		j += n;
		/* 3个多月 */
		if (f->q.qualifier[0] == '\0' && strcmp((*unit)->text, "个") == 0 &&
			is_infix_qual(s, len, j, &n) && sp_u8_lit(s, len, j + n, "月"))
		{
			set_text(f->q.qualifier, sizeof(f->q.qualifier), s + j, n);
			strcpy(f->q.unit, "个月");
			f->q.kind = SP_QTY_DURATION;
			j += n + strlen("月");
		}
		/* 元/吨, 微克/立方米 */
		else if (j < len && s[j] == '/')
		{
			const Unit *u2;
			size_t		n2 = match_unit(s, len, j + 1, false, &u2);

			if (n2 && n + 1 + n2 < sizeof(f->q.unit))
			{
				set_text(f->q.unit, sizeof(f->q.unit), s + j - n, n + 1 + n2);
				j += 1 + n2;
			}
		}
	}
	return j;
}

/* what read_date made of a number with a unit */
typedef enum DateResult
{
	DATE_NONE,					/* not a date: an amount */
	DATE_READ,					/* a year or a date, now in f */
	DATE_REJECT					/* 13月, 3月多, 1.5日: no quantity at all */
} DateResult;

/*
 * Years and dates: the number num at i took the unit unit (f->end after it).
 * A four-digit number before 年 is a year, or the start of a date (2020年3月6日)
 * read by parse_month_day; 月 starts a month or a day (3月, 1月31日); 日 号
 * after 1..31 is a day.  Only without scales and qualifiers (3万年, 3月多
 * are not dates).
 */
static DateResult
read_date(const char *s, size_t len, size_t i, const Num *num, const Unit *unit, Found *f)
{
	uint64_t	y = 0,
				m = 0,
				d = 0;

	if (unit == NULL)
		return DATE_NONE;
	if (f->scale == 0 && f->q.qualifier[0] == '\0')
	{
		if (unit->cls == U_YEAR && num->digits == 4 && !num->fraction &&
			small_int(num, 1000, 2999, &y))
		{
			size_t		e = parse_month_day(s, len, f->end, &m, &d);

			if (e)
			{
				set_date(f, y, m, d);
				f->end = e;
			}
			else
			{
				f->q.kind = SP_QTY_YEAR;
				strcpy(f->q.unit, "年");
				f->end = num->end + strlen("年");
			}
			return DATE_READ;
		}
		if (unit->cls == U_MONTH)
		{
			size_t		e = parse_month_day(s, len, i, &m, &d);

			if (!e)
				return DATE_REJECT;
			set_date(f, 0, m, d);
			f->end = e;
			return DATE_READ;
		}
		if (unit->cls == U_DAY)
		{
			if (!small_int(num, 1, 31, &d))
				return DATE_REJECT;
			set_date(f, 0, 0, d);
			return DATE_READ;
		}
	}
	if (unit->cls == U_MONTH || unit->cls == U_DAY)
		return DATE_REJECT;		/* 3月多, 1.5日: not a date we can read */
	return DATE_NONE;
}

/* suffix qualifiers after a quantity with a unit: 左右 以上 …; 一年多 for durations */
static void
read_suffix_qual(const char *s, size_t len, Found *f)
{
	size_t		n;

	if (!f->has_unit || f->q.qualifier[0] != '\0')
		return;
	for (int k = 0; suffix_quals[k]; k++)
		if ((n = sp_u8_lit(s, len, f->end, suffix_quals[k])))
		{
			set_text(f->q.qualifier, sizeof(f->q.qualifier), s + f->end, n);
			f->end += n;
			break;
		}
	if (f->q.qualifier[0] == '\0' && f->q.kind == SP_QTY_DURATION &&
		is_infix_qual(s, len, f->end, &n))
	{
		set_text(f->q.qualifier, sizeof(f->q.qualifier), s + f->end, n);
		f->end += n;
	}
}

/*
 * Read a quantity whose number starts at i (no range, no prefix).  Returns
 * false when the text there is not a quantity; *skip_to then tells how far
 * the caller may skip (past the whole number).
 *
 * The steps: a percentage in words (read_percent_of), or a number
 * (parse_number) that its neighbours do not disqualify (not_a_quantity),
 * then its scales (read_scales), its unit (read_unit) and, for 年 月 日 号,
 * a year or a date (read_date); last the suffix qualifier
 * (read_suffix_qual), which a year or a date does not take.
 */
static bool
read_one(const char *s, size_t len, size_t i, Found *f, size_t *skip_to)
{
	size_t		n;

	memset(f, 0, sizeof(*f));
	*skip_to = i;

	if ((n = sp_u8_lit(s, len, i, "百分之")) || (n = sp_u8_lit(s, len, i, "千分之")))
	{
		if (!read_percent_of(s, len, i, n, f, skip_to))
			return false;
	}
	else
	{
		Num			num;
		const Unit *unit = NULL;
		size_t		j;

		if (!parse_number(s, len, i, &num))
			return false;
		*skip_to = num.end;
		if (not_a_quantity(s, len, i, &num))
			return false;
		f->q.value = num.v;
		f->q.has_value = true;
		j = read_scales(s, len, num.end, num.han, f);
		f->end = read_unit(s, len, j, num.han, f, &unit);

		/* a dangling 多: give it back */
		if (!f->has_unit && f->q.qualifier[0])
			f->q.qualifier[0] = '\0';
		/* a bare Chinese numeral is too often a word; 一个 一项 are articles */
		if ((num.han && !f->has_unit) ||
			(num.lone_one && !(unit && unit->cls == U_MONTH) && f->scale == 0))
			f->weak = true;

		switch (read_date(s, len, i, &num, unit, f))
		{
			case DATE_REJECT:
				return false;
			case DATE_READ:
				goto done;
			case DATE_NONE:
				break;
		}
	}
	read_suffix_qual(s, len, f);
done:
	f->q.span.start = i;
	f->q.span.end = f->end;
	*skip_to = f->end;
	return true;
}

/* a range connector at i: 至 到 — – - ～ ~ －; returns its bytes */
static size_t
range_connector(const char *s, size_t len, size_t i)
{
	static const char *const conns[] = {"——", "至", "到", "—", "–", "-", "～", "~", "－", "〜", NULL};
	size_t		n;

	for (int k = 0; conns[k]; k++)
		if ((n = sp_u8_lit(s, len, i, conns[k])))
			return n;
	return 0;
}

static bool
overlaps_skip(size_t start, size_t end, const SpSpan *skip, size_t nskip, size_t *k)
{
	while (*k < nskip && skip[*k].end <= start)
		(*k)++;
	return *k < nskip && skip[*k].start < end;
}

void
sp_quantities(const SpEnv *env, const char *s, size_t len,
			  const SpSpan *skip, size_t nskip, SpQuantityVec *out)
{
	size_t		i = 0,
				sk = 0,
				first = out->n;
	unsigned	iter = 0;

	while (i < len)
	{
		int			step;
		uint32_t	cp;
		Found		f,
					f2;
		size_t		skip_to,
					n;
		unsigned char c = (unsigned char) s[i];

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		/* in ASCII only digits start a number */
		if (c < 0x80 && (c < '0' || c > '9'))
		{
			i++;
			continue;
		}
		cp = sp_u8_decode(s, len, i, &step);
		if (!(can_start_number(cp) ||
			  ((cp == SP_CP_BAI || cp == SP_CP_QIAN) &&
			   (sp_u8_lit(s, len, i, "百分之") || sp_u8_lit(s, len, i, "千分之")))))
		{
			i += (size_t) step;
			continue;
		}
		if (overlaps_skip(i, i + 1, skip, nskip, &sk))
		{
			i = skip[sk].end;
			continue;
		}
		if (!read_one(s, len, i, &f, &skip_to))
		{
			i = skip_to > i ? skip_to : i + (size_t) step;
			continue;
		}

		/* a range: 3至5年, 5%—6%, 2021—2025年, 三至五年 */
		if (f.q.kind != SP_QTY_DATE && (n = range_connector(s, len, f.end)) > 0 &&
			f.q.qualifier[0] == '\0')
		{
			size_t		j = f.end + n,
						skip2;
			uint32_t	c2 = sp_u8_at(s, len, j);

			if (can_start_number(c2) && read_one(s, len, j, &f2, &skip2) &&
				f2.q.has_value && !(f2.weak && !f2.has_unit) &&
				(f.has_unit || f2.has_unit) &&
				(!f.has_unit || strcmp(f.q.unit, f2.q.unit) == 0) &&
				!overlaps_skip(f.q.span.start, f2.end, skip, nskip, &sk))
			{
				/* 3至5万人: the low end takes the high end's scale */
				if (!f.has_unit && f.scale == 0)
					f.q.value.exp += f2.scale;
				f.q.high = f2.q.value;
				strcpy(f.q.unit, f2.q.unit);
				if (f.q.qualifier[0] == '\0')
					strcpy(f.q.qualifier, f2.q.qualifier);
				f.q.kind = SP_QTY_RANGE;
				f.weak = false;
				f.end = f2.end;
				f.q.span.end = f2.end;
			}
		}

		if (f.weak)
		{
			i = skip_to > i ? skip_to : i + (size_t) step;
			continue;
		}

		/* a prefix qualifier: 近100亿元, 约3万人, 不超过5% */
		if (f.q.qualifier[0] == '\0' && f.q.kind != SP_QTY_DATE && f.q.kind != SP_QTY_YEAR)
		{
			for (int k = 0; prefix_quals[k]; k++)
			{
				size_t		pn = sp_u8_lit_before(s, f.q.span.start, prefix_quals[k]);
				size_t		nn;

				if (pn == 0)
					continue;
				/* 最近 节约: part of another word */
				if (in_words(s, f.q.span.start, not_prefix, &nn))
					break;
				/* 近5年 means "the last five years", not "almost five years" */
				if (f.q.kind == SP_QTY_DURATION && strcmp(prefix_quals[k], "近") == 0)
					break;
				set_text(f.q.qualifier, sizeof(f.q.qualifier),
						 s + f.q.span.start - pn, pn);
				f.q.span.start -= pn;
				break;
			}
		}
		if (overlaps_skip(f.q.span.start, f.q.span.end, skip, nskip, &sk))
		{
			i = skip_to > i ? skip_to : i + (size_t) step;
			continue;
		}
		sp_vec_push(env, out, f.q);
		i = f.end;
	}
	/* quantities written in English (sp_quantity_en.c) take the place of what they overlap */
	sp_quantities_en(env, s, len, skip, nskip, out, first);
}
