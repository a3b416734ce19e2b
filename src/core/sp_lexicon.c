/*
 * sp_lexicon.c - open, probe and build the compact lexicon image.
 */
#include "sp_lexicon.h"
#include "sp_utf8.h"

#include <string.h>

const char *
sp_lexicon_open(SpLexicon *lex, const void *image, size_t size)
{
	const SpLexHeader *h = image;
	size_t		need;

	if (size < sizeof(SpLexHeader) || memcmp(h->magic, SP_LEX_MAGIC, sizeof(SP_LEX_MAGIC)) != 0)
		return "not a speech lexicon (bad magic number)";
	if (h->endian != SP_LEX_ENDIAN)
		return "built on a machine with another byte order";
	if (h->nslots == 0 || (h->nslots & (h->nslots - 1)) != 0 || h->nentries >= h->nslots)
		return "corrupt header (slot count)";
	need = sizeof(SpLexHeader) + (size_t) h->nslots * sizeof(uint32_t) +
		(size_t) h->nentries * sizeof(SpLexEntry) + h->poolsize;
	if (size != need)
		return "truncated or corrupt (size does not match its header)";
	lex->hdr = h;
	lex->slots = (const uint32_t *) (h + 1);
	lex->entries = (const SpLexEntry *) (lex->slots + h->nslots);
	lex->pool = (const char *) (lex->entries + h->nentries);
	lex->mask = h->nslots - 1;
	return NULL;
}

const SpLexEntry *
sp_lexicon_get(const SpLexicon *lex, uint32_t h, const char *s, size_t len)
{
	uint32_t	i = h & lex->mask;

	for (;;)
	{
		uint32_t	k = lex->slots[i];
		const SpLexEntry *e;

		if (k == 0)
			return NULL;
		e = &lex->entries[k - 1];
		if (e->hash == h && e->len == len && memcmp(lex->pool + e->off, s, len) == 0)
			return e;
		i = (i + 1) & lex->mask;
	}
}

/* ---- builder ---- */

static uint32_t
pow2_at_least(size_t n)
{
	uint32_t	p = 16;

	while (p < n)
		p *= 2;
	return p;
}

/* slot holding s (or the empty slot where it would go) in an open-addressed table */
static uint32_t
probe(const uint32_t *slots, uint32_t mask, const SpLexEntry *entries, const char *pool,
	  uint32_t h, const char *s, size_t len)
{
	uint32_t	i = h & mask;

	while (slots[i] != 0)
	{
		const SpLexEntry *e = &entries[slots[i] - 1];

		if (e->hash == h && e->len == len && memcmp(pool + e->off, s, len) == 0)
			break;
		i = (i + 1) & mask;
	}
	return i;
}

void *
sp_lexicon_build(const SpEnv *env, const SpLexWord *words, size_t n,
				 uint16_t unknown_cost, uint16_t term_cost, size_t *size)
{
	size_t		bound = 0,
				poolsize = 0,
				nentries = 0;
	uint32_t	tmask,
				nslots;
	uint32_t   *tslots;
	SpLexEntry *entries;
	char	   *pool;
	uint16_t	maxchars = 1;
	char	   *image;
	SpLexHeader *hdr;
	uint32_t   *slots;

	for (size_t w = 0; w < n; w++)
	{
		bound += words[w].len;	/* at most one entry per byte */
		poolsize += words[w].len;
	}
	tmask = pow2_at_least(2 * bound + 1) - 1;
	tslots = sp_alloc0(env, ((size_t) tmask + 1) * sizeof(uint32_t));
	entries = sp_alloc(env, (bound + 1) * sizeof(SpLexEntry));
	pool = sp_alloc(env, poolsize + 1);
	poolsize = 0;

	for (size_t w = 0; w < n; w++)
	{
		const char *s = words[w].s;
		size_t		len = words[w].len,
					nchars = 0;
		uint32_t	h = SP_LEX_HASH_INIT;
		int			step;

		if (w % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		if (len == 0 || len > 255 || sp_u8_count(s, len) > SP_LEX_MAX_CHARS)
			continue;
		memcpy(pool + poolsize, s, len);
		for (size_t i = 0; i < len; i += (size_t) step)
		{
			size_t		end;
			uint32_t	slot;
			SpLexEntry *e;

			(void) sp_u8_decode(s, len, i, &step);
			end = i + (size_t) step;
			nchars++;
			h = sp_lex_hash(h, s + i, (size_t) step);
			slot = probe(tslots, tmask, entries, pool, h, pool + poolsize, end);
			if (tslots[slot] == 0)
			{
				e = &entries[nentries++];
				e->hash = h;
				e->off = (uint32_t) poolsize;
				e->len = (uint8_t) end;
				e->flags = 0;
				e->cost = 0;
				tslots[slot] = (uint32_t) nentries;
			}
			e = &entries[tslots[slot] - 1];
			if (end == len && words[w].flags)
			{
				if ((e->flags & SP_LEX_WORD) == 0 || words[w].cost < e->cost)
				{
					if (words[w].flags & SP_LEX_WORD)
						e->cost = words[w].cost;
				}
				e->flags |= words[w].flags;
				if (nchars > maxchars)
					maxchars = (uint16_t) nchars;
			}
		}
		poolsize += len;
	}

	/* the final table: load factor at most 2/3 */
	nslots = pow2_at_least(nentries + nentries / 2 + 1);
	*size = sizeof(SpLexHeader) + (size_t) nslots * sizeof(uint32_t) +
		nentries * sizeof(SpLexEntry) + poolsize;
	image = sp_alloc0(env, *size);
	hdr = (SpLexHeader *) image;
	memcpy(hdr->magic, SP_LEX_MAGIC, sizeof(SP_LEX_MAGIC));
	hdr->endian = SP_LEX_ENDIAN;
	hdr->nslots = nslots;
	hdr->nentries = (uint32_t) nentries;
	hdr->poolsize = (uint32_t) poolsize;
	hdr->unknown_cost = unknown_cost;
	hdr->term_cost = term_cost;
	hdr->maxchars = maxchars;
	slots = (uint32_t *) (hdr + 1);
	memcpy(slots + nslots, entries, nentries * sizeof(SpLexEntry));
	memcpy((char *) (slots + nslots) + nentries * sizeof(SpLexEntry), pool, poolsize);
	for (size_t k = 0; k < nentries; k++)
	{
		uint32_t	i = entries[k].hash & (nslots - 1);

		while (slots[i] != 0)
			i = (i + 1) & (nslots - 1);
		slots[i] = (uint32_t) k + 1;
	}
	sp_free(env, tslots);
	sp_free(env, entries);
	sp_free(env, pool);
	return image;
}
