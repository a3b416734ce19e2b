/*
 * sp_marker.c - marker shapes of Chinese official documents and speeches
 * (GB/T 9704 levels 一、 （一） 1. （1）, then ① …) and of spoken habits
 * (第一， 1、 一是 一要 首先…其次…最后), in half- and full-width forms.
 */
#include "sp_marker.h"
#include "sp_chars.h"
#include "sp_numeral.h"
#include "sp_utf8.h"

const char *const sp_style_names[SP_STYLE__COUNT] = {
	"none", "han_dun", "paren_han", "di_han", "arabic_dun", "arabic_dot",
	"paren_arabic", "circled", "han_shi", "han_yao", "sequence"
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

static size_t
marker_han_number(const char *s, size_t len, size_t i, int *value)
{
	size_t		j = i;
	int			step;
	uint64_t	v;

	while (j < len && j - i < 12 && marker_numeral_char(sp_u8_decode(s, len, j, &step)))
		j += (size_t) step;
	if (j == i || sp_parse_han_number(s, j, i, &v) != j - i || v < 1 || v > 99)
		return 0;
	*value = (int) v;
	return j - i;
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

bool
sp_marker_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	int			step,
				v;
	uint32_t	cp = sp_u8_at(s, len, i);
	size_t		n,
				j;
	uint32_t	next;

	m->style = SP_STYLE_NONE;
	m->ordinal = 0;
	m->end = i;
	if (i >= len)
		return false;

	/* ① ⑴ ⒈ */
	if ((v = sp_circled_value(cp)) > 0)
	{
		(void) sp_u8_decode(s, len, i, &step);
		m->style = cp >= 0x2474 && cp <= 0x2487 ? SP_STYLE_PAREN_ARABIC :
			cp >= 0x2488 && cp <= 0x249B ? SP_STYLE_ARABIC_DOT : SP_STYLE_CIRCLED;
		m->ordinal = v;
		m->end = i + (size_t) step;
		return true;
	}

	/* （一） （1） */
	if (is_open_paren(cp))
	{
		(void) sp_u8_decode(s, len, i, &step);
		j = i + (size_t) step;
		if ((n = marker_han_number(s, len, j, &v)) > 0)
			m->style = SP_STYLE_PAREN_HAN;
		else if ((n = marker_digits(s, len, j, &v)) > 0)
			m->style = SP_STYLE_PAREN_ARABIC;
		else
			return false;
		j += n;
		cp = sp_u8_at(s, len, j);
		if (!is_close_paren(cp))
		{
			m->style = SP_STYLE_NONE;
			return false;
		}
		(void) sp_u8_decode(s, len, j, &step);
		m->ordinal = v;
		m->end = j + (size_t) step;
		return true;
	}

	/* 第一， 第一、 */
	if (cp == SP_CP_DI)
	{
		(void) sp_u8_decode(s, len, i, &step);
		j = i + (size_t) step;
		if ((n = marker_han_number(s, len, j, &v)) == 0)
			return false;
		j += n;
		if (j >= len)
			return false;
		next = sp_u8_decode(s, len, j, &step);
		if (!(is_comma(next) || is_dun(next)))
			return false;
		m->style = SP_STYLE_DI_HAN;
		m->ordinal = v;
		m->end = j + (size_t) step;
		return true;
	}

	/* 首先， 其次， 再次， 最后， */
	if (cp == 0x9996 || cp == 0x5176 || cp == 0x518D || cp == 0x6700)
	{
		uint32_t	c2;
		int			ord = -1;

		(void) sp_u8_decode(s, len, i, &step);
		j = i + (size_t) step;
		c2 = sp_u8_at(s, len, j);
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
		next = sp_u8_at(s, len, j);
		if (!is_comma(next))
			return false;
		(void) sp_u8_decode(s, len, j, &step);
		m->style = SP_STYLE_SEQUENCE;
		m->ordinal = ord;
		m->end = j + (size_t) step;
		return true;
	}

	/* 一、 一． 一是 一要 */
	if ((n = marker_han_number(s, len, i, &v)) > 0)
	{
		j = i + n;
		next = sp_u8_at(s, len, j);
		if (j >= len)
			return false;
		(void) sp_u8_decode(s, len, j, &step);
		if (is_dun(next) || next == 0xFF0E)
		{
			if (enumeration_follows(s, len, j + (size_t) step, v))
				return false;
			m->style = SP_STYLE_HAN_DUN;
		}
		else if (next == 0x662F)	/* 是 */
			m->style = SP_STYLE_HAN_SHI;
		else if (next == 0x8981)	/* 要 */
			m->style = SP_STYLE_HAN_YAO;
		else
			return false;
		m->ordinal = v;
		m->end = j + (size_t) step;
		return true;
	}

	/* 1、 1. 1． */
	if ((n = marker_digits(s, len, i, &v)) > 0)
	{
		j = i + n;
		if (j >= len)
			return false;
		next = sp_u8_decode(s, len, j, &step);
		if (is_dun(next))
			m->style = SP_STYLE_ARABIC_DUN;
		else if (is_dot(next))
		{
			uint32_t	after = sp_u8_at(s, len, j + (size_t) step);

			/* 1.5亿, 3.2.1 are numbers, not markers */
			if (sp_is_digit(after))
				return false;
			m->style = SP_STYLE_ARABIC_DOT;
		}
		else
			return false;
		m->ordinal = v;
		m->end = j + (size_t) step;
		return true;
	}
	return false;
}
