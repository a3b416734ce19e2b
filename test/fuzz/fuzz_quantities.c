/*
 * libFuzzer target: the quantity extractor (sp_quantities: speech_quantities)
 * on arbitrary bytes, with the numbered slogans as skipped spans (as
 * sp_extract_run passes them) for inputs of odd length and none otherwise.
 * Checks: spans non-empty, in order, apart and outside the skipped spans;
 * a valid kind; a value unless a date; values, units, qualifiers and ISO
 * dates that fit their buffers and print.
 */
#include "fuzz_common.h"
#include "sp_quantity.h"
#include "sp_slogan.h"

static void
string_ok(const char *buf, size_t cap)
{
	REQUIRE(memchr(buf, '\0', cap) != NULL);
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpQuoteVec	quotes = {0};
	SpSloganVec slogans = {0};
	SpSpanVec	skip = {0};
	SpQuantityVec out = {0};
	size_t		sk = 0;

	if (size % 2 == 1)
	{
		sp_quotes(env, s, size, &quotes, NULL);
		sp_slogans(env, s, size, quotes.items, quotes.n, &slogans);
		for (size_t k = 0; k < slogans.n; k++)
			sp_vec_push(env, &skip, slogans.items[k].span);
	}
	sp_quantities(env, s, size, skip.items, skip.n, &out);
	for (size_t k = 0, end = 0; k < out.n; k++)
	{
		const SpQuantity *q = &out.items[k];
		char		buf[SP_DECIMAL_BUF];

		end = span_next_ok(q->span, end, size);
		REQUIRE(q->kind >= 0 && q->kind < SP_QTY__COUNT);
		REQUIRE(q->has_value || q->kind == SP_QTY_DATE);
		string_ok(q->unit, sizeof(q->unit));
		string_ok(q->qualifier, sizeof(q->qualifier));
		string_ok(q->iso, sizeof(q->iso));
		if (q->kind == SP_QTY_DATE)
			REQUIRE(strlen(q->iso) >= 4);
		sp_decimal_format(q->value, buf);
		REQUIRE(strlen(buf) > 0 && strlen(buf) < sizeof(buf));
		if (q->kind == SP_QTY_RANGE)
		{
			sp_decimal_format(q->high, buf);
			REQUIRE(strlen(buf) > 0 && strlen(buf) < sizeof(buf));
			REQUIRE(sp_qty_unit_kind(q->unit) < SP_QTY__COUNT);	/* as sp_metrics_span asks */
		}
		/* outside every skipped span */
		while (sk < skip.n && skip.items[sk].end <= q->span.start)
			sk++;
		REQUIRE(sk == skip.n || skip.items[sk].start >= q->span.end);
	}
	sp_vec_free(env, &out);
	sp_vec_free(env, &skip);
	sp_vec_free(env, &slogans);
	sp_vec_free(env, &quotes);
}
