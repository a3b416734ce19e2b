/*
 * libFuzzer target: numbered formulae (sp_slogans: speech_slogans) on
 * arbitrary bytes, over the quotes sp_quotes finds (as sp_extract_run calls
 * it).  Checks: spans non-empty, in order, apart and inside the text, and a
 * plausible leading numeral.
 */
#include "fuzz_common.h"
#include "sp_slogan.h"

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpQuoteVec	quotes = {0};
	SpSloganVec slogans = {0};

	sp_quotes(env, s, size, &quotes, NULL);
	sp_slogans(env, s, size, quotes.items, quotes.n, &slogans);
	for (size_t k = 0, end = 0; k < slogans.n; k++)
	{
		const SpSlogan *g = &slogans.items[k];

		end = span_next_ok(g->span, end, size);
		REQUIRE(g->number >= 1 && g->number <= 100);
	}
	sp_vec_free(env, &slogans);
	sp_vec_free(env, &quotes);
}
