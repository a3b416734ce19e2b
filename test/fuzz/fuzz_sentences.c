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

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpDoc		doc;

	memset(&doc, 0, sizeof(doc));
	doc.s = s;
	doc.len = size;
	doc.announced_points = -1;
	if (size == 0)
		return;
	sp_find_paragraphs(env, &doc);
	sp_find_sentences(env, &doc);
	for (size_t i = 0, end = 0; i < doc.paragraphs.n; i++)
		end = span_next_ok(doc.paragraphs.items[i].span, end, size);
	for (size_t i = 0, end = 0; i < doc.sentences.n; i++)
	{
		const SpSentence *st = &doc.sentences.items[i];

		end = span_next_ok(st->span, end, size);
		REQUIRE(st->paragraph >= 0 && st->paragraph < (int) doc.paragraphs.n);
		REQUIRE(st->span.start >= doc.paragraphs.items[st->paragraph].span.start);
		REQUIRE(i == 0 || doc.sentences.items[i - 1].paragraph <= st->paragraph);
		if (st->terminator.end > st->terminator.start)
			REQUIRE(st->terminator.start >= st->span.start && st->terminator.end <= st->span.end);
	}
	sp_doc_free(env, &doc);
}
