/*
 * sp_diag.c - quality problems of a speech (see sp_diag.h).
 */
#include "sp_diag.h"
#include "sp_chars.h"
#include "sp_numeral.h"
#include "sp_scan.h"
#include "sp_utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const sp_diag_kind_names[SP_DIAG__COUNT] = {
	"announced_points", "ordinal_gap", "skipped_level", "truncated", "chunk_number",
	"html_remnant", "unclosed_quote", "stray_quote", "conversion_artifact", "suspect_number",
	"inexact_number"
};

static SpDiag *
add(const SpEnv *env, SpDiagVec *out, SpDiagKind kind, size_t pos, bool has_pos)
{
	SpDiag		d;

	memset(&d, 0, sizeof(d));
	d.kind = kind;
	d.pos = pos;
	d.has_pos = has_pos;
	sp_vec_push(env, out, d);
	return &out->items[out->n - 1];
}

/* at most max bytes of s[start..end), cut on a character boundary */
static int
clip(const char *s, size_t start, size_t end, size_t max)
{
	size_t		n = end - start;

	if (n <= max)
		return (int) n;
	n = max;
	while (n > 0 && ((unsigned char) s[start + n] & 0xC0) == 0x80)
		n--;
	return (int) n;
}

/* a span without the white space around it */
static SpSpan
trimmed(const char *s, SpSpan sp)
{
	int			step;

	while (sp.start < sp.end)
	{
		uint32_t	cp = sp_u8_decode(s, sp.end, sp.start, &step);

		if (!(sp_is_space(cp) || sp_is_newline(cp)))
			break;
		sp.start += (size_t) step;
	}
	while (sp.end > sp.start)
	{
		uint32_t	cp = sp_u8_before(s, sp.end, sp.end);

		if (!(sp_is_space(cp) || sp_is_newline(cp)))
			break;
		sp.end = sp_u8_prev(s, sp.end);
	}
	return sp;
}

/* rank of a numbering style in the GB/T 9704 order; 0 for styles outside it */
static int
style_rank(SpStyle st)
{
	switch (st)
	{
		case SP_STYLE_HAN_DUN:
			return 1;
		case SP_STYLE_PAREN_HAN:
			return 2;
		case SP_STYLE_ARABIC_DOT:
		case SP_STYLE_ARABIC_DUN:
			return 3;
		case SP_STYLE_PAREN_ARABIC:
			return 4;
		case SP_STYLE_CIRCLED:
			return 5;
		default:
			return 0;
	}
}

static void
outline(const SpEnv *env, const SpExtract *x, SpDiagVec *out)
{
	const SpDoc *doc = x->doc;
	const char *s = x->s;
	int64_t		top = 0;

	for (size_t k = 0; k < doc->sections.n; k++)
	{
		const SpSection *sc = &doc->sections.items[k];
		const SpSection *prev = NULL;

		if (sc->parent < 0)
			top++;
		/* the previous sibling: same parent, same style */
		for (size_t j = k; j > 0; j--)
		{
			const SpSection *o = &doc->sections.items[j - 1];

			if (o->parent == sc->parent && o->style == sc->style)
			{
				prev = o;
				break;
			}
			if ((int) (j - 1) == sc->parent)
				break;
		}
		if (!sc->inline_run)
		{
			int			want = prev ? prev->ordinal + 1 : 1;

			/* numbers skipped, repeated or going back (a new run may restart at 1) */
			if (sc->ordinal > 0 && sc->ordinal != want && !(prev && sc->ordinal == 1))
			{
				SpDiag	   *d = add(env, out, SP_DIAG_ORDINAL_GAP, sc->marker.start, true);

				if (prev)
					snprintf(d->detail, sizeof(d->detail), "%.*s follows %.*s (expected ordinal %d, found %d)",
							 clip(s, sc->marker.start, sc->marker.end, 40), s + sc->marker.start,
							 clip(s, prev->marker.start, prev->marker.end, 40), s + prev->marker.start,
							 want, sc->ordinal);
				else
					snprintf(d->detail, sizeof(d->detail), "%.*s opens its level (expected ordinal 1, found %d)",
							 clip(s, sc->marker.start, sc->marker.end, 40), s + sc->marker.start,
							 sc->ordinal);
			}
		}
		if (sc->parent >= 0)
		{
			const SpSection *p = &doc->sections.items[sc->parent];
			int			rp = style_rank(p->style),
						rc = style_rank(sc->style);

			if (rp && rc && rc - rp > 1 && !sc->inline_run &&
				(prev == NULL))	/* once per run of siblings */
			{
				SpDiag	   *d = add(env, out, SP_DIAG_SKIPPED_LEVEL, sc->marker.start, true);

				snprintf(d->detail, sizeof(d->detail), "%.*s is directly under %.*s (%d level(s) of 一、（一）1.（1） skipped)",
						 clip(s, sc->marker.start, sc->marker.end, 40), s + sc->marker.start,
						 clip(s, p->marker.start, p->marker.end, 40), s + p->marker.start,
						 rc - rp - 1);
			}
		}
	}
	if (doc->announced_points >= 0 && doc->announced_points != top)
	{
		SpDiag	   *d = add(env, out, SP_DIAG_ANNOUNCED_POINTS, 0, false);

		snprintf(d->detail, sizeof(d->detail), "the opening announces %d points, the outline has %lld top-level section(s)%s",
				 doc->announced_points, (long long) top,
				 top < doc->announced_points ? ": missing or truncated" : "");
	}
}

static void
truncated(const SpEnv *env, const SpExtract *x, SpDiagVec *out)
{
	const SpDoc *doc = x->doc;
	const SpSentence *last;
	size_t		end;
	uint32_t	cp;
	SpDiag	   *d;

	if (doc->sentences.n == 0)
		return;
	last = &doc->sentences.items[doc->sentences.n - 1];
	if (last->terminator.end > last->terminator.start)
		return;
	/* a last line that is a heading, a signature or a date is no sentence to finish */
	end = last->span.end;
	cp = sp_u8_before(x->s, x->len, end);
	if (sp_is_close_quote(cp) || sp_is_close_bracket(cp) || cp == 0xFF1B || cp == ';' ||
		cp == 0xFF1A || cp == ':')
		return;
	if (sp_doc_section_at(doc, last->span.start) >= 0)
	{
		const SpSection *sc = &doc->sections.items[sp_doc_section_at(doc, last->span.start)];

		if (last->span.start <= sc->heading.start && last->span.end <= sc->heading.end)
			return;				/* the text ends with a heading: reported as a gap if at all */
	}
	/* mid-sentence: the last sentence ends in a comma or in the middle of words */
	if (!(cp == 0xFF0C || cp == ',' || cp == 0x3001 || sp_is_han(cp) || sp_is_letter(cp)))
		return;
	/*
	 * A footer or a byline (扫一扫在手机打开当前页, false, 9:10 A.M. EDT) is a
	 * short paragraph of one sentence without clause punctuation; a sentence
	 * cut short has company in its paragraph, or length, or clauses.
	 */
	if (last->paragraph >= 0)
	{
		const SpParagraph *p = &x->doc->paragraphs.items[last->paragraph];
		bool		clauses = false;
		int			step;

		for (size_t i = last->span.start; i < end; i += (size_t) step)
		{
			uint32_t	c = sp_u8_decode(x->s, end, i, &step);

			if (c == 0xFF0C || c == ',' || c == 0xFF1A || c == 0xFF1B || c == ';' || c == 0x3001 ||
				(c == ':' && !sp_is_digit(sp_u8_at(x->s, end, i + 1))))	/* not 9:10 */
				clauses = true;
		}
		if (!clauses && p->span.start == last->span.start &&
			sp_u8_count(x->s + p->span.start, p->span.end - p->span.start) < 40)
			return;
	}
	/* a last line that is a name, a date or a dateline (…3月6日电) is no sentence */
	if (cp != 0xFF0C && cp != ',' &&
		(sp_u8_count(x->s + last->span.start, end - last->span.start) <= 4 ||
		 cp == SP_CP_RI || cp == 0x7535 /* 电 */ || cp == SP_CP_YUE ||
		 sp_is_digit(cp) || sp_han_digit(cp) == 0))
		return;
	d = add(env, out, SP_DIAG_TRUNCATED, last->span.start, true);
	snprintf(d->detail, sizeof(d->detail), "the text ends inside a sentence: …%.*s",
			 clip(x->s, end - (end - last->span.start > 60 ? 60 : end - last->span.start), end, 60),
			 x->s + end - (end - last->span.start > 60 ? 60 : end - last->span.start));
}

/*
 * An entity, or one that lost its '&' in a conversion (9X8226; X8226;
 * #8226;), at i: &name; &#123; &#x41; with at least two letters or digits;
 * its length, else 0.  Any name counts, not only those speech_clean decodes:
 * an entity left in the text is a remnant either way.
 */
static size_t
entity_like_at(const char *s, size_t len, size_t i)
{
	size_t		j = i + 1;
	int			n = 0;
	bool		numeric = s[i] != '&';

	if (!(s[i] == '&' || ((s[i] == 'X' || s[i] == 'x' || s[i] == '#') &&
						  !(i > 0 && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') ||
									  (s[i - 1] >= 'A' && s[i - 1] <= 'Z') || s[i - 1] == '&')))))
		return 0;
	if (s[i] == '&' && j < len && s[j] == '#')
	{
		numeric = true;
		j++;
		if (j < len && (s[j] == 'x' || s[j] == 'X'))
			j++;
	}
	else if (s[i] == '#' && j < len && (s[j] == 'x' || s[j] == 'X'))
		j++;
	while (j < len && n < 8 &&
		   ((s[j] >= '0' && s[j] <= '9') ||
			(!numeric && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))))
	{
		j++;
		n++;
	}
	if (j < len && s[j] == ';' && n >= 2)
		return j + 1 - i;
	return 0;
}

/*
 * Markup at i: a tag as sp_html_tag_at() sees it (the recogniser
 * speech_clean and the structure stages use), or an entity; its length,
 * else 0.
 */
static size_t
html_at(const char *s, size_t len, size_t i)
{
	size_t		end;
	bool		block;

	if (s[i] == '<')
		return sp_html_tag_at(s, len, i, &end, &block) ? end - i : 0;
	return entity_like_at(s, len, i);
}

static void
html(const SpEnv *env, const SpExtract *x, SpDiagVec *out)
{
	const char *s = x->s;

	for (size_t i = 0; i < x->len; i++)
	{
		size_t		n;

		if (i % (SP_INTERRUPT_INTERVAL * 8) == 0)
			sp_check_interrupt(env);
		if (s[i] != '<' && s[i] != '&' && s[i] != 'X' && s[i] != 'x' && s[i] != '#')
			continue;
		if ((n = html_at(s, x->len, i)) > 0)
		{
			SpDiag	   *d = add(env, out, SP_DIAG_HTML_REMNANT, i, true);

			snprintf(d->detail, sizeof(d->detail), "%.*s", clip(s, i, i + n, 80), s + i);
			i += n - 1;
		}
	}
}

/* the span is digits followed by its unit, nothing else (no scale, no qualifier) */
static bool
digits_then_unit(const char *s, SpSpan sp)
{
	size_t		i = sp.start;
	int			step;

	while (i < sp.end && sp_is_digit(sp_u8_decode(s, sp.end, i, &step)))
		i += (size_t) step;
	return i > sp.start && i < sp.end &&
		(sp_u8_lit(s, sp.end, i, "年") == sp.end - i || sp_u8_lit(s, sp.end, i, "%") == sp.end - i ||
		 sp_u8_lit(s, sp.end, i, "％") == sp.end - i);
}

/* whether the decimal d (mant * 10^exp) is at least k */
static bool
decimal_at_least(SpDecimal d, uint64_t k)
{
	uint64_t	m = d.mant;

	/* k is whole: the fraction cannot change the answer, compare the integer part */
	for (int e = d.exp; e < 0 && m > 0; e++)
		m /= 10;
	/* m < k before each step: no overflow */
	for (int e = 0; e < d.exp && m < k; e++)
		m *= 10;
	return m >= k;
}

bool
sp_diag_suspect_quantity(const char *s, const SpQuantity *q)
{
	/* digits alone, as a replacement or a merge would leave them (大约一百万年 is real) */
	if (!q->has_value || !digits_then_unit(s, q->span))
		return false;
	return (q->kind == SP_QTY_PERCENT && strcmp(q->unit, "%") == 0 && decimal_at_least(q->value, 1000)) ||
		(q->kind == SP_QTY_DURATION && strcmp(q->unit, "年") == 0 && decimal_at_least(q->value, 10000));
}

static int
by_pos(const void *p, const void *q)
{
	const SpDiag *a = p,
			   *b = q;

	if (a->has_pos != b->has_pos)
		return a->has_pos ? 1 : -1;
	if (a->pos != b->pos)
		return a->pos < b->pos ? -1 : 1;
	return (int) a->kind - (int) b->kind;
}

void
sp_diagnose(const SpEnv *env, const SpExtract *x, SpDiagVec *out)
{
	const char *s = x->s;
	size_t		first = out->n;

	outline(env, x, out);
	truncated(env, x, out);
	for (size_t k = 0; k < x->doc->noise.n; k++)
	{
		const SpNoise *nz = &x->doc->noise.items[k];

		if (nz->kind == SP_NOISE_CHUNK_NUMBER)
		{
			SpSpan		m = trimmed(s, nz->span);
			SpDiag	   *d = add(env, out, SP_DIAG_CHUNK_NUMBER, m.start, true);

			snprintf(d->detail, sizeof(d->detail), "%.*s splits the text (a page or chunk number)",
					 clip(s, m.start, m.end, 40), s + m.start);
		}
	}
	html(env, x, out);
	for (size_t k = 0; k < x->quotes.n; k++)
	{
		const SpQuote *q = &x->quotes.items[k];
		SpDiag	   *d;

		if (q->closed)
			continue;
		d = add(env, out, SP_DIAG_UNCLOSED_QUOTE, q->mark.start, true);
		snprintf(d->detail, sizeof(d->detail), "%.*s%.*s… has no closing mark",
				 clip(s, q->mark.start, q->mark.end, 8), s + q->mark.start,
				 clip(s, q->term.start, q->term.end, 60), s + q->term.start);
	}
	for (size_t k = 0; k < x->stray_quotes.n; k++)
	{
		const SpSpan *m = &x->stray_quotes.items[k];
		SpDiag	   *d = add(env, out, SP_DIAG_STRAY_QUOTE, m->start, true);

		snprintf(d->detail, sizeof(d->detail), "%.*s has no opening mark",
				 clip(s, m->start, m->end, 8), s + m->start);
	}
	for (size_t k = 0; k < x->sub_hits.n; k++)
	{
		const SpHit *h = &x->sub_hits.items[k];
		const SpWlEntry *e = sp_hit_entry(x->sub_set, h);
		SpDiag	   *d;

		if (e->category != SP_WL_CONVERSION_ARTIFACT)
			continue;
		/* 有效劳动: 效 + 劳动 */
		if (sp_u8_lit(s, x->len, h->span.end, "动"))
			continue;
		d = add(env, out, SP_DIAG_CONVERSION_ARTIFACT, h->span.start, true);
		snprintf(d->detail, sizeof(d->detail), "%s: probably %s", e->term, e->note);
	}
	for (size_t k = 0; k < x->quantities.n; k++)
	{
		const SpQuantity *q = &x->quantities.items[k];
		SpDiag	   *d;

		if (!q->has_value)
			continue;
		if (!sp_decimal_exact(q->value) || (q->kind == SP_QTY_RANGE && !sp_decimal_exact(q->high)))
		{
			d = add(env, out, SP_DIAG_INEXACT_NUMBER, q->span.start, true);
			snprintf(d->detail, sizeof(d->detail),
					 "%.*s: more digits than a value keeps exactly (18 significant digits, up to 10^60, 40 decimal places); value is NULL",
					 clip(s, q->span.start, q->span.end, 60), s + q->span.start);
			continue;
		}
		if (!sp_diag_suspect_quantity(s, q))
			continue;
		d = add(env, out, SP_DIAG_SUSPECT_NUMBER, q->span.start, true);
		snprintf(d->detail, sizeof(d->detail), "%.*s: an implausible amount (digits merged or replaced?)",
				 clip(s, q->span.start, q->span.end, 60), s + q->span.start);
	}
	if (out->n - first > 1)
		qsort(out->items + first, out->n - first, sizeof(SpDiag), by_pos);
}
