/*
 * sp_doc.c - sp_doc_analyze(): runs the structure stages in order and links
 * paragraphs and sentences to their innermost section.
 */
#include "sp_pipeline.h"
#include "sp_scan.h"
#include "sp_search.h"

/* the innermost section containing byte b, -1 if none */
static int
innermost(const SpDoc *doc, size_t b)
{
	/* the last section starting at or before b */
	int			k = (int) SP_UPPER_BOUND(doc->sections.items, doc->sections.n, whole.start, b) - 1;

	/* sections nest: climb until one contains b */
	while (k >= 0 && doc->sections.items[k].whole.end <= b)
		k = doc->sections.items[k].parent;
	return k;
}

int
sp_doc_section_at(const SpDoc *doc, size_t b)
{
	return innermost(doc, b);
}

int
sp_doc_sentence_at(const SpDoc *doc, size_t b)
{
	/* the last sentence starting at or before b, if b is inside it */
	int			k = (int) SP_UPPER_BOUND(doc->sentences.items, doc->sentences.n, span.start, b) - 1;

	if (k >= 0 && b >= doc->sentences.items[k].span.end)
		return -1;
	return k;
}

void
sp_doc_analyze(const SpEnv *env, const char *s, size_t len, SpDoc *doc)
{
	memset(doc, 0, sizeof(*doc));
	doc->s = s;
	doc->len = len;
	doc->announced_points = -1;
	doc->body_end = len;
	if (len == 0)
		return;
	sp_find_paragraphs(env, doc);
	sp_find_sentences(env, doc);
	sp_find_outline(env, doc);
	sp_find_parts(env, doc);
	sp_doc_link_sections(env, doc);
}

void
sp_doc_link_sections(const SpEnv *env, SpDoc *doc)
{
	for (size_t i = 0; i < doc->paragraphs.n; i++)
		doc->paragraphs.items[i].section = innermost(doc, doc->paragraphs.items[i].span.start);
	for (size_t i = 0; i < doc->sentences.n; i++)
	{
		if (i % SP_INTERRUPT_INTERVAL == 0)
			sp_check_interrupt(env);
		doc->sentences.items[i].section = innermost(doc, doc->sentences.items[i].span.start);
	}
}

void
sp_doc_free(const SpEnv *env, SpDoc *doc)
{
	sp_vec_free(env, &doc->paragraphs);
	sp_vec_free(env, &doc->sentences);
	sp_vec_free(env, &doc->sections);
	sp_vec_free(env, &doc->noise);
}
