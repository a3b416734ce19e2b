/*
 * sp_lexicon.h - a compact, read-only word lexicon that is used in place.
 *
 * The image is one contiguous block, valid as a file mapped read-only into
 * every backend (the page cache shares it) or as a buffer built in memory
 * (the user's terms).  It is a trie whose nodes live in an open-addressed
 * hash table keyed by (parent node, code point): extending a candidate word
 * by one character is one hash probe that touches one 12-byte node, and no
 * string is ever compared.  Children of the root for characters of the
 * Basic Multilingual Plane are not hashed but stored at their code point
 * (node number = code point), since every position of a text starts with
 * that lookup (in a lexicon of many words: a few words are all hashed).
 *
 * Most probes of a segmenter fail (at most positions of a text no word goes
 * on past two or three characters), and each failed probe is a cache miss in
 * a table of megabytes.  Two filters answer most of them without touching
 * the table: every node carries a 16-bit signature of its children's code
 * points (one bit each), read from the node the walk already holds; and a
 * bit array over the pairs of first and second characters (about 8 bits per
 * pair: 256 KB for the shipped lexicon, against 13 MB of nodes, so far more
 * of it stays in cache) answers for the characters after a
 * first one, whose nodes have too many children for a signature.  Both may
 * answer "maybe", never "no" wrongly.
 *
 * Layout, all integers in the builder's byte order:
 *   SpLexHeader
 *   uint32 pairs[pairbits / 32]  the filter of first and second characters
 *   SpLexNode nodes[nfirst + nslots]
 *       nodes[cp] for cp < nfirst (SP_LEX_FIRST or 0): the root's child for
 *       cp (parent SP_LEX_ROOT), or empty; then the hash table, open
 *       addressing.  A node whose parent is SP_LEX_NONE is empty.
 *
 * Every word and every prefix of a word (whole characters) is a node; a
 * prefix that is not itself a word has no word flags.
 */
#ifndef SP_LEXICON_H
#define SP_LEXICON_H

#include "sp_env.h"

#define SP_LEX_MAGIC "SPLEX04"
#define SP_LEX_ENDIAN 0x01020304u
#define SP_LEX_FIRST 0x10000
/* a lexicon of this many words or more stores its first characters directly */
#define SP_LEX_FIRST_MIN_WORDS 4096

/* node flags */
#define SP_LEX_WORD 0x01		/* a word of the general lexicon */
#define SP_LEX_DOMAIN 0x02		/* a term of the shipped domain lexicon */
#define SP_LEX_INNER 0x04		/* has children (set by the builder) */
#define SP_LEX_SEARCH 0x08		/* indexed for search, never cut as a word */

/* the longest word kept, in characters (longer candidates are never probed) */
#define SP_LEX_MAX_CHARS 16

#define SP_LEX_NONE UINT32_MAX	/* no node */
#define SP_LEX_ROOT (UINT32_MAX - 1)	/* the empty prefix */

typedef struct SpLexHeader
{
	char		magic[8];
	uint32_t	endian;
	uint32_t	nslots;			/* slots of the hash table, a power of two */
	uint32_t	nnodes;			/* nodes in the hash table */
	uint32_t	nwords;
	uint16_t	unknown_cost;	/* cost of a Han character the lexicon lacks */
	uint16_t	term_cost;		/* cost of a domain or user term */
	uint16_t	maxchars;		/* longest word, in characters */
	uint16_t	reserved;
	uint32_t	pairbits;		/* bits of the pair filter, a power of two (>= 32) */
	uint32_t	nfirst;			/* code points stored directly: SP_LEX_FIRST or 0 */
} SpLexHeader;

typedef struct SpLexNode
{
	uint32_t	parent;			/* SP_LEX_ROOT for a first character */
	uint32_t	cpflags;		/* code point << 8 | flags */
	uint16_t	cost;			/* 100 * -ln(relative frequency), for SP_LEX_WORD */
	uint16_t	sig;			/* bit sp_lex_sig_bit(cp) set for each child's cp */
} SpLexNode;

typedef struct SpLexicon
{
	const SpLexHeader *hdr;
	const uint32_t *pairs;
	const SpLexNode *nodes;		/* all nodes, by node number */
	const SpLexNode *slots;		/* the hash table: nodes + nfirst */
	uint32_t	nfirst;
	uint32_t	mask;
	uint32_t	pairmask;
} SpLexicon;


/* a word handed to the builder */
typedef struct SpLexWord
{
	const char *s;
	size_t		len;
	uint16_t	cost;
	uint8_t		flags;
} SpLexWord;

static inline uint32_t
sp_lex_slot(uint32_t parent, uint32_t cp)
{
	uint32_t	h = parent * 0x9E3779B1u ^ (cp * 0x85EBCA77u);

	h ^= h >> 15;
	h *= 0x2C1B3C6Du;
	h ^= h >> 13;
	return h;
}

/* the bit of a child's code point in its parent's signature */
static inline uint32_t
sp_lex_sig_bit(uint32_t cp)
{
	return (cp * 0x9E3779B1u) >> 28;
}

/* the bit of a pair of first and second characters in the pair filter */
static inline uint32_t
sp_lex_pair_hash(uint32_t c1, uint32_t c2)
{
	uint32_t	h = c1 * 0x85EBCA77u ^ c2 * 0x9E3779B1u;

	h ^= h >> 16;
	h *= 0x7FEB352Du;
	h ^= h >> 15;
	return h;
}

/*
 * Whether a word may start with the characters c1 c2: false only when none
 * does.  One bit read.
 */
static inline bool
sp_lex_pair_may(const SpLexicon *lex, uint32_t c1, uint32_t c2)
{
	uint32_t	h = sp_lex_pair_hash(c1, c2) & lex->pairmask;

	return (lex->pairs[h >> 5] >> (h & 31)) & 1;
}

/* the child of node for code point cp, or SP_LEX_NONE */
static inline uint32_t
sp_lex_child(const SpLexicon *lex, uint32_t node, uint32_t cp)
{
	uint32_t	i;

	if (node == SP_LEX_ROOT)
	{
		if (cp < lex->nfirst)
			return lex->nodes[cp].parent == SP_LEX_ROOT ? cp : SP_LEX_NONE;
	}
	else if (!((lex->nodes[node].sig >> sp_lex_sig_bit(cp)) & 1))
		return SP_LEX_NONE;		/* no child has cp's bit: no probe */
	for (i = sp_lex_slot(node, cp) & lex->mask;; i = (i + 1) & lex->mask)
	{
		const SpLexNode *n = &lex->slots[i];

		if (n->parent == node && (n->cpflags >> 8) == cp)
			return lex->nfirst + i;
		if (n->parent == SP_LEX_NONE)
			return SP_LEX_NONE;
	}
}

/*
 * Whether a node is a word, and its cost: general words always; domain
 * terms (at the header's term_cost) only when domain is true.
 */
static inline bool
sp_lex_word_cost(const SpLexicon *lex, uint32_t node, bool domain, uint32_t *cost)
{
	const SpLexNode *n = &lex->nodes[node];

	if (domain && (n->cpflags & SP_LEX_DOMAIN))
	{
		*cost = lex->hdr->term_cost;
		return true;
	}
	if (n->cpflags & SP_LEX_WORD)
	{
		*cost = n->cost;
		return true;
	}
	return false;
}

/* whether the node has children: a walk can stop before a probe that must fail */
static inline bool
sp_lex_inner(const SpLexicon *lex, uint32_t node)
{
	return (lex->nodes[node].cpflags & SP_LEX_INNER) != 0;
}

/* whether a node is indexed for search: any word, domain terms when domain is true */
static inline bool
sp_lex_search_word(const SpLexicon *lex, uint32_t node, bool domain)
{
	uint32_t	f = lex->nodes[node].cpflags;

	return (f & (SP_LEX_WORD | SP_LEX_SEARCH)) || (domain && (f & SP_LEX_DOMAIN));
}

/*
 * Check an image and set up *lex over it (no copy).  Returns NULL, or a
 * message saying what is wrong with the image.
 */
const char *sp_lexicon_open(SpLexicon *lex, const void *image, size_t size);

/* the node of s[0..len) (UTF-8), or SP_LEX_NONE */
uint32_t	sp_lexicon_find(const SpLexicon *lex, const char *s, size_t len);

/*
 * Build an image from words (duplicates merge: flags OR-ed, lowest cost
 * kept; words longer than SP_LEX_MAX_CHARS characters are skipped).
 * Returns the image, allocated in env, and its size; or NULL when the words
 * hold more than SP_LEX_MAX_BYTES bytes in all (the tables are sized from
 * that total and must fit 32-bit node numbers).
 */
#define SP_LEX_MAX_BYTES ((size_t) 32 << 20)

void	   *sp_lexicon_build(const SpEnv *env, const SpLexWord *words, size_t n,
							 uint16_t unknown_cost, uint16_t term_cost, size_t *size);

#endif							/* SP_LEXICON_H */
