/*
 * sp_segment.h - cut UTF-8 text into words: the text-search tokenizer.
 *
 * The tokens partition the input: every byte belongs to exactly one token,
 * in order, so that a headline rebuilt from tokens is the text itself.
 *
 *   - Han text: the cheapest path through a lattice of the lexicon's words
 *     (costs are negative log frequencies), the user's terms, Chinese
 *     numerals (二〇〇一, 三十一) and dates (二〇〇一年, 十二月, 三十一日);
 *     a character no word covers stands alone.
 *   - Numbers in ASCII or full-width digits with thousands separators,
 *     decimals, 万/亿 and % / ‰ (5.2%, １２万); a year, month, day or hour
 *     unit binds to its number (1998年, 12月, 31日).
 *   - Words of letters (Latin, full-width, other alphabets); letters mixed
 *     with digits (5G, MP3) are one alnum token.
 *   - Punctuation one mark at a time (—— and …… are one mark each), white
 *     space and control characters as blank runs, other symbols and emoji.
 *
 * The work is linear in the input: each Han run is cut in chunks of at most
 * SP_SEG_MAX_RUN characters and every position probes at most maxchars
 * lexicon entries.
 */
#ifndef SP_SEGMENT_H
#define SP_SEGMENT_H

#include "sp_env.h"
#include "sp_lexicon.h"

typedef enum SpTokType
{
	SP_TOK_NONE = 0,
	SP_TOK_LATIN,				/* word of letters */
	SP_TOK_HANWORD,				/* Han word of two or more characters */
	SP_TOK_ALNUM,				/* letters mixed with digits */
	SP_TOK_HANCHAR,				/* one Han character */
	SP_TOK_NUMBER,				/* digits, decimals, %, 万/亿 */
	SP_TOK_HANNUM,				/* Chinese numeral */
	SP_TOK_DATE,				/* number with a date or time unit */
	SP_TOK_SYMBOL,				/* symbol, emoji, other character */
	SP_TOK_BLANK,				/* white space, control characters, invalid bytes */
	SP_TOK_PUNCT,				/* punctuation */
	SP_TOK__COUNT
} SpTokType;

typedef struct SpToken
{
	size_t		start;			/* byte offsets [start, end) */
	size_t		end;
	SpTokType	type;
	uint32_t	ci;				/* a Han token: its characters [ci, cj) in the */
	uint32_t	cj;				/* current chunk (see sp_seg_words) */
} SpToken;

typedef struct SpSegOptions
{
	const SpLexicon *lex;		/* the general lexicon (required) */
	const SpLexicon *terms;		/* the user's terms, or NULL */
	bool		domain;			/* use the domain terms flagged in lex */
} SpSegOptions;

/* longest Han stretch cut at once, in characters */
#define SP_SEG_MAX_RUN 4096

/* lattice costs of the rule-made words, on the lexicon's scale */
#define SP_SEG_NUM_COST 800
#define SP_SEG_DATE_COST 600

typedef struct SpSegState
{
	const SpSegOptions *opt;
	const char *s;
	size_t		len;
	size_t		pos;			/* next byte to scan */
	size_t		steps;			/* for interrupt checks */
	/* tokens of the current Han chunk, handed out one by one */
	SP_VEC(SpToken) run;
	size_t		next;
	/* lattice scratch, reused from chunk to chunk */
	SP_VEC(size_t) off;
	SP_VEC(uint32_t) cps;
	SP_VEC(uint32_t) best;
	SP_VEC(uint32_t) back;
	SP_VEC(uint8_t) kind;
	SP_VEC(uint16_t) numlen;
	/* the words the lattice saw: ends of the words starting at char i are
	 * edges.items[estart.items[i] .. + ecount.items[i]] */
	SP_VEC(uint32_t) edges;
	SP_VEC(uint32_t) estart;
	SP_VEC(uint8_t) ecount;
} SpSegState;

void		sp_seg_begin(SpSegState *st, const SpSegOptions *opt, const char *s, size_t len);

/* the next token; false at the end of the input */
bool		sp_seg_next(const SpEnv *env, SpSegState *st, SpToken *tok);

void		sp_seg_end(const SpEnv *env, SpSegState *st);

/*
 * Words for search around the Han token [ci, cj) of the current chunk (the
 * token sp_seg_next returned last, or any token of the same chunk): calls
 * emit(arg, a, b) with the byte span of every word of the lexicon, of the
 * user's terms or of the search-only list, two characters or longer, other
 * than the token itself, that
 *   - starts inside the token and ends anywhere in the chunk (中华人民共和国
 *     followed by 成立: 中华, 人民, 共和国, ... and a word across the
 *     boundary, if any), or
 *   - when covering is true, starts before the token and reaches into it.
 * So every occurrence of a lexicon word in a text belongs to the token where
 * it starts, whatever the cut around it.  The words are those the lattice
 * already found: no lexicon lookup is repeated.
 */
void		sp_seg_words(const SpSegState *st, uint32_t ci, uint32_t cj, bool covering,
						 void (*emit) (void *arg, size_t a, size_t b), void *arg);

/* whether a token type carries a word (not blank, not punctuation) */
static inline bool
sp_tok_is_word(SpTokType t)
{
	return t != SP_TOK_BLANK && t != SP_TOK_PUNCT && t != SP_TOK_NONE;
}

#endif							/* SP_SEGMENT_H */
