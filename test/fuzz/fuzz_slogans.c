/*
 * libFuzzer target: numbered formulae (sp_slogans: speech_slogans) on
 * arbitrary bytes, over the quotes sp_quotes finds (as sp_extract_run calls
 * it).  Checks: spans non-empty, in order, apart and inside the text, and a
 * plausible leading numeral.
 */
#include "fuzz_common.h"
#include "sp_slogan.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const SpEnv *env = &sp_env_malloc;
	SpQuoteVec	quotes = {0};
	SpSloganVec slogans = {0};

	sp_quotes(env, s, size, &quotes, NULL);
	sp_slogans(env, s, size, quotes.items, quotes.n, &slogans);
	for (size_t k = 0; k < slogans.n; k++)
	{
		const SpSlogan *g = &slogans.items[k];

		span_ok(g->span, size);
		REQUIRE(g->span.start < g->span.end);
		REQUIRE(k == 0 || slogans.items[k - 1].span.end <= g->span.start);
		REQUIRE(g->number >= 1 && g->number <= 100);
	}
	sp_vec_free(env, &slogans);
	sp_vec_free(env, &quotes);
	return 0;
}
