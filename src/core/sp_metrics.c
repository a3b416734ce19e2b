/*
 * sp_metrics.c - run the extractors once, then add up any span (see sp_metrics.h).
 */
#include "sp_metrics.h"
#include "sp_chars.h"
#include "sp_cntext.h"
#include "sp_english.h"
#include "sp_hash.h"
#include "sp_numeral.h"
#include "sp_search.h"
#include "sp_utf8.h"

#include <string.h>

/* ---- the analysis ---- */

void
sp_metrics_words(const SpEnv *env, const SpSegOptions *opt, const char *s, size_t len,
				 SpSpanVec *out)
{
	SpSegState	st;
	SpToken		tok;

	sp_seg_begin(&st, opt, s, len);
	while (sp_seg_next(env, &st, &tok))
	{
		if (sp_tok_is_word(tok.type) && tok.type != SP_TOK_SYMBOL)
		{
			SpSpan		w = {tok.start, tok.end};

			sp_vec_push(env, out, w);
		}
	}
	sp_seg_end(env, &st);
}

static void
set_bit(uint8_t *map, size_t b)
{
	map[b >> 3] |= (uint8_t) (1u << (b & 7));
}

void
sp_extract_run(const SpEnv *env, SpExtract *x, const char *s, size_t len,
			   const SpDoc *doc, const SpSpan *words, size_t nwords)
{
	sp_extract(env, x, s, len, doc, words, nwords, SP_X_ALL);
}

/*
 * The extractors named in what, and those they depend on: slogans need the
 * quotes (a quoted formula is a slogan), quantities the slogans (a slogan's
 * numeral is not a count); the word-list hits and the distinct-Han map are
 * for the metrics.
 */
void
sp_extract(const SpEnv *env, SpExtract *x, const char *s, size_t len,
		   const SpDoc *doc, const SpSpan *words, size_t nwords, unsigned what)
{
	bool		wcats[SP_WL__COUNT] = {0},
				scats[SP_WL__COUNT] = {0};

	memset(x, 0, sizeof(*x));
	x->s = s;
	x->len = len;
	x->words = words;
	x->nwords = nwords;
	x->doc = doc;
	if (what & SP_X_QUANTITIES)
		what |= SP_X_SLOGANS;
	if (what & SP_X_SLOGANS)
		what |= SP_X_QUOTES;

	if (what & SP_X_QUOTES)
		sp_quotes(env, s, len, &x->quotes, &x->stray_quotes);
	if (what & SP_X_SLOGANS)
		sp_slogans(env, s, len, x->quotes.items, x->quotes.n, &x->slogans);
	if (what & SP_X_QUANTITIES)
	{
		/* a slogan's numeral is not a count: 三个代表 is not "3 个" */
		SpSpan	   *skip = sp_alloc(env, (x->slogans.n + 1) * sizeof(SpSpan));
		for (size_t k = 0; k < x->slogans.n; k++)
			skip[k] = x->slogans.items[k].span;
		sp_quantities(env, s, len, skip, x->slogans.n, &x->quantities);
		sp_free(env, skip);
	}
	if (!(what & SP_X_WORDLISTS))
		return;

	x->hanmap = sp_alloc0(env, 0x40000 / 8);
	/* word-list hits: whole words for directives and function words */
	wcats[SP_WL_DIRECTIVE_HIGH] = wcats[SP_WL_DIRECTIVE_MEDIUM] = wcats[SP_WL_DIRECTIVE_LOW] = true;
	wcats[SP_WL_ADVERB] = wcats[SP_WL_CONJUNCTION] = true;
	if (words)
	{
		x->word_set = sp_termset_builtin_cached(env, wcats, &x->word_scratch);
		x->boundary = sp_word_boundaries(env, len, words, nwords);
		sp_match_terms(env, s, len, x->word_set, x->boundary, &x->word_hits);
	}
	/* substrings for authorities (党中央 counts as 中央) and artifacts */
	scats[SP_WL_AUTHORITY_CENTRAL] = scats[SP_WL_AUTHORITY_PROVINCE] = true;
	scats[SP_WL_AUTHORITY_CITY] = scats[SP_WL_AUTHORITY_COUNTY] = true;
	scats[SP_WL_CONVERSION_ARTIFACT] = true;
	x->sub_set = sp_termset_builtin_cached(env, scats, &x->sub_scratch);
	sp_match_terms(env, s, len, x->sub_set, NULL, &x->sub_hits);
}

void
sp_extract_free(const SpEnv *env, SpExtract *x)
{
	sp_vec_free(env, &x->quotes);
	sp_vec_free(env, &x->stray_quotes);
	sp_vec_free(env, &x->slogans);
	sp_vec_free(env, &x->quantities);
	sp_vec_free(env, &x->word_hits);
	sp_vec_free(env, &x->sub_hits);
	if (x->word_set)
		sp_termset_release(env, x->word_set, &x->word_scratch);
	if (x->sub_set)
		sp_termset_release(env, x->sub_set, &x->sub_scratch);
	sp_free(env, x->boundary);
	sp_free(env, x->hanmap);
}

/* ---- helpers ---- */

static bool
is_sentence_end(const char *s, size_t len, size_t i, uint32_t cp)
{
	switch (cp)
	{
		case 0x3002:			/* 。 */
		case 0xFF01:			/* ！ */
		case 0xFF1F:			/* ？ */
		case '!':
		case '?':
		case 0x2026:			/* … */
			return true;
		case '.':
			return !(sp_digit_value(sp_u8_before(s, len, i)) >= 0 &&
					 sp_digit_value(sp_u8_at(s, len, i + 1)) >= 0);
	}
	return false;
}

static bool
is_clause_mark(uint32_t cp)
{
	return cp == 0xFF0C || cp == ',' || cp == 0xFF1B || cp == ';' || cp == 0xFF1A || cp == ':';
}

/* cntext's cn_seg_sent splits after 。！；？; ? (and after a closing quote that follows one) */
static bool
is_cntext_end(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1B || cp == 0xFF1F || cp == ';' ||
		cp == '?' || cp == '!';
}

static inline bool
is_counted_char(uint32_t cp)
{
	/* ASCII, CJK ideographs and CJK or full-width punctuation without a lookup */
	if (cp < 0x80)
		return cp > 0x20 && cp != 0x7F;
	if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp > 0x3000 && cp <= 0x303F) ||
		(cp >= 0xFF01 && cp <= 0xFF5E))
		return true;
	return !(sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp));
}

/* characters that make 我 collective: 我国 我省 我市 我区 我县 我部 … */
static bool
is_institution(uint32_t cp)
{
	static const char inst[] = "国省市区县镇乡村部局委厅校院党军司处所团社队";

	for (size_t k = 0; k + 3 <= sizeof(inst) - 1; k += 3)
		if (cp == sp_u8_at(inst, sizeof(inst) - 1, k))
			return true;
	return false;
}

/* ---- word types for TTR and MATTR ---- */

/* the words of word_types(), as sp_hash keys */
typedef struct WordKeys
{
	const char *s;
	const SpSpan *w;
} WordKeys;

static const char *
word_key(const void *arg, uint32_t i, size_t *len)
{
	const WordKeys *wk = arg;

	*len = wk->w[i].end - wk->w[i].start;
	return wk->s + wk->w[i].start;
}

/*
 * Words w[0..n) to type ids 0..ntypes-1 (ASCII letters folded to lower
 * case); returns ntypes.
 */
static size_t
word_types(const SpEnv *env, const char *s, const SpSpan *w, size_t n, uint32_t *ids)
{
	WordKeys	wk = {s, w};
	SpHashKeys	keys = {word_key, &wk, true};
	SpHash		t = {NULL, 0};
	size_t		ntypes = 0;

	sp_hash_grow(env, &t, &keys, 0, n);
	for (size_t k = 0; k < n; k++)
	{
		uint32_t	first;

		if (k % SP_INTERRUPT_INTERVAL == SP_INTERRUPT_INTERVAL - 1)
			sp_check_interrupt(env);
		/* the first word of the type: a new id, else its id */
		first = sp_hash_insert(&t, &keys, s + w[k].start, w[k].end - w[k].start, (uint32_t) k);
		ids[k] = first == k ? (uint32_t) ntypes++ : ids[first];
	}
	sp_hash_free(env, &t);
	return ntypes;
}

static double
mattr(const SpEnv *env, const uint32_t *ids, size_t n, size_t ntypes, size_t window)
{
	uint32_t   *count;
	size_t		distinct = 0;
	double		sum = 0;

	if (n < window)
		return n ? (double) ntypes / (double) n : 0;
	count = sp_alloc0(env, (ntypes + 1) * sizeof(uint32_t));
	for (size_t k = 0; k < n; k++)
	{
		if (k % SP_INTERRUPT_INTERVAL == SP_INTERRUPT_INTERVAL - 1)
			sp_check_interrupt(env);
		if (count[ids[k]]++ == 0)
			distinct++;
		if (k >= window)
		{
			if (--count[ids[k - window]] == 0)
				distinct--;
		}
		if (k + 1 >= window)
			sum += (double) distinct / (double) window;
	}
	sp_free(env, count);
	return sum / (double) (n - window + 1);
}

/* ---- metrics of a span ---- */

typedef struct Segment
{
	size_t		start;
	size_t		end;
	int64_t		chars;
	int64_t		puncts;
} Segment;

typedef SP_VEC(Segment) SegmentVec;
typedef SP_VEC(uint32_t) CpVec;

/* a Han character: counted, and once per distinct code point (the map covers < 0x40000) */
static inline void
count_han(const SpEnv *env, SpMetrics *m, uint8_t *hanmap, CpVec *seen, uint32_t cp)
{
	m->han_characters++;
	if (cp < 0x40000 && !((hanmap[cp >> 3] >> (cp & 7)) & 1))
	{
		set_bit(hanmap, cp);
		sp_vec_push(env, seen, cp);
		m->distinct_han++;
	}
}

/*
 * One pass over [start, end): characters, Han, punctuation, letters, clauses,
 * the cntext segments, and the characters of each sentence sent[0..nsent)
 * (sorted, not overlapping) into sent_chars.
 */
static void
count_chars(const SpEnv *env, const char *s, size_t start, size_t end, size_t len,
			SpMetrics *m, uint8_t *hanmap, CpVec *seen, SegmentVec *segs,
			const SpSentence *sent, size_t nsent, int64_t *sent_chars)
{
	size_t		si = 0;

	bool		clause_content = false,
				in_latin = false,
				pending = false;
	Segment		seg = {start, start, 0, 0};
	unsigned	iter = 0;
	size_t		i = start;

	while (i < end)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);
		bool		han = false;

		if (++iter % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		while (si < nsent && sent[si].span.end <= i)
			si++;
		/* the common case first: a CJK ideograph is counted, Han, clause content */
		if (cp >= 0x4E00 && cp <= 0x9FFF)
		{
			if (si < nsent && i >= sent[si].span.start)
				sent_chars[si]++;
			m->characters++;
			seg.chars++;
			count_han(env, m, hanmap, seen, cp);
			in_latin = false;
			clause_content = true;
			pending = false;
			i += (size_t) step;
			continue;
		}
		if (is_counted_char(cp))
		{
			if (si < nsent && i >= sent[si].span.start)
				sent_chars[si]++;
			m->characters++;
			seg.chars++;
			if (sp_is_han(cp))
			{
				han = true;
				count_han(env, m, hanmap, seen, cp);
			}
			else if (sp_is_punct(cp))
			{
				m->punctuation++;
				seg.puncts++;
			}
		}
		/* words of letters, for the speaking time of non-Chinese text */
		if (sp_is_letter(cp) && !han)
		{
			if (sp_is_latin_letter(cp))
				m->latin_letters++;
			else
				m->other_letters++;
			if (!in_latin)
				m->latin_words++;
			in_latin = true;
		}
		else if (!(in_latin && (cp == '\'' || cp == 0x2019 || cp == '-')))
			in_latin = false;

		/* clauses: text between clause marks, sentence ends and line breaks */
		if (is_clause_mark(cp) || is_sentence_end(s, len, i, cp) || sp_is_newline(cp))
		{
			if (clause_content)
				m->clauses++;
			clause_content = false;
		}
		else if (han || sp_is_letter(cp) || sp_is_digit(cp))
			clause_content = true;

		i += (size_t) step;

		/* cntext segments: after 。！？；, or after the closing quote that follows one */
		if (is_cntext_end(cp) || (pending && (cp == 0x201D || cp == 0x2019)))
		{
			uint32_t	next = i < end ? sp_u8_at(s, len, i) : 0;

			pending = next == 0x201D || next == 0x2019;
			if (pending)
				continue;
			seg.end = i;
			if (seg.chars > 0)
				sp_vec_push(env, segs, seg);
			seg.start = i;
			seg.chars = seg.puncts = 0;
		}
		else
			pending = false;
	}
	if (clause_content)
		m->clauses++;
	seg.end = end;
	if (seg.chars > 0)
		sp_vec_push(env, segs, seg);
}

static bool
terminator_has(const char *s, SpSpan t, uint32_t a, uint32_t b)
{
	int			step;

	for (size_t i = t.start; i < t.end; i += (size_t) step)
	{
		uint32_t	cp = sp_u8_decode(s, t.end, i, &step);

		if (cp == a || cp == b)
			return true;
	}
	return false;
}

static bool
is_descendant(const SpDoc *doc, int k, int ancestor)
{
	for (int p = doc->sections.items[k].parent; p >= 0; p = doc->sections.items[p].parent)
		if (p == ancestor)
			return true;
	return false;
}

/*
 * Characters, clauses and readability segments of [start, end) (the
 * segments into *segs), and the sentences that start in it.
 */
static void
span_chars_and_sentences(const SpEnv *env, const SpExtract *x, size_t start, size_t end,
						 SpMetrics *m, SegmentVec *segs)
{
	const char *s = x->s;
	const SpDoc *doc = x->doc;
	CpVec		seen = {0};
	size_t		k,
				first;
	int64_t		sentence_chars = 0;
	int64_t    *sent_chars;

	/* sentences that start in the span */
	first = SP_LOWER_BOUND(doc->sentences.items, doc->sentences.n, span.start, start);
	for (k = first; k < doc->sentences.n && doc->sentences.items[k].span.start < end; k++)
		;
	sent_chars = sp_alloc0(env, (k - first + 1) * sizeof(int64_t));

	/* characters, clauses, readability segments, sentence lengths */
	count_chars(env, s, start, end, x->len, m, x->hanmap, &seen, segs,
				k > first ? doc->sentences.items + first : NULL, k - first, sent_chars);
	for (k = 0; k < seen.n; k++)
		x->hanmap[seen.items[k] >> 3] = 0;
	sp_vec_free(env, &seen);

	for (k = first; k < doc->sentences.n && doc->sentences.items[k].span.start < end; k++)
	{
		const SpSentence *st = &doc->sentences.items[k];
		int64_t		c = sent_chars[k - first];

		m->sentences++;
		sentence_chars += c;
		if (c > m->max_sentence_chars)
			m->max_sentence_chars = c;
		if (terminator_has(s, st->terminator, 0xFF1F, '?'))
			m->questions++;
		if (terminator_has(s, st->terminator, 0xFF01, '!'))
			m->exclamations++;
	}
	m->mean_sentence_chars = m->sentences ? (double) sentence_chars / (double) m->sentences : 0;
	sp_free(env, sent_chars);
}

/*
 * The paragraphs that start in the span, and the outline below the span's
 * section (the whole outline for the text).  A section's descendants follow
 * it at once in the outline: the outline is built in one pass with a stack
 * of open sections, a new section's parent is the innermost open one, and a
 * section once closed never reopens.  So the scan stops at the first section
 * after it that is not a descendant, and speech_section_metrics stays linear
 * in the number of sections; without a section, the scan covers the
 * sections whose marker is in the span, found by binary search.
 */
static void
span_structure(const SpExtract *x, size_t start, size_t end, int section, SpMetrics *m)
{
	const SpDoc *doc = x->doc;
	size_t		k,
				first;

	first = SP_LOWER_BOUND(doc->paragraphs.items, doc->paragraphs.n, span.start, start);
	for (k = first; k < doc->paragraphs.n && doc->paragraphs.items[k].span.start < end; k++)
		m->paragraphs++;

	if (section >= 0)
		first = (size_t) section + 1;
	else
		first = SP_LOWER_BOUND(doc->sections.items, doc->sections.n, marker.start, start);
	for (k = first; k < doc->sections.n; k++)
	{
		const SpSection *sc = &doc->sections.items[k];
		int			lv = sc->level;

		if (section >= 0 ? !is_descendant(doc, (int) k, section) : sc->marker.start >= end)
			break;
		m->sections++;
		if (lv >= 1 && lv <= SP_MAX_LEVELS)
			m->sections_by_level[lv - 1]++;
		if (lv > m->depth)
			m->depth = lv;
		if (section < 0 ? sc->parent < 0 : sc->parent == section)
			m->found_points++;
	}
	if (section < 0 && start == 0 && end == x->len)
		m->announced_points = doc->announced_points;
}

/* quantities, quotes and slogans that start in the span */
static void
span_extracts(const SpExtract *x, size_t start, size_t end, SpMetrics *m)
{
	size_t		k,
				first;

	first = SP_LOWER_BOUND(x->quantities.items, x->quantities.n, span.start, start);
	for (k = first; k < x->quantities.n && x->quantities.items[k].span.start < end; k++)
	{
		const SpQuantity *q = &x->quantities.items[k];
		SpQtyKind	kind = q->kind == SP_QTY_RANGE ? sp_qty_unit_kind(q->unit) : q->kind;

		m->quantities++;
		m->percentages += kind == SP_QTY_PERCENT;
		m->money_amounts += kind == SP_QTY_MONEY;
		m->years += q->kind == SP_QTY_YEAR;
		m->dates += q->kind == SP_QTY_DATE;
	}
	first = SP_LOWER_BOUND(x->quotes.items, x->quotes.n, mark.start, start);
	for (k = first; k < x->quotes.n && x->quotes.items[k].mark.start < end; k++)
	{
		m->quotes++;
		m->unclosed_quotes += !x->quotes.items[k].closed;
	}
	first = SP_LOWER_BOUND(x->slogans.items, x->slogans.n, span.start, start);
	for (k = first; k < x->slogans.n && x->slogans.items[k].span.start < end; k++)
		m->slogans++;
}

/* word-list hits in the span: directive markers, levels of authority (needs m->characters) */
static void
span_word_lists(const SpExtract *x, size_t start, size_t end, SpMetrics *m)
{
	int64_t    *counter[SP_WL__COUNT] = {0};
	const SpHitVec *vecs[2] = {&x->word_hits, &x->sub_hits};
	const SpTermSet *sets[2] = {x->word_set, x->sub_set};

	counter[SP_WL_DIRECTIVE_HIGH] = &m->directive_high;
	counter[SP_WL_DIRECTIVE_MEDIUM] = &m->directive_medium;
	counter[SP_WL_DIRECTIVE_LOW] = &m->directive_low;
	counter[SP_WL_AUTHORITY_CENTRAL] = &m->authority_central;
	counter[SP_WL_AUTHORITY_PROVINCE] = &m->authority_province;
	counter[SP_WL_AUTHORITY_CITY] = &m->authority_city;
	counter[SP_WL_AUTHORITY_COUNTY] = &m->authority_county;
	for (int v = 0; v < 2; v++)
	{
		size_t		first = SP_LOWER_BOUND(vecs[v]->items, vecs[v]->n, span.start, start);

		for (size_t k = first; k < vecs[v]->n && vecs[v]->items[k].span.start < end; k++)
		{
			int64_t    *c = counter[sp_hit_entry(sets[v], &vecs[v]->items[k])->category];

			if (c)
				(*c)++;
		}
	}
	if (m->characters > 0)
	{
		m->directive_high_per_1k = 1000.0 * (double) m->directive_high / (double) m->characters;
		m->directive_medium_per_1k = 1000.0 * (double) m->directive_medium / (double) m->characters;
		m->directive_low_per_1k = 1000.0 * (double) m->directive_low / (double) m->characters;
	}
}

/* the first person of a word: 我们 咱们 (we), 我市 我省 … (we, an institution), 我 (I) */
static void
count_pronoun(const char *s, size_t len, const SpSpan *w, SpMetrics *m)
{
	size_t		wl = w->end - w->start;

	if (wl >= 3 && sp_u8_lit(s, w->end, w->start, "我"))
	{
		if (wl == 6 && (sp_u8_lit(s, len, w->start, "我们")))
			m->we++;
		else if (is_institution(sp_u8_at(s, len, w->start + 3)))
			m->we_institutional++;
		else if (wl == 3)
			m->i++;
	}
	else if (wl == 6 && sp_u8_lit(s, len, w->start, "咱们"))
		m->we++;
}

/*
 * Readability from the cntext segments (readability1, their mean length in
 * characters, is sp_metrics_span's): the mean share of adverbs and conjunctions (seg_fw) among their words
 * (seg_words) and punctuation.
 */
static void
readability(const SegmentVec *segs, const int64_t *seg_words, const int64_t *seg_fw, SpMetrics *m)
{
	double		r2 = 0;

	for (size_t k = 0; k < segs->n; k++)
		r2 += (double) seg_fw[k] / (double) (seg_words[k] + segs->items[k].puncts + 1);
	if (segs->n)
	{
		m->readability2 = r2 / (double) segs->n;
		m->readability3 = 0.5 * (m->readability1 + m->readability2);
	}
}

/* words of the span (when the text was cut into words): counts, types, MATTR, pronouns, readability */
static void
span_words(const SpEnv *env, const SpExtract *x, size_t start, size_t end,
		   const SegmentVec *segs, SpMetrics *m)
{
	const char *s = x->s;
	size_t		wfirst,
				n = 0,
				seg = 0,
				hit,
				k;
	uint32_t   *ids;
	int64_t    *seg_words = sp_alloc0(env, (segs->n + 1) * sizeof(int64_t));
	int64_t    *seg_fw = sp_alloc0(env, (segs->n + 1) * sizeof(int64_t));

	wfirst = SP_LOWER_BOUND(x->words, x->nwords, start, start);
	while (wfirst + n < x->nwords && x->words[wfirst + n].start < end)
		n++;
	m->words = (int64_t) n;
	ids = sp_alloc(env, (n + 1) * sizeof(uint32_t));
	m->distinct_words = (int64_t) word_types(env, s, x->words + wfirst, n, ids);
	m->ttr = n ? (double) m->distinct_words / (double) n : 0;
	m->mattr = mattr(env, ids, n, (size_t) m->distinct_words, SP_MATTR_WINDOW);
	sp_free(env, ids);

	for (k = wfirst; k < wfirst + n; k++)
	{
		const SpSpan *w = &x->words[k];

		count_pronoun(s, x->len, w, m);
		/* words and adverbs/conjunctions per cntext segment */
		while (seg < segs->n && segs->items[seg].end <= w->start)
			seg++;
		if (seg < segs->n)
			seg_words[seg]++;
	}
	seg = 0;
	hit = SP_LOWER_BOUND(x->word_hits.items, x->word_hits.n, span.start, start);
	for (; hit < x->word_hits.n && x->word_hits.items[hit].span.start < end; hit++)
	{
		const SpHit *h = &x->word_hits.items[hit];
		SpWlCat		c = sp_hit_entry(x->word_set, h)->category;

		if (c != SP_WL_ADVERB && c != SP_WL_CONJUNCTION)
			continue;
		while (seg < segs->n && segs->items[seg].end <= h->span.start)
			seg++;
		if (seg < segs->n)
			seg_fw[seg]++;
	}
	readability(segs, seg_words, seg_fw, m);
	sp_free(env, seg_words);
	sp_free(env, seg_fw);
}

/*
 * English text: the English measures, and the English counts in the shared
 * fields (first person, directives); the Chinese measures are cleared (the
 * glue returns them as NULL).
 */
static void
span_english(const SpEnv *env, const SpExtract *x, size_t start, size_t end, SpMetrics *m)
{
	SpEnglish	e;

	sp_english_span(env, x->s, x->len, start, end, &e);
	m->en_words = e.words;
	m->en_syllables = e.syllables;
	m->en_characters = e.characters;
	m->en_hedges = e.hedges;
	m->en_mattr = e.mattr;
	if (e.words > 0)
	{
		double		wps = m->sentences ? (double) e.words / (double) m->sentences : (double) e.words,
					spw = (double) e.syllables / (double) e.words,
					cpw = (double) e.characters / (double) e.words;

		m->en_words_per_sentence = wps;
		m->en_syllables_per_word = spw;
		m->en_flesch_reading_ease = 206.835 - 1.015 * wps - 84.6 * spw;
		m->en_flesch_kincaid_grade = 0.39 * wps + 11.8 * spw - 15.59;
		m->en_ari = 4.71 * cpw + 0.5 * wps - 21.43;
	}
	m->we = e.we;
	m->i = e.i;
	m->we_institutional = 0;
	m->directive_high = e.directive_high;
	m->directive_medium = e.directive_medium;
	m->directive_low = e.directive_low;
	m->directive_high_per_1k = m->directive_medium_per_1k = m->directive_low_per_1k = 0;
	if (m->characters > 0)
	{
		m->directive_high_per_1k = 1000.0 * (double) m->directive_high / (double) m->characters;
		m->directive_medium_per_1k = 1000.0 * (double) m->directive_medium / (double) m->characters;
		m->directive_low_per_1k = 1000.0 * (double) m->directive_low / (double) m->characters;
	}
	m->authority_central = m->authority_province = m->authority_city = m->authority_county = 0;
	m->readability1 = m->readability2 = m->readability3 = 0;
}

/*
 * The metrics of [start, end) of an analysed text (section: the section the
 * span is, -1 for any other span): each step adds its counts to *m.
 */
void
sp_metrics_span(const SpEnv *env, const SpExtract *x, size_t start, size_t end,
				int section, SpMetrics *m)
{
	SegmentVec	segs = {0};

	memset(m, 0, sizeof(*m));
	m->announced_points = -1;
	if (end > x->len)
		end = x->len;
	if (start >= end)
		return;
	span_chars_and_sentences(env, x, start, end, m, &segs);
	/* readability1: the mean length of the segments (needs no words) */
	if (segs.n)
	{
		double		r1 = 0;

		for (size_t k = 0; k < segs.n; k++)
			r1 += (double) segs.items[k].chars;
		m->readability1 = r1 / (double) segs.n;
	}
	span_structure(x, start, end, section, m);
	span_extracts(x, start, end, m);
	span_word_lists(x, start, end, m);
	if (x->words)
		span_words(env, x, start, end, &segs, m);
	m->language = sp_lang_decide(m->han_characters, m->latin_letters, m->other_letters);
	if (m->language == SP_LANG_EN)
		span_english(env, x, start, end, m);
	else
		m->readability1_cntext = sp_cntext_readability1(env, x->s, x->len, start, end);
	m->speaking_minutes = (double) m->han_characters / SP_HAN_PER_MINUTE +
		(double) m->latin_words / SP_WORDS_PER_MINUTE;
	sp_vec_free(env, &segs);
}
