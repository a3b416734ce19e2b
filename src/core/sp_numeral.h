/*
 * sp_numeral.h - numbers as written in Chinese (and mixed) text: the values
 * of Arabic, full-width, circled and Han digits, Chinese numerals
 * (三千五百, 二〇二六), the Arabic spelling of a numeral for the dictionary,
 * and the non-negative decimal the quantities carry (SpDecimal) with its
 * text form.  Also the named code points of the numerals and date units
 * that the stages test for (年 月 日 号 时 十 百 千 万 亿 第 点 〇 ○).
 */
#ifndef SP_NUMERAL_H
#define SP_NUMERAL_H

#include "sp_env.h"

/* ---- named code points ---- */

/* date and time units */
#define SP_CP_NIAN 0x5E74		/* 年 year */
#define SP_CP_YUE 0x6708		/* 月 month */
#define SP_CP_RI 0x65E5			/* 日 day */
#define SP_CP_HAO 0x53F7		/* 号 day (of the month) */
#define SP_CP_SHI 0x65F6		/* 时 hour */
/* Han units of numerals (十 is SP_CP_TEN: "shi" is 时 above) */
#define SP_CP_TEN 0x5341		/* 十 */
#define SP_CP_BAI 0x767E		/* 百 */
#define SP_CP_QIAN 0x5343		/* 千 */
#define SP_CP_WAN 0x4E07		/* 万 */
#define SP_CP_YI 0x4EBF			/* 亿 */
/* around numerals */
#define SP_CP_LING 0x3007		/* 〇 ideographic zero */
#define SP_CP_WHITE_CIRCLE 0x25CB	/* ○, written for 〇 in much Chinese text */
#define SP_CP_DI 0x7B2C			/* 第 ordinal prefix */
#define SP_CP_DIAN 0x70B9		/* 点 decimal point */
#define SP_CP_DIAN_TRAD 0x9EDE	/* 點 */

/* ---- digits and Han numerals ---- */

/* value of an ASCII or full-width digit, -1 otherwise */
static inline int
sp_digit_value(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int) (cp - 0xFF10);
	return -1;
}

/* the Han digits and units, by a perfect hash of their code points (sp_numeral.c) */
#define SP_HAN_NUM_SLOT(cp) ((uint32_t) ((uint32_t) (cp) * 0x74B31BFBu) >> 26)

typedef struct SpHanNum
{
	uint32_t	cp;
	uint8_t		digit1;			/* the digit's value + 1, or 0 */
	uint8_t		unit_exp;		/* the unit is 10^unit_exp, or 0 */
} SpHanNum;

extern const SpHanNum sp_han_num[64];
extern const uint64_t sp_pow10[9];

/* value of a Han digit 〇零一二两三四五六七八九 (and 壹贰…), -1 otherwise */
static inline int
sp_han_digit(uint32_t cp)
{
	const SpHanNum *e = &sp_han_num[SP_HAN_NUM_SLOT(cp)];

	return e->cp == cp ? (int) e->digit1 - 1 : -1;
}

/* 10, 100, 1000, 10^4, 10^8 for 十百千万亿 (and 拾佰仟), 0 otherwise */
static inline uint64_t
sp_han_unit(uint32_t cp)
{
	const SpHanNum *e = &sp_han_num[SP_HAN_NUM_SLOT(cp)];

	return e->cp == cp ? sp_pow10[e->unit_exp] : 0;
}

/*
 * Parse a Chinese numeral (三, 十二, 二十一, 一百零五, 三千五百, 两万, 〇/零…) at
 * s[i].  Positional digit strings (二〇二六) are read digit by digit.
 * Returns the number of bytes consumed (0 if none) and the value in *value.
 * Values above 10^15 saturate.  At most SP_HAN_NUMBER_MAX_CHARS characters
 * are read (the longest structured numeral, 九千九百九十九万…亿…, has 31):
 * callers try every position of a run of numerals, and an unbounded read
 * made that quadratic (a fuzz finding: 64 KB of 一二三…亿 took 0.5 s).
 */
#define SP_HAN_NUMBER_MAX_CHARS 40
size_t		sp_parse_han_number(const char *s, size_t len, size_t i, uint64_t *value);

/* Parse ASCII/full-width digits at s[i]; same contract, no sign, no decimals */
size_t		sp_parse_digits(const char *s, size_t len, size_t i, uint64_t *value);

/* the circled number ①..⑳ (U+2460..), ⑴..⒇ (U+2474..), ⒈..⒛ (U+2488..): 1..20, else 0 */
int			sp_circled_value(uint32_t cp);

/* a Han digit (sp_han_digit) or ○ written for 〇 */
static inline bool
sp_is_han_digit_char(uint32_t cp)
{
	return sp_han_digit(cp) >= 0 || cp == SP_CP_WHITE_CIRCLE;
}

/* a Han digit (○ included) or a Han unit 十百千万亿 … */
static inline bool
sp_is_han_numeral_char(uint32_t cp)
{
	return sp_is_han_digit_char(cp) || sp_han_unit(cp) > 0;
}

/*
 * The Arabic spelling of a Chinese numeral, alone or with one date unit
 * (二〇〇一年 -> 2001年, 三十一 -> 31, 十二月 -> 12月), into buf (64 bytes).
 * Returns its length, 0 when s is not such a numeral; *numlen receives the
 * length of the digits alone.  An Arabic number with a date unit (2001年)
 * gives itself, so *numlen names the bare number.
 */
size_t		sp_arabic_numeral(const char *s, size_t len, char *buf, size_t *numlen);

/* ---- decimals ---- */

/*
 * a non-negative decimal: mant * 10^exp, or, when inexact, a number whose
 * digits did not fit (the value is then only its magnitude and must not be
 * shown as a number)
 */
typedef struct SpDecimal
{
	uint64_t	mant;
	int			exp;
	bool		inexact;		/* a non-zero digit was dropped */
} SpDecimal;

/* the mantissa stays below 10^17: room for one more digit */
#define SP_DECIMAL_MANT_CAP UINT64_C(100000000000000000)

/*
 * Append a digit as written: to the integer part, or (fraction) one more
 * decimal place.  Past 17 digits an integer digit only raises the exponent
 * (the magnitude is kept) and a fraction digit is dropped; dropping a digit
 * other than 0 makes the decimal inexact.
 */
static inline void
sp_decimal_push_digit(SpDecimal *d, int digit, bool fraction)
{
	if (d->mant < SP_DECIMAL_MANT_CAP)
	{
		d->mant = d->mant * 10 + (uint64_t) digit;
		if (fraction)
			d->exp--;
		return;
	}
	if (!fraction)
		d->exp++;				/* too many digits: keep the magnitude */
	if (digit != 0)
		d->inexact = true;
}

/* an integer as a decimal (past 17 digits its last digits dropped: inexact unless zeros) */
static inline SpDecimal
sp_decimal_from_u64(uint64_t v)
{
	SpDecimal	d = {v, 0, false};

	while (d.mant >= SP_DECIMAL_MANT_CAP)
	{
		if (d.mant % 10 != 0)
			d.inexact = true;
		d.mant /= 10;
		d.exp++;
	}
	return d;
}

/*
 * The largest exponent and the most decimal places a decimal is written
 * with exactly (10^60 is a trillion trillion trillion trillion trillion).
 */
#define SP_DECIMAL_MAX_EXP 60
#define SP_DECIMAL_MAX_FRACTION 40
/* a buffer for sp_decimal_format: 18 digits and SP_DECIMAL_MAX_EXP zeros, or "0." and the places */
#define SP_DECIMAL_BUF 96

/*
 * Is d exactly the number it was read as, and writable by sp_decimal_format
 * (no digit dropped, at most SP_DECIMAL_MAX_EXP zeros and
 * SP_DECIMAL_MAX_FRACTION places)?  A quantity whose value is not exact has
 * no value (NULL) and a diagnostic (inexact_number).
 */
bool		sp_decimal_exact(SpDecimal d);

/*
 * the decimal as plain text (no exponent): "5160000", "1.2"; buf >=
 * SP_DECIMAL_BUF bytes.  Exact when sp_decimal_exact(d); else the digits
 * beyond the limits are dropped (a different number: callers check first).
 */
void		sp_decimal_format(SpDecimal d, char *buf);

#endif							/* SP_NUMERAL_H */
