/*
 * sp_utf8.c - UTF-8 at the byte level: stepping back, encoding, counting.
 */
#include "sp_utf8.h"

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
