/*
 * sp_unnumbered.c - unnumbered headings: part titles without a marker.
 *
 * Many reports have short unnumbered lines as their top-level headings with
 * numbered lists inside (过去五年的回顾 / 今后五年的主要任务 / 结束语), and
 * speeches and English addresses have unnumbered part titles.  Nothing in
 * the text but the layout says they are headings, so the rules are the
 * layout's (doc/structure.md, "Unnumbered headings"):
 *
 * 1. A candidate is a paragraph that is one whole line, between line breaks,
 *    in the body (after the salutation, else the title; before the closing
 *    and before a line that closes the outline: 附件, 名词解释, a dateline);
 *    short (Chinese: 2-30 characters with at least two Han characters;
 *    English, in a text without Han: 1-12 words, the first capitalised); with
 *    no sentence or clause punctuation in it (。！？；：，, . ! ? ; :, a
 *    heading is a phrase; 、 and quotes are allowed: 目标、方针和任务,
 *    “十四五”时期工作回顾); not opening with a bracket or a closing mark (stage
 *    directions, link fragments) and not ending with an opening one or with
 *    a function word (的 和 与 在 了 …: a line broken inside a sentence); not
 *    starting with a numbering marker (those are the outline's, or were
 *    refused by it: table-of-contents lines, glossary terms).
 * 2. Its neighbours show it is a heading, not a fragment: the paragraph
 *    before it (if any) ends a sentence (or is the title, salutation or
 *    another candidate), and the paragraph after it holds a sentence end and
 *    is longer or ends a sentence; in a text whose body paragraphs are
 *    indented, it is indented.
 * 3. A pattern, not an accident: at least two candidates in the document,
 *    unless the line is one of the standard names of a part of a report
 *    (结束语 结语 序言 前言 引言 导言).
 * 4. Nesting: when the first candidate comes before the first top-level
 *    numbered section, the candidates are the document's top level (parts)
 *    and every numbered section goes one level down, under the part it
 *    follows.  Otherwise each candidate is a sub-heading of the innermost
 *    paragraph-initial section it falls in; the sections of that section
 *    which follow it (up to the next candidate there) move under it.  A
 *    section that was open at a candidate and is not its parent ends there.
 *    A standard part name (结束语) is always at the top level.
 *
 * Linear: one pass over the paragraphs for candidates (each looked at over
 * its own bytes and its neighbours' ends), one merge of the two ordered
 * lists, one pass to re-parent and one to re-level.
 */
#include "sp_chars.h"
#include "sp_marker.h"
#include "sp_scan.h"
#include "sp_search.h"
#include "sp_utf8.h"

/* the longest heading line looked at, in bytes (30 Han characters are 90) */
#define UN_MAX_BYTES 240
#define UN_MAX_HAN_CHARS 30
#define UN_MAX_WORDS 12

typedef struct UCand
{
	size_t		start;
	size_t		end;
	int			para;
	bool		named;			/* a standard part name (结束语): always the top level */
} UCand;

typedef SP_VEC(UCand) UCandVec;

static bool
is_clause_punct(uint32_t cp)
{
	switch (cp)
	{
		case 0xFF0C:			/* ， */
		case ',':
		case 0xFF1B:			/* ； */
		case ';':
		case 0xFF1A:			/* ： */
		case ':':
		case '.':
		case 0xFF0E:			/* ． */
		case 0x2026:			/* … */
			return true;
		default:
			return sp_is_sentence_final(cp);
	}
}

/* the paragraph [i, e) is one line: a line break (or the text's edge) on both sides */
static bool
whole_line(const char *s, size_t len, size_t i, size_t e)
{
	size_t		j;

	for (j = i; j < e;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, e, j, &step);

		if (sp_is_newline(cp))
			return false;
		j += (size_t) step;
	}
	/* before: only horizontal space back to a line break */
	j = i;
	while (j > 0)
	{
		size_t		p = sp_u8_prev(s, j);
		uint32_t	cp = sp_u8_at(s, len, p);

		if (sp_is_newline(cp))
			break;
		if (!sp_is_space(cp) && !sp_is_ignorable(cp))
			return false;
		j = p;
	}
	/* after: the same, forward */
	j = e;
	while (j < len)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, j, &step);

		if (sp_is_newline(cp))
			break;
		if (!sp_is_space(cp) && !sp_is_ignorable(cp))
			return false;
		j += (size_t) step;
	}
	return true;
}

/* particles, conjunctions and prepositions that cannot end a Chinese heading phrase */
static bool
dangling(uint32_t cp)
{
	static const uint32_t words[] = {
		0x7684 /* 的 */ , 0x548C /* 和 */ , 0x4E0E /* 与 */ , 0x53CA /* 及 */ , 0x6216 /* 或 */ ,
		0x5728 /* 在 */ , 0x5BF9 /* 对 */ , 0x628A /* 把 */ , 0x88AB /* 被 */ , 0x5C06 /* 将 */ ,
		0x4ECE /* 从 */ , 0x5411 /* 向 */ , 0x4E86 /* 了 */ , 0x662F /* 是 */ , 0x800C /* 而 */ ,
		0x5E76 /* 并 */ , 0x4E14 /* 且 */ , 0x7B49 /* 等 */ , 0x5C31 /* 就 */ , 0x90FD /* 都 */ };

	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (cp == words[k])
			return true;
	return false;
}

/* the shape of a heading line: short, a phrase without sentence punctuation */
static bool
heading_shape(const char *s, size_t i, size_t e, bool han_text)
{
	size_t		chars = 0,
				han = 0,
				words = 0;
	bool		in_word = false;
	uint32_t	first = sp_u8_at(s, e, i),
				last = 0;

	if (e - i > UN_MAX_BYTES)
		return false;
	if (sp_is_open_bracket(first) || sp_is_close_bracket(first) || sp_is_close_quote(first) ||
		first == 0x300A || first == 0x300B || first == 0x3001 || (sp_is_punct(first) && !sp_is_open_quote(first)))
		return false;
	for (size_t j = i; j < e;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, e, j, &step);

		if (is_clause_punct(cp))
			return false;
		chars++;
		if (sp_is_han(cp))
			han++;
		if (sp_is_space(cp))
			in_word = false;
		else if (!in_word)
		{
			in_word = true;
			words++;
		}
		last = cp;
		j += (size_t) step;
	}
	if (sp_is_open_bracket(last) || sp_is_open_quote(last) || last == 0x300A)
		return false;
	/* a line broken inside a sentence ends with a function word; a heading phrase does not */
	if (han_text && dangling(last))
		return false;
	if (han_text)
		return han >= 2 && chars <= UN_MAX_HAN_CHARS;
	/* English: no Han, a few words, the first capitalised */
	return han == 0 && words >= 1 && words <= UN_MAX_WORDS && first < 0x80 && first >= 'A' && first <= 'Z';
}

/* the paragraph [i, e) ends a sentence (closing quotes and brackets after the mark allowed) */
static bool
ends_sentence(const char *s, size_t i, size_t e)
{
	while (e > i)
	{
		size_t		p = sp_u8_prev(s, e);
		uint32_t	cp = sp_u8_at(s, e, p);

		if (sp_is_close_quote(cp) || sp_is_close_bracket(cp) || sp_is_space(cp))
		{
			e = p;
			continue;
		}
		/* past the closing marks: a mark after which a line may end */
		return sp_is_line_final(cp);
	}
	return false;
}

static bool
holds_sentence_end(const char *s, size_t i, size_t e)
{
	for (size_t j = i; j < e;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, e, j, &step);

		if (sp_is_sentence_final(cp) || cp == '.' || cp == 0xFF1B || cp == ';')
			return true;
		j += (size_t) step;
	}
	return false;
}

/* the standard names of a report's parts, which stand alone (white space ignored) */
static bool
part_name(const char *s, size_t i, size_t e)
{
	static const char *const names[] = {"结束语", "结语", "序言", "前言", "引言", "导言"};
	char		buf[32];
	size_t		n = 0;

	for (size_t j = i; j < e;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, e, j, &step);

		if (!sp_is_space(cp))
		{
			if (n + (size_t) step >= sizeof(buf))
				return false;
			memcpy(buf + n, s + j, (size_t) step);
			n += (size_t) step;
		}
		j += (size_t) step;
	}
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (strlen(names[k]) == n && memcmp(buf, names[k], n) == 0)
			return true;
	return false;
}

/* the text is Chinese when Han characters are at least a tenth of its first 64 KB */
static bool
han_text(const char *s, size_t len)
{
	size_t		han = 0,
				chars = 0,
				lim = len < 65536 ? len : 65536;

	for (size_t j = 0; j < lim;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, j, &step);

		chars++;
		if (sp_is_han(cp))
			han++;
		j += (size_t) step;
	}
	return han * 10 >= chars && han > 0;
}

/* paragraph [i, ...) starts after white space on its line (an indented paragraph) */
static bool
indented(const char *s, size_t len, size_t i)
{
	if (i == 0)
		return false;
	{
		size_t		p = sp_u8_prev(s, i);
		uint32_t	cp = sp_u8_at(s, len, p);

		return sp_is_space(cp) || sp_is_ignorable(cp);
	}
}

/* the first byte of the body: after the salutation, else after the title */
static size_t
body_start(const SpDoc *doc)
{
	if (doc->salutation.end > doc->salutation.start)
		return doc->salutation.end;
	if (doc->title.end > doc->title.start)
		return doc->title.end;
	return 0;
}

/* does a section start inside [i, e)? (sections are ordered by start) */
static bool
section_inside(const SpDoc *doc, size_t i, size_t e)
{
	size_t		k = SP_LOWER_BOUND(doc->sections.items, doc->sections.n, whole.start, i);

	return k < doc->sections.n && doc->sections.items[k].whole.start < e;
}

static void
find_candidates(const SpEnv *env, const SpDoc *doc, UCandVec *out)
{
	const char *s = doc->s;
	size_t		from = body_start(doc),
				to = doc->body_end;
	bool		han = han_text(s, doc->len);
	bool		prev_cand = false,
				body_indented;

	if (doc->closing.end > doc->closing.start && doc->closing.start < to)
		to = doc->closing.start;
	/* a text whose body paragraphs are indented: a heading is followed by an indented one */
	{
		size_t		ind = 0,
					all = 0;

		for (size_t p = 0; p < doc->paragraphs.n; p++)
		{
			SpSpan		ps = doc->paragraphs.items[p].span;

			if (ps.start < from || ps.start >= to)
				continue;
			all++;
			if (indented(s, doc->len, ps.start))
				ind++;
		}
		body_indented = all >= 4 && ind * 2 >= all;
	}
	for (size_t p = 0; p < doc->paragraphs.n; p++)
	{
		SpSpan		ps = doc->paragraphs.items[p].span;
		SpMarker	m;
		UCand		u;
		bool		ok;

		if ((p & 1023) == 0)
			sp_check_interrupt(env);
		if (ps.start < from || ps.start >= to || ps.end <= ps.start)
		{
			prev_cand = false;
			continue;
		}
		ok = heading_shape(s, ps.start, ps.end, han) &&
			whole_line(s, doc->len, ps.start, ps.end) &&
			!sp_marker_at(s, doc->len, ps.start, &m) &&
			!section_inside(doc, ps.start, ps.end);
		if (ok && p > 0)
		{
			SpSpan		pp = doc->paragraphs.items[p - 1].span;
			bool		head = pp.start < from; /* the title or salutation */

			ok = head || prev_cand || ends_sentence(s, pp.start, pp.end);
		}
		if (ok)
		{
			SpSpan		np;

			ok = p + 1 < doc->paragraphs.n;
			if (ok)
			{
				np = doc->paragraphs.items[p + 1].span;
				ok = (np.end - np.start > ps.end - ps.start || ends_sentence(s, np.start, np.end)) &&
					holds_sentence_end(s, np.start, np.end) &&
					(!body_indented || indented(s, doc->len, np.start));
			}
		}
		prev_cand = ok;
		if (!ok)
			continue;
		u.start = ps.start;
		u.end = ps.end;
		u.para = (int) p;
		u.named = han && part_name(s, ps.start, ps.end);
		sp_vec_push(env, out, u);
	}
	/* a pattern: two or more, or the standard part names alone */
	if (out->n < 2)
	{
		size_t		w = 0;

		for (size_t k = 0; k < out->n; k++)
			if (out->items[k].named)
				out->items[w++] = out->items[k];
		out->n = w;
	}
}

/* a section a sub-heading can sit under: one that opens its paragraph */
static bool
can_hold(const SpSection *sec)
{
	return !sec->inline_run && !sp_style_is_inline(sec->style) && sec->style != SP_STYLE_NONE;
}

size_t
sp_doc_add_unnumbered(const SpEnv *env, SpDoc *doc)
{
	UCandVec	cands = {0};
	SP_VEC(SpSection) merged = {0};
	int		   *map,			/* old section index -> merged index */
			   *last_u;			/* per parent (index + 1): the last candidate opened under it */
	bool		parts_mode;
	size_t		n_old = doc->sections.n,
				n,
				oi = 0,
				ui = 0;

	if (doc->len == 0 || doc->paragraphs.n == 0)
		return 0;
	find_candidates(env, doc, &cands);
	if (cands.n == 0)
	{
		sp_vec_free(env, &cands);
		return 0;
	}
	/* parts: the first candidate comes before the first top-level section */
	parts_mode = true;
	for (size_t k = 0; k < n_old; k++)
		if (doc->sections.items[k].parent < 0)
		{
			parts_mode = cands.items[0].start < doc->sections.items[k].whole.start;
			break;
		}

	/* merge the two ordered lists; candidates get their parent from the old tree */
	n = n_old + cands.n;
	sp_vec_reserve(env, &merged, n);
	map = sp_alloc(env, (n_old + 1) * sizeof(int));
	while (oi < n_old || ui < cands.n)
	{
		if (ui >= cands.n || (oi < n_old && doc->sections.items[oi].whole.start < cands.items[ui].start))
		{
			map[oi] = (int) merged.n;
			merged.items[merged.n++] = doc->sections.items[oi++];
		}
		else
		{
			SpSection	u;
			UCand	   *c = &cands.items[ui++];
			/* the innermost old section open at the candidate: the last one starting before it, climbed */
			int			open = (int) SP_UPPER_BOUND(doc->sections.items, n_old, whole.start, c->start) - 1,
						k;

			while (open >= 0 && doc->sections.items[open].whole.end <= c->start)
				open = doc->sections.items[open].parent;
			k = open;
			memset(&u, 0, sizeof(u));
			u.style = SP_STYLE_NONE;
			u.marker.start = u.marker.end = c->start;
			u.heading.start = c->start;
			u.heading.end = c->end;
			u.whole.start = c->start;
			/* the parent, as an old index for now (-1: the top) */
			if (parts_mode || c->named)
				u.parent = -1;
			else
			{
				while (k >= 0 && !can_hold(&doc->sections.items[k]))
					k = doc->sections.items[k].parent;
				u.parent = k;
			}
			/* old sections open here that are not the parent (or above it) end here */
			{
				int			j = open;

				while (j >= 0 && j != u.parent)
				{
					SpSection  *o = &doc->sections.items[j];

					if (o->whole.end > c->start)
						o->whole.end = c->start;
					/* it is already in merged when it started before: fix the copy too */
					if ((size_t) j < oi)
						merged.items[map[j]].whole.end = o->whole.end;
					j = o->parent;
				}
			}
			/* whole.end: set below, from the parent and the next candidate under it */
			u.whole.end = doc->body_end;
			u.level = -1;		/* marks a candidate until the parents are remapped */
			merged.items[merged.n++] = u;
		}
	}

	/* old parent indexes -> merged indexes */
	for (size_t k = 0; k < n; k++)
	{
		SpSection  *sec = &merged.items[k];

		if (sec->parent >= 0)
			sec->parent = map[sec->parent];
	}
	/* a candidate ends at the next candidate under the same parent, or with its parent */
	{
		int		   *next_u = sp_alloc(env, (n + 1) * sizeof(int));
		size_t		end_top = 0;

		for (size_t k = 0; k < n; k++)
			if (merged.items[k].whole.end > end_top && merged.items[k].level >= 0)
				end_top = merged.items[k].whole.end;
		for (size_t k = 0; k <= n; k++)
			next_u[k] = -1;
		for (size_t k = n; k-- > 0;)
		{
			SpSection  *sec = &merged.items[k];
			int			slot = sec->parent + 1;

			if (sec->level >= 0)
				continue;
			if (next_u[slot] >= 0)
				sec->whole.end = merged.items[next_u[slot]].whole.start;
			else if (sec->parent >= 0)
				sec->whole.end = merged.items[sec->parent].whole.end;
			else
			{
				/* the last part runs to the end of the body's last paragraph (the closing too) */
				size_t		e = end_top > sec->heading.end ? end_top : sec->heading.end;
				int			lp = doc->paragraphs.n ? (int) doc->paragraphs.n - 1 : -1;

				while (lp >= 0 && doc->paragraphs.items[lp].span.start >= doc->body_end)
					lp--;
				if (lp >= 0 && doc->paragraphs.items[lp].span.end > e)
					e = doc->paragraphs.items[lp].span.end;
				sec->whole.end = e;
			}
			next_u[slot] = (int) k;
		}
		sp_free(env, next_u);
	}
	/* sections that follow a candidate under the same parent move under it */
	last_u = sp_alloc(env, (n + 1) * sizeof(int));
	for (size_t k = 0; k <= n; k++)
		last_u[k] = -1;
	for (size_t k = 0; k < n; k++)
	{
		SpSection  *sec = &merged.items[k];
		int			slot;

		if ((k & 1023) == 0)
			sp_check_interrupt(env);
		if (sec->level < 0)
		{
			last_u[sec->parent + 1] = (int) k;
			continue;
		}
		/* a parent that a candidate ended before this section no longer holds it */
		while (sec->parent >= 0 && merged.items[sec->parent].whole.end <= sec->whole.start)
			sec->parent = merged.items[sec->parent].parent;
		slot = sec->parent + 1;
		if (last_u[slot] >= 0 && sec->whole.start < merged.items[last_u[slot]].whole.end)
			sec->parent = last_u[slot];
	}
	/* levels from the parents (a parent comes before its children) */
	for (size_t k = 0; k < n; k++)
	{
		SpSection  *sec = &merged.items[k];

		sec->level = sec->parent < 0 ? 1 : merged.items[sec->parent].level + 1;
	}
	sp_free(env, last_u);
	sp_free(env, map);
	sp_vec_free(env, &doc->sections);
	doc->sections.items = merged.items;
	doc->sections.n = merged.n;
	doc->sections.cap = merged.cap;
	sp_doc_link_sections(env, doc);
	n = cands.n;
	sp_vec_free(env, &cands);
	return n;
}
