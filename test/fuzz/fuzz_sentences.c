/*
 * libFuzzer target: the paragraph and sentence stages alone
 * (sp_find_paragraphs, sp_find_sentences: speech_paragraphs and
 * speech_sentences), without the outline, so more inputs per second reach
 * them.  Checks: paragraphs non-empty, in order and apart; sentences
 * non-empty, in order, inside the text, each naming a paragraph that
 * exists; a terminator lies inside its sentence.
 */
#include "fuzz_common.h"
#include "sp_pipeline.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	SpDoc		doc;

	memset(&doc, 0, sizeof(doc));
	doc.s = (const char *) data;
	doc.len = size;
	doc.announced_points = -1;
	if (size == 0)
		return 0;
	sp_find_paragraphs(&sp_env_malloc, &doc);
	sp_find_sentences(&sp_env_malloc, &doc);
	for (size_t i = 0; i < doc.paragraphs.n; i++)
	{
		SpSpan		p = doc.paragraphs.items[i].span;

		span_ok(p, size);
		REQUIRE(p.start < p.end);
		REQUIRE(i == 0 || doc.paragraphs.items[i - 1].span.end <= p.start);
	}
	for (size_t i = 0; i < doc.sentences.n; i++)
	{
		const SpSentence *st = &doc.sentences.items[i];

		span_ok(st->span, size);
		REQUIRE(st->span.start < st->span.end);
		REQUIRE(i == 0 || doc.sentences.items[i - 1].span.end <= st->span.start);
		REQUIRE(st->paragraph >= 0 && st->paragraph < (int) doc.paragraphs.n);
		REQUIRE(st->span.start >= doc.paragraphs.items[st->paragraph].span.start);
		REQUIRE(i == 0 || doc.sentences.items[i - 1].paragraph <= st->paragraph);
		if (st->terminator.end > st->terminator.start)
			REQUIRE(st->terminator.start >= st->span.start && st->terminator.end <= st->span.end);
	}
	sp_doc_free(&sp_env_malloc, &doc);
	return 0;
}
