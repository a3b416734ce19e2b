/*
 * sp_hash.c - building the hash index of sp_hash.h (the lookups are inline
 * in the header).
 */
#include "sp_hash.h"

void
sp_hash_grow(const SpEnv *env, SpHash *t, const SpHashKeys *keys, size_t nkeys, size_t capacity)
{
	size_t		size = 16;

	while (size < capacity * 2)
		size *= 2;
	sp_free(env, t->slot);
	t->slot = sp_alloc0(env, size * sizeof(uint32_t));
	t->mask = (uint32_t) (size - 1);
	for (size_t i = 0; i < nkeys; i++)
	{
		size_t		len;
		const char *p = keys->at(keys->arg, (uint32_t) i, &len);
		uint32_t	pos = sp_hash_bytes(p, len, keys->nocase) & t->mask;

		while (t->slot[pos] != 0)
			pos = (pos + 1) & t->mask;
		t->slot[pos] = (uint32_t) i + 1;
	}
}

void
sp_hash_free(const SpEnv *env, SpHash *t)
{
	sp_free(env, t->slot);
	t->slot = NULL;
	t->mask = 0;
}
