/*
 * sp_marker_latin.c - marker shapes of English documents and of Traditional
 * Chinese ones (Taiwan, Hong Kong), for sp_marker_at():
 *
 *   I. II. … XXXIX.  (and Ⅰ. Ⅱ. … Ⅻ. / Ⅰ、)    SP_STYLE_ROMAN_DOT
 *   A. B. C.                                  SP_STYLE_LATIN_DOT
 *   (a) (b) (c)                               SP_STYLE_PAREN_LATIN
 *   First, Secondly, Third, … Tenth, Finally, Last,  (optionally after "And ";
 *   First of all, First and foremost, Last but not least, Last of all,)
 *                                             SP_STYLE_EN_ORDINAL
 *   壹、 貳、 參、 … 拾、 拾壹、 貳拾、 (also 贰 叁 陆)   SP_STYLE_HAN_FORMAL
 *
 * Only the shape is recognised here; where it may be a heading (paragraph
 * start, text without Han for the ordinal words) and whether it continues a
 * run is decided by the outline (sp_outline.c).
 */
#include "sp_marker.h"
#include "sp_chars.h"
#include "sp_utf8.h"

#include <string.h>


static bool
is_upper(uint32_t cp)
{
	return cp >= 'A' && cp <= 'Z';
}

/* what may follow "II." or "A.": the end of the text, a space or a line break */
static bool
space_or_end(const char *s, size_t len, size_t j)
{
	uint32_t	cp;

	if (j >= len)
		return true;
	cp = sp_u8_at(s, len, j);
	return sp_is_space(cp) || sp_is_newline(cp);
}

/* the Roman numeral 1..39 written canonically in n ASCII capitals at s, else 0 */
static int
roman_value(const char *s, size_t n)
{
	static const char *const ones[10] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

	for (int v = 1; v < 40; v++)
	{
		char		buf[16];
		size_t		k = 0;

		for (int t = 0; t < v / 10; t++)
			buf[k++] = 'X';
		memcpy(buf + k, ones[v % 10], strlen(ones[v % 10]));
		k += strlen(ones[v % 10]);
		if (k == n && memcmp(buf, s, n) == 0)
			return v;
	}
	return 0;
}

/* I. II. IX. at i: canonical capitals, a full stop, then a space or the line's end */
static bool
roman_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	size_t		j = i;
	int			v;

	while (j < len && j - i < 8 && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X'))
		j++;
	if (j == i || j >= len || s[j] != '.' || !space_or_end(s, len, j + 1))
		return false;
	if ((v = roman_value(s + i, j - i)) == 0)
		return false;
	return sp_marker_found(m, SP_STYLE_ROMAN_DOT, v, j + 1);
}

/* Ⅰ. Ⅱ、 … Ⅻ. at i (cp): the Unicode Roman numerals, with a full stop or 、 */
static bool
roman_char_at(const char *s, size_t len, size_t i, uint32_t cp, SpMarker *m)
{
	size_t		j = i + 3;		/* U+2160..216B are three bytes */
	uint32_t	next = sp_u8_at(s, len, j);

	if (next == '.')
		return sp_marker_found(m, SP_STYLE_ROMAN_DOT, (int) (cp - 0x2160) + 1, j + 1);
	if (next == 0xFF0E || next == 0x3001)
		return sp_marker_found(m, SP_STYLE_ROMAN_DOT, (int) (cp - 0x2160) + 1, j + 3);
	return false;
}

/*
 * A. B. at i: one capital, a full stop and a space (or the line's end); not
 * initials (J. F. Kennedy: another capital and full stop follows).
 */
static bool
letter_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	size_t		j = i + 2;

	if (i + 1 >= len || s[i + 1] != '.' || !space_or_end(s, len, j))
		return false;
	while (j < len && s[j] == ' ')
		j++;
	if (j + 1 < len && is_upper((uint32_t) (unsigned char) s[j]) && s[j + 1] == '.')
		return false;
	return sp_marker_found(m, SP_STYLE_LATIN_DOT, s[i] - 'A' + 1, i + 2);
}

/* (a) (b) at i, at the opening parenthesis: one lower-case letter */
static bool
paren_letter_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	if (i + 2 >= len || s[i] != '(' || s[i + 1] < 'a' || s[i + 1] > 'z' || s[i + 2] != ')')
		return false;
	return sp_marker_found(m, SP_STYLE_PAREN_LATIN, s[i + 1] - 'a' + 1, i + 3);
}

/* the English ordinal words that open a point, and their ordinal (0 = the last point) */
typedef struct OrdinalWord
{
	const char *word;			/* lower case, as after "And " */
	int			ordinal;
} OrdinalWord;

static const OrdinalWord ordinal_words[] = {
	/* idioms first: they carry their head word's ordinal */
	{"first of all", 1}, {"first and foremost", 1}, {"last but not least", 0},
	{"last of all", 0},
	{"firstly", 1}, {"first", 1}, {"secondly", 2}, {"second", 2},
	{"thirdly", 3}, {"third", 3}, {"fourthly", 4}, {"fourth", 4},
	{"fifthly", 5}, {"fifth", 5}, {"sixthly", 6}, {"sixth", 6},
	{"seventhly", 7}, {"seventh", 7}, {"eighthly", 8}, {"eighth", 8},
	{"ninthly", 9}, {"ninth", 9}, {"tenthly", 10}, {"tenth", 10},
	{"finally", 0}, {"lastly", 0}, {"last", 0},
};

/* does s[i..] start with the lower-case word w, its first letter in either case? */
static bool
word_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t		n = strlen(w);

	if (i + n > len)
		return false;
	if (s[i] != w[0] && s[i] != w[0] - 'a' + 'A')
		return false;
	return memcmp(s + i + 1, w + 1, n - 1) == 0;
}

/* First, Secondly, And finally, at i: an ordinal word (or idiom) and its comma */
static bool
ordinal_word_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	size_t		j = i;

	if (word_at(s, len, j, "and "))
		j += 4;
	for (size_t k = 0; k < sizeof(ordinal_words) / sizeof(ordinal_words[0]); k++)
	{
		size_t		n = strlen(ordinal_words[k].word);

		if (word_at(s, len, j, ordinal_words[k].word) && j + n < len && s[j + n] == ',')
			return sp_marker_found(m, SP_STYLE_EN_ORDINAL, ordinal_words[k].ordinal, j + n + 1);
	}
	return false;
}

bool
sp_marker_latin_at(const char *s, size_t len, size_t i, uint32_t cp, SpMarker *m)
{
	if (cp >= 0x2160 && cp <= 0x216B)
		return roman_char_at(s, len, i, cp, m);
	if (cp == '(')
		return paren_letter_at(s, len, i, m);
	if (cp == 'I' || cp == 'V' || cp == 'X')
	{
		if (roman_at(s, len, i, m))
			return true;
	}
	if (is_upper(cp) && letter_at(s, len, i, m))
		return true;
	if (cp < 0x80 && sp_is_letter(cp))
		return ordinal_word_at(s, len, i, m);
	return false;
}

/* the value of a formal numeral digit 壹..玖 (Traditional and Simplified), else 0 */
static int
formal_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x58F9:			/* 壹 */
			return 1;
		case 0x8CB3:			/* 貳 */
		case 0x8D30:			/* 贰 */
			return 2;
		case 0x53C3:			/* 參 */
		case 0x53C1:			/* 叁 */
		case 0x53C4:			/* 叄 */
			return 3;
		case 0x8086:			/* 肆 */
			return 4;
		case 0x4F0D:			/* 伍 */
			return 5;
		case 0x9678:			/* 陸 */
		case 0x9646:			/* 陆 */
			return 6;
		case 0x67D2:			/* 柒 */
			return 7;
		case 0x634C:			/* 捌 */
			return 8;
		case 0x7396:			/* 玖 */
			return 9;
	}
	return 0;
}

size_t
sp_formal_number(const char *s, size_t len, size_t i, int *value)
{
	size_t		j = i;
	int			ones;
	uint32_t	cp = sp_u8_at(s, len, j);	/* 0 at the end of the text */

	/* [d]拾[d]: 壹 … 玖, 拾 … 拾玖, 貳拾 … 玖拾玖 (every one of them three bytes) */
	if ((ones = formal_digit(cp)) > 0 || cp == 0x62FE)
	{
		int			tens = 0;

		j += 3;
		if (cp == 0x62FE || sp_u8_at(s, len, j) == 0x62FE)
		{
			tens = cp == 0x62FE ? 1 : ones;
			if (cp != 0x62FE)
				j += 3;			/* 拾 */
			ones = formal_digit(sp_u8_at(s, len, j));
			if (ones > 0)
				j += 3;
		}
		*value = tens * 10 + ones;
		return j - i;
	}
	return 0;
}

bool
sp_marker_formal_at(const char *s, size_t len, size_t i, SpMarker *m)
{
	int			v,
				step;
	size_t		n = sp_formal_number(s, len, i, &v);
	uint32_t	next;

	if (n == 0 || i + n >= len)
		return false;
	next = sp_u8_decode(s, len, i + n, &step);
	if (next != 0x3001 && next != 0xFF0E)	/* 、 ． */
		return false;
	return sp_marker_found(m, SP_STYLE_HAN_FORMAL, v, i + n + (size_t) step);
}
