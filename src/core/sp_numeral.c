/*
 * sp_numeral.c - Han digits and units, Chinese numerals, the Arabic spelling
 * of a numeral, and the text form of a decimal.
 */
#include "sp_numeral.h"
#include "sp_utf8.h"

/*
 * Han digits and units, found by a perfect hash of their code points (one
 * multiplication, one load: every character of a Han run is asked; the
 * lookups are inline in sp_numeral.h).  Two code points in one slot would be an
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

/* ---- the Arabic spelling of a numeral ---- */

/* units a numeral may carry in sp_arabic_numeral */
static bool
date_unit(uint32_t cp)
{
	return cp == SP_CP_NIAN || cp == SP_CP_YUE || cp == SP_CP_RI || cp == SP_CP_HAO ||
		cp == SP_CP_SHI;
}

/*
 * The Arabic spelling of a numeral (sp_numeral.h): the numeral part, then at
 * most one date unit ending the text; Arabic digits give themselves (only
 * with a unit), Han digits alone read positionally, anything else as a
 * structured numeral.
 */
size_t
sp_arabic_numeral(const char *s, size_t len, char *buf, size_t *numlen)
{
	size_t		i = 0,
				n = 0,
				unit;
	bool		digits_only = true,
				arabic = true;
	uint64_t	value = 0;
	int			step;

	/* the numeral part */
	while (i < len)
	{
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (sp_digit_value(cp) >= 0 && arabic)
			;
		else if (sp_is_han_numeral_char(cp) || cp == SP_CP_LING)
		{
			arabic = false;
			if (!sp_is_han_digit_char(cp) && cp != SP_CP_LING)
				digits_only = false;
		}
		else
			break;
		if (++n > 20)
			return 0;
		i += (size_t) step;
	}
	if (n == 0)
		return 0;
	unit = i;
	if (i < len)
	{
		if (!date_unit(sp_u8_decode(s, len, i, &step)) || i + (size_t) step != len)
			return 0;
	}
	if (arabic)
	{
		/* 2001年: the bare number is the variant */
		if (unit == len)
			return 0;
		for (size_t k = 0, o = 0; k < unit; k += (size_t) step)
			buf[o++] = (char) ('0' + sp_digit_value(sp_u8_decode(s, unit, k, &step)));
		*numlen = n;
		memcpy(buf + n, s + unit, len - unit);
		return n + (len - unit);
	}
	if (digits_only && n >= 2)
	{
		/* 二〇〇一: positional, digit by digit */
		size_t		o = 0;

		for (size_t k = 0; k < unit; k += (size_t) step)
		{
			uint32_t	cp = sp_u8_decode(s, unit, k, &step);

			buf[o++] = (char) ('0' + (cp == SP_CP_WHITE_CIRCLE ? 0 : sp_han_digit(cp)));
		}
		*numlen = o;
	}
	else
	{
		char		tmp[24];
		size_t		o = 0;

		if (sp_parse_han_number(s, unit, 0, &value) != unit)
			return 0;
		do
			tmp[o++] = (char) ('0' + value % 10);
		while ((value /= 10) > 0);
		for (size_t k = 0; k < o; k++)
			buf[k] = tmp[o - 1 - k];
		*numlen = o;
	}
	memcpy(buf + *numlen, s + unit, len - unit);
	return *numlen + (len - unit);
}

/* ---- decimals ---- */

/* d with the trailing zeros of its fraction dropped */
static SpDecimal
decimal_trim(SpDecimal d)
{
	while (d.exp < 0 && d.mant % 10 == 0 && d.mant != 0)
	{
		d.mant /= 10;
		d.exp++;
	}
	if (d.mant == 0)
		d.exp = 0;
	return d;
}

/* exact and writable (sp_numeral.h) */
bool
sp_decimal_exact(SpDecimal d)
{
	d = decimal_trim(d);
	return !d.inexact && d.exp <= SP_DECIMAL_MAX_EXP && d.exp >= -SP_DECIMAL_MAX_FRACTION;
}

/* the decimal as plain text (sp_numeral.h) */
void
sp_decimal_format(SpDecimal d, char *buf)
{
	char		digits[24];
	int			n = 0;
	uint64_t	m = d.mant;
	int			exp = d.exp;
	char	   *p = buf;

	/* drop trailing zeros of the fraction */
	while (exp < 0 && m % 10 == 0 && m != 0)
	{
		m /= 10;
		exp++;
	}
	/*
	 * at most SP_DECIMAL_MAX_FRACTION places (0.000...0002 with sixty zeros
	 * wrote past the caller's buffer): the digits beyond are dropped
	 */
	while (exp < -SP_DECIMAL_MAX_FRACTION)
	{
		m /= 10;
		exp++;
	}
	if (m == 0)
		exp = 0;
	do
	{
		digits[n++] = (char) ('0' + m % 10);
		m /= 10;
	} while (m > 0);
	if (exp >= 0)
	{
		if (!(n == 1 && digits[0] == '0'))
		{
			while (n > 0)
				*p++ = digits[--n];
			for (int k = 0; k < exp && k < SP_DECIMAL_MAX_EXP; k++)
				*p++ = '0';
		}
		else
			*p++ = '0';
	}
	else
	{
		int			frac = -exp;

		if (n <= frac)
		{
			*p++ = '0';
			*p++ = '.';
			for (int k = n; k < frac; k++)
				*p++ = '0';
			while (n > 0)
				*p++ = digits[--n];
		}
		else
		{
			while (n > frac)
				*p++ = digits[--n];
			*p++ = '.';
			while (n > 0)
				*p++ = digits[--n];
		}
	}
	*p = '\0';
}
