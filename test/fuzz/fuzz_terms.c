/*
 * libFuzzer target: the term matcher (sp_termset_init, sp_match_terms:
 * speech_find_terms, speech_kwic and the word lists of the metrics) with
 * terms taken from the input.  Input: terms (one a line) before the first
 * NUL byte, then the text; without a NUL the text is the whole input and the
 * terms are its first line cut into pieces of 1, 2, 3, 4, 1, … characters.
 * Inputs of odd length match on word boundaries (a stand-in cut), others
 * anywhere.  Checks: every hit is its term, in order and apart, on
 * boundaries when asked; and for small valid UTF-8 inputs the hits equal
 * those of a naive leftmost-longest matcher.  The KWIC context walk
 * (sp_u8_prev back from a hit) stays inside the text.
 */
#include "fuzz_common.h"
#include "sp_wordlist.h"

static bool
bit(const uint8_t *map, size_t b)
{
	return (map[b >> 3] >> (b & 7)) & 1;
}

/* leftmost-longest by brute force: the hit at i, or false */
static bool
naive_at(const char *s, size_t len, size_t i, const char **terms, const size_t *tlen, size_t n,
		 const uint8_t *boundary, size_t *end)
{
	size_t		best = 0;

	if (boundary && !bit(boundary, i))
		return false;
	for (size_t k = 0; k < n; k++)
		if (tlen[k] > best && i + tlen[k] <= len && memcmp(s + i, terms[k], tlen[k]) == 0 &&
			(boundary == NULL || bit(boundary, i + tlen[k])))
			best = tlen[k];
	*end = i + best;
	return best > 0;
}

static void
fuzz_one(const SpEnv *env, const char *in, size_t size)
{
	const char *nul = memchr(in, '\0', size);
	const char *s = nul ? nul + 1 : in;
	size_t		len = nul ? size - (size_t) (nul + 1 - in) : size;
	const char **terms = malloc((size + 1) * sizeof(char *));
	size_t	   *tlen = malloc((size + 1) * sizeof(size_t));
	size_t		n = 0;
	uint8_t    *boundary = NULL;
	SpTermSet	set;
	SpHitVec	hits = {0};
	bool		all_valid;

	REQUIRE(terms != NULL && tlen != NULL);
	if (nul)
	{
		for (const char *p = in; p < nul;)
		{
			const char *e = memchr(p, '\n', (size_t) (nul - p));

			if (e == NULL)
				e = nul;
			terms[n] = p;
			tlen[n++] = (size_t) (e - p);
			p = e + 1;
		}
	}
	else
	{
		const char *e = memchr(in, '\n', size);
		size_t		line = e ? (size_t) (e - in) : size;

		for (size_t i = 0; i < line;)
		{
			size_t		start = i;
			int			want = (int) (n % 4) + 1;

			for (int c = 0; c < want && i < line; c++)
			{
				int			step;

				(void) sp_u8_decode(in, line, i, &step);
				i += (size_t) step;
			}
			terms[n] = in + start;
			tlen[n++] = i - start;
		}
	}
	if (size % 2 == 1)
	{
		SpSpanVec	words = {0};

		boundary = calloc(len / 8 + 1, 1);
		REQUIRE(boundary != NULL);
		fuzz_standin_words(s, len, &words);
		for (size_t k = 0; k < words.n; k++)
		{
			boundary[words.items[k].start >> 3] |= (uint8_t) (1u << (words.items[k].start & 7));
			boundary[words.items[k].end >> 3] |= (uint8_t) (1u << (words.items[k].end & 7));
		}
		sp_vec_free(env, &words);
	}

	sp_termset_init(env, &set, terms, tlen, NULL, n);
	sp_match_terms(env, s, len, &set, boundary, &hits);
	for (size_t k = 0, end = 0; k < hits.n; k++)
	{
		const SpHit *h = &hits.items[k];
		size_t		a = h->span.start;

		end = span_next_ok(h->span, end, len);
		REQUIRE(h->term >= 0 && (size_t) h->term < n);
		REQUIRE(tlen[h->term] == h->span.end - h->span.start);
		REQUIRE(memcmp(s + h->span.start, terms[h->term], tlen[h->term]) == 0);
		if (boundary)
			REQUIRE(bit(boundary, h->span.start) && bit(boundary, h->span.end));
		/* the KWIC context walk */
		for (int c = 0; c < 10 && a > 0; c++)
		{
			size_t		b = sp_u8_prev(s, a);

			REQUIRE(b < a);
			a = b;
		}
	}

	/* the same hits as brute force, on small valid inputs */
	all_valid = len <= 4096 && n <= 256 && fuzz_valid_utf8(s, len);
	for (size_t k = 0; all_valid && k < n; k++)
		all_valid = fuzz_valid_utf8(terms[k], tlen[k]);
	if (all_valid)
	{
		size_t		i = 0,
					h = 0,
					end;

		while (i < len)
		{
			int			step;

			if (naive_at(s, len, i, terms, tlen, n, boundary, &end))
			{
				REQUIRE(h < hits.n && hits.items[h].span.start == i && hits.items[h].span.end == end);
				h++;
				i = end;
				continue;
			}
			(void) sp_u8_decode(s, len, i, &step);
			i += (size_t) step;
		}
		REQUIRE(h == hits.n);
	}

	sp_vec_free(env, &hits);
	sp_termset_free(env, &set);
	free(boundary);
	free(terms);
	free(tlen);
}
