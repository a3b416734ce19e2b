/*
 * sp_lexicon.c - open, walk and build the lexicon image.
 */
#include "sp_lexicon.h"
#include "sp_utf8.h"

#include <string.h>

const char *
sp_lexicon_open(SpLexicon *lex, const void *image, size_t size)
{
	const SpLexHeader *h = image;

	if (size < sizeof(SpLexHeader) || memcmp(h->magic, SP_LEX_MAGIC, sizeof(SP_LEX_MAGIC)) != 0)
		return "not a speech lexicon of this version (bad magic number)";
	if (h->endian != SP_LEX_ENDIAN)
		return "built on a machine with another byte order";
	if (h->nslots == 0 || (h->nslots & (h->nslots - 1)) != 0 || h->nnodes >= h->nslots)
		return "corrupt header (slot count)";
	if (size != sizeof(SpLexHeader) + SP_LEX_FIRST * sizeof(uint32_t) +
		(size_t) h->nslots * sizeof(SpLexNode))
		return "truncated or corrupt (size does not match its header)";
	lex->hdr = h;
	lex->first = (const uint32_t *) (h + 1);
	lex->nodes = (const SpLexNode *) (lex->first + SP_LEX_FIRST);
	lex->mask = h->nslots - 1;
	return NULL;
}

uint32_t
sp_lexicon_find(const SpLexicon *lex, const char *s, size_t len)
{
	uint32_t	node = SP_LEX_ROOT;
	int			step;

	if (len == 0)
		return SP_LEX_NONE;
	for (size_t i = 0; i < len && node != SP_LEX_NONE; i += (size_t) step)
		node = sp_lex_child(lex, node, sp_u8_decode(s, len, i, &step));
	return node;
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

/* the child of parent for cp in a table being built, created if absent */
static uint32_t
add_child(SpLexNode *nodes, uint32_t mask, uint32_t *first, uint32_t parent, uint32_t cp,
		  uint32_t *count)
{
	uint32_t	i;

	if (parent == SP_LEX_ROOT && cp < SP_LEX_FIRST && first[cp] != SP_LEX_NONE)
		return first[cp];
	for (i = sp_lex_slot(parent, cp) & mask;; i = (i + 1) & mask)
	{
		if (nodes[i].parent == SP_LEX_NONE)
		{
			nodes[i].parent = parent;
			nodes[i].cpflags = cp << 8;
			nodes[i].cost = 0;
			(*count)++;
			break;
		}
		if (nodes[i].parent == parent && (nodes[i].cpflags >> 8) == cp)
			break;
	}
	if (parent == SP_LEX_ROOT && cp < SP_LEX_FIRST)
		first[cp] = i;
	return i;
}

/* insert all words into a table of nslots (a power of two); returns the node count */
static uint32_t
fill(const SpEnv *env, const SpLexWord *words, size_t n, SpLexNode *nodes, uint32_t nslots,
	 uint32_t *first, uint16_t *maxchars, uint32_t *nwords)
{
	uint32_t	count = 0;

	for (uint32_t i = 0; i < nslots; i++)
		nodes[i].parent = SP_LEX_NONE;
	for (uint32_t c = 0; c < SP_LEX_FIRST; c++)
		first[c] = SP_LEX_NONE;
	*maxchars = 1;
	*nwords = 0;
	for (size_t w = 0; w < n; w++)
	{
		uint32_t	node = SP_LEX_ROOT;
		size_t		nchars = 0;
		int			step;
		SpLexNode  *e;

		if (w % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		if (words[w].len == 0 || sp_u8_count(words[w].s, words[w].len) > SP_LEX_MAX_CHARS)
			continue;
		for (size_t i = 0; i < words[w].len; i += (size_t) step)
		{
			if (node != SP_LEX_ROOT)
				nodes[node].cpflags |= SP_LEX_INNER;
			node = add_child(nodes, nslots - 1, first, node,
							 sp_u8_decode(words[w].s, words[w].len, i, &step), &count);
			nchars++;
		}
		e = &nodes[node];
		if (words[w].flags & SP_LEX_WORD)
		{
			if (!(e->cpflags & SP_LEX_WORD) || words[w].cost < e->cost)
				e->cost = words[w].cost;
		}
		if (words[w].flags && !(e->cpflags & (SP_LEX_WORD | SP_LEX_DOMAIN | SP_LEX_SEARCH)))
			(*nwords)++;
		e->cpflags |= words[w].flags & (SP_LEX_WORD | SP_LEX_DOMAIN | SP_LEX_SEARCH);
		if (words[w].flags && nchars > *maxchars)
			*maxchars = (uint16_t) nchars;
	}
	return count;
}

void *
sp_lexicon_build(const SpEnv *env, const SpLexWord *words, size_t n,
				 uint16_t unknown_cost, uint16_t term_cost, size_t *size)
{
	size_t		bound = 0;
	uint32_t	nslots,
				nnodes,
				nwords;
	uint16_t	maxchars;
	SpLexNode  *tmp;
	uint32_t   *tmpfirst;
	char	   *image;
	SpLexHeader *hdr;

	/* first pass in a roomy table to count the nodes (at most one per character) */
	for (size_t w = 0; w < n; w++)
		bound += words[w].len;
	nslots = pow2_at_least(2 * bound + 1);
	tmp = sp_alloc(env, (size_t) nslots * sizeof(SpLexNode));
	tmpfirst = sp_alloc(env, SP_LEX_FIRST * sizeof(uint32_t));
	nnodes = fill(env, words, n, tmp, nslots, tmpfirst, &maxchars, &nwords);
	sp_free(env, tmp);
	sp_free(env, tmpfirst);

	/* the image: load factor at most 2/3 */
	nslots = pow2_at_least((size_t) nnodes + nnodes / 2 + 1);
	*size = sizeof(SpLexHeader) + SP_LEX_FIRST * sizeof(uint32_t) + (size_t) nslots * sizeof(SpLexNode);
	image = sp_alloc0(env, *size);
	hdr = (SpLexHeader *) image;
	memcpy(hdr->magic, SP_LEX_MAGIC, sizeof(SP_LEX_MAGIC));
	hdr->endian = SP_LEX_ENDIAN;
	hdr->nslots = nslots;
	hdr->unknown_cost = unknown_cost;
	hdr->term_cost = term_cost;
	hdr->nnodes = fill(env, words, n, (SpLexNode *) (image + sizeof(SpLexHeader) + SP_LEX_FIRST * sizeof(uint32_t)),
					   nslots, (uint32_t *) (hdr + 1), &maxchars, &nwords);
	hdr->maxchars = maxchars;
	hdr->nwords = nwords;
	return image;
}
