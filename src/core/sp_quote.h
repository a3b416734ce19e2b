/*
 * sp_quote.h - quotations and titles: “…” ‘…’ 「…」 『…』 《…》 〈…〉 «…» "…".
 *
 * Marks pair up by kind with a stack, inside one paragraph (a line): an
 * opening mark is closed by the next closing mark of its kind that is not
 * claimed by a mark opened later.  A quote is unclosed (closed = false) when
 * its paragraph ends, another opening mark of the same kind comes first, or
 * a closing mark of an enclosing quote closes over it; its term then ends at
 * the next clause punctuation (，,；;。：:！!？?), line break or opening mark
 * of its kind, so a text that lost every closing quote still yields short,
 * sensible terms.  A closing mark with no opening mark is reported in
 * *stray (may be NULL) and otherwise ignored.
 */
#ifndef SP_QUOTE_H
#define SP_QUOTE_H

#include "sp_doc.h"

typedef struct SpQuote
{
	SpSpan		mark;			/* the opening mark */
	SpSpan		term;			/* the text inside the marks (to the cut when unclosed) */
	bool		closed;
} SpQuote;

typedef SP_VEC(SpQuote) SpQuoteVec;
typedef SP_VEC(SpSpan) SpSpanVec;

/* quotes in order of their opening mark */
void		sp_quotes(const SpEnv *env, const char *s, size_t len, SpQuoteVec *out,
					  SpSpanVec *stray);

#endif							/* SP_QUOTE_H */
