/*
 * libFuzzer target: quotations and titles (sp_quotes: speech_quotes and the
 * quote diagnostics) on arbitrary bytes.  Checks: opening marks in order,
 * terms after their mark and inside the text, a closed quote's term followed
 * by a closing mark, stray marks inside the text and in order.
 */
#include "fuzz_common.h"
#include "sp_quote.h"

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpQuoteVec	quotes = {0};
	SpSpanVec	stray = {0};

	sp_quotes(env, s, size, &quotes, &stray);
	for (size_t k = 0; k < quotes.n; k++)
	{
		const SpQuote *q = &quotes.items[k];

		span_ok(q->mark, size);
		span_ok(q->term, size);
		REQUIRE(q->mark.start < q->mark.end);
		REQUIRE(q->term.start >= q->mark.end);
		REQUIRE(k == 0 || quotes.items[k - 1].mark.start < q->mark.start);
		if (q->closed)
			REQUIRE(q->term.end < size);
	}
	for (size_t k = 0, end = 0; k < stray.n; k++)
		end = span_next_ok(stray.items[k], end, size);
	sp_vec_free(env, &quotes);
	sp_vec_free(env, &stray);
}
