/*
 * sp_lexicon.c - open, walk and build the lexicon image.
 */
#include "sp_lexicon.h"
#include "sp_utf8.h"

#include <string.h>

static size_t
image_size(uint32_t nfirst, uint32_t nslots, uint32_t pairbits)
{
	return sizeof(SpLexHeader) + pairbits / 8 + ((size_t) nfirst + nslots) * sizeof(SpLexNode);
}

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
	if (h->pairbits < 32 || (h->pairbits & (h->pairbits - 1)) != 0)
		return "corrupt header (pair filter size)";
	if (h->nfirst != 0 && h->nfirst != SP_LEX_FIRST)
		return "corrupt header (first characters)";
	if (size != image_size(h->nfirst, h->nslots, h->pairbits))
		return "truncated or corrupt (size does not match its header)";
	lex->hdr = h;
	lex->pairs = (const uint32_t *) (h + 1);
	lex->nodes = (const SpLexNode *) (lex->pairs + h->pairbits / 32);
	lex->slots = lex->nodes + h->nfirst;
	lex->nfirst = h->nfirst;
	lex->mask = h->nslots - 1;
	lex->pairmask = h->pairbits - 1;
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

/* a new node in an empty slot */
static uint32_t
new_node(SpLexNode *n, uint32_t parent, uint32_t cp)
{
	n->parent = parent;
	n->cpflags = cp << 8;
	n->cost = 0;
	n->sig = 0;
	return 1;
}

/*
 * The child of parent for cp in nodes[nfirst + nslots] being built, created
 * if absent; *count counts the nodes made in the hash table.
 */
static uint32_t
add_child(SpLexNode *nodes, uint32_t nfirst, uint32_t mask, uint32_t parent, uint32_t cp,
		  uint32_t *count)
{
	SpLexNode  *slots = nodes + nfirst;
	uint32_t	i;

	if (parent == SP_LEX_ROOT && cp < nfirst)
	{
		if (nodes[cp].parent == SP_LEX_NONE)
			(void) new_node(&nodes[cp], parent, cp);
		return cp;
	}
	for (i = sp_lex_slot(parent, cp) & mask;; i = (i + 1) & mask)
	{
		if (slots[i].parent == SP_LEX_NONE)
		{
			*count += new_node(&slots[i], parent, cp);
			break;
		}
		if (slots[i].parent == parent && (slots[i].cpflags >> 8) == cp)
			break;
	}
	return nfirst + i;
}

/* insert all words into nodes[nfirst + nslots]; returns the hash table's node count */
static uint32_t
fill(const SpEnv *env, const SpLexWord *words, size_t n, SpLexNode *nodes, uint32_t nfirst,
	 uint32_t nslots, uint16_t *maxchars, uint32_t *nwords)
{
	uint32_t	count = 0;

	for (uint32_t i = 0; i < nfirst + nslots; i++)
	{
		if (i % (SP_INTERRUPT_INTERVAL * 64) == 0)
			sp_check_interrupt(env);
		nodes[i].parent = SP_LEX_NONE;
	}
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
			node = add_child(nodes, nfirst, nslots - 1, node,
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

/* nodes of second characters (their parent a first character): pairs for the filter */
static uint32_t
count_pairs(const SpEnv *env, const SpLexNode *nodes, uint32_t nnodes)
{
	uint32_t	n = 0;

	for (uint32_t i = 0; i < nnodes; i++)
	{
		if (i % (SP_INTERRUPT_INTERVAL * 64) == 0)
			sp_check_interrupt(env);
		if (nodes[i].parent != SP_LEX_NONE && nodes[i].parent != SP_LEX_ROOT &&
			nodes[nodes[i].parent].parent == SP_LEX_ROOT)
			n++;
	}
	return n;
}

/* the filters: the children's signature in every node, the pairs' bits */
static void
fill_filters(const SpEnv *env, SpLexNode *nodes, uint32_t nnodes, uint32_t *pairs, uint32_t pairbits)
{
	for (uint32_t i = 0; i < nnodes; i++)
	{
		uint32_t	p = nodes[i].parent;
		uint32_t	cp = nodes[i].cpflags >> 8;

		if (i % (SP_INTERRUPT_INTERVAL * 64) == 0)
			sp_check_interrupt(env);

		if (p == SP_LEX_NONE || p == SP_LEX_ROOT)
			continue;
		nodes[p].sig |= (uint16_t) (1u << sp_lex_sig_bit(cp));
		if (nodes[p].parent == SP_LEX_ROOT)
		{
			uint32_t	h = sp_lex_pair_hash(nodes[p].cpflags >> 8, cp) & (pairbits - 1);

			pairs[h >> 5] |= 1u << (h & 31);
		}
	}
}

void *
sp_lexicon_build(const SpEnv *env, const SpLexWord *words, size_t n,
				 uint16_t unknown_cost, uint16_t term_cost, size_t *size)
{
	size_t		bound = 0;
	uint32_t	nfirst = n >= SP_LEX_FIRST_MIN_WORDS ? SP_LEX_FIRST : 0,
				nslots,
				nnodes,
				nwords,
				pairbits;
	uint16_t	maxchars;
	SpLexNode  *tmp;
	char	   *image;
	SpLexHeader *hdr;
	uint32_t   *pairs;
	SpLexNode  *nodes;

	/* first pass in a roomy table to count the nodes (at most one per character) */
	for (size_t w = 0; w < n; w++)
	{
		bound += words[w].len;
		if (bound > SP_LEX_MAX_BYTES)
		{
			*size = 0;
			return NULL;
		}
	}
	nslots = pow2_at_least(2 * bound + 1);
	tmp = sp_alloc(env, ((size_t) nfirst + nslots) * sizeof(SpLexNode));
	nnodes = fill(env, words, n, tmp, nfirst, nslots, &maxchars, &nwords);
	/* the pair filter: 8 bits a pair keeps false answers near 1 in 9 */
	pairbits = pow2_at_least((size_t) count_pairs(env, tmp, nfirst + nslots) * 8);
	if (pairbits < 32)
		pairbits = 32;
	sp_free(env, tmp);

	/* the image: load factor at most 2/3 */
	nslots = pow2_at_least((size_t) nnodes + nnodes / 2 + 1);
	*size = image_size(nfirst, nslots, pairbits);
	image = sp_alloc0(env, *size);
	hdr = (SpLexHeader *) image;
	memcpy(hdr->magic, SP_LEX_MAGIC, sizeof(SP_LEX_MAGIC));
	hdr->endian = SP_LEX_ENDIAN;
	hdr->nslots = nslots;
	hdr->unknown_cost = unknown_cost;
	hdr->term_cost = term_cost;
	hdr->pairbits = pairbits;
	hdr->nfirst = nfirst;
	pairs = (uint32_t *) (hdr + 1);
	nodes = (SpLexNode *) (pairs + pairbits / 32);
	hdr->nnodes = fill(env, words, n, nodes, nfirst, nslots, &maxchars, &nwords);
	fill_filters(env, nodes, nfirst + nslots, pairs, pairbits);
	hdr->maxchars = maxchars;
	hdr->nwords = nwords;
	return image;
}
