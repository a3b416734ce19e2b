/*
 * sp_lexicon.h - a compact, read-only word lexicon that is used in place.
 *
 * The image is one contiguous block, valid as a file mapped read-only into
 * every backend (the page cache shares it) or as a buffer built in memory
 * (the user's terms).  Layout, all integers in the builder's byte order:
 *
 *   SpLexHeader
 *   uint32 slots[nslots]         open addressing, entry index + 1, 0 = empty
 *   SpLexEntry entries[nentries]
 *   char pool[poolsize]          the words' UTF-8 bytes, back to back
 *
 * Every word and every proper prefix of a word (whole characters) has an
 * entry, so a caller extending a candidate one character at a time stops as
 * soon as the prefix is unknown.  The hash is FNV-1a over the bytes, which
 * extends incrementally: probing all words that start at one position costs
 * one hash step and one probe per character.
 */
#ifndef SP_LEXICON_H
#define SP_LEXICON_H

#include "sp_env.h"

#define SP_LEX_MAGIC "SPLEX01"
#define SP_LEX_ENDIAN 0x01020304u

/* entry flags */
#define SP_LEX_WORD 0x01		/* a word of the general lexicon */
#define SP_LEX_DOMAIN 0x02		/* a term of the shipped domain lexicon */

/* the longest word kept, in characters (longer candidates are never probed) */
#define SP_LEX_MAX_CHARS 16

typedef struct SpLexHeader
{
	char		magic[8];
	uint32_t	endian;
	uint32_t	nslots;			/* a power of two */
	uint32_t	nentries;
	uint32_t	poolsize;
	uint16_t	unknown_cost;	/* cost of a Han character the lexicon lacks */
	uint16_t	term_cost;		/* cost of a domain or user term */
	uint16_t	maxchars;		/* longest word, in characters */
	uint16_t	reserved;
} SpLexHeader;

typedef struct SpLexEntry
{
	uint32_t	hash;
	uint32_t	off;			/* into the pool */
	uint16_t	cost;			/* 100 * -ln(relative frequency), for SP_LEX_WORD */
	uint8_t		len;			/* bytes */
	uint8_t		flags;			/* 0 for a prefix that is not itself a word */
} SpLexEntry;

typedef struct SpLexicon
{
	const SpLexHeader *hdr;
	const uint32_t *slots;
	const SpLexEntry *entries;
	const char *pool;
	uint32_t	mask;
} SpLexicon;

/* a word handed to the builder */
typedef struct SpLexWord
{
	const char *s;
	size_t		len;
	uint16_t	cost;
	uint8_t		flags;
} SpLexWord;

#define SP_LEX_HASH_INIT 2166136261u

/* extend an FNV-1a hash by len bytes */
static inline uint32_t
sp_lex_hash(uint32_t h, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

/*
 * Check an image and set up *lex over it (no copy).  Returns NULL, or a
 * message saying what is wrong with the image.
 */
const char *sp_lexicon_open(SpLexicon *lex, const void *image, size_t size);

/* the entry for s[0..len) whose hash is h, or NULL */
const SpLexEntry *sp_lexicon_get(const SpLexicon *lex, uint32_t h, const char *s, size_t len);

/* convenience: the entry for s[0..len) */
static inline const SpLexEntry *
sp_lexicon_find(const SpLexicon *lex, const char *s, size_t len)
{
	return sp_lexicon_get(lex, sp_lex_hash(SP_LEX_HASH_INIT, s, len), s, len);
}

/*
 * Whether an entry counts as a word, and its cost: general words always;
 * domain terms (at the header's term_cost) only when domain is true.
 */
static inline bool
sp_lex_word_cost(const SpLexicon *lex, const SpLexEntry *e, bool domain, uint32_t *cost)
{
	if (domain && (e->flags & SP_LEX_DOMAIN))
	{
		*cost = lex->hdr->term_cost;
		return true;
	}
	if (e->flags & SP_LEX_WORD)
	{
		*cost = e->cost;
		return true;
	}
	return false;
}

/*
 * Build an image from words (duplicates merge: flags OR-ed, lowest cost
 * kept; words longer than SP_LEX_MAX_CHARS characters or 255 bytes are
 * skipped).  Returns the image, allocated in env, and its size.
 */
void	   *sp_lexicon_build(const SpEnv *env, const SpLexWord *words, size_t n,
							 uint16_t unknown_cost, uint16_t term_cost, size_t *size);

#endif							/* SP_LEXICON_H */
