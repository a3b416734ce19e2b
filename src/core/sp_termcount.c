/*
 * sp_termcount.c - words and n-grams of a text, counted (sp_termcount.h).
 * Linear in the text: n-grams are at most max_chars characters long, so each
 * token starts at most max_chars of them.
 */
#include <stdlib.h>

#include "sp_numeral.h"
#include "sp_render.h"
#include "sp_termcount.h"
#include "sp_utf8.h"

static const char *
counter_key_at(const void *arg, uint32_t i, size_t *len)
{
	const SpCounter *c = arg;

	*len = c->items.items[i].len;
	return c->buf.items + c->items.items[i].off;
}

void
sp_counter_add(const SpEnv *env, SpCounter *c, const char *key, size_t len, size_t first)
{
	SpHashKeys	keys = {counter_key_at, c, false};
	uint32_t	k;

	if (sp_hash_full(&c->index, c->items.n + 1))
		sp_hash_grow(env, &c->index, &keys, c->items.n, 2 * c->items.n + 64);
	k = sp_hash_find(&c->index, &keys, key, len);
	if (k != SP_HASH_ABSENT)
	{
		c->items.items[k].n++;
		return;
	}
	{
		SpTermCount t = {c->buf.n, len, 1, first, NULL};

		sp_vec_reserve(env, &c->buf, c->buf.n + len);
		memcpy(c->buf.items + c->buf.n, key, len);
		c->buf.n += len;
		sp_vec_push(env, &c->items, t);
		sp_hash_insert(&c->index, &keys, key, len, (uint32_t) (c->items.n - 1));
	}
}

static int
count_cmp(const void *pa, const void *pb)
{
	const SpTermCount *a = pa,
			   *b = pb;
	size_t		m = a->len < b->len ? a->len : b->len;
	int			r;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	r = memcmp(a->key, b->key, m);
	if (r != 0)
		return r;
	return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

void
sp_counter_sort(const SpEnv *env, SpCounter *c)
{
	for (size_t k = 0; k < c->items.n; k++)
		c->items.items[k].key = c->buf.items + c->items.items[k].off;
	if (c->items.n > 1)
		qsort(c->items.items, c->items.n, sizeof(SpTermCount), count_cmp);
	/* the index numbers the items in their old order: drop it */
	sp_hash_free(env, &c->index);
}

void
sp_counter_free(const SpEnv *env, SpCounter *c)
{
	sp_vec_free(env, &c->buf);
	sp_vec_free(env, &c->items);
	sp_hash_free(env, &c->index);
}

/* full-width forms folded, ASCII letters lower-cased */
static const char *
fold_lower(const SpEnv *env, const char *s, size_t len, size_t *outlen)
{
	bool		changed;
	const char *f = sp_render_fold_width(env, s, len, outlen, &changed);
	char	   *w = NULL;

	for (size_t i = 0; i < *outlen; i++)
		if (f[i] >= 'A' && f[i] <= 'Z')
		{
			if (w == NULL)
			{
				w = sp_alloc(env, *outlen + 1);
				memcpy(w, f, *outlen);
				w[*outlen] = '\0';
			}
			w[i] = (char) (f[i] - 'A' + 'a');
		}
	if (w == NULL)
		return f;
	if (f != s)
		sp_free(env, (void *) f);
	return w;
}

void
sp_word_tokens(const SpEnv *env, const SpSegOptions *opt, const char *s, size_t len,
			   SpWordTokVec *out)
{
	SpSegState	st;
	SpToken		tok;
	size_t		steps = 0;

	sp_seg_begin(&st, opt, s, len);
	while (sp_seg_next(env, &st, &tok))
	{
		SpWordTok	w;

		sp_tick(env, &steps);
		if (!sp_tok_is_word(tok.type))
			continue;
		w.start = tok.start;
		w.end = tok.end;
		w.type = tok.type;
		w.stop = false;
		if (sp_tok_is_han(tok.type))
		{
			bool		changed;
			char		arabic[64];
			size_t		numlen,
						alen;

			w.form = sp_render_fold_width(env, s + tok.start, tok.end - tok.start, &w.form_len, &changed);
			alen = sp_arabic_numeral(w.form, w.form_len, arabic, &numlen);
			if (alen > 0)
			{
				char	   *a = sp_alloc(env, alen + 1);

				memcpy(a, arabic, alen);
				a[alen] = '\0';
				if (w.form != s + tok.start)
					sp_free(env, (void *) w.form);
				w.form = a;
				w.form_len = alen;
			}
		}
		else
			w.form = fold_lower(env, s + tok.start, tok.end - tok.start, &w.form_len);
		sp_vec_push(env, out, w);
	}
	sp_seg_end(env, &st);
}

void
sp_count_words(const SpEnv *env, const SpWordTok *toks, size_t n, SpCounter *out)
{
	size_t		steps = 0;

	for (size_t k = 0; k < n; k++)
	{
		sp_tick(env, &steps);
		if (!toks[k].stop && toks[k].form_len > 0)
			sp_counter_add(env, out, toks[k].form, toks[k].form_len, toks[k].start);
	}
}

/* n-gram tokens: Han words and characters (numerals and dates too) */
static bool
ngram_tok(const SpWordTok *t)
{
	return sp_tok_is_han(t->type);
}

void
sp_count_ngrams(const SpEnv *env, const char *s, const SpWordTok *toks, size_t n,
				int min_chars, int max_chars, SpCounter *out)
{
	size_t		steps = 0;

	if (min_chars < 1)
		min_chars = 1;
	for (size_t k = 0; k < n; k++)
	{
		size_t		chars = 0;

		sp_tick(env, &steps);
		if (!ngram_tok(&toks[k]) || toks[k].stop)
			continue;
		for (size_t j = k; j < n && ngram_tok(&toks[j]); j++)
		{
			/* adjacent: nothing (no space, no mark) between the tokens */
			if (j > k && toks[j].start != toks[j - 1].end)
				break;
			chars += sp_u8_count(s + toks[j].start, toks[j].end - toks[j].start);
			if (chars > (size_t) max_chars)
				break;
			if (chars >= (size_t) min_chars && !toks[j].stop)
				sp_counter_add(env, out, s + toks[k].start, toks[j].end - toks[k].start, toks[k].start);
		}
	}
}

void
sp_word_tokens_free(const SpEnv *env, const char *s, size_t len, SpWordTokVec *toks)
{
	for (size_t k = 0; k < toks->n; k++)
		if (toks->items[k].form < s || toks->items[k].form > s + len)
			sp_free(env, (void *) toks->items[k].form);
	sp_vec_free(env, toks);
}
