/*
 * libFuzzer target: the structure parser (sp_doc_analyze) on arbitrary bytes.
 * Beyond "no crash, no leak, no UB", it checks the invariants the SQL surface
 * relies on: spans inside the text and ordered, sections nested in their
 * parents, levels bounded, indexes valid; and the renderings the SQL
 * functions return (the title on one line, headings without noise) are no
 * longer than their spans.  The same invariants hold after the unnumbered
 * headings are added (speech_outline(body, true)).
 */
#include "fuzz_common.h"
#include "sp_render.h"
#include "sp_charindex.h"

static void
check_doc(const SpDoc *doc_in, const SpCharIndex *ci_in, const char *s, size_t size)
{
	const SpDoc doc = *doc_in;
	const SpCharIndex *pci = ci_in;

	for (size_t i = 0, end = 0; i < doc.paragraphs.n; i++)
	{
		end = span_next_ok(doc.paragraphs.items[i].span, end, size);
		REQUIRE(doc.paragraphs.items[i].section < (int) doc.sections.n);
	}
	for (size_t i = 0; i < doc.sentences.n; i++)
	{
		const SpSentence *st = &doc.sentences.items[i];

		span_ok(st->span, size);
		span_ok(st->terminator, size);
		REQUIRE(st->paragraph >= 0 && st->paragraph < (int) doc.paragraphs.n);
		REQUIRE(i == 0 || doc.sentences.items[i - 1].span.end <= st->span.start);
		REQUIRE(sp_doc_sentence_at(&doc, st->span.start) == (int) i);
	}
	for (size_t i = 0; i < doc.sections.n; i++)
	{
		const SpSection *sec = &doc.sections.items[i];

		span_ok(sec->whole, size);
		span_ok(sec->marker, size);
		span_ok(sec->heading, size);
		REQUIRE(sec->level >= 1 && sec->level <= SP_STYLE__COUNT + 1);
		REQUIRE(sec->parent < (int) i);
		if (sec->parent >= 0)
		{
			const SpSection *par = &doc.sections.items[sec->parent];

			REQUIRE(par->level == sec->level - 1);
			REQUIRE(par->whole.start <= sec->whole.start && sec->whole.end <= par->whole.end);
		}
		else
			REQUIRE(sec->level == 1);
		REQUIRE(i == 0 || doc.sections.items[i - 1].marker.start < sec->marker.start);
		/* positions are computable for every span */
		REQUIRE(sp_charindex_pos(pci, sec->whole.end) >= sp_charindex_pos(pci, sec->whole.start));
		{
			size_t		hlen;
			char	   *h = sp_render_denoised(&sp_env_malloc, &doc, sec->heading, &hlen);

			REQUIRE(hlen <= (sec->heading.end > sec->heading.start ? sec->heading.end - sec->heading.start : 0));
			free(h);
		}
	}
	for (size_t i = 0; i < doc.noise.n; i++)
		span_ok(doc.noise.items[i].span, size);
	span_ok(doc.title, size);
	{
		size_t		tlen;
		char	   *t = sp_render_title(&sp_env_malloc, s, doc.title, &tlen);

		REQUIRE(tlen <= (doc.title.end > doc.title.start ? doc.title.end - doc.title.start : 0));
		free(t);
	}
	span_ok(doc.salutation, size);
	span_ok(doc.opening, size);
	span_ok(doc.closing, size);
	REQUIRE(doc.announced_points >= -1 && doc.announced_points <= 30);
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpDoc		doc;
	SpCharIndex ci;
	size_t		before;

	sp_doc_analyze(env, s, size, &doc);
	sp_charindex_init(env, &ci, s, size);
	check_doc(&doc, &ci, s, size);
	before = doc.sections.n;
	REQUIRE(sp_doc_add_unnumbered(env, &doc) == doc.sections.n - before);
	check_doc(&doc, &ci, s, size);
	sp_charindex_free(env, &ci);
	sp_doc_free(env, &doc);
}
