/*
 * sp_html.c - escaping, the style sheet, marked text and the reading view
 * (sp_html.h).  Everything is linear in the text, but for the sort of the
 * marks (n log n in their number).
 */
#include <stdio.h>
#include <stdlib.h>

#include "sp_chars.h"
#include "sp_html.h"
#include "sp_utf8.h"

/*
 * One style sheet for every page.  Fonts: the reader's own, a Latin face
 * first for Latin letters and digits, then the common Chinese faces of each
 * system, then the generic family, so both scripts find a glyph.  Text
 * keeps its line breaks (pre-wrap) and wraps anywhere: no long line or
 * unbroken run overflows its column.
 */
const char	sp_html_css[] =
":root{--fg:#1d1f21;--muted:#5f6368;--bg:#fff;--panel:#f6f7f9;--line:#dadce0;"
"--qty:#d6ecff;--slogan:#ffe7b3;--quote:#e6f4d7;--dhigh:#c62828;--dmed:#ef6c00;--dlow:#2e7d32;"
"--add:#e6ffec;--add-strong:#abf2bc;--del:#ffebe9;--del-strong:#ffb3ad;--chg:#fff8c5;--mov:#ddf4ff;}\n"
"*{box-sizing:border-box}\n"
"html{font-size:16px}\n"
"body{margin:0;color:var(--fg);background:var(--bg);line-height:1.75;"
"font-family:-apple-system,BlinkMacSystemFont,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,"
"\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\","
"\"WenQuanYi Micro Hei\",\"Noto Sans SC\",sans-serif;}\n"
".sp-page{display:grid;grid-template-columns:minmax(12rem,20rem) minmax(0,1fr);min-height:100vh}\n"
".sp-outline{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:1rem;"
"background:var(--panel);border-right:1px solid var(--line);font-size:.875rem;line-height:1.4}\n"
".sp-outline h2{font-size:1rem;margin:0 0 .5rem}\n"
".sp-outline ol{list-style:none;margin:0;padding:0}\n"
".sp-outline li{margin:.15rem 0;overflow-wrap:anywhere}\n"
".sp-outline a{color:inherit;text-decoration:none}.sp-outline a:hover{text-decoration:underline}\n"
".sp-outline .sp-size{display:block;color:var(--muted);font-size:.75rem}\n"
".sp-outline .sp-bar{display:block;height:3px;background:#8ab4f8;margin-top:2px;min-width:1px}\n"
".sp-lvl-2{padding-left:1rem}.sp-lvl-3{padding-left:2rem}.sp-lvl-4{padding-left:3rem}"
".sp-lvl-5,.sp-lvl-6,.sp-lvl-7,.sp-lvl-8{padding-left:4rem}\n"
"main{min-width:0;padding:1.5rem 2rem;max-width:56rem}\n"
"h1{font-size:1.5rem;line-height:1.4;margin:0 0 .5rem;overflow-wrap:anywhere}\n"
".sp-stats{color:var(--muted);font-size:.875rem;margin:.25rem 0 1rem}\n"
".sp-legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:.5rem .75rem;margin:0 0 1rem;"
"border:1px solid var(--line);border-radius:6px;font-size:.875rem}\n"
".sp-text{white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal;font-size:1.0625rem}\n"
".sp-heading{font-weight:700;scroll-margin-top:1rem}\n"
".sp-heading.sp-lvl-1{font-size:1.2rem}\n"
"mark.sp-m{color:inherit;border-radius:3px;padding:0 1px}\n"
".sp-quantity{background:var(--qty)}\n"
".sp-slogan{background:var(--slogan);box-shadow:inset 0 -2px #e0a800}\n"
".sp-quote{background:var(--quote)}\n"
".sp-directive-high{background:none;color:var(--dhigh);font-weight:700;text-decoration:underline}\n"
".sp-directive-medium{background:none;color:var(--dmed);text-decoration:underline}\n"
".sp-directive-low{background:none;color:var(--dlow);text-decoration:underline dotted}\n"
"a.sp-diag{color:#b00020;text-decoration:none;font-size:.8em;vertical-align:super}\n"
"a.sp-diag::after{content:\"\\2691\"}\n"
".sp-diags{margin-top:2rem;border-top:1px solid var(--line);font-size:.9rem}\n"
".sp-diags li{overflow-wrap:anywhere}\n"
".sp-diags b{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:600}\n"
"@media (max-width:48rem){.sp-page{display:block}.sp-outline{position:static;max-height:40vh;"
"border-right:0;border-bottom:1px solid var(--line)}main{padding:1rem}}\n"
/* the diff page */
".sp-summary{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;padding:0;margin:0 0 1rem}\n"
".sp-summary li{padding:.1rem .5rem;border-radius:4px;border:1px solid var(--line)}\n"
".sp-diff{width:100%;border-collapse:collapse;table-layout:fixed}\n"
".sp-diff td{vertical-align:top;width:50%;padding:.25rem .5rem;white-space:pre-wrap;overflow-wrap:anywhere;"
"border-bottom:1px solid #f0f0f0}\n"
".sp-diff th{text-align:left;font-size:.875rem;color:var(--muted);padding:.25rem .5rem}\n"
".sp-diff tr.sp-section td{background:var(--panel);font-weight:700}\n"
".sp-op-added td.sp-new{background:var(--add)}.sp-op-removed td.sp-old{background:var(--del)}\n"
".sp-op-changed td{background:var(--chg)}.sp-op-moved td{background:var(--mov)}\n"
"ins{background:var(--add-strong);text-decoration:none}del{background:var(--del-strong)}\n"
".sp-op{font-size:.7rem;color:var(--muted);text-transform:uppercase;margin-right:.4rem}\n"
".sp-sections-changed{columns:18rem auto;font-size:.85rem;line-height:1.5;margin:0 0 1rem;padding-left:1rem}\n"
".sp-sections-changed li{break-inside:avoid;overflow-wrap:anywhere}\n"
".sp-sections-changed a{text-decoration:none;color:inherit}\n"
".sp-sections-changed .sp-op-added{color:#1a7f37}.sp-sections-changed .sp-op-removed{color:#cf222e}\n";

const char *const sp_mark_class[SP_MK__COUNT] = {
	"sp-heading", "sp-quote", "sp-slogan", "sp-quantity",
	"sp-directive-high", "sp-directive-medium", "sp-directive-low", "sp-diag"
};

const char *const sp_mark_label[SP_MK__COUNT] = {
	"\xE6\xA0\x87\xE9\xA2\x98 heading",	/* 标题 */
	"\xE5\xBC\x95\xE8\xAF\xAD quote",	/* 引语 */
	"\xE6\x8F\x90\xE6\xB3\x95 slogan",	/* 提法 */
	"\xE6\x95\xB0\xE9\x87\x8F quantity",	/* 数量 */
	"\xE5\xBC\xBA\xE6\x8C\x87\xE4\xBB\xA4 directive (high)",	/* 强指令 */
	"\xE4\xB8\xAD\xE6\x8C\x87\xE4\xBB\xA4 directive (medium)",	/* 中指令 */
	"\xE5\xBC\xB1\xE6\x8C\x87\xE4\xBB\xA4 directive (low)",	/* 弱指令 */
	"\xE9\x97\xAE\xE9\xA2\x98 diagnostic"	/* 问题 */
};

void
sp_html_init(SpHtml *h, const SpEnv *env, bool ascii)
{
	memset(h, 0, sizeof(*h));
	h->env = env;
	h->ascii = ascii;
}

void
sp_html_free(SpHtml *h)
{
	sp_vec_free(h->env, &h->out);
}

static void
put(SpHtml *h, const char *s, size_t n)
{
	sp_vec_reserve(h->env, &h->out, h->out.n + n + 1);
	memcpy(h->out.items + h->out.n, s, n);
	h->out.n += n;
	h->out.items[h->out.n] = '\0';	/* always a C string */
}

static void put_ref(SpHtml *h, uint32_t cp);

/* markup as it is; in ascii mode its own non-ASCII characters as references */
void
sp_html_raw(SpHtml *h, const char *markup)
{
	size_t		len = strlen(markup),
				run = 0,
				i = 0;

	if (!h->ascii)
	{
		put(h, markup, len);
		return;
	}
	while (i < len)
	{
		int			step = 1;

		if ((unsigned char) markup[i] < 0x80)
		{
			i++;
			continue;
		}
		put(h, markup + run, i - run);
		put_ref(h, sp_u8_decode(markup, len, i, &step));
		i += (size_t) step;
		run = i;
	}
	put(h, markup + run, len - run);
}

void
sp_html_int(SpHtml *h, long long v)
{
	char		b[32];

	snprintf(b, sizeof(b), "%lld", v);
	sp_html_raw(h, b);
}

/* a character reference */
static void
put_ref(SpHtml *h, uint32_t cp)
{
	static const char hex[] = "0123456789ABCDEF";
	char		b[16];
	size_t		n = 0;
	int			shift = 28;

	/* "&#x%X;" without snprintf: an ASCII page has one per character */
	b[n++] = '&';
	b[n++] = '#';
	b[n++] = 'x';
	while (shift > 0 && ((cp >> shift) & 0xF) == 0)
		shift -= 4;
	for (; shift >= 0; shift -= 4)
		b[n++] = hex[(cp >> shift) & 0xF];
	b[n++] = ';';
	put(h, b, n);
}

void
sp_html_text(SpHtml *h, const char *s, size_t len)
{
	size_t		i = 0,
				run = 0,		/* start of the bytes copied as they are */
				steps = 0;

	sp_vec_reserve(h->env, &h->out, h->out.n + len + 1);
	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		const char *ent = NULL;
		int			step = 1;
		uint32_t	cp;

		sp_tick(h->env, &steps);
		if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'')
		{
			i++;
			continue;
		}
		if (c == '\n' && h->collapse)
		{
			/* white space holding two line breaks or more: one blank line */
			size_t		j = i,
						nl = 0;

			while (j < len)
			{
				if (s[j] == '\n')
					nl++;
				else if (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')
					;
				else if (j + 2 < len && memcmp(s + j, "\xE3\x80\x80", 3) == 0)
					j += 2;		/* U+3000 */
				else
					break;
				j++;
			}
			if (nl >= 2)
			{
				put(h, s + run, i - run);
				sp_html_raw(h, "\n\n");
				i = run = j;
				continue;
			}
		}
		if (c == '\t' || c == '\n')
		{
			i++;
			continue;
		}
		cp = c < 0x80 ? c : sp_u8_decode(s, len, i, &step);
		/* a well-formed character other than the controls, kept as it is */
		if (c >= 0x80 && cp != SP_REPLACEMENT && !(cp >= 0x80 && cp < 0xA0) && !h->ascii)
		{
			i += (size_t) step;
			continue;
		}
		put(h, s + run, i - run);
		switch (c)
		{
			case '&':
				ent = "&amp;";
				break;
			case '<':
				ent = "&lt;";
				break;
			case '>':
				ent = "&gt;";
				break;
			case '"':
				ent = "&quot;";
				break;
			case '\'':
				ent = "&#39;";
				break;
			case '\r':
				ent = "";		/* CR LF and lone CR: the LF or nothing */
				if (i + 1 >= len || s[i + 1] != '\n')
					ent = "\n";
				break;
			default:
				break;
		}
		if (ent != NULL)
			sp_html_raw(h, ent);
		else if (c < 0x80 || cp == SP_REPLACEMENT || (cp >= 0x80 && cp < 0xA0))
			put_ref(h, SP_REPLACEMENT);	/* controls, broken bytes */
		else
			put_ref(h, cp);		/* ascii mode */
		i += (size_t) step;
		run = i;
	}
	put(h, s + run, len - run);
}

void
sp_html_cstr(SpHtml *h, const char *s)
{
	sp_html_text(h, s, strlen(s));
}

void
sp_html_begin(SpHtml *h, const char *title, size_t title_len, const char *lang, const char *body_class)
{
	sp_html_raw(h, "<!DOCTYPE html>\n<html lang=\"");
	sp_html_cstr(h, lang);
	sp_html_raw(h, "\">\n<head>\n<meta charset=\"utf-8\">\n"
				"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				"<meta name=\"generator\" content=\"speech (PostgreSQL extension)\">\n<title>");
	sp_html_text(h, title, title_len);
	sp_html_raw(h, "</title>\n<style>\n");
	sp_html_raw(h, sp_html_css);
	sp_html_raw(h, "</style>\n</head>\n<body class=\"");
	sp_html_cstr(h, body_class);
	sp_html_raw(h, "\">\n");
}

void
sp_html_end(SpHtml *h)
{
	sp_html_raw(h, "</body>\n</html>\n");
}

/* ---- marked text ---- */

static int
mark_cmp(const void *pa, const void *pb)
{
	const SpMark *a = pa,
			   *b = pb;

	if (a->span.start != b->span.start)
		return a->span.start < b->span.start ? -1 : 1;
	/* points first (they stand before the text at their place), then the longer */
	if ((a->kind == SP_MK_DIAG) != (b->kind == SP_MK_DIAG))
		return a->kind == SP_MK_DIAG ? -1 : 1;
	if (a->span.end != b->span.end)
		return a->span.end > b->span.end ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void
open_mark(SpHtml *h, const SpMark *m)
{
	const char *cls = sp_mark_class[m->kind];

	if (m->kind == SP_MK_DIAG)
	{
		sp_html_raw(h, "<a class=\"sp-diag\" id=\"dref-");
		sp_html_int(h, m->id);
		sp_html_raw(h, "\" href=\"#d-");
		sp_html_int(h, m->id);
		sp_html_raw(h, "\" data-id=\"");
		sp_html_int(h, m->id);
		sp_html_raw(h, "\"");
	}
	else if (m->kind == SP_MK_HEADING)
	{
		sp_html_raw(h, "<span class=\"sp-heading sp-lvl-");
		sp_html_int(h, m->level);
		sp_html_raw(h, "\" id=\"s-");
		sp_html_int(h, m->id);
		sp_html_raw(h, "\" data-id=\"");
		sp_html_int(h, m->id);
		sp_html_raw(h, "\"");
	}
	else
	{
		sp_html_raw(h, "<mark class=\"sp-m ");
		sp_html_raw(h, cls);
		sp_html_raw(h, "\" data-id=\"");
		sp_html_int(h, m->id);
		sp_html_raw(h, "\"");
	}
	if (m->title)
	{
		sp_html_raw(h, " title=\"");
		sp_html_cstr(h, m->title);
		sp_html_raw(h, "\"");
	}
	sp_html_raw(h, ">");
	if (m->kind == SP_MK_DIAG)
		sp_html_raw(h, "</a>");
}

static void
close_mark(SpHtml *h, const SpMark *m)
{
	sp_html_raw(h, m->kind == SP_MK_HEADING ? "</span>" : "</mark>");
}

void
sp_html_marked(SpHtml *h, const char *s, size_t len, SpMark *marks, size_t n)
{
	SP_VEC(SpMark) stack = {0};
	size_t		at = 0,
				steps = 0;

	if (n > 1)
		qsort(marks, n, sizeof(SpMark), mark_cmp);
	for (size_t k = 0; k < n; k++)
	{
		SpMark		m = marks[k];

		sp_tick(h->env, &steps);
		if (m.span.start > len || m.span.start < at)
			continue;			/* outside the text, or behind a point already written */
		if (m.span.end > len)
			m.span.end = len;
		while (stack.n > 0 && stack.items[stack.n - 1].span.end <= m.span.start)
		{
			SpMark	   *top = &stack.items[stack.n - 1];

			sp_html_text(h, s + at, top->span.end - at);
			at = top->span.end;
			close_mark(h, top);
			stack.n--;
		}
		sp_html_text(h, s + at, m.span.start - at);
		at = m.span.start;
		if (m.kind == SP_MK_DIAG)
		{
			open_mark(h, &m);
			continue;
		}
		if (m.span.end <= m.span.start)
			continue;
		/* cut at the end of the mark it starts in: the elements nest */
		if (stack.n > 0 && m.span.end > stack.items[stack.n - 1].span.end)
			m.span.end = stack.items[stack.n - 1].span.end;
		open_mark(h, &m);
		sp_vec_push(h->env, &stack, m);
	}
	while (stack.n > 0)
	{
		SpMark	   *top = &stack.items[stack.n - 1];

		sp_html_text(h, s + at, top->span.end - at);
		at = top->span.end;
		close_mark(h, top);
		stack.n--;
	}
	sp_html_text(h, s + at, len - at);
	sp_vec_free(h->env, &stack);
}

/* ---- the reading view ---- */

static long long
chars(const char *s, SpSpan sp)
{
	return (long long) sp_u8_count(s + sp.start, sp.end - sp.start);
}

/* "zh" unless letters outnumber Han characters */
static const char *
text_lang(const char *s, size_t len)
{
	size_t		han = 0,
				latin = 0;
	int			step;

	for (size_t i = 0; i < len; i += (size_t) step)
	{
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (sp_is_han(cp))
			han++;
		else if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
			latin++;
	}
	return latin > 4 * han ? "en" : "zh";
}

static void
push_mark(const SpEnv *env, SpMarkVec *v, SpSpan sp, SpMarkKind kind, int id, int level,
		  const char *title, long long *counts)
{
	SpMark		m = {sp, kind, id, level, title};

	sp_vec_push(env, v, m);
	counts[kind]++;
}

void
sp_html_reading(SpHtml *h, const char *s, size_t len, const SpDoc *doc,
				const SpExtract *x, const SpDiag *diags, size_t ndiags)
{
	const SpEnv *env = h->env;
	SpMarkVec	marks = {0};
	long long	counts[SP_MK__COUNT] = {0};
	int			ids[SP_MK__COUNT] = {0};
	long long	biggest = 1;
	const char *lang = text_lang(s, len);
	bool		has_title = doc->title.end > doc->title.start;
	long long	ndiag_pos = 0;

	/* the marks */
	for (size_t k = 0; k < doc->sections.n; k++)
	{
		const SpSection *sec = &doc->sections.items[k];
		SpSpan		sp = {sec->marker.start, sec->heading.end > sec->marker.end ? sec->heading.end : sec->marker.end};

		push_mark(env, &marks, sp, SP_MK_HEADING, (int) k + 1, sec->level, NULL, counts);
	}
	for (size_t k = 0; k < x->quotes.n; k++)
		push_mark(env, &marks, x->quotes.items[k].term, SP_MK_QUOTE, (int) k + 1, 0,
				  x->quotes.items[k].closed ? NULL : "unclosed quote", counts);
	for (size_t k = 0; k < x->slogans.n; k++)
		push_mark(env, &marks, x->slogans.items[k].span, SP_MK_SLOGAN, (int) k + 1, 0, NULL, counts);
	for (size_t k = 0; k < x->quantities.n; k++)
		push_mark(env, &marks, x->quantities.items[k].span, SP_MK_QUANTITY, (int) k + 1, 0,
				  sp_qty_kind_names[x->quantities.items[k].kind], counts);
	if (x->word_set != NULL)
		for (size_t k = 0; k < x->word_hits.n; k++)
		{
			const SpWlEntry *e = sp_hit_entry(x->word_set, &x->word_hits.items[k]);
			SpMarkKind	kind = e->category == SP_WL_DIRECTIVE_HIGH ? SP_MK_DIRECTIVE_HIGH :
				e->category == SP_WL_DIRECTIVE_MEDIUM ? SP_MK_DIRECTIVE_MEDIUM :
				e->category == SP_WL_DIRECTIVE_LOW ? SP_MK_DIRECTIVE_LOW : SP_MK__COUNT;

			if (kind != SP_MK__COUNT)
				push_mark(env, &marks, x->word_hits.items[k].span, kind, ++ids[kind], 0, NULL, counts);
		}
	for (size_t k = 0; k < ndiags; k++)
		if (diags[k].has_pos)
		{
			SpSpan		sp = {diags[k].pos, diags[k].pos};

			push_mark(env, &marks, sp, SP_MK_DIAG, (int) k + 1, 0, diags[k].detail, counts);
			ndiag_pos++;
		}

	/* the page */
	if (has_title)
		sp_html_begin(h, s + doc->title.start, doc->title.end - doc->title.start, lang, "sp-reading");
	else
		sp_html_begin(h, "speech", 6, lang, "sp-reading");
	sp_html_raw(h, "<div class=\"sp-page\">\n<nav class=\"sp-outline\" aria-label=\"outline\">\n"
				"<h2>\xE6\x8F\x90\xE7\xBA\xB2 Outline</h2>\n<ol>\n");
	for (size_t k = 0; k < doc->sections.n; k++)
		if (doc->sections.items[k].level == 1 && chars(s, doc->sections.items[k].whole) > biggest)
			biggest = chars(s, doc->sections.items[k].whole);
	for (size_t k = 0; k < doc->sections.n; k++)
	{
		const SpSection *sec = &doc->sections.items[k];
		long long	size = chars(s, sec->whole);
		long long	pct = size * 100 / biggest;
		char		b[96];

		sp_html_raw(h, "<li class=\"sp-lvl-");
		sp_html_int(h, sec->level);
		sp_html_raw(h, "\"><a href=\"#s-");
		sp_html_int(h, (long long) k + 1);
		sp_html_raw(h, "\">");
		sp_html_text(h, s + sec->marker.start, sec->marker.end - sec->marker.start);
		sp_html_text(h, s + sec->heading.start, sec->heading.end > sec->heading.start ?
					 sec->heading.end - sec->heading.start : 0);
		snprintf(b, sizeof(b), "</a><span class=\"sp-size\" data-chars=\"%lld\">%lld \xE5\xAD\x97", size, size);
		sp_html_raw(h, b);
		snprintf(b, sizeof(b), "<span class=\"sp-bar\" style=\"width:%lld%%\"></span></span></li>\n",
				 pct > 100 ? 100 : pct);
		sp_html_raw(h, b);
	}
	if (doc->sections.n == 0)
		sp_html_raw(h, "<li>(no sections)</li>\n");
	sp_html_raw(h, "</ol>\n</nav>\n<main>\n<h1>");
	if (has_title)
		sp_html_text(h, s + doc->title.start, doc->title.end - doc->title.start);
	else
		sp_html_raw(h, "(untitled)");
	sp_html_raw(h, "</h1>\n<p class=\"sp-stats\">");
	{
		SpSpan		all = {0, len};

		sp_html_int(h, chars(s, all));
		sp_html_raw(h, " characters &middot; ");
		sp_html_int(h, (long long) doc->paragraphs.n);
		sp_html_raw(h, " paragraphs &middot; ");
		sp_html_int(h, (long long) doc->sentences.n);
		sp_html_raw(h, " sentences &middot; ");
		sp_html_int(h, (long long) doc->sections.n);
		sp_html_raw(h, " sections");
	}
	sp_html_raw(h, "</p>\n<ul class=\"sp-legend\" aria-label=\"legend\">\n");
	for (int k = SP_MK_QUOTE; k < SP_MK__COUNT; k++)
	{
		sp_html_raw(h, "<li>");
		if (k == SP_MK_DIAG)
			sp_html_raw(h, "<a class=\"sp-diag\"></a> ");
		else
		{
			sp_html_raw(h, "<mark class=\"sp-m ");
			sp_html_raw(h, sp_mark_class[k]);
			sp_html_raw(h, "\">");
		}
		sp_html_cstr(h, sp_mark_label[k]);
		if (k != SP_MK_DIAG)
			sp_html_raw(h, "</mark>");
		sp_html_raw(h, " <span class=\"sp-count\" data-kind=\"");
		sp_html_raw(h, sp_mark_class[k]);
		sp_html_raw(h, "\">");
		sp_html_int(h, k == SP_MK_DIAG ? (long long) ndiags : counts[k]);
		sp_html_raw(h, "</span></li>\n");
	}
	sp_html_raw(h, "</ul>\n<article class=\"sp-text\">");
	h->collapse = true;
	sp_html_marked(h, s, len, marks.items, marks.n);
	h->collapse = false;
	sp_html_raw(h, "</article>\n");
	sp_html_raw(h, "<section class=\"sp-diags\">\n<h2>\xE9\x97\xAE\xE9\xA2\x98 Diagnostics (");
	sp_html_int(h, (long long) ndiags);
	sp_html_raw(h, ")</h2>\n<ol>\n");
	for (size_t k = 0; k < ndiags; k++)
	{
		sp_html_raw(h, "<li class=\"sp-diag-item\" id=\"d-");
		sp_html_int(h, (long long) k + 1);
		sp_html_raw(h, "\"><b>");
		sp_html_cstr(h, sp_diag_kind_names[diags[k].kind]);
		sp_html_raw(h, "</b> ");
		sp_html_cstr(h, diags[k].detail);
		if (diags[k].has_pos)
		{
			sp_html_raw(h, " <a href=\"#dref-");
			sp_html_int(h, (long long) k + 1);
			sp_html_raw(h, "\">&uarr;</a>");
		}
		sp_html_raw(h, "</li>\n");
	}
	sp_html_raw(h, "</ol>\n</section>\n</main>\n</div>\n");
	sp_html_end(h);
	(void) ndiag_pos;
	sp_vec_free(env, &marks);
}
