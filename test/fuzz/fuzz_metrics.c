/*
 * libFuzzer target: the metric extractors (quantities, quotes, slogans, word
 * lists, metrics of every section, diagnostics) on arbitrary bytes.  Beyond
 * "no crash, no leak, no UB", it checks what the SQL surface relies on:
 * spans inside the text and in order, counts consistent with each other,
 * ratios between 0 and 1.  Words come, for inputs of odd length, from the
 * real segmentation (sp_metrics_words with the lexicon, as speech_metrics
 * does), and otherwise from a stand-in cut (runs of letters, digits and Han
 * cut every two characters), which is cheaper and reaches the extractors
 * with word boundaries the lexicon would never give.
 */
#include "fuzz_common.h"
#include "sp_diag.h"
#include "sp_metrics.h"

static void
metrics_ok(const SpMetrics *m)
{
	REQUIRE(m->characters >= m->han_characters && m->han_characters >= m->distinct_han);
	REQUIRE(m->words >= m->distinct_words && m->distinct_words >= 0);
	REQUIRE(m->ttr >= 0 && m->ttr <= 1 && m->mattr >= 0 && m->mattr <= 1);
	REQUIRE(m->unclosed_quotes <= m->quotes);
	REQUIRE(m->percentages + m->money_amounts + m->years + m->dates <= m->quantities);
	REQUIRE(m->mean_sentence_chars <= (double) m->max_sentence_chars + 1e-9);
	REQUIRE(m->readability1 >= 0 && m->readability2 >= 0 && m->speaking_minutes >= 0);
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpDoc		doc;
	SpExtract	x;
	SpMetrics	m;
	SpDiagVec	diags = {0};
	SpSpanVec	words = {0};

	if (size % 2 == 1)
	{
		SpSegOptions opt = {fuzz_lexicon(), NULL, true};

		sp_metrics_words(env, &opt, s, size, &words);
		for (size_t k = 0, end = 0; k < words.n; k++)
			end = span_next_ok(words.items[k], end, size);
	}
	else
		fuzz_standin_words(s, size, &words);

	sp_doc_analyze(env, s, size, &doc);
	sp_extract_run(env, &x, s, size, &doc, words.items, words.n);

	for (size_t k = 0, end = 0; k < x.quantities.n; k++)
	{
		const SpQuantity *q = &x.quantities.items[k];
		char		buf[SP_DECIMAL_BUF];

		end = span_next_ok(q->span, end, size);
		REQUIRE(q->kind >= 0 && q->kind < SP_QTY__COUNT);
		REQUIRE(q->has_value || q->kind == SP_QTY_DATE);
		sp_decimal_format(q->value, buf);
		REQUIRE(strlen(buf) > 0 && strlen(buf) < sizeof(buf));
		if (q->kind == SP_QTY_RANGE)
			sp_decimal_format(q->high, buf);
	}
	for (size_t k = 0; k < x.quotes.n; k++)
	{
		const SpQuote *q = &x.quotes.items[k];

		span_ok(q->mark, size);
		span_ok(q->term, size);
		REQUIRE(q->term.start >= q->mark.end);
		REQUIRE(k == 0 || x.quotes.items[k - 1].mark.start < q->mark.start);
	}
	for (size_t k = 0; k < x.slogans.n; k++)
	{
		span_ok(x.slogans.items[k].span, size);
		REQUIRE(k == 0 || x.slogans.items[k - 1].span.end <= x.slogans.items[k].span.start);
		REQUIRE(x.slogans.items[k].number > 0);
	}
	for (size_t k = 0; k < x.word_hits.n; k++)
		span_ok(x.word_hits.items[k].span, size);
	for (size_t k = 0; k < x.sub_hits.n; k++)
		span_ok(x.sub_hits.items[k].span, size);

	sp_metrics_span(env, &x, 0, size, -1, &m);
	metrics_ok(&m);
	REQUIRE(m.sentences == (int64_t) doc.sentences.n);
	REQUIRE(m.quantities == (int64_t) x.quantities.n);
	REQUIRE(m.words == (int64_t) words.n);
	for (size_t k = 0; k < doc.sections.n; k++)
	{
		SpMetrics	sm;

		sp_metrics_span(env, &x, doc.sections.items[k].whole.start,
						doc.sections.items[k].whole.end, (int) k, &sm);
		metrics_ok(&sm);
		REQUIRE(sm.characters <= m.characters && sm.sections < m.sections + 1);
	}

	sp_diagnose(env, &x, &diags);
	for (size_t k = 0; k < diags.n; k++)
	{
		REQUIRE(diags.items[k].kind >= 0 && diags.items[k].kind < SP_DIAG__COUNT);
		REQUIRE(!diags.items[k].has_pos || diags.items[k].pos <= size);
		REQUIRE(k == 0 || !diags.items[k].has_pos || !diags.items[k - 1].has_pos ||
				diags.items[k - 1].pos <= diags.items[k].pos);
	}

	sp_vec_free(env, &diags);
	sp_extract_free(env, &x);
	sp_doc_free(env, &doc);
	sp_vec_free(env, &words);
}
