/*
 * sp_utf8.h - UTF-8 stepping, character classes and positions for the core.
 *
 * The core works on UTF-8 bytes and never materialises a code-point array,
 * so memory stays proportional to the number of spans found, not to the
 * input.  Invalid bytes decode as U+FFFD one byte at a time: the core never
 * reads past the end and never loops on bad input.
 */
#ifndef SP_UTF8_H
#define SP_UTF8_H

#include "sp_env.h"

#include <string.h>

#define SP_REPLACEMENT 0xFFFD

/* decode the code point at s[i]; *step receives its length in bytes (>= 1) */
static inline uint32_t
sp_u8_decode(const char *s, size_t len, size_t i, int *step)
{
	const unsigned char *p = (const unsigned char *) s + i;
	size_t		avail = len - i;
	unsigned char c = p[0];
	uint32_t	cp;
	int			n;

	if (c < 0x80)
	{
		*step = 1;
		return c;
	}
	/* the common case in Chinese text: a well-formed three-byte sequence */
	if ((c & 0xF0) == 0xE0 && avail >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
	{
		cp = ((uint32_t) (c & 0x0F) << 12) | ((uint32_t) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
		{
			*step = 3;
			return cp;
		}
		*step = 1;
		return SP_REPLACEMENT;	/* overlong or a surrogate */
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 2;
		cp = c & 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		cp = c & 0x0F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		cp = c & 0x07;
	}
	else
	{
		*step = 1;
		return SP_REPLACEMENT;
	}
	if (avail < (size_t) n)
	{
		*step = 1;
		return SP_REPLACEMENT;
	}
	for (int k = 1; k < n; k++)
	{
		if ((p[k] & 0xC0) != 0x80)
		{
			*step = 1;
			return SP_REPLACEMENT;
		}
		cp = (cp << 6) | (p[k] & 0x3F);
	}
	/* reject overlong forms, surrogates and out-of-range values */
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
	{
		*step = 1;
		return SP_REPLACEMENT;
	}
	*step = n;
	return cp;
}


/* byte offset of the character before the one at i (0 stays 0) */
size_t		sp_u8_prev(const char *s, size_t i);

/* the code point starting at i, or 0 at/after len */
static inline uint32_t
sp_u8_at(const char *s, size_t len, size_t i)
{
	int			step;

	return i < len ? sp_u8_decode(s, len, i, &step) : 0;
}

/* the code point before i, or 0 at the start */
static inline uint32_t
sp_u8_before(const char *s, size_t len, size_t i)
{
	return i > 0 ? sp_u8_at(s, len, sp_u8_prev(s, i)) : 0;
}

/* append cp to buf (4 bytes room needed); returns bytes written */
int			sp_u8_encode(uint32_t cp, char *buf);

/* number of characters in s[0..len) (the SQL length()) */
size_t		sp_u8_count(const char *s, size_t len);

/* the same, but stops counting at max (for length tests on possibly huge spans) */
size_t		sp_u8_count_max(const char *s, size_t len, size_t max);

/* ---- character classes (ICU-backed where Unicode data is needed) ---- */

bool		sp_is_han(uint32_t cp);		/* Han ideograph, incl. 〇 */
bool		sp_is_space(uint32_t cp);	/* horizontal space: ASCII, U+3000, NBSP, tab... */
bool		sp_is_newline(uint32_t cp); /* \n \r U+2028 U+2029 \v \f */
bool		sp_is_ignorable(uint32_t cp);	/* zero-width: U+200B..U+200D, U+FEFF */
bool		sp_is_letter(uint32_t cp);	/* any alphabetic, not Han */
bool		sp_is_digit(uint32_t cp);	/* 0-9 and full-width ０-９ */
bool		sp_is_punct(uint32_t cp);
bool		sp_is_cjk_punct(uint32_t cp);	/* full-width / CJK punctuation */
bool		sp_is_open_quote(uint32_t cp);
bool		sp_is_close_quote(uint32_t cp);
bool		sp_is_open_bracket(uint32_t cp);	/* ( （ 【 [ 〔 */
bool		sp_is_close_bracket(uint32_t cp);

/* full-width ASCII variants (U+FF01..U+FF5E) to ASCII; U+3000 to ' '; others unchanged */
uint32_t	sp_fold_width(uint32_t cp);

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

/* the Han digits and units, by a perfect hash of their code points (sp_utf8.c) */
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

/* ---- byte offset -> 1-based character position ---- */

typedef struct SpCharIndex
{
	const char *s;
	size_t		len;
	size_t	   *block_byte;		/* byte offset of character k * SP_CI_BLOCK */
	size_t		nblocks;
	size_t		nchars;
} SpCharIndex;

#define SP_CI_BLOCK 64

void		sp_charindex_init(const SpEnv *env, SpCharIndex *ci, const char *s, size_t len);
void		sp_charindex_free(const SpEnv *env, SpCharIndex *ci);

/* 1-based position of the character starting at byte b (b == len gives nchars + 1) */
size_t		sp_charindex_pos(const SpCharIndex *ci, size_t b);

/* ---- literal matching (lit is a NUL-terminated UTF-8 string) ---- */

/* bytes of lit if s[i..len) starts with it, else 0 */
static inline size_t
sp_u8_lit(const char *s, size_t len, size_t i, const char *lit)
{
	size_t		n = 0;

	while (lit[n])
	{
		if (i + n >= len || s[i + n] != lit[n])
			return 0;
		n++;
	}
	return n;
}

/* bytes of lit if s[0..i) ends with it, else 0 */
static inline size_t
sp_u8_lit_before(const char *s, size_t i, const char *lit)
{
	size_t		n = 0;

	while (lit[n])
		n++;
	if (n == 0 || n > i)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (s[i - n + k] != lit[k])
			return 0;
	return n;
}

#endif							/* SP_UTF8_H */
