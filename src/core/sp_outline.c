/*
 * sp_outline.c - numbered headings and their nesting.
 *
 * 1. Candidates: a marker shape (sp_marker.c) where a heading can begin: at
 *    the start of a paragraph (P) or of a sentence (S); inline enumerations
 *    (一是, 一要) also after a colon, semicolon or comma.  Never inside
 *    quotes (“一要吃饭，二要建设”), never glued to the previous word (统一、,
 *    第一要务, 稳居世界第二，) — the sentence/clause boundary guarantees that.
 * 2. Sequence and nesting, one pass with a stack of open sections.  A marker
 *    continues its style's run (ordinal + 1) wherever that style is open,
 *    closing everything deeper; a style not open starts a new level under the
 *    innermost open section, so the nesting is the order in which styles
 *    appear in this document, and a style seen again after its parent closed
 *    belongs to the new parent.  A run starts at 1 only when the next marker
 *    of its style is 2 (a lone 一、 at a paragraph start is accepted: texts
 *    get truncated); a restart at 1 that is followed by the old run's next
 *    number is a stray and is dropped.  Gaps (三、 without 二、) are dropped.
 *    Paragraph-initial runs whose items end with a semicolon are enumerations
 *    (一、…；二、…；), not headings, unless the item opens with a heading
 *    sentence closed by 。.  A section found inside a paragraph (inline)
 *    closes with its paragraph.  Numbering that runs on across parents
 *    (4. under （二） after 1.–3. under （一）; 第三条 under 第二章) continues
 *    its run.  The tiers of laws and plans (第一编/部分 > 第一章 > 第一节 >
 *    第一条, 【重点任务1】) open their paragraph.
 *    Separate parts: table-of-contents entries (a dot leader, or every
 *    line after 目录 until the body repeats the first) are no candidates; an
 *    appendix line (附件1, 附录), a short 谢谢大家 or a dateline closes every
 *    section and numbering restarts; a glossary (名词解释) holds no headings;
 *    a plan's box (专栏1) holds none until the body resumes.
 * 3. Spans: heading = after the marker to the first terminator, semicolon,
 *    colon, line break or the next marker; whole section = marker to the
 *    next section at the same or a higher level (inline: at most its
 *    paragraph).
 */
#include "sp_chars.h"
#include "sp_marker.h"
#include "sp_numeral.h"
#include "sp_pipeline.h"
#include "sp_scan.h"
#include "sp_search.h"
#include "sp_turn.h"
#include "sp_utf8.h"

enum
{
	CTX_P,						/* paragraph start */
	CTX_S,						/* sentence start */
	CTX_COLON,
	CTX_SEMI,
	CTX_COMMA
};

typedef struct Cand
{
	SpMarker	m;
	size_t		start;			/* marker start */
	int			para;
	int			sentence;
	int			ctx;
	int			next_same;		/* next candidate of the same style, -1 */
	bool		listlike;		/* paragraph-initial item ending with a semicolon */
	int			section;		/* index in doc->sections once accepted, else -1 */
	int			brk;			/* BRK_*: a line that closes the outline (style none) */
	bool		listed;			/* an entry of a table of contents (dot leader) */
} Cand;

enum
{
	BRK_NONE,
	BRK_PART,					/* 附件1 附录 谢谢大家: a separate part follows */
	BRK_GLOSSARY,				/* 名词解释: a separate part of numbered terms */
	BRK_BOX,					/* 专栏1: a plan's box, not a section; it closes nothing */
	BRK_TURN					/* a transcript's labelled turn: closes like a part, but the
								 * document's body goes on (doc->body_end stays) */
};

typedef SP_VEC(Cand) CandVec;

/* the tiers of laws and plans (第一章 第一条) and plan tasks (【重点任务1】): paragraph-initial only */
static bool
is_tier(SpStyle style)
{
	return style == SP_STYLE_DI_PART || style == SP_STYLE_DI_CHAPTER ||
		style == SP_STYLE_DI_SECTION || style == SP_STYLE_DI_ARTICLE ||
		style == SP_STYLE_BRACKET_LABEL;
}

/* may a marker of this style begin a heading in this context? */
static bool
allowed(SpStyle style, int ctx)
{
	/* English numbering (I. A. (a) First,) opens a paragraph */
	if (style == SP_STYLE_ROMAN_DOT || style == SP_STYLE_LATIN_DOT ||
		style == SP_STYLE_PAREN_LATIN || style == SP_STYLE_EN_ORDINAL)
		return ctx == CTX_P;
	if (is_tier(style))
		return ctx == CTX_P;	/* 第三条 【重点任务1】 open their paragraph */
	if (ctx == CTX_P || ctx == CTX_S)
		return true;
	/* a list after a colon: ：（1）…；（2）… or ：一是…，二是… */
	if (ctx == CTX_COLON || ctx == CTX_SEMI)
		return style == SP_STYLE_PAREN_ARABIC || style == SP_STYLE_CIRCLED ||
			style == SP_STYLE_HAN_SHI || style == SP_STYLE_HAN_YAO;
	return style == SP_STYLE_HAN_SHI || style == SP_STYLE_HAN_YAO;
}

static bool
has_han(const SpEnv *env, const char *s, SpSpan sp)
{
	size_t		ticks = 0;

	for (size_t i = sp.start; i < sp.end;)
	{
		int			step;

		sp_tick(env, &ticks);
		if (sp_is_han(sp_u8_decode(s, sp.end, i, &step)))
			return true;
		i += (size_t) step;
	}
	return false;
}

/* the end of the line starting at i (its newline or limit) */
static size_t
line_end(const char *s, size_t i, size_t limit)
{
	while (i < limit && s[i] != '\n' && s[i] != '\r')
		i++;
	return i;
}

#define TOC_LINE_MAX 600		/* bytes: a contents line is short */

/*
 * A table-of-contents line: it ends in a dot leader (…… ... ···), with or
 * without a page number after it.
 */
static bool
toc_entry(const char *s, size_t from, size_t limit)
{
	size_t		e = line_end(s, from, limit - from > TOC_LINE_MAX ? from + TOC_LINE_MAX : limit);
	int			ellipsis = 0,
				dots = 0;

	if (e < limit && s[e] != '\n' && s[e] != '\r')
		return false;			/* longer than any contents line (and linear: the cap) */

	while (e > from && (sp_is_space(sp_u8_before(s, e, e)) || sp_is_digit(sp_u8_before(s, e, e))))
		e = sp_u8_prev(s, e);
	while (e > from)
	{
		uint32_t	cp = sp_u8_before(s, e, e);

		if (cp == 0x2026 || cp == 0x22EF)
			ellipsis++;
		else if (cp == '.' || cp == 0xFF0E || cp == 0x00B7 || cp == 0x30FB)
			dots++;
		else
			break;
		e = sp_u8_prev(s, e);
	}
	return ellipsis >= 2 || dots >= 3;
}

/* does the text at i start with the UTF-8 string w? */
static bool
starts_with(const char *s, size_t i, size_t limit, const char *w)
{
	size_t		n = strlen(w);

	return limit - i >= n && memcmp(s + i, w, n) == 0;
}

/*
 * A line that is only a date (2021年3月2日, 二〇二一年三月二日): the dateline
 * that signs off a document.
 */
static bool
date_line(const char *s, size_t i, size_t e)
{
	static const char *const units[] = {"年", "月", "日"};

	e = sp_trim_back(s, i, e);
	for (int u = 0; u < 3; u++)
	{
		size_t		from = i;

		while (i < e)
		{
			int			step;
			uint32_t	cp = sp_u8_decode(s, e, i, &step);

			if (!(sp_is_digit(cp) || sp_han_digit(cp) >= 0 || cp == 0x5341))
				break;
			i += (size_t) step;
		}
		if (i == from || i - from > 12 || !starts_with(s, i, e, units[u]))
			return false;
		i += 3;
	}
	return i == e;
}

/*
 * An appendix line [i, e): 附件 附件1 附件一 附录 附1： alone or before a colon,
 * a space or its title; a short closing formula (谢谢大家！) also ends the
 * body.  Both close every open section.
 */
static bool
appendix_line(const char *s, size_t i, size_t e)
{
	size_t		j;
	uint32_t	cp;
	int			step;

	if ((starts_with(s, i, e, "谢谢") && e - i <= 18) || date_line(s, i, e))
		return true;
	if (!starts_with(s, i, e, "附"))
		return false;
	j = i + 3;
	if (starts_with(s, j, e, "件") || starts_with(s, j, e, "录"))
		j += 3;
	else if (!sp_is_digit(sp_u8_at(s, e, j)))
		return false;
	while (j < e && (sp_is_digit(cp = sp_u8_decode(s, e, j, &step)) || sp_han_digit(cp) > 0))
		j += (size_t) step;
	if (j >= e)
		return true;
	cp = sp_u8_at(s, e, j);
	return cp == 0xFF1A || cp == ':' || cp == 0x3001 || sp_is_space(cp);
}

/* the title line of a plan's box: 专栏1 科技前沿领域攻关, 专栏三：…, 【专栏2】 */
static bool
box_line(const char *s, size_t i, size_t e)
{
	size_t		j;
	int			step;
	uint32_t	cp;

	if (starts_with(s, i, e, "【"))
		i += 3;
	if (!starts_with(s, i, e, "专栏"))
		return false;
	j = i + 6;
	while (j < e && (sp_is_digit(cp = sp_u8_decode(s, e, j, &step)) || sp_han_digit(cp) > 0 || cp == 0x5341))
		j += (size_t) step;
	return j > i + 6 && e - i <= 200;
}

/* the title line of a glossary: 名词解释, 《政府工作报告》有关内容名词注释 */
static bool
glossary_line(const char *s, size_t i, size_t e)
{
	static const char *const words[] = {"名词解释", "名词注释", "名词释义", "术语解释"};

	if (e - i > 120 || sp_is_sentence_final(sp_u8_before(s, e, e)) || sp_u8_before(s, e, e) == 0x3002)
		return false;
	for (size_t j = i; j < e; j++)
		for (size_t w = 0; w < sizeof(words) / sizeof(words[0]); w++)
			if (starts_with(s, j, e, words[w]))
				return true;
	return false;
}

/* a break candidate (style none): the line at i closes the outline */
static void
add_break(const SpEnv *env, CandVec *cv, const SpDoc *doc, size_t i, size_t limit, int para)
{
	Cand		c;
	/* every break line is short: its end is looked for at most TOC_LINE_MAX bytes on, once */
	size_t		e = line_end(doc->s, i, limit - i > TOC_LINE_MAX ? i + TOC_LINE_MAX : limit);
	int			brk = appendix_line(doc->s, i, e) ? BRK_PART :
		glossary_line(doc->s, i, e) ? BRK_GLOSSARY :
		box_line(doc->s, i, e) ? BRK_BOX : BRK_NONE;

	if (brk == BRK_NONE || toc_entry(doc->s, i, doc->len))
		return;
	memset(&c, 0, sizeof(c));
	c.m.style = SP_STYLE_NONE;
	c.m.end = i;
	c.start = i;
	c.para = para;
	c.ctx = CTX_P;
	c.next_same = -1;
	c.section = -1;
	c.brk = brk;
	sp_vec_push(env, cv, c);
}

/* past a Markdown heading mark (## 第一章 总则) at i */
static size_t
skip_markdown_heading(const char *s, size_t i, size_t limit)
{
	size_t		j = i;

	while (j < limit && j - i < 6 && s[j] == '#')
		j++;
	if (j == i || j >= limit || !sp_is_space(sp_u8_at(s, limit, j)))
		return i;
	return sp_skip_invisible(s, limit, j);
}

/*
 * Does the item at i open with a heading sentence (1.坚持党的领导。…；): a
 * full stop comes before the first semicolon and is not the item's end?
 */
static bool
opens_with_sentence(const char *s, size_t i, size_t limit)
{
	size_t		end = sp_trim_back(s, i, limit);

	while (i < end)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, end, i, &step);

		i += (size_t) step;
		if (cp == 0xFF1B || cp == ';')
			return false;
		if (cp == 0x3002 || sp_is_sentence_final(cp))
			return i < end;
	}
	return false;
}

static void
add_cand(const SpEnv *env, CandVec *cv, const SpDoc *doc, size_t at, size_t limit,
		 int para, int sentence, int ctx, bool footnotes, int *han)
{
	Cand		c;

	if (!sp_marker_at(doc->s, limit, at, &c.m) || !allowed(c.m.style, ctx))
		return;
	/*
	 * Inside a sentence, an enumeration of a word or two is a slogan
	 * (量入为出，一是吃饭，二是建设), not a list of points: the item must run
	 * to at least four characters before its clause ends.
	 */
	if (ctx != CTX_P && ctx != CTX_S && sp_style_is_inline(c.m.style))
	{
		size_t		n = 0;

		for (size_t i = c.m.end; i < limit && n < 4;)
		{
			int			step;
			uint32_t	cp = sp_u8_decode(doc->s, limit, i, &step);

			if (cp == 0xFF0C || cp == ',' || cp == 0xFF1B || cp == ';' || cp == 0x3001 ||
				sp_is_sentence_final(cp) || cp == 0x3002)
				break;
			n++;
			i += (size_t) step;
		}
		if (n < 4)
			return;
	}
	/* ① after a full stop is a footnote reference where the text has footnotes */
	if (footnotes && c.m.style == SP_STYLE_CIRCLED)
		return;
	/* in text without Han, numbers inside a paragraph are a list, not headings */
	if (ctx != CTX_P && !sp_style_is_inline(c.m.style))
	{
		if (*han < 0)			/* computed once per paragraph, on demand */
			*han = has_han(env, doc->s, doc->paragraphs.items[para].span);
		if (!*han)
			return;
	}
	/* First, … Finally, are the English 第一，: in text without Han only */
	if (c.m.style == SP_STYLE_EN_ORDINAL)
	{
		if (*han < 0)
			*han = has_han(env, doc->s, doc->paragraphs.items[para].span);
		if (*han)
			return;
	}
	c.start = at;
	c.para = para;
	c.sentence = sentence;
	c.ctx = ctx;
	c.next_same = -1;
	c.listlike = false;
	c.section = -1;
	c.brk = BRK_NONE;
	/* a table of contents repeats the headings: 第一章 总则…… 2 (dropped by contents_filter) */
	c.listed = ctx == CTX_P && toc_entry(doc->s, at, doc->len);
	if (ctx == CTX_P && !sp_style_is_inline(c.m.style) && !is_tier(c.m.style))
	{
		SpSpan		ps = doc->paragraphs.items[para].span;
		uint32_t	last = sp_u8_before(doc->s, ps.end, ps.end);

		c.listlike = (last == 0xFF1B || last == ';') && !opens_with_sentence(doc->s, c.m.end, ps.end);
	}
	sp_vec_push(env, cv, c);
}

/*
 * Closing quotes lost throughout (the seed loses every one)?  And does the
 * text use ① as footnote references (glued to the end of a sentence)?
 */
static bool
quotes_lost(const SpEnv *env, const SpDoc *doc, bool *footnotes)
{
	size_t		open = 0,
				close = 0;
	uint32_t	prev = 0;
	const char *s = doc->s;

	*footnotes = false;

	for (size_t i = 0, iter = 0; i < doc->len; iter++)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, doc->len, i, &step);

		if (iter % (SP_INTERRUPT_INTERVAL * 8) == 0)
			sp_check_interrupt(env);
		if (cp == 0x201C || cp == 0x300C || cp == 0x300E)
			open++;
		else if (cp == 0x201D || cp == 0x300D || cp == 0x300F)
			close++;
		else if (sp_circled_value(cp) > 0 && (sp_is_sentence_final(prev) || sp_is_close_quote(prev)))
			*footnotes = true;
		prev = cp;
		i += (size_t) step;
	}
	return open >= 3 && open > 2 * close;
}

/* the byte offset of the last closing quote in paragraph span ps, SIZE_MAX if none */
static size_t
last_close_quote(const char *s, SpSpan ps)
{
	for (size_t i = ps.end; i > ps.start;)
	{
		uint32_t	cp;

		i = sp_u8_prev(s, i);
		cp = sp_u8_at(s, ps.end, i);
		if (cp == 0x201D || cp == 0x300D || cp == 0x300F || cp == 0x300B)
			return i;
	}
	return SIZE_MAX;
}

/*
 * A table of contents without dot leaders: after a 目录 line the headings are
 * listed once before the body repeats them.  Its candidates are dropped
 * until the first one listed comes again or running text (a sentence) begins.
 */
typedef struct Contents
{
	bool		on;				/* after a 目录 line, before the body */
	bool		seen;			/* the first listed candidate is known */
	SpStyle		style;			/* ... its style and ordinal */
	int			ordinal;
} Contents;

/* a 目录 / 目  录 / 目次 line */
static bool
contents_title(const char *s, size_t i, size_t limit)
{
	size_t		e = sp_trim_back(s, i, line_end(s, i, limit));
	size_t		j = i;
	char		word[16];
	size_t		n = 0;

	while (j < e)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, e, j, &step);

		if (!sp_is_space(cp))
		{
			/* longer than 目录 once the spaces are left out (a fuzz finding: a 4-byte character wrote past word[8]) */
			if (n + (size_t) step > sizeof(word) - 1)
				return false;
			memcpy(word + n, s + j, (size_t) step);
			n += (size_t) step;
		}
		j += (size_t) step;
	}
	word[n] = '\0';
	return strcmp(word, "目录") == 0 || strcmp(word, "目次") == 0;
}

/* does paragraph span ps hold a sentence end (running text)? */
static bool
has_sentence_end(const char *s, SpSpan ps)
{
	for (size_t i = ps.start; i < ps.end;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, ps.end, i, &step);

		if (cp == 0x3002 || sp_is_sentence_final(cp))
			return true;
		i += (size_t) step;
	}
	return false;
}

/* the contents state at the start of paragraph ps */
static void
contents_paragraph(Contents *toc, const char *s, SpSpan ps)
{
	if (toc->on && has_sentence_end(s, ps))
		toc->on = false;
	if (contents_title(s, ps.start, ps.end - ps.start > TOC_LINE_MAX ? ps.start + TOC_LINE_MAX : ps.end))
	{
		toc->on = true;
		toc->seen = false;
	}
}

/*
 * Drop the candidate added since n if it is an entry of a table of contents:
 * a line with a dot leader, or any candidate after a 目录 line before the
 * body begins.
 */
static void
contents_filter(Contents *toc, CandVec *cv, size_t n)
{
	if (cv->n <= n || (!toc->on && !cv->items[n].listed))
		return;
	if (!toc->on)
	{
		cv->n = n;
		return;
	}
	if (!toc->seen)
	{
		toc->seen = true;
		toc->style = cv->items[n].m.style;
		toc->ordinal = cv->items[n].m.ordinal;
	}
	else if (!cv->items[n].listed && cv->items[n].m.style == toc->style &&
			 cv->items[n].m.ordinal == toc->ordinal)
	{
		toc->on = false;		/* the body begins: it repeats the first entry */
		return;
	}
	cv->n = n;
}

static void
collect(const SpEnv *env, const SpDoc *doc, CandVec *cv)
{
	const char *s = doc->s;
	bool		footnotes;
	bool		lost = quotes_lost(env, doc, &footnotes);
	Contents	toc = {0};
	size_t		k = 0,
				ticks = 0,
				skip_from = SIZE_MAX,
				skip_to = 0,
				skip_end = 0;

	for (size_t p = 0; p < doc->paragraphs.n; p++)
	{
		SpSpan		ps = doc->paragraphs.items[p].span;
		int			depth = 0,
					han = -1;
		bool		first = true,
					have_last_close = false;
		size_t		last_close = SIZE_MAX;	/* looked for only once a quote is open */

		if (p % 256 == 0)
			sp_check_interrupt(env);
		contents_paragraph(&toc, s, ps);
		for (; k < doc->sentences.n && doc->sentences.items[k].paragraph == (int) p; k++)
		{
			SpSpan		ss = doc->sentences.items[k].span;
			size_t		i = ss.start;

			if (first)
				add_break(env, cv, doc, i, ps.end, (int) p);
			/* a quote that never closes in its paragraph ends with its sentence */
			if (depth > 0 && !have_last_close)
			{
				last_close = last_close_quote(s, ps);
				have_last_close = true;
			}
			if (depth > 0 && (last_close == SIZE_MAX || last_close < ss.start))
				depth = 0;
			if (depth == 0)
			{
				size_t		n = cv->n;

				add_cand(env, cv, doc, first ? skip_markdown_heading(s, i, ps.end) : i,
						 ps.end, (int) p, (int) k, first ? CTX_P : CTX_S, footnotes, &han);
				contents_filter(&toc, cv, n);
			}
			first = false;
			if (lost)
				depth = 0;
			while (i < ss.end)
			{
				int			step;
				uint32_t	cp = sp_u8_decode(s, ss.end, i, &step);
				int			ctx = -1;

				sp_tick(env, &ticks);
				i += (size_t) step;
				if (cp == 0x201C || cp == 0x300C || cp == 0x300E || cp == 0x300A ||
					(cp == 0x2018 && sp_is_han(sp_u8_at(s, ss.end, i))))
					depth++;
				else if ((cp == 0x201D || cp == 0x300D || cp == 0x300F || cp == 0x300B ||
						  (cp == 0x2019 && depth > 0)) && depth > 0)
					depth--;
				else if (cp == 0xFF1A || cp == ':')
					ctx = CTX_COLON;
				else if (cp == 0xFF1B || cp == ';')
					ctx = CTX_SEMI;
				else if (cp == 0xFF0C || cp == ',')
					ctx = CTX_COMMA;
				if (ctx >= 0 && lost)
					depth = 0;	/* a lost closing quote ends at the clause */
				if (ctx >= 0 && depth == 0)
				{
					size_t		at;

					/*
					 * the invisible stretch after a clause mark: skipped once,
					 * then known for every mark inside it (fuzz_structure: each
					 * ';' of a run of &nbsp; skipped the rest of the run again,
					 * quadratic, 0.5 s for 15 KB)
					 */
					if (ss.end == skip_end && i >= skip_from && i <= skip_to)
						at = skip_to;
					else
					{
						at = sp_skip_invisible(s, ss.end, i);
						skip_from = i;
						skip_to = at;
						skip_end = ss.end;
					}

					if (at < ss.end)
					{
						size_t		n = cv->n;

						add_cand(env, cv, doc, at, ps.end, (int) p, (int) k, ctx, footnotes, &han);
						contents_filter(&toc, cv, n);
					}
				}
			}
		}
	}
}

typedef struct Open
{
	int			cand;			/* candidate index */
	int			section;		/* section index */
} Open;

typedef struct Closed
{
	int			ordinal;
	int			parent;			/* section index of its parent, -1 */
	bool		valid;
} Closed;

/* the end of the noise span starting at byte i (binary search), else i */
static size_t
noise_end_at(const SpDoc *doc, size_t i)
{
	size_t		k = SP_LOWER_BOUND(doc->noise.items, doc->noise.n, span.start, i);

	return k < doc->noise.n && doc->noise.items[k].span.start == i ? doc->noise.items[k].span.end : i;
}

static size_t
heading_end_in(const SpEnv *env, const SpDoc *doc, size_t from, size_t limit)
{
	const char *s = doc->s;
	size_t		i = from,
				ticks = 0;

	while (i < limit)
	{
		int			step;
		uint32_t	cp;
		size_t		ne = doc->noise.n ? noise_end_at(doc, i) : i;

		sp_tick(env, &ticks);
		if (ne != i)
		{
			i = ne;				/* a chunk number inside the heading: it goes on */
			continue;
		}
		cp = sp_u8_decode(s, limit, i, &step);

		if (sp_is_sentence_final(cp) || cp == 0x3002 || cp == 0xFF1B || cp == ';' ||
			cp == 0xFF1A || cp == ':' || sp_is_newline(cp))
			break;
		if (cp == '.' && (i + 1 >= limit || sp_is_space(sp_u8_at(s, limit, i + 1))))
			break;
		i += (size_t) step;
	}
	return sp_trim_back(s, from, i);
}

/* heading span of an accepted candidate; bounded by the next candidate in its paragraph */
static SpSpan
heading_span(const SpEnv *env, const SpDoc *doc, const Cand *c, size_t next_marker)
{
	SpSpan		h;
	SpSpan		ps = doc->paragraphs.items[c->para].span;
	size_t		limit = next_marker < ps.end ? next_marker : ps.end;

	h.start = sp_skip_invisible(doc->s, limit, c->m.end);
	if (h.start >= limit && next_marker >= ps.end && c->para + 1 < (int) doc->paragraphs.n)
	{
		/* a marker alone on its line: the heading is the next paragraph's first line */
		SpSpan		np = doc->paragraphs.items[c->para + 1].span;

		h.start = np.start;
		h.end = heading_end_in(env, doc, np.start, np.end);
		return h;
	}
	h.end = h.start < limit ? heading_end_in(env, doc, h.start, limit) : h.start;
	if (h.end < h.start)
		h.end = h.start;
	return h;
}

/* link each candidate to the next one of its style (Cand.next_same) */
static void
link_same_style(CandVec *cv)
{
	int			last[SP_STYLE__COUNT];

	for (int st = 0; st < SP_STYLE__COUNT; st++)
		last[st] = -1;
	for (int i = (int) cv->n - 1; i >= 0; i--)
	{
		cv->items[i].next_same = last[cv->items[i].m.style];
		last[cv->items[i].m.style] = i;
	}
}

/* the sequence-and-nesting pass (step 2 above): what it keeps between candidates */
typedef struct Nesting
{
	const SpEnv *env;
	SpDoc	   *doc;
	CandVec    *cv;
	SP_VEC(Open) stack;			/* the open sections, outermost first */
	Closed		closed[SP_STYLE__COUNT];	/* the last closed section of each style */
	int			listrun[SP_STYLE__COUNT];	/* ordinal reached by an enumeration run, 0 none */
	size_t		doc_end;		/* the end of the last paragraph */
	bool		glossary;		/* inside a glossary: its numbered terms are no headings */
	bool		box;			/* inside a plan's box (专栏): its numbered lines are no headings */
} Nesting;

/* the candidate of the open section at depth k */
static const Cand *
open_cand(const Nesting *ns, size_t k)
{
	return &ns->cv->items[ns->stack.items[k].cand];
}

/* close the innermost open section; it becomes the last closed one of its style */
static void
close_innermost(Nesting *ns)
{
	Open		o = ns->stack.items[--ns->stack.n];
	const Cand *oc = &ns->cv->items[o.cand];

	ns->closed[oc->m.style].ordinal = oc->m.ordinal;
	ns->closed[oc->m.style].parent = ns->doc->sections.items[o.section].parent;
	ns->closed[oc->m.style].valid = true;
}

/* inline sections close with their paragraph */
static void
close_inline_before(Nesting *ns, const Cand *c)
{
	while (ns->stack.n > 0 && open_cand(ns, ns->stack.n - 1)->ctx != CTX_P &&
		   open_cand(ns, ns->stack.n - 1)->para != c->para)
		close_innermost(ns);
}

/* an item of an enumeration (一、…； 二、…；): no heading; the run goes on */
static bool
enumeration_item(Nesting *ns, const Cand *c)
{
	SpStyle		st = c->m.style;

	if (ns->listrun[st] > 0 && c->m.ordinal == ns->listrun[st] + 1)
	{
		ns->listrun[st] = c->m.ordinal;
		return true;
	}
	ns->listrun[st] = 0;
	if (c->listlike && c->m.ordinal == 1)
	{
		ns->listrun[st] = 1;
		return true;
	}
	return false;
}

/*
 * A Roman-numbered run may leave its I. implicit (the opening is part I):
 * II. starts a run when no run of its style is open and III. follows.
 */
static bool
implicit_first(const Nesting *ns, const Cand *c, int d)
{
	const Cand *next = c->next_same >= 0 ? &ns->cv->items[c->next_same] : NULL;

	return c->m.style == SP_STYLE_ROMAN_DOT && c->m.ordinal == 2 && d < 0 &&
		!ns->closed[SP_STYLE_ROMAN_DOT].valid && next && next->m.ordinal == 3;
}

/*
 * I. V. X. read as letters where a lettered run (A. B. …) has reached the
 * letter before them (… H. I.): they continue it.  Before link_same_style,
 * so the run is followed by the last letter seen in the document.
 */
static void
reread_letters(CandVec *cv)
{
	int			letter = 0;		/* the last A. B. … ordinal seen, 0 none */

	for (size_t ci = 0; ci < cv->n; ci++)
	{
		SpMarker   *m = &cv->items[ci].m;

		if (m->style == SP_STYLE_ROMAN_DOT && letter > 0 &&
			m->end - cv->items[ci].start == 2)
		{
			char		ch = m->ordinal == 1 ? 'I' : m->ordinal == 5 ? 'V' : 'X';
			int			as_letter = ch - 'A' + 1;

			if (as_letter == letter + 1)
			{
				m->style = SP_STYLE_LATIN_DOT;
				m->ordinal = as_letter;
			}
		}
		if (m->style == SP_STYLE_LATIN_DOT)
			letter = m->ordinal;
	}
}

/*
 * Numbering that runs on across parents (1.–3. under （一）, 4.–8. under
 * （二）; articles through chapters; (五) opening 第三章): the last closed
 * section of style st had a parent, or an ancestor of it, whose next sibling
 * (same style, ordinal + 1, same parent) is open now.  The caller has checked
 * that the ordinal continues the closed run.
 */
static bool
continues_under_next_parent(const Nesting *ns, SpStyle st)
{
	const SpSection *secs = ns->doc->sections.items;

	for (int a = ns->closed[st].parent; a >= 0; a = secs[a].parent)
		for (size_t k = 0; k < ns->stack.n; k++)
		{
			const SpSection *o = &secs[ns->stack.items[k].section];

			if (o->style == secs[a].style && o->ordinal == secs[a].ordinal + 1 &&
				o->parent == secs[a].parent)
				return true;
		}
	return false;
}

/*
 * The body resumes after a plan's box (专栏) at a tier marker (第二节) or at a
 * marker that continues an open run (（三） after （二）); anything else
 * numbered is the box's content.
 */
static bool
ends_box(Nesting *ns, const Cand *c)
{
	if (is_tier(c->m.style))
	{
		ns->box = false;
		return true;
	}
	for (size_t k = 0; k < ns->stack.n; k++)
		if (open_cand(ns, k)->m.style == c->m.style && open_cand(ns, k)->m.ordinal + 1 == c->m.ordinal)
		{
			ns->box = false;
			return true;
		}
	return false;
}

/* a break line (附件, 名词解释): every section closes and numbering restarts */
static void
part_break(Nesting *ns, const Cand *c)
{
	while (ns->stack.n > 0)
		close_innermost(ns);
	memset(ns->closed, 0, sizeof(ns->closed));
	memset(ns->listrun, 0, sizeof(ns->listrun));
	ns->glossary = c->brk == BRK_GLOSSARY;
}

/*
 * Whether candidate c is a heading: it continues the run of its style, starts
 * one, or resumes an inline run of the previous paragraph.  Sets *ordinal
 * (最后 takes the number after its run) and *d, the depth of the open section
 * of its style that it replaces (-1: it nests); a resumed run first cuts the
 * stack back to its parent.
 */
static bool
accepted(Nesting *ns, const Cand *c, int *ordinal, int *d)
{
	SpStyle		st = c->m.style;
	const Cand *next = c->next_same >= 0 ? &ns->cv->items[c->next_same] : NULL;
	bool		accept = false;

	*d = -1;
	for (int k = (int) ns->stack.n - 1; k >= 0; k--)
		if (open_cand(ns, (size_t) k)->m.style == st)
		{
			*d = k;
			break;
		}

	if ((st == SP_STYLE_SEQUENCE || st == SP_STYLE_EN_ORDINAL) && *ordinal == 0)
	{
		/* 最后 closes a 首先…其次 run, Finally, a First, … Second, run */
		if (*d >= 0 && open_cand(ns, (size_t) *d)->m.ordinal >= 2)
		{
			*ordinal = open_cand(ns, (size_t) *d)->m.ordinal + 1;
			accept = true;
		}
	}
	else if (*d >= 0 && *ordinal == open_cand(ns, (size_t) *d)->m.ordinal + 1)
		accept = true;
	else if (*ordinal == 1)
	{
		bool		lone_ok = (st == SP_STYLE_HAN_DUN || st == SP_STYLE_HAN_FORMAL ||
							   (is_tier(st) && st != SP_STYLE_BRACKET_LABEL)) && c->ctx == CTX_P;

		if (next && next->m.ordinal == 2)
			accept = true;
		else if (*d >= 0 && next && next->m.ordinal == open_cand(ns, (size_t) *d)->m.ordinal + 1)
			accept = false;		/* a stray 1 inside a running sequence */
		else
			accept = lone_ok;
	}
	else if (implicit_first(ns, c, *d))
		accept = true;
	else if (*d < 0 && ns->closed[st].valid && ns->closed[st].ordinal == *ordinal - 1)
	{
		/* an inline run resumed in the next paragraph, under the same parent */
		int			par = ns->closed[st].parent;

		for (int k = (int) ns->stack.n - 1; k >= -1; k--)
			if ((k >= 0 ? ns->stack.items[k].section : -1) == par)
			{
				*d = k + 1;
				accept = true;
				break;
			}
		if (accept)
			ns->stack.n = (size_t) *d;	/* the resumed run goes right under its parent */
		else
			accept = continues_under_next_parent(ns, st);
		*d = -1;
	}
	return accept;
}

/*
 * The styles whose points hold no numbered headings of a later paragraph:
 * the inline enumerations, and the English ordinal words (First, … are
 * sentences; a "1." heading after them belongs to the part above them).
 */
static bool
holds_no_headings(SpStyle style)
{
	return sp_style_is_inline(style) || style == SP_STYLE_EN_ORDINAL;
}

/*
 * Enumerations (一是, 一要, 首先, and First, in English) hold no numbered headings beyond their own
 * paragraph: a numbered heading (第一， 1、 （一）) in a later paragraph closes
 * them instead of nesting in them (一是…（1）…（2） in one paragraph does
 * nest).
 */
static void
close_enumerations_before(Nesting *ns, const Cand *c, int d)
{
	if (holds_no_headings(c->m.style))
		return;
	while (ns->stack.n > 0 && holds_no_headings(open_cand(ns, ns->stack.n - 1)->m.style) &&
		   open_cand(ns, ns->stack.n - 1)->para != c->para &&
		   (d < 0 || (size_t) d < ns->stack.n - 1))
		close_innermost(ns);
}

/*
 * The section of candidate ci: it replaces the open section of its style (at
 * depth d) or nests in the innermost one; an inline enumeration (一要…) does
 * not nest in another one (一是…): they are siblings.  Its spans are set
 * later (set_spans).
 */
static void
open_section(Nesting *ns, size_t ci, int ordinal, int d)
{
	Cand	   *c = &ns->cv->items[ci];
	size_t		keep = d >= 0 ? (size_t) d : ns->stack.n;	/* stack entries kept below it */
	SpSection	sec;
	Open		o;

	if (d < 0 && sp_style_is_inline(c->m.style) && ns->stack.n > 0 &&
		sp_style_is_inline(open_cand(ns, ns->stack.n - 1)->m.style))
		keep = ns->stack.n - 1;
	while (ns->stack.n > keep)
		close_innermost(ns);
	sec.parent = ns->stack.n > 0 ? ns->stack.items[ns->stack.n - 1].section : -1;
	sec.level = (int) ns->stack.n + 1;
	sec.ordinal = ordinal;
	sec.style = c->m.style;
	sec.inline_run = c->ctx != CTX_P;
	sec.marker.start = c->start;
	sec.marker.end = c->m.end;
	sec.whole.start = c->start;
	sec.whole.end = ns->doc_end;
	sec.heading.start = sec.heading.end = c->m.end;
	c->section = (int) ns->doc->sections.n;
	sp_vec_push(ns->env, &ns->doc->sections, sec);
	o.cand = (int) ci;
	o.section = c->section;
	sp_vec_push(ns->env, &ns->stack, o);
}

/*
 * Step 2: the candidates that are headings become doc->sections, in one pass
 * with a stack of open sections (their marker spans set, heading and whole
 * span provisional).
 */
static void
nest(const SpEnv *env, SpDoc *doc, CandVec *cv)
{
	Nesting		ns;

	memset(&ns, 0, sizeof(ns));
	ns.env = env;
	ns.doc = doc;
	ns.cv = cv;
	/* the end of the last paragraph: the same trimming the paragraphs got */
	ns.doc_end = doc->paragraphs.n ? doc->paragraphs.items[doc->paragraphs.n - 1].span.end : 0;
	for (size_t ci = 0; ci < cv->n; ci++)
	{
		const Cand *c = &cv->items[ci];
		int			ordinal = c->m.ordinal,
					d;

		if (ci % 1024 == 0)
			sp_check_interrupt(env);
		if (c->brk == BRK_BOX)
		{
			ns.box = true;
			continue;
		}
		if (c->brk != BRK_NONE)
		{
			ns.box = false;
			if (c->brk != BRK_TURN && doc->body_end > c->start)
				doc->body_end = c->start;
			part_break(&ns, c);
			continue;
		}
		if (ns.glossary || (ns.box && !ends_box(&ns, c)))
			continue;
		close_inline_before(&ns, c);
		if (enumeration_item(&ns, c))
			continue;
		if (!accepted(&ns, c, &ordinal, &d))
			continue;
		close_enumerations_before(&ns, c, d);
		open_section(&ns, ci, ordinal, d);
	}
	sp_vec_free(env, &ns.stack);
}

/*
 * Step 3: headings bounded by the next accepted marker in the paragraph;
 * sections end where the next section at the same or a higher level begins
 * (inline ones at the end of their paragraph at the latest).
 */
static void
set_spans(const SpEnv *env, SpDoc *doc, const CandVec *cv)
{
	SP_VEC(int) open = {0};		/* candidate indexes of sections still open */
	int			prev_cand = -1;

	for (size_t ci = 0; ci <= cv->n; ci++)
	{
		const Cand *c = ci < cv->n ? &cv->items[ci] : NULL;
		const SpSection *sec;

		if (c && c->section < 0)
			continue;
		if (prev_cand >= 0)
		{
			const Cand *pc = &cv->items[prev_cand];
			size_t		next_marker = c && c->para == pc->para ? c->start : SIZE_MAX;

			doc->sections.items[pc->section].heading = heading_span(env, doc, pc, next_marker);
		}
		prev_cand = (int) ci;
		sec = c ? &doc->sections.items[c->section] : NULL;
		while (open.n > 0)
		{
			const Cand *oc = &cv->items[open.items[open.n - 1]];
			SpSection  *o = &doc->sections.items[oc->section];
			size_t		pend = o->inline_run ? doc->paragraphs.items[oc->para].span.end : SIZE_MAX;

			if (sec && sec->level > o->level && sec->whole.start < pend)
				break;
			if (sec && sec->whole.start < o->whole.end)
				o->whole.end = sec->whole.start;
			if (pend < o->whole.end)
				o->whole.end = pend;
			o->whole.end = sp_trim_back(doc->s, o->whole.start, o->whole.end);
			/* a section holds at least its marker and heading */
			if (o->whole.end < o->heading.end)
				o->whole.end = o->heading.end;
			if (o->whole.end < o->marker.end)
				o->whole.end = o->marker.end;
			open.n--;
		}
		if (c)
			sp_vec_push(env, &open, (int) ci);
	}
	sp_vec_free(env, &open);
}

/*
 * A parent ends no earlier than its children (trimming from different
 * starting points can disagree about markup-like text at the end).
 */
static void
cover_children(SpDoc *doc)
{
	for (size_t k = doc->sections.n; k-- > 0;)
	{
		SpSection  *sec = &doc->sections.items[k];

		if (sec->parent >= 0 && doc->sections.items[sec->parent].whole.end < sec->whole.end)
			doc->sections.items[sec->parent].whole.end = sec->whole.end;
	}
}

/* found points: the highest ordinal of the first top-level style */
static int
found_points(const SpDoc *doc)
{
	int			found = 0;

	for (size_t k = 0; k < doc->sections.n; k++)
	{
		const SpSection *sec = &doc->sections.items[k];

		if (sec->level != 1)
			continue;
		if (doc->sections.items[0].style != sec->style)
			continue;
		if (sec->ordinal > found)
			found = sec->ordinal;
	}
	return found;
}

/*
 * Transcripts (sp_turn.h): the outline of an answer nests inside that turn,
 * never across turns, so each labelled turn starts with a break (sections
 * close, numbering restarts); and a number that belongs to a speaker label
 * (1.问：) is no heading.  One exception: a speaker who resumes after short
 * interjections of others (a chair's call to order, a heckler, "Watch out")
 * continues the outline of the turn before them, so neither the
 * interjections nor the resumed turn break it.  A text that is not a
 * transcript is left as it is.
 */
#define TURN_INTERJECTION_BYTES 400
typedef SP_VEC(size_t) BreakVec;

static void
turn_breaks(const SpEnv *env, const SpDoc *doc, CandVec *cv, BreakVec *breaks)
{
	SpTurnVec	turns;
	CandVec		out = {0};
	size_t		t = 0,
				labelled = 0;
	bool	   *nobreak;

	/* a transcript has labels at line starts: most texts stop here */
	if (!sp_turns_likely(doc->s, doc->len))
		return;
	sp_turns_find(env, doc->s, doc->len, &turns);
	for (size_t k = 0; k < turns.n; k++)
		if (turns.items[k].speaker.end > turns.items[k].speaker.start)
			labelled++;
	if (labelled < 2)
	{
		sp_vec_free(env, &turns);
		return;
	}
	nobreak = sp_alloc0(env, turns.n);
	for (size_t k = 0, carrier = SIZE_MAX; k < turns.n; k++)
	{
		const SpTurn *tu = &turns.items[k];
		const SpTurn *ca = carrier < k ? &turns.items[carrier] : NULL;

		if (tu->role == SP_TURN_QUESTION)
		{
			carrier = SIZE_MAX;	/* a question opens a new exchange */
			continue;
		}
		if (tu->whole.end - tu->whole.start <= TURN_INTERJECTION_BYTES)
			continue;
		if (ca && tu->speaker.end > tu->speaker.start &&
			tu->speaker.end - tu->speaker.start == ca->speaker.end - ca->speaker.start &&
			memcmp(doc->s + tu->speaker.start, doc->s + ca->speaker.start,
				   tu->speaker.end - tu->speaker.start) == 0)
			for (size_t j = carrier + 1; j <= k; j++)
				nobreak[j] = true;
		carrier = k;
	}
	sp_vec_reserve(env, &out, cv->n + turns.n);
	for (size_t ci = 0; ci <= cv->n; ci++)
	{
		const Cand *c = ci < cv->n ? &cv->items[ci] : NULL;
		size_t		at = c ? c->start : SIZE_MAX;

		for (; t < turns.n && turns.items[t].whole.start <= at; t++)
		{
			const SpTurn *tu = &turns.items[t];
			Cand		b;

			if (tu->speaker.end <= tu->speaker.start || nobreak[t])
				continue;
			memset(&b, 0, sizeof(b));
			b.m.style = SP_STYLE_NONE;
			b.m.end = tu->whole.start;
			b.start = tu->whole.start;
			b.para = c ? c->para : (int) doc->paragraphs.n - 1;
			b.ctx = CTX_P;
			b.next_same = -1;
			b.section = -1;
			b.brk = BRK_TURN;
			sp_vec_push(env, &out, b);
			sp_vec_push(env, breaks, tu->whole.start);
		}
		if (!c)
			break;
		/* a marker inside a label (1.问：) */
		if (t > 0 && c->start >= turns.items[t - 1].whole.start && c->start < turns.items[t - 1].body &&
			turns.items[t - 1].speaker.end > turns.items[t - 1].speaker.start)
			continue;
		sp_vec_push(env, &out, *c);
	}
	sp_vec_free(env, cv);
	*cv = out;
	sp_free(env, nobreak);
	sp_vec_free(env, &turns);
}

/* a section of a turn ends with the turn (breaks in text order, sections by start) */
static void
clip_to_turns(SpDoc *doc, const BreakVec *breaks)
{
	size_t		b = 0;

	for (size_t k = 0; k < doc->sections.n; k++)
	{
		SpSection  *sec = &doc->sections.items[k];

		while (b < breaks->n && breaks->items[b] <= sec->whole.start)
			b++;
		if (b < breaks->n && sec->whole.end > breaks->items[b])
		{
			size_t		e = sp_trim_back(doc->s, sec->whole.start, breaks->items[b]);

			sec->whole.end = e > sec->heading.end ? e : sec->heading.end;
		}
	}
}

/*
 * The outline stage: candidates (collect), headings and their nesting
 * (nest), spans (set_spans, cover_children), and the number of points
 * found; see the top of the file.
 */
void
sp_find_outline(const SpEnv *env, SpDoc *doc)
{
	CandVec		cv = {0};
	BreakVec	breaks = {0};

	collect(env, doc, &cv);
	turn_breaks(env, doc, &cv, &breaks);
	reread_letters(&cv);
	link_same_style(&cv);
	nest(env, doc, &cv);
	set_spans(env, doc, &cv);
	cover_children(doc);
	clip_to_turns(doc, &breaks);
	doc->found_points = found_points(doc);
	sp_vec_free(env, &cv);
	sp_vec_free(env, &breaks);
}
