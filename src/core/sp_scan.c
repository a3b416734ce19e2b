/*
 * sp_scan.c - what a reader does not see, and punctuation classes, for the
 * structure stages.
 */
#include "sp_scan.h"
#include "sp_chars.h"
#include "sp_utf8.h"

static bool
ascii_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool
sp_html_tag_at(const char *s, size_t len, size_t i, size_t *end, bool *block)
{
	static const char *const blocks[] = {
		"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
		"section", "article", "blockquote", "hr", NULL
	};
	size_t		j = i + 1,
				name,
				namelen;

	if (i >= len || s[i] != '<')
		return false;
	if (j < len && s[j] == '/')
		j++;
	if (j >= len || !ascii_alpha((unsigned char) s[j]))
		return false;
	name = j;
	while (j < len && (ascii_alpha((unsigned char) s[j]) || (s[j] >= '0' && s[j] <= '9')))
		j++;
	namelen = j - name;
	/*
	 * Attributes up to '>' on a bounded stretch of one line, never across
	 * another '<'; text outside quotes is ASCII (a '<' before Chinese prose is
	 * no tag).
	 */
	{
		char		quote = 0;

		while (j < len && j - i < 2048)
		{
			char		c = s[j];

			if (quote)
			{
				if (c == quote)
					quote = 0;
			}
			else if (c == '"' || c == '\'')
				quote = c;
			else if (c == '>' || c == '<' || (unsigned char) c >= 0x80)
				break;
			if (c == '\n' || c == '\r')
				break;			/* a tag does not span lines: it would swallow prose */
			j++;
		}
	}
	if (j >= len || s[j] != '>')
		return false;
	*end = j + 1;
	*block = false;
	for (int k = 0; blocks[k]; k++)
	{
		size_t		bl = strlen(blocks[k]);

		if (bl == namelen)
		{
			size_t		c;

			for (c = 0; c < bl; c++)
				if ((s[name + c] | 0x20) != blocks[k][c])
					break;
			if (c == bl)
				*block = true;
		}
	}
	return true;
}

bool
sp_html_entity_at(const char *s, size_t len, size_t i, size_t *end, uint32_t *cp)
{
	static const struct
	{
		const char *name;
		uint32_t	cp;
	}			named[] = {
		{"nbsp", 0xA0}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
		{"middot", 0xB7}, {"bull", 0x2022}, {"mdash", 0x2014}, {"ndash", 0x2013},
		{"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
		{"hellip", 0x2026}, {"emsp", 0x2003}, {"ensp", 0x2002}, {"thinsp", 0x2009},
		{"times", 0xD7}, {"copy", 0xA9}, {NULL, 0}
	};
	size_t		j = i + 1;

	if (i >= len || s[i] != '&' || j >= len)
		return false;
	if (s[j] == '#')
	{
		uint32_t	v = 0;
		int			base = 10,
					digits = 0;

		j++;
		if (j < len && (s[j] == 'x' || s[j] == 'X'))
		{
			base = 16;
			j++;
		}
		for (; j < len && digits < 7; j++, digits++)
		{
			unsigned char c = (unsigned char) s[j];
			int			d = c >= '0' && c <= '9' ? c - '0' :
				base == 16 && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;

			if (d < 0)
				break;
			v = v * (uint32_t) base + (uint32_t) d;
		}
		if (digits == 0 || j >= len || s[j] != ';' || v == 0 || v > 0x10FFFF ||
			(v >= 0xD800 && v <= 0xDFFF))
			return false;
		*end = j + 1;
		*cp = v;
		return true;
	}
	for (int k = 0; named[k].name; k++)
	{
		size_t		nl = strlen(named[k].name);

		if (j + nl < len && memcmp(s + j, named[k].name, nl) == 0 && s[j + nl] == ';')
		{
			*end = j + nl + 1;
			*cp = named[k].cp;
			return true;
		}
	}
	return false;
}

size_t
sp_skip_invisible(const char *s, size_t limit, size_t i)
{
	while (i < limit)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, limit, i, &step);
		size_t		end;
		bool		block;

		if (sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp))
			i += (size_t) step;
		else if (cp == '<' && sp_html_tag_at(s, limit, i, &end, &block))
			i = end;
		else if (cp == '&' && sp_html_entity_at(s, limit, i, &end, &cp) && sp_is_space(cp))
			i = end;
		else
			break;
	}
	return i;
}

size_t
sp_trim_back(const char *s, size_t from, size_t i)
{
	while (i > from)
	{
		size_t		p = sp_u8_prev(s, i);
		uint32_t	cp;
		int			step;

		if (p < from)
			break;
		cp = sp_u8_decode(s, i, p, &step);
		if (sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp))
		{
			i = p;
			continue;
		}
		if (cp == '>')
		{
			/* a tag ending here: find its '<' within a bounded stretch */
			size_t		lt = i - 1;	/* at the '>' */
			size_t		end;
			bool		block;

			while (lt > from && i - lt < 2048 && s[lt - 1] != '<' && s[lt - 1] != '>')
				lt--;
			if (lt > from && s[lt - 1] == '<' && sp_html_tag_at(s, i, lt - 1, &end, &block) && end == i)
			{
				i = lt - 1;
				continue;
			}
		}
		if (cp == ';' && i - from >= 6 && memcmp(s + i - 6, "&nbsp;", 6) == 0)
		{
			i -= 6;
			continue;
		}
		break;
	}
	return i;
}

bool
sp_is_sentence_final(uint32_t cp)
{
	switch (cp)
	{
		case 0x3002:			/* 。 */
		case 0xFF01:			/* ！ */
		case 0xFF1F:			/* ？ */
		case 0xFF61:			/* ｡ */
		case '!':
		case '?':
		case 0x203C:			/* ‼ */
		case 0x2047:			/* ⁇ */
		case 0x2048:
		case 0x2049:
			return true;
	}
	return false;
}

bool
sp_is_line_final(uint32_t cp)
{
	return sp_is_sentence_final(cp) || cp == '.' || cp == 0xFF0E || cp == 0xFF1B || cp == ';' ||
		cp == 0xFF1A || cp == ':' || cp == 0x2026 || sp_is_close_quote(cp) ||
		sp_is_close_bracket(cp);
}

size_t
sp_skip_noise(const SpDoc *doc, size_t *cursor, size_t i)
{
	while (*cursor < doc->noise.n && doc->noise.items[*cursor].span.end <= i)
		(*cursor)++;
	if (*cursor < doc->noise.n && doc->noise.items[*cursor].span.start == i)
		return doc->noise.items[*cursor].span.end;
	return i;
}

size_t
sp_run_chars_fwd(const char *s, size_t limit, size_t i, size_t cap)
{
	size_t		n = 0;

	while (i < limit && n <= cap)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, limit, i, &step);

		if (sp_is_space(cp) || sp_is_newline(cp))
			break;
		n++;
		i += (size_t) step;
	}
	return n;
}

size_t
sp_run_chars_back(const char *s, size_t from, size_t i, size_t cap)
{
	size_t		n = 0;

	while (i > from && n <= cap)
	{
		size_t		p = sp_u8_prev(s, i);
		uint32_t	cp = sp_u8_at(s, i, p);

		if (sp_is_space(cp) || sp_is_newline(cp))
			break;
		n++;
		i = p;
	}
	return n;
}
