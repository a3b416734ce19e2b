/*
 * ts_common.h - what the text-search glue files share: the mapped lexicon,
 * the user's terms, the tokenizer options in force and the token types.
 */
#ifndef TS_COMMON_H
#define TS_COMMON_H

#include "sp_glue.h"
#include "sp_lexicon.h"
#include "sp_segment.h"

/* ts_lexicon.c: the general lexicon, mapped read-only on first use */
extern const SpLexicon *speech_lexicon(void);

/* ts_terms.c: GUC speech.domain_terms, the user's terms, the options in force */
extern bool speech_domain_terms;
extern void speech_terms_init(void);
extern void speech_seg_options(SpSegOptions *opt);

/* ts_parser.c: token type names, as ts_token_type('speech_parser') lists them */
extern const char *speech_token_alias(SpTokType type);

/*
 * The token speech_parser returned last, with the tokenizer's state (the
 * UTF-8 text and the words its lattice saw around the token), so that
 * speech_han can index the words that start in a token and run past its
 * end.  Valid from the parser's gettoken until its next call or its end.
 */
typedef struct SpeechTokenContext
{
	const char *tok;			/* the token as handed to dictionaries */
	int			toklen;
	const SpSegState *seg;		/* seg->s is the text in UTF-8 */
	SpToken		utok;			/* the token in seg->s */
} SpeechTokenContext;

/* the context of tok if it is the parser's current token, else NULL */
extern const SpeechTokenContext *speech_token_context(const char *tok, int len);

#endif
