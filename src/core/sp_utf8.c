/*
 * sp_utf8.c - UTF-8 stepping, character classes, Chinese numerals and the
 * byte-to-character position index.
 */
#include "sp_utf8.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

size_t
sp_u8_prev(const char *s, size_t i)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		j;
	int			step;

	if (i == 0)
		return 0;
	/* a well-formed character is at most 4 bytes back; check it decodes to end at i */
	for (j = i - 1; j > 0 && i - j < 4 && (p[j] & 0xC0) == 0x80; j--)
		;
	(void) sp_u8_decode(s, i, j, &step);
	if (j + (size_t) step == i)
		return j;
	return i - 1;				/* invalid bytes are single characters */
}

int
sp_u8_encode(uint32_t cp, char *buf)
{
	unsigned char *b = (unsigned char *) buf;

	if (cp < 0x80)
	{
		b[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		b[0] = (unsigned char) (0xC0 | (cp >> 6));
		b[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		b[0] = (unsigned char) (0xE0 | (cp >> 12));
		b[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (unsigned char) (0xF0 | (cp >> 18));
	b[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	b[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	b[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

size_t
sp_u8_count(const char *s, size_t len)
{
	size_t		n = 0;
	int			step;

	for (size_t i = 0; i < len; i += (size_t) step)
	{
		(void) sp_u8_decode(s, len, i, &step);
		n++;
	}
	return n;
}

size_t
sp_u8_count_max(const char *s, size_t len, size_t max)
{
	size_t		n = 0;
	int			step;

	for (size_t i = 0; i < len && n < max; i += (size_t) step)
	{
		(void) sp_u8_decode(s, len, i, &step);
		n++;
	}
	return n;
}

/* ---- classes ---- */

bool
sp_is_han(uint32_t cp)
{
	UErrorCode	err = U_ZERO_ERROR;

	if (cp < 0x2E80)
		return false;
	if (cp == 0x3007)			/* 〇 */
		return true;
	if (cp >= 0x4E00 && cp <= 0x9FFF)	/* the common block, without a lookup */
		return true;
	return uscript_getScript((UChar32) cp, &err) == USCRIPT_HAN && U_SUCCESS(err) &&
		u_isalpha((UChar32) cp);
}

bool
sp_is_space(uint32_t cp)
{
	/* Unicode White_Space minus the line separators (stable since Unicode 6.3) */
	return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 || cp == 0x1680 ||
		(cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F;
}

bool
sp_is_newline(uint32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C ||
		cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

bool
sp_is_ignorable(uint32_t cp)
{
	return (cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF || cp == 0x2060;
}

bool
sp_is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	return u_isalpha((UChar32) cp) && !sp_is_han(cp);
}

bool
sp_is_digit(uint32_t cp)
{
	return sp_digit_value(cp) >= 0;
}

bool
sp_is_punct(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
			(cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
	return u_ispunct((UChar32) cp) || u_charType((UChar32) cp) == U_MATH_SYMBOL ||
		u_charType((UChar32) cp) == U_OTHER_SYMBOL;
}

bool
sp_is_cjk_punct(uint32_t cp)
{
	return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
		(cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
		(cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0xFE10 && cp <= 0xFE1F) ||
		(cp >= 0xFE30 && cp <= 0xFE4F) || cp == 0x2014 || cp == 0x2015 ||
		cp == 0x2026 || (cp >= 0x2018 && cp <= 0x201F) || cp == 0x00B7;
}

bool
sp_is_open_quote(uint32_t cp)
{
	switch (cp)
	{
		case 0x201C:			/* “ */
		case 0x2018:			/* ‘ */
		case 0x300C:			/* 「 */
		case 0x300E:			/* 『 */
		case 0x300A:			/* 《 */
		case 0x3008:			/* 〈 */
		case 0xFE41:
		case 0xFE43:
		case 0x00AB:			/* « */
			return true;
	}
	return false;
}

bool
sp_is_close_quote(uint32_t cp)
{
	switch (cp)
	{
		case 0x201D:
		case 0x2019:
		case 0x300D:
		case 0x300F:
		case 0x300B:
		case 0x3009:
		case 0xFE42:
		case 0xFE44:
		case 0x00BB:
			return true;
	}
	return false;
}

bool
sp_is_open_bracket(uint32_t cp)
{
	return cp == '(' || cp == 0xFF08 || cp == '[' || cp == 0xFF3B || cp == 0x3010 ||
		cp == 0x3014 || cp == 0x3016 || cp == 0xFF5B || cp == '{';
}

bool
sp_is_close_bracket(uint32_t cp)
{
	return cp == ')' || cp == 0xFF09 || cp == ']' || cp == 0xFF3D || cp == 0x3011 ||
		cp == 0x3015 || cp == 0x3017 || cp == 0xFF5D || cp == '}';
}

uint32_t
sp_fold_width(uint32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFF01 + 0x21;
	if (cp == 0x3000)
		return ' ';
	return cp;
}

/*
 * Han digits and units, found by a perfect hash of their code points (one
 * multiplication, one load: every character of a Han run is asked; the
 * lookups are inline in sp_utf8.h).  Two code points in one slot would be an
 * "initialized field overwritten" error at compile time.
 */
#define HAN_DIGIT(cp, v) [SP_HAN_NUM_SLOT(cp)] = {(cp), (v) + 1, 0}
#define HAN_UNIT(cp, e) [SP_HAN_NUM_SLOT(cp)] = {(cp), 0, (e)}

const SpHanNum sp_han_num[64] = {
	HAN_DIGIT(0x3007, 0),		/* 〇 */
	HAN_DIGIT(0x96F6, 0),		/* 零 */
	HAN_DIGIT(0x4E00, 1),		/* 一 */
	HAN_DIGIT(0x58F9, 1),		/* 壹 */
	HAN_DIGIT(0x4E8C, 2),		/* 二 */
	HAN_DIGIT(0x4E24, 2),		/* 两 */
	HAN_DIGIT(0x8D30, 2),		/* 贰 */
	HAN_DIGIT(0x4E09, 3),		/* 三 */
	HAN_DIGIT(0x53C1, 3),		/* 叁 */
	HAN_DIGIT(0x56DB, 4),		/* 四 */
	HAN_DIGIT(0x8086, 4),		/* 肆 */
	HAN_DIGIT(0x4E94, 5),		/* 五 */
	HAN_DIGIT(0x4F0D, 5),		/* 伍 */
	HAN_DIGIT(0x516D, 6),		/* 六 */
	HAN_DIGIT(0x9646, 6),		/* 陆 */
	HAN_DIGIT(0x4E03, 7),		/* 七 */
	HAN_DIGIT(0x67D2, 7),		/* 柒 */
	HAN_DIGIT(0x516B, 8),		/* 八 */
	HAN_DIGIT(0x634C, 8),		/* 捌 */
	HAN_DIGIT(0x4E5D, 9),		/* 九 */
	HAN_DIGIT(0x7396, 9),		/* 玖 */
	HAN_UNIT(0x5341, 1),		/* 十 */
	HAN_UNIT(0x62FE, 1),		/* 拾 */
	HAN_UNIT(0x767E, 2),		/* 百 */
	HAN_UNIT(0x4F70, 2),		/* 佰 */
	HAN_UNIT(0x5343, 3),		/* 千 */
	HAN_UNIT(0x4EDF, 3),		/* 仟 */
	HAN_UNIT(0x4E07, 4),		/* 万 */
	HAN_UNIT(0x842C, 4),		/* 萬 */
	HAN_UNIT(0x4EBF, 8),		/* 亿 */
	HAN_UNIT(0x5104, 8),		/* 億 */
};

const uint64_t sp_pow10[9] = {0, 10, 100, 1000, 10000, 0, 0, 0, 100000000};

#define SP_NUM_CAP UINT64_C(1000000000000000000)

static uint64_t
sat_add(uint64_t a, uint64_t b)
{
	return (a > SP_NUM_CAP - b || b > SP_NUM_CAP) ? SP_NUM_CAP : a + b;
}

static uint64_t
sat_mul(uint64_t a, uint64_t b)
{
	if (a != 0 && b > SP_NUM_CAP / a)
		return SP_NUM_CAP;
	return a * b;
}

size_t
sp_parse_han_number(const char *s, size_t len, size_t i, uint64_t *value)
{
	uint64_t	total = 0,		/* parts scaled by 亿 */
				sec = 0,		/* part scaled by 万, below 亿 */
				cur = 0,		/* below 万 */
				num = 0;		/* pending digit(s) */
	bool		last_digit = false,
				any = false;
	size_t		start = i;
	int			nchars = 0;

	while (i < len && nchars++ < SP_HAN_NUMBER_MAX_CHARS)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);
		int			d = sp_han_digit(cp);
		uint64_t	u = d < 0 ? sp_han_unit(cp) : 0;

		if (d >= 0)
		{
			/* 二〇二六, 一百零五: a digit after a digit reads positionally */
			num = last_digit ? sat_add(sat_mul(num, 10), (uint64_t) d) : (uint64_t) d;
			last_digit = true;
		}
		else if (u >= 10 && u <= 1000)
		{
			if (!any)
			{
				/* a numeral may open with 十 (十二); not with 百/千 alone */
				if (u != 10)
					break;
				num = 1;
			}
			else if (!last_digit)
				num = 1;		/* 一百十 reads 110 */
			cur = sat_add(cur, sat_mul(num, u));
			num = 0;
			last_digit = false;
		}
		else if (u == 10000 && any)
		{
			sec = sat_mul(sat_add(sat_add(sec, cur), num), 10000);
			cur = num = 0;
			last_digit = false;
		}
		else if (u == 100000000 && any)
		{
			total = sat_mul(sat_add(sat_add(sat_add(total, sec), cur), num), 100000000);
			sec = cur = num = 0;
			last_digit = false;
		}
		else
			break;
		any = true;
		i += (size_t) step;
	}
	*value = sat_add(sat_add(sat_add(total, sec), cur), num);
	return i - start;
}

size_t
sp_parse_digits(const char *s, size_t len, size_t i, uint64_t *value)
{
	uint64_t	v = 0;
	size_t		start = i;

	while (i < len)
	{
		int			step;
		int			d = sp_digit_value(sp_u8_decode(s, len, i, &step));

		if (d < 0)
			break;
		v = sat_add(sat_mul(v, 10), (uint64_t) d);
		i += (size_t) step;
	}
	*value = v;
	return i - start;
}

int
sp_circled_value(uint32_t cp)
{
	if (cp >= 0x2460 && cp <= 0x2473)	/* ①..⑳ */
		return (int) (cp - 0x2460 + 1);
	if (cp >= 0x2474 && cp <= 0x2487)	/* ⑴..⒇ */
		return (int) (cp - 0x2474 + 1);
	if (cp >= 0x2488 && cp <= 0x249B)	/* ⒈..⒛ */
		return (int) (cp - 0x2488 + 1);
	if (cp >= 0x3251 && cp <= 0x325F)	/* ㉑..㉟ */
		return (int) (cp - 0x3251 + 21);
	return 0;
}

/* ---- position index ---- */

void
sp_charindex_init(const SpEnv *env, SpCharIndex *ci, const char *s, size_t len)
{
	size_t		cap = len / SP_CI_BLOCK + 2;
	size_t		nchars = 0;
	int			step;

	ci->s = s;
	ci->len = len;
	ci->block_byte = sp_alloc(env, cap * sizeof(size_t));
	ci->nblocks = 0;
	for (size_t i = 0; i < len; i += (size_t) step)
	{
		if (nchars % SP_CI_BLOCK == 0)
		{
			if ((nchars / SP_CI_BLOCK) % SP_INTERRUPT_INTERVAL == 0)
				sp_check_interrupt(env);
			ci->block_byte[ci->nblocks++] = i;
		}
		(void) sp_u8_decode(s, len, i, &step);
		nchars++;
	}
	ci->nchars = nchars;
}

void
sp_charindex_free(const SpEnv *env, SpCharIndex *ci)
{
	sp_free(env, ci->block_byte);
	ci->block_byte = NULL;
}

size_t
sp_charindex_pos(const SpCharIndex *ci, size_t b)
{
	size_t		lo = 0,
				hi = ci->nblocks,
				i,
				pos;
	int			step;

	if (b >= ci->len)
		return ci->nchars + 1;
	/* last block starting at or before b */
	while (hi - lo > 1)
	{
		size_t		mid = (lo + hi) / 2;

		if (ci->block_byte[mid] <= b)
			lo = mid;
		else
			hi = mid;
	}
	i = ci->nblocks ? ci->block_byte[lo] : 0;
	pos = lo * SP_CI_BLOCK;
	while (i < b)
	{
		(void) sp_u8_decode(ci->s, ci->len, i, &step);
		i += (size_t) step;
		pos++;
	}
	return pos + 1;
}
