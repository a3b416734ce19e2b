/*
 * sp_fold.h - fold Traditional Chinese to Simplified before segmentation,
 * with conversion tables given by the caller (OpenCC's, read by the glue),
 * keeping a map from the folded text back to the original.
 *
 * The conversion is OpenCC's: the text is cut into segments by max-match
 * over a phrase dictionary (the words of a matched phrase are one segment,
 * the text between matches another), then each stage of the chain converts
 * every segment on its own, at each point taking the longest key of the
 * first dictionary of its group that has one (t2s: TSPhrases, then
 * TSCharacters), else the character as it is.  So 乾隆 stays 乾隆 while 乾燥
 * becomes 干燥, and a text folds exactly as `opencc -c t2s.json` folds it
 * (test/integration/traditional.sh compares them on the corpus).
 *
 * Positions: a key replaced by a value of as many characters maps character
 * to character; a value of another length maps, as a whole, to its key (a
 * token boundary inside it goes to the key's start).  When every replaced
 * character keeps its UTF-8 length (all of OpenCC 1.1.6's t2s tables but a
 * few rare characters), the folded text has the same byte offsets as the
 * original and no map is made.
 *
 * The work is linear in the text: a text holding no character that starts
 * a key of a conversion dictionary is not copied at all (nearly every
 * Simplified text); otherwise each position asks each dictionary of a
 * stage at most its longest key's length in characters.
 */
#ifndef SP_FOLD_H
#define SP_FOLD_H

#include "sp_env.h"
#include "sp_hash.h"

#define SP_FOLD_MAX_STAGES 4
#define SP_FOLD_MAX_GROUP 4

typedef struct SpFoldEntry
{
	uint32_t	key;			/* offsets in the dictionary's pool */
	uint32_t	val;
	uint16_t	klen;			/* in bytes */
	uint16_t	vlen;
	uint16_t	kchars;
	uint16_t	vchars;
	bool		shape;			/* every character keeps its UTF-8 length */
} SpFoldEntry;

typedef struct SpFoldDict
{
	SP_VEC(char) pool;
	SP_VEC(SpFoldEntry) entries;
	SpHash		index;
	uint32_t	maxchars;		/* longest key, in characters */
	uint8_t    *first;			/* bit per code point < SP_FOLD_FIRST_CPS: starts a key */
	bool		first_high;		/* a key starts at a code point above */
	uint8_t    *single;			/* bit per code point < SP_FOLD_FIRST_CPS: a key alone */
	bool		single_high;	/* a key of one code point above */
	/*
	 * bit per hash of the first two characters of every longer key: where
	 * the bit is clear, no key of two or more characters starts, and match()
	 * probes the index once, not once per length (most of the text)
	 */
	uint8_t    *pairs;
} SpFoldDict;

#define SP_FOLD_PAIR_BITS 19

#define SP_FOLD_FIRST_CPS 0x30000

typedef struct SpFolder
{
	SpFoldDict	seg;			/* the segmentation's phrases */
	int			nstages;
	int			ndicts[SP_FOLD_MAX_STAGES];
	SpFoldDict	dicts[SP_FOLD_MAX_STAGES][SP_FOLD_MAX_GROUP];
	uint8_t    *trigger;		/* union of the conversion dictionaries' first */
	bool		trigger_high;
	size_t		entries;
} SpFolder;

/* a text folded: s is the input itself when nothing changed */
typedef struct SpFolded
{
	const char *s;
	size_t		len;
	bool		changed;
	/*
	 * NULL: byte offsets are the same in both texts.  Else map[i] is the
	 * original byte offset of folded byte offset i, for i at a character
	 * start and i == len.
	 */
	uint32_t   *map;
} SpFolded;

void		sp_folder_init(SpFolder *f);

/*
 * Add an entry: stage -1 is the segmentation dictionary, 0.. the stages of
 * the chain; dict is the rank in the stage's group.  A key seen before in
 * the same dictionary is ignored.  Returns false for a stage or rank out of
 * range, an empty key or invalid UTF-8.
 */
bool		sp_folder_add(const SpEnv *env, SpFolder *f, int stage, int dict,
						  const char *key, size_t klen, const char *val, size_t vlen);

/* index the entries (after the last sp_folder_add) */
void		sp_folder_finish(const SpEnv *env, SpFolder *f);

void		sp_folder_free(const SpEnv *env, SpFolder *f);

/* fold s[0..len) (valid UTF-8); free with sp_fold_free */
void		sp_fold_text(const SpEnv *env, const SpFolder *f, const char *s, size_t len, SpFolded *out);

void		sp_fold_free(const SpEnv *env, SpFolded *out);

/* the original byte offset of folded byte offset i (a character start or len) */
static inline size_t
sp_fold_orig(const SpFolded *fd, size_t i)
{
	return fd->map ? fd->map[i] : i;
}

#endif							/* SP_FOLD_H */
