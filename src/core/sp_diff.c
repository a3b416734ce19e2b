/*
 * sp_diff.c - the structure-aware diff of two speeches (see sp_diff.h for
 * the units, the measure and the alignment).
 */
#include "sp_diff.h"

#include "sp_chars.h"
#include "sp_scan.h"
#include "sp_search.h"
#include "sp_utf8.h"

#include <math.h>
#include <stdlib.h>

const char *const sp_diff_op_names[SP_DIFF__COUNT] = {
	"same", "changed", "added", "removed", "moved"
};

/* ---------------------------------------------------------------- units */

/* the end of the noise span starting at i, else i */
static size_t
noise_end_at(const SpDoc *doc, size_t i)
{
	size_t		k = SP_LOWER_BOUND(doc->noise.items, doc->noise.n, span.start, i);

	if (k < doc->noise.n && doc->noise.items[k].span.start == i)
		return doc->noise.items[k].span.end;
	return i;
}

static void
push_unit(const SpEnv *env, const SpDoc *doc, SpDiffUnits *out, size_t start, size_t end)
{
	const char *s = doc->s;
	SpDiffUnit	u;

	for (;;)
	{
		size_t		next = sp_skip_invisible(s, end, start);

		next = noise_end_at(doc, next);
		if (next == start)
			break;
		start = next;
	}
	end = sp_trim_back(s, start, end);
	if (end <= start)
		return;
	u.span.start = start;
	u.span.end = end;
	u.section = sp_doc_section_at(doc, start);
	u.heading = -1;
	sp_vec_push(env, out, u);
}

/* the ASCII ';' at i ends an HTML entity (&nbsp;), not a clause */
static bool
entity_semicolon(const char *s, size_t from, size_t i)
{
	for (size_t k = i; k > from && i - k < 10; k--)
	{
		char		c = s[k - 1];

		if (c == '&')
			return k < i;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#'))
			return false;
	}
	return false;
}

static bool
closing_mark(uint32_t c)
{
	return sp_is_close_quote(c) || sp_is_close_bracket(c) || c == '"' || c == '\'';
}

void
sp_diff_units(const SpEnv *env, const SpDoc *doc, SpDiffUnits *out)
{
	const char *s = doc->s;
	size_t		tick = 0;

	memset(out, 0, sizeof(*out));
	for (size_t k = 0; k < doc->sentences.n; k++)
	{
		size_t		a = doc->sentences.items[k].span.start,
					end = doc->sentences.items[k].span.end,
					i = a;

		while (i < end)
		{
			int			step;
			uint32_t	cp = sp_u8_decode(s, end, i, &step);

			sp_tick(env, &tick);
			if (cp == 0xFF1B || (cp == ';' && !entity_semicolon(s, a, i)))
			{
				size_t		e = i + (size_t) step;

				/* a run of end marks, then closing quotes and brackets */
				while (e < end)
				{
					uint32_t	c = sp_u8_decode(s, end, e, &step);

					if (!(sp_is_sentence_final(c) || c == 0xFF1B || c == ';'))
						break;
					e += (size_t) step;
				}
				while (e < end)
				{
					uint32_t	c = sp_u8_decode(s, end, e, &step);

					if (!closing_mark(c))
						break;
					e += (size_t) step;
				}
				if (e < end)
				{
					push_unit(env, doc, out, a, e);
					a = e;
				}
				i = e;
				continue;
			}
			i += (size_t) step;
		}
		push_unit(env, doc, out, a, end);
	}
	/* headings: the unit in which a (block) section's marker starts */
	for (size_t k = 0; k < doc->sections.n; k++)
	{
		const SpSection *sec = &doc->sections.items[k];
		size_t		u;

		if (sec->inline_run)
			continue;
		u = SP_UPPER_BOUND(out->items, out->n, span.start, sec->marker.start);
		if (u == 0)
			continue;
		u--;
		if (sec->marker.start < out->items[u].span.end && out->items[u].heading < 0)
			out->items[u].heading = (int) k;
	}
}

/* ------------------------------------------------------ normalised form */

/* a code point as it is compared, 0 when it is dropped */
static uint32_t
norm_cp(uint32_t cp)
{
	if (sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp))
		return 0;
	switch (cp)
	{
		case '"':
		case '\'':
		case 0x201C:			/* “ ” ‘ ’ 「 」 『 』 */
		case 0x201D:
		case 0x2018:
		case 0x2019:
		case 0x300C:
		case 0x300D:
		case 0x300E:
		case 0x300F:
		case 0xFF02:
		case 0xFF07:
			return 0;
		case 0x3002:			/* 。 ｡ */
		case 0xFF61:
			return '.';
		case 0x3010:			/* 【 〔 */
		case 0x3014:
			return '[';
		case 0x3011:			/* 】 〕 */
		case 0x3015:
			return ']';
		default:
			break;
	}
	return sp_fold_width(cp);
}

typedef struct Seq
{
	uint32_t   *cp;
	size_t		n;
	uint64_t	key;			/* FNV-1a of the code points */
} Seq;

/* the normalised form of s[from, to): noise spans (doc may be NULL), tags dropped */
static Seq
normalise(const SpEnv *env, const SpDoc *doc, const char *s, size_t from, size_t to)
{
	Seq			q;
	size_t		i = from,
				nk = 0;
	uint64_t	h = UINT64_C(14695981039346656037);

	if (doc)
	{
		/* the first noise span ending after from */
		nk = SP_UPPER_BOUND(doc->noise.items, doc->noise.n, span.start, from);
		if (nk > 0 && doc->noise.items[nk - 1].span.end > from)
			nk--;
	}
	q.cp = sp_alloc(env, (to - from + 1) * sizeof(uint32_t));
	q.n = 0;
	while (i < to)
	{
		int			step;
		uint32_t	cp;
		size_t		e;
		bool		block;

		if (doc && nk < doc->noise.n && doc->noise.items[nk].span.start <= i)
		{
			if (doc->noise.items[nk].span.end > i)
				i = doc->noise.items[nk].span.end;
			nk++;
			continue;
		}
		if (s[i] == '<' && sp_html_tag_at(s, to, i, &e, &block))
		{
			i = e;
			continue;
		}
		if (s[i] == '&' && sp_html_entity_at(s, to, i, &e, &cp))
			i = e;
		else
		{
			cp = sp_u8_decode(s, to, i, &step);
			i += (size_t) step;
		}
		cp = norm_cp(cp);
		if (cp == 0)
			continue;
		q.cp[q.n++] = cp;
		h = (h ^ cp) * UINT64_C(1099511628211);
	}
	q.key = h ^ q.n;
	return q;
}

static bool
seq_equal(const Seq *a, const Seq *b)
{
	return a->key == b->key && a->n == b->n && memcmp(a->cp, b->cp, a->n * sizeof(uint32_t)) == 0;
}

/* ---------------------------------------------- bit-parallel LCS (Hyyrö) */

/* the match masks of one sequence a: for each distinct code point, a bit per position */
typedef struct Peq
{
	uint32_t   *keys;			/* code point + 1, 0 free */
	uint32_t   *idx;
	uint32_t	mask;
	uint64_t   *bits;			/* ndistinct * words */
	uint64_t   *v;				/* scratch: words */
	uint32_t   *count;			/* occurrences of each distinct code point */
	uint32_t   *left;			/* scratch: ndistinct */
	size_t		words;
	size_t		n;
	size_t		ndistinct;
} Peq;

static inline uint32_t
peq_slot(const Peq *p, uint32_t cp)
{
	uint32_t	h = (cp * UINT32_C(2654435761)) & p->mask;

	while (p->keys[h] != 0 && p->keys[h] != cp + 1)
		h = (h + 1) & p->mask;
	return h;
}

/* the masks of a take ndistinct * words words; beyond this, only the multiset bound */
#define PEQ_MAX_WORDS (8u * 1024 * 1024)

static void
peq_build(const SpEnv *env, Peq *p, const uint32_t *a, size_t n)
{
	uint32_t	size = 16,
				nd = 0;
	uint32_t   *at;				/* distinct index of a[k] */

	while (size < 2 * n + 2)
		size *= 2;
	p->mask = size - 1;
	p->n = n;
	p->words = (n + 63) / 64;
	if (p->words == 0)
		p->words = 1;
	p->keys = sp_alloc0(env, size * sizeof(uint32_t));
	p->idx = sp_alloc(env, size * sizeof(uint32_t));
	p->v = sp_alloc(env, p->words * sizeof(uint64_t));
	p->count = sp_alloc0(env, (n + 1) * sizeof(uint32_t));
	p->left = sp_alloc(env, (n + 1) * sizeof(uint32_t));
	at = sp_alloc(env, (n + 1) * sizeof(uint32_t));
	for (size_t k = 0; k < n; k++)
	{
		uint32_t	h = peq_slot(p, a[k]);

		if (p->keys[h] == 0)
		{
			p->keys[h] = a[k] + 1;
			p->idx[h] = nd++;
		}
		at[k] = p->idx[h];
		p->count[p->idx[h]]++;
	}
	p->ndistinct = nd;
	p->bits = NULL;
	if ((double) nd * (double) p->words <= PEQ_MAX_WORDS)
	{
		p->bits = sp_alloc0(env, ((size_t) nd + 1) * p->words * sizeof(uint64_t));
		for (size_t k = 0; k < n; k++)
			p->bits[at[k] * p->words + k / 64] |= UINT64_C(1) << (k % 64);
	}
	sp_free(env, at);
}

/*
 * An upper bound of the LCS of a (in p) and b in O(|a| + |b|): the size of
 * their common multiset of code points.  For pairs too long for the LCS.
 */
static size_t
peq_common(const Peq *p, const uint32_t *b, size_t m)
{
	size_t		common = 0;

	memcpy(p->left, p->count, p->ndistinct * sizeof(uint32_t));
	for (size_t k = 0; k < m; k++)
	{
		uint32_t	h = peq_slot(p, b[k]);

		if (p->keys[h] != 0 && p->left[p->idx[h]] > 0)
		{
			p->left[p->idx[h]]--;
			common++;
		}
	}
	return common;
}

/*
 * The LCS of a (in p) and b, or the common multiset bound when the
 * bit-parallel LCS would take more than SP_DIFF_LCS_BUDGET word operations
 * (two units of some 90,000 characters each: a text without punctuation),
 * or when the masks of a were too large to build.
 */
static size_t
peq_lcs(const Peq *p, const uint32_t *b, size_t m);

static size_t
peq_lcs_bounded(const Peq *p, const uint32_t *b, size_t m)
{
	if (p->bits == NULL || (double) p->words * (double) m > SP_DIFF_LCS_BUDGET)
		return peq_common(p, b, m);
	return peq_lcs(p, b, m);
}

static void
peq_free(const SpEnv *env, Peq *p)
{
	sp_free(env, p->keys);
	sp_free(env, p->idx);
	sp_free(env, p->bits);
	sp_free(env, p->v);
	sp_free(env, p->count);
	sp_free(env, p->left);
}

/* the length of the longest common subsequence of a (in p) and b */
static size_t
peq_lcs(const Peq *p, const uint32_t *b, size_t m)
{
	uint64_t   *v = p->v;
	size_t		zeros = 0;

	if (p->n == 0 || m == 0)
		return 0;
	for (size_t w = 0; w < p->words; w++)
		v[w] = ~UINT64_C(0);
	for (size_t k = 0; k < m; k++)
	{
		uint32_t	h = peq_slot(p, b[k]);
		const uint64_t *mk;
		uint64_t	carry = 0;

		if (p->keys[h] == 0)
			continue;
		mk = p->bits + p->idx[h] * p->words;
		for (size_t w = 0; w < p->words; w++)
		{
			uint64_t	u = v[w] & mk[w];
			uint64_t	t = v[w] + carry;
			uint64_t	c1 = t < carry;
			uint64_t	sum = t + u;
			uint64_t	c2 = sum < u;

			v[w] = sum | (v[w] & ~mk[w]);
			carry = c1 | c2;
		}
	}
	for (size_t w = 0; w < p->words; w++)
	{
		uint64_t	x = ~v[w];

		if (w == p->words - 1 && p->n % 64 != 0)
			x &= (UINT64_C(1) << (p->n % 64)) - 1;
		zeros += (size_t) __builtin_popcountll(x);
	}
	return zeros;
}

static double
dice(size_t lcs, size_t n, size_t m)
{
	if (n + m == 0)
		return 1.0;
	return 2.0 * (double) lcs / (double) (n + m);
}

double
sp_diff_similarity(const SpEnv *env, const char *a, size_t alen, const char *b, size_t blen)
{
	Seq			qa = normalise(env, NULL, a, 0, alen),
				qb = normalise(env, NULL, b, 0, blen);
	Peq			p;
	double		sim;

	peq_build(env, &p, qa.cp, qa.n);
	sim = seq_equal(&qa, &qb) ? 1.0 : dice(peq_lcs_bounded(&p, qb.cp, qb.n), qa.n, qb.n);
	peq_free(env, &p);
	sp_free(env, qa.cp);
	sp_free(env, qb.cp);
	return sim;
}

/* ------------------------------------------------------- the alignment */

typedef struct Pair
{
	int			i;				/* old unit */
	int			j;				/* new unit */
	double		sim;
	double		w;				/* weight in the chain */
	bool		exact;
	bool		allowed;		/* in the structure-constrained chain */
	bool		chained;
} Pair;

typedef struct Side
{
	const SpDoc *doc;
	SpDiffUnits *units;
	Seq		   *seq;
	int		   *map;			/* per section: the matched section of the other side, -1 */
	int		   *pair;			/* per unit: the pair it is in, -1 */
} Side;

typedef struct Bigram
{
	uint64_t	key;
	uint32_t	unit;
} Bigram;

/*
 * A stable LSD radix sort of n Bigrams by the low key_bits bits of their key,
 * 11 bits a pass: linear and interruptible, where qsort of millions of
 * bigrams (a text of 100 MB) would hold the backend for seconds.
 */
static void
radix_sort(const SpEnv *env, Bigram *a, size_t n, int key_bits, size_t *tick)
{
	Bigram	   *tmp = sp_alloc(env, (n + 1) * sizeof(Bigram)),
			   *from = a,
			   *to = tmp;
	size_t	   *pos = sp_alloc(env, 2048 * sizeof(size_t));

	for (int shift = 0; shift < key_bits; shift += 11)
	{
		size_t		sum = 0;
		Bigram	   *swap;

		memset(pos, 0, 2048 * sizeof(size_t));
		for (size_t k = 0; k < n; k++)
			pos[(from[k].key >> shift) & 2047]++;
		for (size_t d = 0; d < 2048; d++)
		{
			size_t		c = pos[d];

			pos[d] = sum;
			sum += c;
		}
		for (size_t k = 0; k < n; k++)
		{
			sp_tick(env, tick);
			to[pos[(from[k].key >> shift) & 2047]++] = from[k];
		}
		swap = from;
		from = to;
		to = swap;
	}
	if (from != a)
		memcpy(a, from, n * sizeof(Bigram));
	sp_free(env, tmp);
	sp_free(env, pos);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a,
				y = *(const uint64_t *) b;

	return (x > y) - (x < y);
}

/* the distinct bigrams of q (a single code point counts as one) into out, sorted; their number */
static size_t
bigrams(const Seq *q, uint64_t *out)
{
	size_t		n = 0;

	if (q->n == 1)
		out[n++] = (uint64_t) q->cp[0] << 21;
	for (size_t k = 0; k + 1 < q->n; k++)
		out[n++] = ((uint64_t) q->cp[k] << 21) | q->cp[k + 1];
	qsort(out, n, sizeof(uint64_t), cmp_u64);
	if (n > 1)
	{
		size_t		d = 1;

		for (size_t k = 1; k < n; k++)
			if (out[k] != out[d - 1])
				out[d++] = out[k];
		n = d;
	}
	return n;
}

typedef struct Index
{
	uint64_t   *key;			/* distinct bigrams, sorted */
	size_t	   *off;			/* postings of key k: unit[off[k] .. off[k+1]) */
	uint32_t   *unit;
	size_t		nkeys;
	size_t	   *nb;				/* distinct bigrams per old unit */
	uint32_t   *by_key;			/* old units sorted by the key of their normalised form */
} Index;


static void
index_build(const SpEnv *env, const Side *old, Index *ix, size_t *tick)
{
	size_t		n = old->units->n,
				total = 0,
				m = 0;
	Bigram	   *all;
	uint64_t   *tmp;
	size_t		maxlen = 1;

	for (size_t i = 0; i < n; i++)
	{
		total += old->seq[i].n + 1;
		if (old->seq[i].n + 1 > maxlen)
			maxlen = old->seq[i].n + 1;
	}
	all = sp_alloc(env, (total + 1) * sizeof(Bigram));
	tmp = sp_alloc(env, maxlen * sizeof(uint64_t));
	ix->nb = sp_alloc(env, (n + 1) * sizeof(size_t));
	for (size_t i = 0; i < n; i++)
	{
		size_t		nb = bigrams(&old->seq[i], tmp);

		ix->nb[i] = nb;
		for (size_t k = 0; k < nb; k++)
		{
			all[m].key = tmp[k];
			all[m].unit = (uint32_t) i;
			m++;
		}
	}
	/* in unit order already: sorted by key, each key's units stay in order */
	radix_sort(env, all, m, 42, tick);
	ix->key = sp_alloc(env, (m + 1) * sizeof(uint64_t));
	ix->off = sp_alloc(env, (m + 2) * sizeof(size_t));
	ix->unit = sp_alloc(env, (m + 1) * sizeof(uint32_t));
	ix->nkeys = 0;
	for (size_t k = 0; k < m; k++)
	{
		if (k == 0 || all[k].key != all[k - 1].key)
		{
			ix->key[ix->nkeys] = all[k].key;
			ix->off[ix->nkeys] = k;
			ix->nkeys++;
		}
		ix->unit[k] = all[k].unit;
	}
	ix->off[ix->nkeys] = m;
	sp_free(env, all);
	sp_free(env, tmp);
	/* old units by the key of their normalised form (a Bigram of key and unit) */
	all = sp_alloc(env, (n + 1) * sizeof(Bigram));
	for (size_t i = 0; i < n; i++)
	{
		all[i].key = old->seq[i].key;
		all[i].unit = (uint32_t) i;
	}
	radix_sort(env, all, n, 64, tick);
	ix->by_key = sp_alloc(env, (n + 1) * sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		ix->by_key[i] = all[i].unit;
	sp_free(env, all);
}

static void
index_free(const SpEnv *env, Index *ix)
{
	sp_free(env, ix->key);
	sp_free(env, ix->off);
	sp_free(env, ix->unit);
	sp_free(env, ix->nb);
	sp_free(env, ix->by_key);
}

/* postings of bigram key: [*lo, *hi) */
static void
index_find(const Index *ix, uint64_t key, size_t *lo, size_t *hi)
{
	size_t		a = 0,
				b = ix->nkeys;

	while (a < b)
	{
		size_t		mid = a + (b - a) / 2;

		if (ix->key[mid] < key)
			a = mid + 1;
		else
			b = mid;
	}
	if (a < ix->nkeys && ix->key[a] == key)
	{
		*lo = ix->off[a];
		*hi = ix->off[a + 1];
	}
	else
		*lo = *hi = 0;
}

typedef SP_VEC(Pair) Pairs;

static double
order_penalty(int i, size_t no, int j, size_t nn)
{
	/* the nearest in relative position, then in index (repeats pair first with first) */
	return 1e-4 * fabs((double) i / (double) (no ? no : 1) - (double) j / (double) (nn ? nn : 1)) +
		1e-6 * fabs((double) i - (double) j) / (double) (no + nn + 1);
}

static void
add_pair(const SpEnv *env, Pairs *pairs, const Side *old, const Side *new, int i, int j,
		 double sim, bool exact)
{
	Pair		p;
	bool		headings = old->units->items[i].heading >= 0 && new->units->items[j].heading >= 0;

	p.i = i;
	p.j = j;
	p.sim = sim;
	p.exact = exact;
	p.w = sim * (headings ? 2.0 : 1.0) - order_penalty(i, old->units->n, j, new->units->n);
	p.allowed = true;
	p.chained = false;
	sp_vec_push(env, pairs, p);
}

/* the candidate pairs: equal units, and similar ones found through shared bigrams */
static void
find_pairs(const SpEnv *env, const Side *old, const Side *new, Pairs *pairs, size_t *tick)
{
	size_t		no = old->units->n,
				nn = new->units->n,
				maxlen = 1;
	Index		ix;
	uint32_t   *count = sp_alloc0(env, (no + 1) * sizeof(uint32_t));
	uint32_t   *touched = sp_alloc(env, (no + 1) * sizeof(uint32_t));
	bool	   *is_exact = sp_alloc0(env, (no + 1) * sizeof(bool));
	size_t	   *rank = sp_alloc(env, (nn + 1) * sizeof(size_t));
	size_t	   *copies = sp_alloc(env, (nn + 1) * sizeof(size_t));
	uint64_t   *bg;

	index_build(env, old, &ix, tick);
	/* rank of each new unit among the new units with its key (0 for the first) */
	{
		Bigram	   *nk = sp_alloc(env, (nn + 1) * sizeof(Bigram));

		for (size_t j = 0; j < nn; j++)
		{
			nk[j].key = new->seq[j].key;
			nk[j].unit = (uint32_t) j;
		}
		radix_sort(env, nk, nn, 64, tick);
		for (size_t k = 0; k < nn; k++)
			rank[nk[k].unit] = k > 0 && nk[k].key == nk[k - 1].key ? rank[nk[k - 1].unit] + 1 : 0;
		/* copies: the size of each unit's group, the rank of its last member + 1 */
		for (size_t k = nn; k-- > 0;)
			copies[nk[k].unit] = k + 1 < nn && nk[k + 1].key == nk[k].key ? copies[nk[k + 1].unit] : rank[nk[k].unit] + 1;
		sp_free(env, nk);
	}
	for (size_t j = 0; j < nn; j++)
		if (new->seq[j].n + 1 > maxlen)
			maxlen = new->seq[j].n + 1;
	bg = sp_alloc(env, maxlen * sizeof(uint64_t));

	for (size_t j = 0; j < nn; j++)
	{
		const Seq  *qj = &new->seq[j];
		size_t		nb = bigrams(qj, bg),
					ntouched = 0,
					lo,
					hi;
		int			best[SP_DIFF_CANDIDATES];
		double		best_score[SP_DIFF_CANDIDATES];
		int			nbest = 0;
		size_t		a = 0,
					b = no;
		Peq			p;

		sp_tick(env, tick);
		/*
		 * Equal units: the old units with the same key, bounded however often
		 * the text repeats itself: the occurrences of the same rank (the r-th
		 * copy of a repeated sentence pairs with the r-th) and those nearest
		 * to where the new unit stands in relative position, two on each side.
		 */
		while (a < b)
		{
			size_t		mid = a + (b - a) / 2;

			if (old->seq[ix.by_key[mid]].key < qj->key)
				a = mid + 1;
			else
				b = mid;
		}
		/* the group's end, also by halving: a scan was quadratic in a text of one repeated unit */
		{
			size_t		e = no;

			b = a;
			while (b < e)
			{
				size_t		mid = b + (e - b) / 2;

				if (old->seq[ix.by_key[mid]].key <= qj->key)
					b = mid + 1;
				else
					e = mid;
			}
		}
		if (b > a)
		{
			size_t		g = b - a,
						r = rank[j],
						target = (size_t) ((double) j * (double) no / (double) (nn ? nn : 1)),
						lo2 = a,
						hi2 = b,
						from[2],
						to[2];

			while (lo2 < hi2)
			{
				size_t		mid = lo2 + (hi2 - lo2) / 2;

				if (ix.by_key[mid] < target)
					lo2 = mid + 1;
				else
					hi2 = mid;
			}
			from[0] = r >= 2 ? r - 2 : 0;
			to[0] = r + 3 < g ? r + 3 : g;
			from[1] = lo2 - a >= 2 ? lo2 - a - 2 : 0;
			to[1] = lo2 - a + 2 < g ? lo2 - a + 2 : g;
			for (int w = 0; w < 2; w++)
				for (size_t k = from[w]; k < to[w]; k++)
				{
					uint32_t	i = ix.by_key[a + k];

					if (!is_exact[i] && seq_equal(&old->seq[i], qj))
					{
						add_pair(env, pairs, old, new, (int) i, (int) j, 1.0, true);
						is_exact[i] = true;
						touched[ntouched++] = i;
					}
				}
		}
		for (size_t k = 0; k < ntouched; k++)
			count[touched[k]] = 0;
		/*
		 * A unit with as many copies on each side as on the other pairs with
		 * one of them: no similar candidates needed.  (With more copies in new,
		 * one of them may be an old unit edited into a copy: it needs them.)
		 */
		if (ntouched > 0 && b - a == copies[j])
		{
			for (size_t k = 0; k < ntouched; k++)
				is_exact[touched[k]] = false;
			continue;
		}
		/* similar units: shared bigrams of the rarer kind */
		for (size_t k = 0; k < nb; k++)
		{
			index_find(&ix, bg[k], &lo, &hi);
			if (hi - lo > SP_DIFF_POSTING_CAP)
				continue;
			for (size_t t = lo; t < hi; t++)
			{
				uint32_t	i = ix.unit[t];

				if (count[i]++ == 0 && !is_exact[i])
					touched[ntouched++] = i;
			}
		}
		for (size_t k = 0; k < ntouched; k++)
		{
			uint32_t	i = touched[k];
			double		c = count[i],
						score;
			int			pos;

			if (is_exact[i] || c == 0)
				continue;
			score = c / ((double) ix.nb[i] + (double) nb - c);
			if (nbest == SP_DIFF_CANDIDATES && score <= best_score[nbest - 1])
				continue;
			pos = nbest < SP_DIFF_CANDIDATES ? nbest++ : nbest - 1;
			while (pos > 0 && best_score[pos - 1] < score)
			{
				best[pos] = best[pos - 1];
				best_score[pos] = best_score[pos - 1];
				pos--;
			}
			best[pos] = (int) i;
			best_score[pos] = score;
		}
		for (size_t k = 0; k < ntouched; k++)
		{
			count[touched[k]] = 0;
			is_exact[touched[k]] = false;
		}
		if (nbest == 0)
			continue;
		peq_build(env, &p, qj->cp, qj->n);
		for (int k = 0; k < nbest; k++)
		{
			const Seq  *qi = &old->seq[best[k]];
			size_t		shorter = qi->n < qj->n ? qi->n : qj->n;
			double		sim;

			if (dice(shorter, qi->n, qj->n) < SP_DIFF_CHANGED)
				continue;
			sim = dice(peq_lcs_bounded(&p, qi->cp, qi->n), qj->n, qi->n);
			if (sim >= SP_DIFF_CHANGED)
				add_pair(env, pairs, old, new, best[k], (int) j, sim >= 1.0 ? 0.999 : sim, false);
		}
		peq_free(env, &p);
	}
	sp_free(env, bg);
	sp_free(env, count);
	sp_free(env, touched);
	sp_free(env, is_exact);
	sp_free(env, rank);
	sp_free(env, copies);
	index_free(env, &ix);
}

/* a pair's place in a sort: keys compared in order, then the pair's number */
typedef struct PairKey
{
	double		k1;
	double		k2;
	double		k3;
	uint32_t	pair;
} PairKey;

static int
cmp_pairkey(const void *a, const void *b)
{
	const PairKey *x = a,
			   *y = b;

	if (x->k1 != y->k1)
		return x->k1 < y->k1 ? -1 : 1;
	if (x->k2 != y->k2)
		return x->k2 < y->k2 ? -1 : 1;
	if (x->k3 != y->k3)
		return x->k3 < y->k3 ? -1 : 1;
	return (x->pair > y->pair) - (x->pair < y->pair);
}

/*
 * The maximum-weight chain of allowed pairs increasing on both sides (a
 * Fenwick tree of maxima over the new units).  The pairs come in new-unit
 * order (find_pairs makes them so); a counting sort puts them in old-unit
 * order, new units descending within one old unit, so pairs of one old unit
 * cannot chain.
 */
static void
chain(const SpEnv *env, Pairs *pairs, size_t no, size_t nn, size_t *tick)
{
	size_t		np = pairs->n;
	uint32_t   *order = sp_alloc(env, (np + 1) * sizeof(uint32_t));
	size_t	   *cursor = sp_alloc0(env, (no + 2) * sizeof(size_t));
	double	   *score = sp_alloc(env, (np + 1) * sizeof(double));
	int		   *pred = sp_alloc(env, (np + 1) * sizeof(int));
	double	   *fv = sp_alloc(env, (nn + 2) * sizeof(double));
	int		   *fi = sp_alloc(env, (nn + 2) * sizeof(int));
	int			top = -1;
	double		top_score = 0;

	for (size_t k = 0; k < np; k++)
	{
		cursor[pairs->items[k].i + 1]++;
		pairs->items[k].chained = false;
	}
	for (size_t i = 1; i <= no; i++)
		cursor[i] += cursor[i - 1];
	/* each old unit's bucket filled from its end: new units descending */
	for (size_t k = 0; k < np; k++)
		order[--cursor[pairs->items[k].i + 1]] = (uint32_t) k;
	for (size_t k = 0; k <= nn + 1; k++)
	{
		fv[k] = 0;
		fi[k] = -1;
	}
	for (size_t k = 0; k < np; k++)
	{
		int			p = (int) order[k];
		const Pair *pp = &pairs->items[p];
		double		best = 0;
		int			bi = -1;

		sp_tick(env, tick);
		if (!pp->allowed)
			continue;
		for (size_t x = (size_t) pp->j; x > 0; x -= x & (~x + 1))
			if (fi[x] >= 0 && fv[x] > best)
			{
				best = fv[x];
				bi = fi[x];
			}
		score[p] = best + pp->w;
		pred[p] = bi;
		for (size_t x = (size_t) pp->j + 1; x <= nn; x += x & (~x + 1))
			if (fi[x] < 0 || score[p] > fv[x])
			{
				fv[x] = score[p];
				fi[x] = p;
			}
		if (top < 0 || score[p] > top_score)
		{
			top = p;
			top_score = score[p];
		}
	}
	for (int p = top; p >= 0; p = pred[p])
		pairs->items[p].chained = true;
	sp_free(env, order);
	sp_free(env, cursor);
	sp_free(env, score);
	sp_free(env, pred);
	sp_free(env, fv);
	sp_free(env, fi);
}

/* whether section t is s or one of its ancestors (t >= 0) */
static bool
at_or_above(const SpDoc *doc, int t, int s)
{
	for (; s >= 0; s = doc->sections.items[s].parent)
		if (s == t)
			return true;
	return false;
}

/* a section at or above a on one side is matched to a section not at or above b on the other */
static bool
placed_apart(const Side *one, int a, const Side *other, int b)
{
	for (; a >= 0; a = one->doc->sections.items[a].parent)
		if (one->map[a] >= 0 && !at_or_above(other->doc, one->map[a], b))
			return true;
	return false;
}

/*
 * May pair p stand in the alignment?  Not when each side puts its unit in
 * a matched section that the other side does not put its unit in: the unit
 * went from one section to another.  A unit of an unmatched section (its
 * heading reworded, moved or removed) is held only by the sections above
 * it, and a one-sided claim (a section on one side only, an outline that
 * one side lost) does not separate a pair.
 */
static bool
compatible(const Side *old, const Side *new, const Pair *p)
{
	int			a = old->units->items[p->i].section,
				b = new->units->items[p->j].section;

	return !(placed_apart(old, a, new, b) && placed_apart(new, b, old, a));
}

typedef struct RowKey
{
	int			anchor;			/* the new unit a removed row follows, -1 first */
	int			old;			/* the removed old unit */
} RowKey;

static void
side_init(const SpEnv *env, Side *side, const SpDoc *doc, SpDiffUnits *units, size_t *tick)
{
	size_t		n;

	side->doc = doc;
	side->units = units;
	sp_diff_units(env, doc, units);
	n = units->n;
	side->seq = sp_alloc(env, (n + 1) * sizeof(Seq));
	side->pair = sp_alloc(env, (n + 1) * sizeof(int));
	side->map = sp_alloc(env, (doc->sections.n + 1) * sizeof(int));
	for (size_t k = 0; k < doc->sections.n; k++)
		side->map[k] = -1;
	for (size_t i = 0; i < n; i++)
	{
		sp_tick(env, tick);
		side->seq[i] = normalise(env, doc, doc->s, units->items[i].span.start, units->items[i].span.end);
		side->pair[i] = -1;
	}
}

static void
side_free(const SpEnv *env, Side *side)
{
	for (size_t i = 0; i < side->units->n; i++)
		sp_free(env, side->seq[i].cp);
	sp_free(env, side->seq);
	sp_free(env, side->pair);
	sp_free(env, side->map);
}

void
sp_diff(const SpEnv *env, const SpDoc *old_doc, const SpDoc *new_doc, SpDiff *out)
{
	Side		old,
				new;
	Pairs		pairs = {0};
	size_t		tick = 0,
				no,
				nn,
				nrows = 0;
	PairKey    *order;
	RowKey	   *keys;
	int			anchor = -1;

	memset(out, 0, sizeof(*out));
	side_init(env, &old, old_doc, &out->old_units, &tick);
	side_init(env, &new, new_doc, &out->new_units, &tick);
	no = out->old_units.n;
	nn = out->new_units.n;

	find_pairs(env, &old, &new, &pairs, &tick);

	/* 1. the in-order alignment; 2. its heading pairs match sections */
	chain(env, &pairs, no, nn, &tick);
	for (size_t k = 0; k < pairs.n; k++)
	{
		const Pair *p = &pairs.items[k];
		int			ho = out->old_units.items[p->i].heading,
					hn = out->new_units.items[p->j].heading;

		if (p->chained && ho >= 0 && hn >= 0)
		{
			old.map[ho] = hn;
			new.map[hn] = ho;
		}
	}
	/* 3. the alignment again, within corresponding sections */
	for (size_t k = 0; k < pairs.n; k++)
		pairs.items[k].allowed = compatible(&old, &new, &pairs.items[k]);
	chain(env, &pairs, no, nn, &tick);
	for (size_t k = 0; k < pairs.n; k++)
		if (pairs.items[k].chained)
		{
			old.pair[pairs.items[k].i] = (int) k;
			new.pair[pairs.items[k].j] = (int) k;
		}

	/* 4. moved: similar pairs among the units left, the most similar first */
	order = sp_alloc(env, (pairs.n + 1) * sizeof(PairKey));
	{
		size_t		nm = 0;

		/* the most similar first, then the nearest in relative position, then in order */
		for (size_t k = 0; k < pairs.n; k++)
			if (!pairs.items[k].chained && pairs.items[k].sim >= SP_DIFF_MOVED)
			{
				order[nm].k1 = -pairs.items[k].sim;
				order[nm].k2 = -pairs.items[k].w;
				order[nm].k3 = pairs.items[k].j;
				order[nm].pair = (uint32_t) k;
				nm++;
			}
		qsort(order, nm, sizeof(PairKey), cmp_pairkey);
		for (size_t k = 0; k < nm; k++)
		{
			const Pair *p = &pairs.items[order[k].pair];

			if (old.pair[p->i] >= 0 || new.pair[p->j] >= 0)
				continue;
			old.pair[p->i] = (int) order[k].pair;
			new.pair[p->j] = (int) order[k].pair;
		}
	}
	sp_free(env, order);

	/*
	 * Rows: the new units in order, each removed unit after its anchor (the
	 * new unit of the nearest earlier chained old unit; -1: first).  The chain
	 * increases on both sides, so the anchors of the removed units, taken in
	 * old order, never decrease: one merge.
	 */
	keys = sp_alloc(env, (no + 1) * sizeof(RowKey));
	for (size_t i = 0; i < no; i++)
	{
		int			p = old.pair[i];

		if (p >= 0)
		{
			if (pairs.items[p].chained)
				anchor = pairs.items[p].j;
			continue;
		}
		keys[nrows].anchor = anchor;
		keys[nrows].old = (int) i;
		nrows++;
	}
	sp_vec_reserve(env, &out->rows, nn + nrows);
	{
		size_t		r = 0;

		for (int j = -1; j < (int) nn; j++)
		{
			if (j >= 0)
			{
				SpDiffRow	row;
				int			p = new.pair[j];

				row.new_unit = j;
				if (p < 0)
				{
					row.op = SP_DIFF_ADDED;
					row.old_unit = -1;
					row.similarity = 0;
				}
				else
				{
					const Pair *pp = &pairs.items[p];

					row.old_unit = pp->i;
					row.similarity = pp->exact ? 1.0 : pp->sim;
					if (!pp->chained)
						row.op = SP_DIFF_MOVED_OP;
					else
						row.op = pp->exact ? SP_DIFF_SAME : SP_DIFF_CHANGED_OP;
				}
				sp_vec_push(env, &out->rows, row);
				out->count[row.op]++;
			}
			for (; r < nrows && keys[r].anchor == j; r++)
			{
				SpDiffRow	row;

				row.op = SP_DIFF_REMOVED;
				row.old_unit = keys[r].old;
				row.new_unit = -1;
				row.similarity = 0;
				sp_vec_push(env, &out->rows, row);
				out->count[row.op]++;
			}
		}
	}
	sp_free(env, keys);
	sp_vec_free(env, &pairs);
	side_free(env, &old);
	side_free(env, &new);
}

void
sp_diff_free(const SpEnv *env, SpDiff *d)
{
	sp_vec_free(env, &d->old_units);
	sp_vec_free(env, &d->new_units);
	sp_vec_free(env, &d->rows);
}

/* ------------------------------------------------- the character view */

typedef struct Chars
{
	uint32_t   *cp;				/* folded for comparison */
	size_t	   *off;			/* byte offset of character k; off[n] = the length */
	size_t		n;
} Chars;

static Chars
decode_chars(const SpEnv *env, const char *s, size_t len, size_t *tick)
{
	Chars		c;
	size_t		i = 0;

	c.cp = sp_alloc(env, (len + 1) * sizeof(uint32_t));
	c.off = sp_alloc(env, (len + 1) * sizeof(size_t));
	c.n = 0;
	while (i < len)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		sp_tick(env, tick);
		c.off[c.n] = i;
		c.cp[c.n++] = sp_fold_width(cp);
		i += (size_t) step;
	}
	c.off[c.n] = len;
	return c;
}

static void
push_chunk(const SpEnv *env, SpDiffChunks *out, SpDiffOp op, const Chars *a, size_t a0, size_t a1,
		   const Chars *b, size_t b0, size_t b1)
{
	SpDiffChunk ch;

	if (a1 == a0 && b1 == b0)
		return;
	/* runs of one op join */
	if (out->n > 0 && out->items[out->n - 1].op == op &&
		out->items[out->n - 1].old_span.end == a->off[a0] &&
		out->items[out->n - 1].new_span.end == b->off[b0])
	{
		out->items[out->n - 1].old_span.end = a->off[a1];
		out->items[out->n - 1].new_span.end = b->off[b1];
		return;
	}
	ch.op = op;
	ch.old_span.start = a->off[a0];
	ch.old_span.end = a->off[a1];
	ch.new_span.start = b->off[b0];
	ch.new_span.end = b->off[b1];
	if (op == SP_DIFF_ADDED)
		ch.old_span.end = ch.old_span.start;
	if (op == SP_DIFF_REMOVED)
		ch.new_span.end = ch.new_span.start;
	sp_vec_push(env, out, ch);
}

/* an edit region: a[a0, a1) replaced by b[b0, b1) */
static void
push_edit(const SpEnv *env, SpDiffChunks *out, const Chars *a, size_t a0, size_t a1,
		  const Chars *b, size_t b0, size_t b1)
{
	if (a1 > a0)
		push_chunk(env, out, SP_DIFF_REMOVED, a, a0, a1, b, b0, b0);
	if (b1 > b0)
		push_chunk(env, out, SP_DIFF_ADDED, a, a1, a1, b, b0, b1);
}

void
sp_diff_chars(const SpEnv *env, const char *s1, size_t len1, const char *s2, size_t len2,
			  SpDiffChunks *out)
{
	size_t		tick = 0;
	Chars		a = decode_chars(env, s1, len1, &tick),
				b = decode_chars(env, s2, len2, &tick);
	size_t		pre = 0,
				suf = 0,
				n,
				m;

	memset(out, 0, sizeof(*out));
	while (pre < a.n && pre < b.n && a.cp[pre] == b.cp[pre])
		pre++;
	while (suf < a.n - pre && suf < b.n - pre && a.cp[a.n - 1 - suf] == b.cp[b.n - 1 - suf])
		suf++;
	n = a.n - pre - suf;
	m = b.n - pre - suf;
	push_chunk(env, out, SP_DIFF_SAME, &a, 0, pre, &b, 0, pre);
	if (n == 0 || m == 0 || (double) n * (double) m > SP_DIFF_CHARS_CELLS)
		push_edit(env, out, &a, pre, pre + n, &b, pre, pre + m);
	else
	{
		/* LCS lengths of the suffixes: L[x][y] for a[pre+x..], b[pre+y..] */
		size_t		w = m + 1;
		uint32_t   *L = sp_alloc(env, (n + 1) * w * sizeof(uint32_t));
		size_t		x = 0,
					y = 0,
					ea = pre,
					eb = pre;	/* the start of the pending edit region */
		char	   *op = sp_alloc(env, n + m + 1);	/* 's' same, 'd' a only, 'i' b only */
		size_t		nop = 0;

		for (size_t xx = n + 1; xx-- > 0;)
			for (size_t yy = m + 1; yy-- > 0;)
			{
				uint32_t	v;

				sp_tick(env, &tick);
				if (xx == n || yy == m)
					v = 0;
				else if (a.cp[pre + xx] == b.cp[pre + yy])
					v = L[(xx + 1) * w + yy + 1] + 1;
				else
				{
					uint32_t	d = L[(xx + 1) * w + yy],
								r = L[xx * w + yy + 1];

					v = d > r ? d : r;
				}
				L[xx * w + yy] = v;
			}
		while (x < n || y < m)
		{
			if (x < n && y < m && a.cp[pre + x] == b.cp[pre + y] &&
				L[x * w + y] == L[(x + 1) * w + y + 1] + 1)
			{
				op[nop++] = 's';
				x++;
				y++;
			}
			else if (x < n && (y == m || L[(x + 1) * w + y] >= L[x * w + y + 1]))
			{
				op[nop++] = 'd';
				x++;
			}
			else
			{
				op[nop++] = 'i';
				y++;
			}
		}
		/* a single equal character between two edits joins them */
		for (size_t k = 1; k + 1 < nop; k++)
			if (op[k] == 's' && op[k - 1] != 's' && op[k + 1] != 's')
				op[k] = 'x';	/* both deleted and inserted */
		x = pre;
		y = pre;
		for (size_t k = 0; k < nop; k++)
		{
			if (op[k] == 's')
			{
				if (x > ea || y > eb)
					push_edit(env, out, &a, ea, x, &b, eb, y);
				push_chunk(env, out, SP_DIFF_SAME, &a, x, x + 1, &b, y, y + 1);
				x++;
				y++;
				ea = x;
				eb = y;
				continue;
			}
			if (op[k] == 'd' || op[k] == 'x')
				x++;
			if (op[k] == 'i' || op[k] == 'x')
				y++;
		}
		if (x > ea || y > eb)
			push_edit(env, out, &a, ea, x, &b, eb, y);
		sp_free(env, L);
		sp_free(env, op);
	}
	push_chunk(env, out, SP_DIFF_SAME, &a, a.n - suf, a.n, &b, b.n - suf, b.n);
	sp_free(env, a.cp);
	sp_free(env, a.off);
	sp_free(env, b.cp);
	sp_free(env, b.off);
}
