/*
 * spg_ts.h - what the text-search glue shares: the mapped lexicon, the
 * user's terms and the tokenizer options in force, the token types, the
 * length limit, and the parser's current token for the dictionaries.
 */
#ifndef SPG_TS_H
#define SPG_TS_H

#include "fmgr.h"

#include "sp_lexicon.h"
#include "sp_segment.h"

/* spg_lexicon.c: the general lexicon, mapped read-only on first use */
extern const SpLexicon *spg_lexicon(void);

/* terms.c: GUC speech.domain_terms, the user's terms, the options in force */
extern bool spg_domain_terms;
extern void spg_terms_init(void);
extern void spg_seg_options(SpSegOptions *opt);

/* ts_parser.c: token type names, as ts_token_type('speech_parser') lists them */
extern const char *spg_token_alias(SpTokType type);

/*
 * ts_parser.c: speech_parser's tokens (speech_parser_exact's without fold),
 * as its gettoken hands them out; for speech_tsvector, which reads them
 * without PostgreSQL's parse -> lexize pipeline.  spg_tokenizer_next
 * returns the token type id (0 at the end), the token in the text as given
 * (*t, *tlen) and its start in the text's UTF-8 form (*ustart); the token
 * becomes the current one for spg_token_context().
 */
typedef struct SpgTokenizer SpgTokenizer;
extern SpgTokenizer *spg_tokenizer_begin(const char *buf, size_t len, bool fold);
extern int	spg_tokenizer_next(SpgTokenizer *tz, char **t, int *tlen, size_t *ustart);
extern void spg_tokenizer_end(SpgTokenizer *tz);

/*
 * ts_dict.c: the lexemes speech_han_lexize gives for a token (all of them,
 * without the variants, which a tsvector does not keep), each handed to
 * emit; a lexeme may point into the tokenizer's text, valid until its end.
 */
extern void spg_han_lexemes(void *dict_data, const char *in, int len,
							void (*emit) (void *arg, const char *lex, size_t len), void *arg);

/* the callbacks speech_tsvector recognises in a configuration (ts_parser.c, ts_dict.c) */
extern Datum speech_prs_start(PG_FUNCTION_ARGS);
extern Datum speech_prs_start_exact(PG_FUNCTION_ARGS);
extern Datum speech_prs_gettoken(PG_FUNCTION_ARGS);
extern Datum speech_han_lexize(PG_FUNCTION_ARGS);

/*
 * The longest text the text-search parser and dictionaries take at once.
 * PostgreSQL collects every word of a document before it makes the tsvector
 * (about 30 bytes of memory per byte of Chinese text with speech_zh): a
 * 100 MB text took 2.4 GB and then failed with "invalid memory alloc request
 * size".  A tsvector holds 1 MB of lexemes and positions up to 16383, so a
 * longer text is indexed in parts anyway.  Above the limit: an error that
 * names it (spg_ts_check_length).
 */
#define SPG_TS_MAX_BYTES ((size_t) 32 * 1024 * 1024)
extern void spg_ts_check_length(size_t len, const char *what);

/*
 * The token speech_parser returned last, with the tokenizer's state (the
 * UTF-8 text and the words its lattice saw around the token), so that
 * speech_han can index the words that start in a token and run past its
 * end.  Valid from the parser's gettoken until its next call or its end.
 */
typedef struct SpgTokenContext
{
	const char *tok;			/* the token as handed to dictionaries */
	int			toklen;
	const SpSegState *seg;		/* seg->s is the text in UTF-8 */
	SpToken		utok;			/* the token in seg->s */
} SpgTokenContext;

/* the context of tok if it is the parser's current token, else NULL */
extern const SpgTokenContext *spg_token_context(const char *tok, int len);

#endif							/* SPG_TS_H */
