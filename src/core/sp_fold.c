/*
 * sp_fold.c - Traditional to Simplified folding with OpenCC's tables (see
 * sp_fold.h), and the map back to the original text.
 */
#include "sp_fold.h"
#include "sp_utf8.h"

/* keys longer than this many characters are left out (OpenCC's are at most a dozen) */
#define MAX_KEY_CHARS 32

static const char *
entry_key(const void *arg, uint32_t i, size_t *len)
{
	const SpFoldDict *d = arg;

	*len = d->entries.items[i].klen;
	return d->pool.items + d->entries.items[i].key;
}

static void
set_bit(uint8_t *bits, uint32_t cp)
{
	bits[cp >> 3] |= (uint8_t) (1u << (cp & 7));
}

static bool
has_bit(const uint8_t *bits, bool high, uint32_t cp)
{
	if (cp >= SP_FOLD_FIRST_CPS)
		return high;
	return bits != NULL && (bits[cp >> 3] >> (cp & 7)) & 1;
}

static uint32_t
pair_bit(uint32_t a, uint32_t b)
{
	return ((a * UINT32_C(2654435761)) ^ (b * UINT32_C(40503))) >> (32 - SP_FOLD_PAIR_BITS);
}

void
sp_folder_init(SpFolder *f)
{
	memset(f, 0, sizeof(*f));
}

/* characters of valid UTF-8, or -1 */
static long
utf8_chars(const char *s, size_t len)
{
	long		n = 0;

	for (size_t i = 0; i < len; n++)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (cp == SP_REPLACEMENT && step == 1)
			return -1;
		i += (size_t) step;
	}
	return n;
}

/* whether an entry keeps every character's UTF-8 length (no map needed) */
static bool
same_shape(const SpFoldDict *d, const SpFoldEntry *e)
{
	const char *k = d->pool.items + e->key,
			   *v = d->pool.items + e->val;
	size_t		i = 0,
				j = 0;

	if (e->klen != e->vlen || e->kchars != e->vchars)
		return false;
	while (i < e->klen && j < e->vlen)
	{
		int			a,
					b;

		(void) sp_u8_decode(k, e->klen, i, &a);
		(void) sp_u8_decode(v, e->vlen, j, &b);
		if (a != b)
			return false;
		i += (size_t) a;
		j += (size_t) b;
	}
	return true;
}

bool
sp_folder_add(const SpEnv *env, SpFolder *f, int stage, int dict,
			  const char *key, size_t klen, const char *val, size_t vlen)
{
	SpFoldDict *d;
	SpFoldEntry e;
	long		kc = utf8_chars(key, klen),
				vc = utf8_chars(val, vlen);

	if (stage < -1 || stage >= SP_FOLD_MAX_STAGES || dict < 0 || dict >= SP_FOLD_MAX_GROUP ||
		klen == 0 || klen > 0xFFFF || vlen > 0xFFFF || kc < 0 || vc < 0 || kc > MAX_KEY_CHARS)
		return false;
	if (stage < 0)
		d = &f->seg;
	else
	{
		d = &f->dicts[stage][dict];
		if (stage >= f->nstages)
			f->nstages = stage + 1;
		if (dict >= f->ndicts[stage])
			f->ndicts[stage] = dict + 1;
	}
	e.key = (uint32_t) d->pool.n;
	e.klen = (uint16_t) klen;
	e.kchars = (uint16_t) kc;
	sp_vec_reserve(env, &d->pool, d->pool.n + klen + vlen);
	memcpy(d->pool.items + d->pool.n, key, klen);
	d->pool.n += klen;
	e.val = (uint32_t) d->pool.n;
	e.vlen = (uint16_t) vlen;
	e.vchars = (uint16_t) vc;
	memcpy(d->pool.items + d->pool.n, val, vlen);
	d->pool.n += vlen;
	e.shape = same_shape(d, &e);
	sp_vec_push(env, &d->entries, e);
	if ((uint32_t) kc > d->maxchars)
		d->maxchars = (uint32_t) kc;
	f->entries++;
	return true;
}

static void
dict_finish(const SpEnv *env, SpFoldDict *d, SpFolder *f, bool conversion)
{
	SpHashKeys	keys = {entry_key, d, false};

	if (d->entries.n == 0)
		return;
	d->first = sp_alloc0(env, SP_FOLD_FIRST_CPS / 8);
	d->single = sp_alloc0(env, SP_FOLD_FIRST_CPS / 8);
	d->pairs = sp_alloc0(env, ((size_t) 1 << SP_FOLD_PAIR_BITS) / 8);
	sp_hash_grow(env, &d->index, &keys, 0, d->entries.n);
	for (size_t i = 0; i < d->entries.n; i++)
	{
		const SpFoldEntry *e = &d->entries.items[i];
		const char *k = d->pool.items + e->key;
		int			step;
		uint32_t	cp = sp_u8_decode(k, e->klen, 0, &step);

		/* the first entry of a key wins, as OpenCC's lexicons hold each key once */
		(void) sp_hash_insert(&d->index, &keys, k, e->klen, (uint32_t) i);
		if (cp >= SP_FOLD_FIRST_CPS)
			d->first_high = true;
		else
			set_bit(d->first, cp);
		if (e->kchars == 1 && cp < SP_FOLD_FIRST_CPS)
			set_bit(d->single, cp);
		else if (e->kchars == 1)
			d->single_high = true;
		else
		{
			int			step2;
			uint32_t	cp2 = sp_u8_decode(k, e->klen, (size_t) step, &step2);
			uint32_t	b = pair_bit(cp, cp2);

			d->pairs[b >> 3] |= (uint8_t) (1u << (b & 7));
		}
		if (conversion)
		{
			if (cp >= SP_FOLD_FIRST_CPS)
				f->trigger_high = true;
			else
				set_bit(f->trigger, cp);
		}
	}
}

void
sp_folder_finish(const SpEnv *env, SpFolder *f)
{
	f->trigger = sp_alloc0(env, SP_FOLD_FIRST_CPS / 8);
	dict_finish(env, &f->seg, f, false);
	for (int s = 0; s < f->nstages; s++)
		for (int k = 0; k < f->ndicts[s]; k++)
			dict_finish(env, &f->dicts[s][k], f, true);
}

static void
dict_free(const SpEnv *env, SpFoldDict *d)
{
	sp_vec_free(env, &d->pool);
	sp_vec_free(env, &d->entries);
	sp_hash_free(env, &d->index);
	sp_free(env, d->first);
	sp_free(env, d->single);
	sp_free(env, d->pairs);
	d->first = d->single = d->pairs = NULL;
}

void
sp_folder_free(const SpEnv *env, SpFolder *f)
{
	dict_free(env, &f->seg);
	for (int s = 0; s < SP_FOLD_MAX_STAGES; s++)
		for (int k = 0; k < SP_FOLD_MAX_GROUP; k++)
			dict_free(env, &f->dicts[s][k]);
	sp_free(env, f->trigger);
	sp_folder_init(f);
}

/* the longest key of d that s[p..e) starts with, or NULL (OpenCC's MatchPrefix) */
static const SpFoldEntry *
match(const SpFoldDict *d, const char *s, size_t p, size_t e)
{
	SpHashKeys	keys = {entry_key, d, false};
	size_t		ends[MAX_KEY_CHARS];
	size_t		n = 0,
				q = p;
	int			step;
	uint32_t	cp,
				cp2;
	uint32_t	i;

	if (d->entries.n == 0 || p >= e)
		return NULL;
	cp = sp_u8_decode(s, e, p, &step);
	if (!has_bit(d->first, d->first_high, cp))
		return NULL;
	q = p + (size_t) step;
	ends[n++] = q;
	/* a longer key only where its first two characters start one */
	if (q < e && d->maxchars > 1)
	{
		uint32_t	b;

		cp2 = sp_u8_decode(s, e, q, &step);
		b = pair_bit(cp, cp2);
		if ((d->pairs[b >> 3] >> (b & 7)) & 1)
		{
			while (n < d->maxchars && q < e)
			{
				(void) sp_u8_decode(s, e, q, &step);
				q += (size_t) step;
				ends[n++] = q;
			}
			while (n > 1)
			{
				i = sp_hash_find(&d->index, &keys, s + p, ends[n - 1] - p);
				if (i != SP_HASH_ABSENT)
					return &d->entries.items[i];
				n--;
			}
		}
	}
	if (!has_bit(d->single, d->single_high, cp))
		return NULL;
	i = sp_hash_find(&d->index, &keys, s + p, ends[0] - p);
	return i != SP_HASH_ABSENT ? &d->entries.items[i] : NULL;
}

typedef struct Text
{
	SP_VEC(char) s;
	SP_VEC(size_t) segs;		/* the segments' ends */
	SP_VEC(uint32_t) map;		/* per byte: original offset (at character starts) */
} Text;

static void
text_free(const SpEnv *env, Text *t)
{
	sp_vec_free(env, &t->s);
	sp_vec_free(env, &t->segs);
	sp_vec_free(env, &t->map);
}

/* append n bytes mapped to orig (one value per character when per_char) */
static void
append(const SpEnv *env, Text *out, const char *p, size_t n, bool want_map,
	   const uint32_t *orig, size_t norig)
{
	size_t		at = out->s.n;

	sp_vec_reserve(env, &out->s, at + n + 1);
	memcpy(out->s.items + at, p, n);
	out->s.n += n;
	if (want_map)
	{
		size_t		c = 0;

		sp_vec_reserve(env, &out->map, at + n + 1);
		for (size_t i = 0; i < n;)
		{
			int			step;

			(void) sp_u8_decode(p, n, i, &step);
			out->map.items[at + i] = orig[c < norig ? c : norig - 1];
			for (int b = 1; b < step; b++)
				out->map.items[at + i + (size_t) b] = out->map.items[at + i];
			i += (size_t) step;
			c++;
		}
		out->map.n = out->s.n;
	}
}

/* the original offsets of the characters of in[p .. p + n), into orig[] */
static size_t
orig_chars(const Text *in, const char *s, size_t p, size_t n, uint32_t *orig, size_t most)
{
	size_t		c = 0;

	for (size_t i = p; i < p + n && c < most;)
	{
		int			step;

		(void) sp_u8_decode(s, p + n, i, &step);
		orig[c++] = in && in->map.items ? in->map.items[i] : (uint32_t) i;
		i += (size_t) step;
	}
	return c;
}

/*
 * One stage: every segment of (s, len, segs) converted on its own with the
 * stage's group, into out.  in is NULL for the original text.
 */
static void
run_stage(const SpEnv *env, const SpFolder *f, int stage, const Text *in, const char *s,
		  const size_t *segs, size_t nsegs, Text *out, bool want_map, bool *shape, size_t *ticks)
{
	size_t		a = 0;

	for (size_t g = 0; g < nsegs; g++)
	{
		size_t		b = segs[g],
					p = a;

		while (p < b)
		{
			const SpFoldEntry *e = NULL;
			const SpFoldDict *d = NULL;
			uint32_t	orig[MAX_KEY_CHARS];

			sp_tick(env, ticks);
			for (int k = 0; k < f->ndicts[stage] && e == NULL; k++)
			{
				d = &f->dicts[stage][k];
				e = match(d, s, p, b);
			}
			if (e != NULL)
			{
				size_t		no = 0;

				if (want_map)
				{
					no = orig_chars(in, s, p, e->klen, orig, MAX_KEY_CHARS);
					if (e->kchars != e->vchars)
						no = 1; /* the value as a whole maps to the key's start */
				}
				if (!e->shape)
					*shape = false;
				append(env, out, d->pool.items + e->val, e->vlen, want_map, orig, no ? no : 1);
				p += e->klen;
			}
			else
			{
				int			step;

				(void) sp_u8_decode(s, b, p, &step);
				if (want_map)
					(void) orig_chars(in, s, p, (size_t) step, orig, 1);
				append(env, out, s + p, (size_t) step, want_map, orig, 1);
				p += (size_t) step;
			}
		}
		sp_vec_push(env, &out->segs, out->s.n);
		a = b;
	}
}

/* all stages; the result in *last (its map when want_map); *shape false if a map is needed */
static void
run_all(const SpEnv *env, const SpFolder *f, const char *s, size_t len, bool want_map,
		Text *last, bool *shape)
{
	Text		cur = {0},
				next = {0};
	size_t		ticks = 0,
				p = 0,
				run = 0;

	/* segments: max-match over the segmentation's phrases */
	while (p < len)
	{
		const SpFoldEntry *e = match(&f->seg, s, p, len);

		sp_tick(env, &ticks);
		if (e != NULL)
		{
			if (p > run)
				sp_vec_push(env, &cur.segs, p);
			p += e->klen;
			sp_vec_push(env, &cur.segs, p);
			run = p;
		}
		else
		{
			int			step;

			(void) sp_u8_decode(s, len, p, &step);
			p += (size_t) step;
		}
	}
	if (len > run)
		sp_vec_push(env, &cur.segs, len);
	*shape = true;
	for (int st = 0; st < f->nstages; st++)
	{
		const char *src = st == 0 ? s : cur.s.items;

		next.s.n = next.segs.n = next.map.n = 0;
		run_stage(env, f, st, st == 0 ? NULL : &cur, src, cur.segs.items, cur.segs.n,
				  &next, want_map, shape, &ticks);
		{
			Text		t = cur;

			cur = next;
			next = t;
		}
	}
	text_free(env, &next);
	*last = cur;
}

void
sp_fold_text(const SpEnv *env, const SpFolder *f, const char *s, size_t len, SpFolded *out)
{
	bool		any = false,
				shape;
	Text		t = {0};
	size_t		ticks = 0;

	out->s = s;
	out->len = len;
	out->changed = false;
	out->map = NULL;
	if (f == NULL || f->nstages == 0)
		return;
	for (size_t i = 0; i < len && !any;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		any = cp >= 0x80 && has_bit(f->trigger, f->trigger_high, cp);
		i += (size_t) step;
		sp_tick(env, &ticks);
	}
	if (!any)
		return;
	run_all(env, f, s, len, false, &t, &shape);
	if (!shape)
	{
		text_free(env, &t);
		run_all(env, f, s, len, true, &t, &shape);
		sp_vec_reserve(env, &t.map, t.s.n + 1);
		t.map.items[t.s.n] = (uint32_t) len;
		out->map = t.map.items;
		t.map.items = NULL;
	}
	sp_vec_reserve(env, &t.s, t.s.n + 1);
	t.s.items[t.s.n] = '\0';
	if (t.s.n == len && memcmp(t.s.items, s, len) == 0)
	{
		/* keys matched, but to themselves (乾隆): the text as it is */
		sp_free(env, out->map);
		out->map = NULL;
		text_free(env, &t);
		return;
	}
	out->s = t.s.items;
	out->len = t.s.n;
	out->changed = true;
	t.s.items = NULL;
	text_free(env, &t);
}

void
sp_fold_free(const SpEnv *env, SpFolded *out)
{
	if (out->changed)
	{
		sp_free(env, out->map);
		sp_free(env, (char *) out->s);
	}
	out->map = NULL;
	out->changed = false;
}
