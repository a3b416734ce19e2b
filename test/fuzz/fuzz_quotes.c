/*
 * libFuzzer target: quotations and titles (sp_quotes: speech_quotes and the
 * quote diagnostics) on arbitrary bytes.  Checks: opening marks in order,
 * terms after their mark and inside the text, a closed quote's term followed
 * by a closing mark, stray marks inside the text and in order.
 */
#include "fuzz_common.h"
#include "sp_quote.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const SpEnv *env = &sp_env_malloc;
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
	for (size_t k = 0; k < stray.n; k++)
	{
		span_ok(stray.items[k], size);
		REQUIRE(stray.items[k].start < stray.items[k].end);
		REQUIRE(k == 0 || stray.items[k - 1].end <= stray.items[k].start);
	}
	sp_vec_free(env, &quotes);
	sp_vec_free(env, &stray);
	return 0;
}
