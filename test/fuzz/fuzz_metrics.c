/*
 * libFuzzer target: the metric extractors (quantities, quotes, slogans, word
 * lists, metrics of every section, diagnostics) on arbitrary bytes.  Beyond
 * "no crash, no leak, no UB", it checks what the SQL surface relies on:
 * spans inside the text and in order, counts consistent with each other,
 * ratios between 0 and 1.  Words come from a stand-in segmentation (runs of
 * letters, digits and Han cut every two characters): the segmenter has its
 * own target, the word-based measures only need spans.
 */
#include "sp_diag.h"
#include "sp_metrics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(c) do { if (!(c)) { fprintf(stderr, "invariant failed at %s:%d: %s\n", __FILE__, __LINE__, #c); abort(); } } while (0)

static void
span_ok(SpSpan sp, size_t len)
{
	REQUIRE(sp.start <= sp.end && sp.end <= len);
}

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

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const SpEnv *env = &sp_env_malloc;
	SpDoc		doc;
	SpExtract	x;
	SpMetrics	m;
	SpDiagVec	diags = {0};
	SpSpanVec	words = {0};
	size_t		i = 0;

	/* stand-in words */
	while (i < size)
	{
		int			step,
					n = 0;
		size_t		start = i;
		uint32_t	cp;

		while (i < size && n < 2 &&
			   (sp_is_han(cp = sp_u8_decode(s, size, i, &step)) || sp_is_letter(cp) || sp_is_digit(cp)))
		{
			i += (size_t) step;
			n++;
		}
		if (i > start)
		{
			SpSpan		w = {start, i};

			sp_vec_push(env, &words, w);
		}
		else
		{
			(void) sp_u8_decode(s, size, i, &step);
			i += (size_t) step;
		}
	}

	sp_doc_analyze(env, s, size, &doc);
	sp_extract_run(env, &x, s, size, &doc, words.items, words.n);

	for (size_t k = 0; k < x.quantities.n; k++)
	{
		const SpQuantity *q = &x.quantities.items[k];
		char		buf[48];

		span_ok(q->span, size);
		REQUIRE(q->span.start < q->span.end);
		REQUIRE(k == 0 || x.quantities.items[k - 1].span.end <= q->span.start);
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
	return 0;
}
