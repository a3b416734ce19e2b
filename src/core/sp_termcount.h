/*
 * sp_termcount.h - the words and the n-grams of a text, counted: the rows of
 * speech_words and speech_ngrams, for word counts per document that a
 * GROUP BY adds up (keyness, first appearances, new formulations).
 *
 * A word is a token of the text-search segmentation (sp_segment.h) in the
 * form speech_zh indexes it:
 *   - Han words, characters, numerals and dates: full-width forms folded and
 *     a Chinese numeral in Arabic digits (二〇〇一年 -> 2001年), the way
 *     speech_han makes its first lexeme; the caller drops stop words;
 *   - numbers, words of letters, symbols: full-width forms folded and ASCII
 *     lower-cased (speech_fold); the caller may stem words of letters;
 *   - punctuation and white space are not words.
 *
 * An n-gram is a run of consecutive Han tokens (words, characters, numerals,
 * dates; no punctuation, number, letter or space inside) of min_chars to
 * max_chars characters that starts and ends on a token boundary and does
 * not start or end with a stop word: 全过程人民民主 (全过程|人民|民主) is an
 * n-gram, 过程人民民 is not.  So multi-word formulations are candidates even
 * when the lexicon lacks them, without the noise of every character window.
 */
#ifndef SP_TERMCOUNT_H
#define SP_TERMCOUNT_H

#include "sp_env.h"
#include "sp_hash.h"
#include "sp_segment.h"

/* one distinct term: its bytes in the counter's buffer, count, first occurrence */
typedef struct SpTermCount
{
	size_t		off;			/* into SpCounter.buf */
	size_t		len;
	int64_t		n;
	size_t		first;			/* byte offset of the first occurrence in the text */
	const char *key;			/* set by sp_counter_sort (the buffer no longer moves) */
} SpTermCount;

typedef struct SpCounter
{
	SP_VEC(char) buf;
	SP_VEC(SpTermCount) items;
	SpHash		index;
} SpCounter;

void		sp_counter_add(const SpEnv *env, SpCounter *c, const char *key, size_t len, size_t first);
/* most frequent first, then by bytes */
void		sp_counter_sort(const SpEnv *env, SpCounter *c);
void		sp_counter_free(const SpEnv *env, SpCounter *c);

static inline const char *
sp_counter_key(const SpCounter *c, const SpTermCount *t)
{
	return c->buf.items + t->off;
}

/* a token with its word form */
typedef struct SpWordTok
{
	size_t		start;			/* the token in the text */
	size_t		end;
	SpTokType	type;
	const char *form;			/* its word form (see above), form_len bytes */
	size_t		form_len;
	bool		stop;			/* set by the caller: left out of the counts */
} SpWordTok;

typedef SP_VEC(SpWordTok) SpWordTokVec;

/* whether a token type is one of the Han types of speech_han */
static inline bool
sp_tok_is_han(SpTokType t)
{
	return t == SP_TOK_HANWORD || t == SP_TOK_HANCHAR || t == SP_TOK_HANNUM || t == SP_TOK_DATE;
}

/*
 * The word tokens of s (no blank, no punctuation) with their forms (in
 * memory from env: the text itself when nothing changes), stop = false.
 */
void		sp_word_tokens(const SpEnv *env, const SpSegOptions *opt, const char *s, size_t len,
						   SpWordTokVec *out);

/* free the tokens and the forms they own */
void		sp_word_tokens_free(const SpEnv *env, const char *s, size_t len, SpWordTokVec *toks);

/* count the forms of the tokens that are not stop words */
void		sp_count_words(const SpEnv *env, const SpWordTok *toks, size_t n, SpCounter *out);

/* count the n-grams of min_chars..max_chars characters (see above) over the tokens of s */
void		sp_count_ngrams(const SpEnv *env, const char *s, const SpWordTok *toks, size_t n,
							int min_chars, int max_chars, SpCounter *out);

#endif							/* SP_TERMCOUNT_H */
