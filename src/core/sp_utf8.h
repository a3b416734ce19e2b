/*
 * sp_utf8.h - UTF-8 at the byte level: decoding and encoding one character,
 * stepping back, counting characters, and matching a literal.
 *
 * Character classes are in sp_chars.h, numerals in sp_numeral.h, the byte ->
 * character position index in sp_charindex.h.
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
