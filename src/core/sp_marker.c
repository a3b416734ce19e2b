/*
 * sp_marker.c - marker shapes of Chinese official documents and speeches
 * (GB/T 9704 levels 一、 （一） 1. （1）, then ① …) and of spoken habits
 * (第一， 1、 一是 一要 首先…其次…最后), in half- and full-width forms.
 */
#include "sp_marker.h"
#include "sp_chars.h"
#include "sp_numeral.h"
#include "sp_scan.h"
#include "sp_utf8.h"

const char *const sp_style_names[SP_STYLE__COUNT] = {
	"none", "han_dun", "paren_han", "di_han", "arabic_dun", "arabic_dot",
	"paren_arabic", "circled", "han_shi", "han_yao", "sequence",
	/* English and Traditional Chinese numbering */
	"han_formal", "roman_dot", "latin_dot", "paren_latin", "en_ordinal",
	/* legal and plan tiers */
	"di_part", "di_chapter", "di_section", "di_article", "bracket_label"
};

bool
sp_style_is_inline(SpStyle style)
{
	return style == SP_STYLE_HAN_SHI || style == SP_STYLE_HAN_YAO || style == SP_STYLE_SEQUENCE;
}

/* a marker numeral: 一..九十九 written with 一二三四五六七八九十 only */
static bool
marker_numeral_char(uint32_t cp)
{
	switch (cp)
	{
		case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:
		case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:
			return true;
	}
	return false;
}

/*
 * The Chinese numeral of at most maxbytes at i, with a value from 1 to
 * maxval: its length in bytes and *value, or 0.  hundreds: 百 零 〇 may be
 * part of it (the tiers' 第一百零五条).
 */
static size_t
han_numeral_at(const char *s, size_t len, size_t i, size_t maxbytes, uint64_t maxval,
			   bool hundreds, int *value)
{
	size_t		j = i;
	int			step = 1;
	uint64_t	v;

	for (;;)
	{
		uint32_t	cp = j < len ? sp_u8_decode(s, len, j, &step) : 0;

		if (j - i >= maxbytes ||
			!(marker_numeral_char(cp) || (hundreds && (cp == 0x767E || cp == 0x96F6 || cp == 0x3007))))
			break;
		j += (size_t) step;
	}
	if (j == i || sp_parse_han_number(s, j, i, &v) != j - i || v < 1 || v > maxval)
		return 0;
	*value = (int) v;
	return j - i;
}

/* a marker's numeral: 一..九十九 */
static size_t
marker_han_number(const char *s, size_t len, size_t i, int *value)
{
	return han_numeral_at(s, len, i, 12, 99, false, value);
}

static size_t
marker_digits(const char *s, size_t len, size_t i, int *value)
{
	uint64_t	v;
	size_t		n = sp_parse_digits(s, len, i, &v);

	if (n == 0 || v < 1 || v > 99 || n > 6)
		return 0;
	/* "01" style zero padding is fine; more than two digits is a number, not a marker */
	if (sp_u8_count(s + i, n) > 2)
		return 0;
	*value = (int) v;
	return n;
}

static bool
is_dun(uint32_t cp)
{
	return cp == 0x3001;		/* 、 */
}

static bool
is_dot(uint32_t cp)
{
	return cp == '.' || cp == 0xFF0E;	/* . ． */
}

static bool
is_comma(uint32_t cp)
{
	return cp == ',' || cp == 0xFF0C;
}

static bool
is_open_paren(uint32_t cp)
{
	return cp == '(' || cp == 0xFF08;
}

static bool
is_close_paren(uint32_t cp)
{
	return cp == ')' || cp == 0xFF09;
}

/*
 * Does an approximate count or an enumeration continue right after the 、
 * of a marker with value v (二、三、四中全会, 四、五年, 七、八十人)?  Such runs
 * name consecutive numbers; a heading (一、五条教训) does not.
 */
static bool
enumeration_follows(const char *s, size_t len, size_t i, int v)
{
	int			d = sp_han_digit(sp_u8_at(s, len, i));

	return d > 0 && (d == v + 1 || d == v % 10 + 1);
}

/* the byte after the character at i (len at or past the end) */
static size_t
after(const char *s, size_t len, size_t i)
{
	int			step;

	if (i >= len)
		return len;
	(void) sp_u8_decode(s, len, i, &step);
	return i + (size_t) step;
}


/* ① ⑴ ⒈ at i (cp): one character */
static bool
circled_at(const char *s, size_t len, size_t i, uint32_t cp, SpMarker *m)
{
	int			v;

	if ((v = sp_circled_value(cp)) <= 0)
		return false;
	return sp_marker_found(m, cp >= 0x2474 && cp <= 0x2487 ? SP_STYLE_PAREN_ARABIC :
				 cp >= 0x2488 && cp <= 0x249B ? SP_STYLE_ARABIC_DOT : SP_STYLE_CIRCLED,
				 v, after(s, len, i));
}

/*
 * A two-character numeral padded with a space to the width of the others,
 * as typeset plans write (十 八) (二 十): its bytes, 0 if not one.
 */
static size_t
spaced_han_number(const char *s, size_t len, size_t i, int *value)
{
	char		buf[8];
	int			s1,
				s2,
				sp;
	uint32_t	c1,
				gap,
				c2;
	uint64_t	v;

	if (i >= len)
		return 0;
	c1 = sp_u8_decode(s, len, i, &s1);
	gap = i + (size_t) s1 < len ? sp_u8_decode(s, len, i + (size_t) s1, &sp) : 0;
	if (!marker_numeral_char(c1) || !(gap == ' ' || gap == 0x3000) || s1 != 3 ||
		i + 3 + (size_t) sp >= len)
		return 0;
	c2 = sp_u8_decode(s, len, i + 3 + (size_t) sp, &s2);
	if (!marker_numeral_char(c2) || s2 != 3)
		return 0;
	memcpy(buf, s + i, 3);
	memcpy(buf + 3, s + i + 3 + sp, 3);
	if (sp_parse_han_number(buf, 6, 0, &v) != 6 || v < 10 || v > 99)
		return 0;
	*value = (int) v;
	return 6 + (size_t) sp;
}

/* （一） （1） （十 八） at i, after the opening parenthesis */
static bool
paren_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	int			v;
	size_t		j = after(s, len, i),
				n;
	SpStyle		style;

	if ((n = spaced_han_number(s, len, j, &v)) > 0 || (n = marker_han_number(s, len, j, &v)) > 0)
		style = SP_STYLE_PAREN_HAN;
	else if ((n = marker_digits(s, len, j, &v)) > 0)
		style = SP_STYLE_PAREN_ARABIC;
	else
		return sp_marker_latin_at(s, len, i, sp_u8_at(s, len, i), m);
	j += n;
	/* PDF extraction puts a space before closing brackets: (一 ) */
	if (sp_u8_at(s, len, j) == ' ' && is_close_paren(sp_u8_at(s, len, j + 1)))
		j++;
	if (!is_close_paren(sp_u8_at(s, len, j)))
		return false;
	return sp_marker_found(m, style, v, after(s, len, j));
}

/* a tier numeral: 一..九百九十九 (第一百二十条), with 百 and 零/〇 */
static size_t
tier_number(const char *s, size_t len, size_t i, int *value)
{
	return han_numeral_at(s, len, i, 24, 999, true, value);
}

/*
 * The tier word after 第 + numeral at j (编 篇 部分 章 节 条): its style, and
 * *end just after it; SP_STYLE_NONE if there is none.
 */
static SpStyle
tier_word(const char *s, size_t len, size_t j, size_t *end)
{
	uint32_t	cp = sp_u8_at(s, len, j);

	*end = after(s, len, j);
	switch (cp)
	{
		case 0x7F16:			/* 编 */
		case 0x7BC7:			/* 篇 */
			return SP_STYLE_DI_PART;
		case 0x90E8:			/* 部分 */
			if (sp_u8_at(s, len, *end) != 0x5206)
				return SP_STYLE_NONE;
			*end = after(s, len, *end);
			return SP_STYLE_DI_PART;
		case 0x7AE0:			/* 章 */
			return SP_STYLE_DI_CHAPTER;
		case 0x8282:			/* 节 */
			return SP_STYLE_DI_SECTION;
		case 0x6761:			/* 条 */
			return SP_STYLE_DI_ARTICLE;
	}
	return SP_STYLE_NONE;
}

/*
 * Is the rest of the line from i a short title (第一章总则: at most 24
 * characters, no punctuation of running text)?
 */
static bool
title_line(const char *s, size_t len, size_t i)
{
	for (int n = 0; i < len; n++)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (sp_is_newline(cp))
			return true;
		if (n >= 24 || cp == 0xFF0C || cp == ',' || cp == 0x3002 || cp == 0xFF1B || cp == 0xFF1A ||
			cp == 0x3001 || sp_is_sentence_final(cp))
			return false;
		i += (size_t) step;
	}
	return true;
}

/*
 * 第一章 总则, 第三条 行政机关…, 第一章：总则: a tier marker is followed by
 * white space, a colon or the end of its line (第三条规定 is a reference,
 * not an article); above articles a short title line may follow directly
 * (第一章总则).
 */
static bool
tier_at(const char *s, size_t len, size_t j, SpMarker *m)
{
	int			v;
	size_t		n = tier_number(s, len, j, &v),
				end;
	SpStyle		style;
	uint32_t	next;

	if (n == 0 || (style = tier_word(s, len, j + n, &end)) == SP_STYLE_NONE)
		return false;
	next = end < len ? sp_u8_at(s, len, end) : '\n';
	if (sp_is_space(next) || sp_is_newline(next))
		return sp_marker_found(m, style, v, end);
	if (next == 0xFF1A || next == ':')	/* 第一章：总则 */
		return sp_marker_found(m, style, v, after(s, len, end));
	if (style != SP_STYLE_DI_ARTICLE && sp_is_han(next) && title_line(s, len, end))
		return sp_marker_found(m, style, v, end);	/* 第一章总则 */
	return false;
}

/* 第一， 第一、 at i, at the 第; else a tier marker 第一章 */
static bool
di_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	int			v;
	size_t		j = after(s, len, i),
				n;
	uint32_t	next;

	if ((n = marker_han_number(s, len, j, &v)) == 0 &&
		(n = sp_formal_number(s, len, j, &v)) == 0)	/* 第壹， 第貳拾， */
		return tier_at(s, len, j, m);
	if (j + n >= len)
		return tier_at(s, len, j, m);
	next = sp_u8_at(s, len, j + n);
	if (!(is_comma(next) || is_dun(next)))
		return tier_at(s, len, j, m);
	return sp_marker_found(m, SP_STYLE_DI_HAN, v, after(s, len, j + n));
}

/* 首先， 其次， 再次， 最后， at i (cp its first character); 最后 has ordinal 0 */
static bool
sequence_at(const char *s, size_t len, size_t i, uint32_t cp, SpMarker *m)
{
	int			ord = -1;
	size_t		j = after(s, len, i);
	uint32_t	c2 = sp_u8_at(s, len, j);

	if (cp == 0x9996 && c2 == 0x5148)	/* 首先 */
		ord = 1;
	else if (cp == 0x5176 && c2 == 0x6B21)	/* 其次 */
		ord = 2;
	else if (cp == 0x518D && c2 == 0x6B21)	/* 再次 */
		ord = 3;
	else if (cp == 0x6700 && c2 == 0x540E)	/* 最后 */
		ord = 0;
	if (ord < 0)
		return false;
	j += 3;
	if (!is_comma(sp_u8_at(s, len, j)))
		return false;
	return sp_marker_found(m, SP_STYLE_SEQUENCE, ord, after(s, len, j));
}

/* 一、 一． 一是 一要 at i: a Han numeral of n bytes with value v, then its mark */
static bool
han_number_at(const char *s, size_t len, size_t i, size_t n, int v, SpMarker *m)
{
	int			step;
	size_t		j = i + n;
	uint32_t	next = sp_u8_at(s, len, j);
	SpStyle		style;

	if (j >= len)
		return false;
	(void) sp_u8_decode(s, len, j, &step);
	if (is_dun(next) || next == 0xFF0E)
	{
		if (enumeration_follows(s, len, j + (size_t) step, v))
			return false;
		style = SP_STYLE_HAN_DUN;
	}
	else if (next == 0x662F)	/* 是 */
		style = SP_STYLE_HAN_SHI;
	else if (next == 0x8981)	/* 要 */
		style = SP_STYLE_HAN_YAO;
	else
		return false;
	return sp_marker_found(m, style, v, j + (size_t) step);
}

/* 1、 1. 1． at i: n bytes of digits with value v, then its mark */
static bool
digits_at(const char *s, size_t len, size_t i, size_t n, int v, SpMarker *m)
{
	int			step;
	size_t		j = i + n;
	uint32_t	next;
	SpStyle		style;

	if (j >= len)
		return false;
	next = sp_u8_decode(s, len, j, &step);
	if (is_dun(next))
		style = SP_STYLE_ARABIC_DUN;
	else if (is_dot(next))
	{
		uint32_t	following = sp_u8_at(s, len, j + (size_t) step);

		/* 1.5亿, 3.2.1 are numbers, not markers */
		if (sp_is_digit(following))
			return false;
		style = SP_STYLE_ARABIC_DOT;
	}
	else
		return false;
	return sp_marker_found(m, style, v, j + (size_t) step);
}

/*
 * 【重点任务1】 at i: a label of one to eight Han characters and a number in
 * lenticular brackets.  A 专栏 (a plan's box of projects) is not numbered
 * text of the outline.
 */
static bool
bracket_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	size_t		j = after(s, len, i),
				label = j;
	int			nhan = 0,
				v;
	uint64_t	d;
	size_t		n;

	while (j < len && nhan < 9 && sp_is_han(sp_u8_at(s, len, j)) && !sp_is_digit(sp_u8_at(s, len, j)) &&
		   marker_han_number(s, len, j, &v) == 0)
	{
		j = after(s, len, j);
		nhan++;
	}
	if (nhan == 0 || nhan > 8 || (j - label == 6 && memcmp(s + label, "专栏", 6) == 0))
		return false;
	if ((n = sp_parse_digits(s, len, j, &d)) > 0 && n <= 3 && d >= 1)
		v = (int) d;
	else if ((n = marker_han_number(s, len, j, &v)) == 0)
		return false;
	j += n;
	if (sp_u8_at(s, len, j) != 0x3011)	/* 】 */
		return false;
	return sp_marker_found(m, SP_STYLE_BRACKET_LABEL, v, after(s, len, j));
}

/*
 * The marker at i, by its first character: each shape is tried where it can
 * begin; a Han numeral or digits that are no marker end the search (m is
 * left as none).
 */
bool
sp_marker_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	int			v;
	uint32_t	cp = sp_u8_at(s, len, i);
	size_t		n;

	m->style = SP_STYLE_NONE;
	m->ordinal = 0;
	m->end = i;
	if (i >= len)
		return false;
	if (sp_circled_value(cp) > 0)
		return circled_at(s, len, i, cp, m);
	if (is_open_paren(cp))
		return paren_at(s, len, i, m);
	if (cp == SP_CP_DI)
		return di_at(s, len, i, m);
	if (cp == 0x3010)
		return bracket_at(s, len, i, m);
	if (cp == 0x9996 || cp == 0x5176 || cp == 0x518D || cp == 0x6700)
		return sequence_at(s, len, i, cp, m);
	if (sp_marker_formal_at(s, len, i, m))
		return true;
	if ((n = marker_han_number(s, len, i, &v)) > 0)
		return han_number_at(s, len, i, n, v, m);
	if ((n = marker_digits(s, len, i, &v)) > 0)
		return digits_at(s, len, i, n, v, m);
	return sp_marker_latin_at(s, len, i, cp, m);
}
