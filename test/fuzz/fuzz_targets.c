/*
 * libFuzzer target: the target extractor (sp_targets: speech_targets) on
 * arbitrary bytes, over the structure and the quantities of the same text
 * (as speech_targets runs them).  Checks: spans inside the text and in
 * order; a valid modifier, high only for ranges; value, high, unit and
 * indicator that fit their buffers and print; a year 0 or 1900..2199.
 */
#include "fuzz_common.h"
#include "sp_quantity.h"
#include "sp_target.h"

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpDoc		doc;
	SpQuantityVec q = {0};
	SpTargetVec t = {0};

	sp_doc_analyze(env, s, size, &doc);
	sp_quantities(env, s, size, NULL, 0, &q);
	sp_targets(env, &doc, &q, &t);
	for (size_t k = 0, last = 0; k < t.n; k++)
	{
		const SpTarget *g = &t.items[k];
		char		buf[SP_DECIMAL_BUF];

		span_ok(g->span, size);
		REQUIRE(g->span.end > g->span.start);
		REQUIRE(g->span.start >= last || k == 0 || g->span.start + 16 >= last);
		last = g->span.start;
		REQUIRE(g->modifier >= 0 && g->modifier < SP_TMOD__COUNT);
		REQUIRE(g->has_high == (g->modifier == SP_TMOD_RANGE));
		REQUIRE(g->year == 0 || (g->year >= 1900 && g->year <= 2199));
		REQUIRE(memchr(g->unit, '\0', sizeof(g->unit)) != NULL);
		REQUIRE(memchr(g->indicator, '\0', sizeof(g->indicator)) != NULL);
		sp_decimal_format(g->value, buf);
		REQUIRE(strlen(buf) > 0 && strlen(buf) < sizeof(buf));
		if (g->has_high)
		{
			sp_decimal_format(g->high, buf);
			REQUIRE(strlen(buf) > 0 && strlen(buf) < sizeof(buf));
		}
	}
	sp_vec_free(env, &t);
	sp_vec_free(env, &q);
	sp_doc_free(env, &doc);
}
