/*
 * sp_wordlist.h - the built-in word lists and a matcher for term lists.
 *
 * The built-in lexicon is the one speech_metrics() and speech_slogans() use
 * (they are IMMUTABLE, so their lists are compiled in); the SQL table
 * speech_lexicon is filled from exactly these rows when the extension is
 * created (speech_builtin_lexicon()), and researchers add their own rows
 * there for the table-driven functions.
 *
 * Matching: a term matches at a place where the text has the same bytes.
 * In whole-word mode the match must also start and end on word boundaries
 * of the segmentation (so 要 does not match inside 要求 or 重要, while a
 * multi-word phrase such as 全面从严治党 still matches).  Matches do not
 * overlap: leftmost, then longest.
 */
#ifndef SP_WORDLIST_H
#define SP_WORDLIST_H

#include "sp_doc.h"

typedef enum SpWlCat
{
	SP_WL_DIRECTIVE_HIGH = 0,	/* 必须 务必 坚决 严禁 确保 */
	SP_WL_DIRECTIVE_MEDIUM,	/* 要 应 应当 */
	SP_WL_DIRECTIVE_LOW,		/* 可以 鼓励 */
	SP_WL_ADVERB,				/* readability (徐巍 et al. 2021): adverbs */
	SP_WL_CONJUNCTION,			/* … and conjunctions */
	SP_WL_AUTHORITY_CENTRAL,	/* 中央 */
	SP_WL_AUTHORITY_PROVINCE,	/* 省委 省政府 */
	SP_WL_AUTHORITY_CITY,		/* 市委 市政府 */
	SP_WL_AUTHORITY_COUNTY,	/* 区委 县委 区政府 县政府 */
	SP_WL_SLOGAN,				/* numbered formulae; weight = their number */
	SP_WL_CONVERSION_ARTIFACT, /* 效劳 for 服务; note = the intended word */
	SP_WL__COUNT
} SpWlCat;

typedef struct SpWlCategory
{
	const char *name;			/* as in speech_lexicon.category */
	bool		whole_word;		/* match on word boundaries only */
	const char *description;
} SpWlCategory;

extern const SpWlCategory sp_wl_categories[SP_WL__COUNT];

typedef struct SpWlEntry
{
	SpWlCat	category;
	const char *term;
	int			weight;			/* 1, or a slogan's number */
	const char *note;			/* NULL, or the intended word of an artifact */
} SpWlEntry;

extern const SpWlEntry sp_wl_builtin[];
extern const size_t sp_wl_builtin_n;

/* ---- a set of terms, each with an integer id ---- */

typedef struct SpTermSet
{
	const char **term;			/* the terms (not copied: must outlive the set) */
	size_t	   *tlen;
	int		   *id;
	uint64_t   *hash;			/* of each term (a polynomial hash that rolls) */
	size_t		n;
	size_t	   *slot;			/* open addressing: index + 1, 0 = empty */
	size_t		mask;
	uint64_t	first[64];		/* 4096-bit filter of the terms' first characters */
	uint64_t	pair[64];		/* … and of their first two characters */
	bool		has_single;		/* a one-character term: the pair filter does not apply */
	size_t	   *lens;			/* distinct byte lengths of the terms, longest first */
	size_t		nlens;
	size_t		maxlen;
} SpTermSet;

/* terms[k] (len tlen[k]) gets ids[k]; empty terms are ignored; duplicates keep the first */
void		sp_termset_init(const SpEnv *env, SpTermSet *set, const char **terms,
							const size_t *tlen, const int *ids, size_t n);
void		sp_termset_free(const SpEnv *env, SpTermSet *set);

/* the index (into the arrays given to init) of the term equal to s[0..n), or -1 */
long		sp_termset_find(const SpTermSet *set, const char *s, size_t n);

typedef struct SpHit
{
	SpSpan		span;
	long		term;			/* index of the term */
} SpHit;

typedef SP_VEC(SpHit) SpHitVec;

/*
 * Find the terms in s[0..len).  boundary (may be NULL for plain substring
 * matching) is a bitmap of len + 1 bits: bit b set when a word starts or
 * ends at byte b.
 */
/*
 * A bit per byte offset 0..len: set at the start and the end of every word,
 * for sp_match_terms' boundary argument (whole-word matching).
 */
uint8_t    *sp_word_boundaries(const SpEnv *env, size_t len, const SpSpan *words, size_t n);

void		sp_match_terms(const SpEnv *env, const char *s, size_t len,
						   const SpTermSet *set, const uint8_t *boundary, SpHitVec *out);

/* a term set over the built-in entries of the given categories (ids = entry index) */
void		sp_termset_builtin(const SpEnv *env, SpTermSet *set, const bool *categories);

/*
 * The built-in terms of the categories, built once per process with env->keep
 * and shared read-only from then on; without env->keep (or for a combination
 * of categories past the cache's few), built into *scratch for the caller to
 * free with sp_termset_release.
 */
const SpTermSet *sp_termset_builtin_cached(const SpEnv *env, const bool *categories, SpTermSet *scratch);
void		sp_termset_release(const SpEnv *env, const SpTermSet *set, SpTermSet *scratch);

#endif							/* SP_WORDLIST_H */
