/*
 * sp_hash.h - a small hash index over keys the caller keeps.
 *
 * The keys are byte strings (a pointer and a length) in the caller's own
 * arrays, numbered 0, 1, 2, ...; the table stores only those numbers, in
 * open addressing with linear probing, and asks the caller for key i through
 * SpHashKeys.at.  The caller decides when to index (a few keys are compared
 * faster one by one) and calls sp_hash_grow() when sp_hash_full() says so;
 * the table stays at most half full.
 *
 *   SpHashKeys keys = {my_key_at, my_arrays, false};
 *   if (sp_hash_full(&t, n + 1))
 *       sp_hash_grow(env, &t, &keys, n, 2 * n);  (indexes keys 0..n-1 again)
 *   i = sp_hash_insert(&t, &keys, p, len, n);    (n if new, else the old number)
 *
 * Lookups are static inline: they sit on the hot path of to_tsvector.
 */
#ifndef SP_HASH_H
#define SP_HASH_H

#include "sp_env.h"

/* the caller's keys: key i is at(arg, i, &len) */
typedef struct SpHashKeys
{
	const char *(*at) (const void *arg, uint32_t i, size_t *len);
	const void *arg;
	bool		nocase;			/* ASCII letters hash and compare without case */
} SpHashKeys;

typedef struct SpHash
{
	uint32_t   *slot;			/* key number + 1 per slot, 0 = free; NULL: no index yet */
	uint32_t	mask;			/* number of slots - 1 */
} SpHash;

#define SP_HASH_ABSENT UINT32_MAX

static inline unsigned char
sp_hash_fold(unsigned char c, bool nocase)
{
	return nocase && c >= 'A' && c <= 'Z' ? (unsigned char) (c - 'A' + 'a') : c;
}

/* FNV-1a of n bytes (ASCII letters folded to lower case when nocase) */
static inline uint32_t
sp_hash_bytes(const char *p, size_t n, bool nocase)
{
	uint32_t	h = UINT32_C(2166136261);

	for (size_t i = 0; i < n; i++)
		h = (h ^ sp_hash_fold((unsigned char) p[i], nocase)) * UINT32_C(16777619);
	return h;
}

/* whether key number i is the n bytes at p */
static inline bool
sp_hash_key_is(const SpHashKeys *keys, uint32_t i, const char *p, size_t n)
{
	size_t		len;
	const char *k = keys->at(keys->arg, i, &len);

	if (len != n)
		return false;
	if (!keys->nocase)
		return memcmp(k, p, n) == 0;
	for (size_t j = 0; j < n; j++)
		if (sp_hash_fold((unsigned char) k[j], true) != sp_hash_fold((unsigned char) p[j], true))
			return false;
	return true;
}

/*
 * The probe for the n bytes at p: the number of the key equal to them, or
 * SP_HASH_ABSENT with *free_slot the slot where they would go.
 */
static inline uint32_t
sp_hash_probe(const SpHash *t, const SpHashKeys *keys, const char *p, size_t n, uint32_t *free_slot)
{
	uint32_t	pos = sp_hash_bytes(p, n, keys->nocase) & t->mask;

	for (; t->slot[pos] != 0; pos = (pos + 1) & t->mask)
		if (sp_hash_key_is(keys, t->slot[pos] - 1, p, n))
			return t->slot[pos] - 1;
	*free_slot = pos;
	return SP_HASH_ABSENT;
}

/* the number of the key equal to the n bytes at p, SP_HASH_ABSENT if none (or no index) */
static inline uint32_t
sp_hash_find(const SpHash *t, const SpHashKeys *keys, const char *p, size_t n)
{
	uint32_t	free_slot = 0;

	if (t->slot == NULL)
		return SP_HASH_ABSENT;
	return sp_hash_probe(t, keys, p, n, &free_slot);
}

/*
 * Index key number i (the n bytes at p) unless an equal key is indexed:
 * returns the number of the key now indexed for these bytes (i if new).
 * The table must have room (sp_hash_full() false for the keys with this one).
 */
static inline uint32_t
sp_hash_insert(SpHash *t, const SpHashKeys *keys, const char *p, size_t n, uint32_t i)
{
	uint32_t	free_slot = 0;
	uint32_t	old = sp_hash_probe(t, keys, p, n, &free_slot);

	if (old != SP_HASH_ABSENT)
		return old;
	t->slot[free_slot] = i + 1;
	return i;
}

/* whether nkeys keys make the table half full or more (no index counts as full) */
static inline bool
sp_hash_full(const SpHash *t, size_t nkeys)
{
	return t->slot == NULL || nkeys * 2 > (size_t) t->mask;
}

/*
 * A new index with room for capacity keys (2 * capacity slots or more, 16
 * at least), holding keys 0..nkeys-1, which must differ from one another;
 * the old index is freed.  capacity >= nkeys, below 2^31.
 */
void		sp_hash_grow(const SpEnv *env, SpHash *t, const SpHashKeys *keys, size_t nkeys,
						 size_t capacity);

void		sp_hash_free(const SpEnv *env, SpHash *t);

#endif
