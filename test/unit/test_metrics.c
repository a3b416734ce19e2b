#include "unit.h"
#include "sp_diag.h"
#include "sp_metrics.h"
#include "sp_utf8.h"

/* words of s: cut at every '|' (the bars are not part of the text given to the core) */
static size_t
cut(const char *marked, char *text, SpSpan *words)
{
	size_t		n = 0,
				o = 0,
				start = 0;

	for (const char *p = marked;; p++)
	{
		if (*p == '|' || *p == '\0')
		{
			if (o > start)
			{
				words[n].start = start;
				words[n].end = o;
				n++;
			}
			start = o;
			if (*p == '\0')
				break;
			continue;
		}
		text[o++] = *p;
	}
	text[o] = '\0';
	return n;
}

SP_TEST(metrics_words_directives_pronouns)
{
	char		text[512];
	SpSpan		words[128];
	size_t		n = cut("我们|要求|干部|要|提高|认识|，|这|很|重要|。|我|必须|说|，|我区|可以|做到|。", text, words);
	SpDoc		doc;
	SpExtract	x;
	SpMetrics	m;

	/* drop the punctuation "words": the core is given words only */
	size_t		k2 = 0;

	for (size_t k = 0; k < n; k++)
		if (!(words[k].end - words[k].start == 3 && (sp_u8_at(text, strlen(text), words[k].start) == 0xFF0C ||
													  sp_u8_at(text, strlen(text), words[k].start) == 0x3002)))
			words[k2++] = words[k];
	sp_doc_analyze(&sp_env_malloc, text, strlen(text), &doc);
	sp_extract_run(&sp_env_malloc, &x, text, strlen(text), &doc, words, k2);
	sp_metrics_span(&sp_env_malloc, &x, 0, strlen(text), -1, &m);
	CHECK_INT(m.words, 15);
	CHECK_INT(m.distinct_words, 15);
	CHECK_INT(m.directive_high, 1);		/* 必须 */
	CHECK_INT(m.directive_medium, 1);	/* 要, not 要求 or 重要 */
	CHECK_INT(m.directive_low, 1);		/* 可以 */
	CHECK_INT(m.we, 1);
	CHECK_INT(m.i, 1);
	CHECK_INT(m.we_institutional, 1);	/* 我区 */
	CHECK_INT(m.sentences, 2);
	CHECK_INT(m.clauses, 4);
	CHECK(m.ttr == 1.0);
	CHECK(m.mattr == 1.0);				/* fewer than 100 words: the TTR */
	/* readability1: segments of 17 (我们…重要。) and 12 (我必须说…做到。) characters */
	CHECK(m.readability1 == 14.5);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);
}

SP_TEST(metrics_mattr_window)
{
	/* 150 words cycling through 50 types: every window of 100 holds all 50 */
	static char text[150 * 4 + 1];
	SpSpan		words[150];
	SpDoc		doc;
	SpExtract	x;
	SpMetrics	m;

	for (int k = 0; k < 150; k++)
	{
		text[k * 4] = 'w';
		text[k * 4 + 1] = (char) ('a' + (k % 50) / 10);
		text[k * 4 + 2] = (char) ('a' + (k % 50) % 10);
		text[k * 4 + 3] = ' ';
		words[k].start = (size_t) k * 4;
		words[k].end = (size_t) k * 4 + 3;
	}
	sp_doc_analyze(&sp_env_malloc, text, strlen(text), &doc);
	sp_extract_run(&sp_env_malloc, &x, text, strlen(text), &doc, words, 150);
	sp_metrics_span(&sp_env_malloc, &x, 0, strlen(text), -1, &m);
	CHECK_INT(m.words, 150);
	CHECK_INT(m.distinct_words, 50);
	CHECK(m.mattr > 0.4999 && m.mattr < 0.5001);
	CHECK(m.ttr > 0.3333 && m.ttr < 0.3334);
	CHECK_INT(m.latin_words, 150);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);
}

SP_TEST(metrics_empty_and_without_words)
{
	SpDoc		doc;
	SpExtract	x;
	SpMetrics	m;
	const char *s = "同志们：今年增长6.5%左右。";

	/* white space only: no sentence at all (fuzz finding: no offset on a NULL array) */
	sp_doc_analyze(&sp_env_malloc, " \n\n", 3, &doc);
	sp_extract_run(&sp_env_malloc, &x, " \n\n", 3, &doc, NULL, 0);
	sp_metrics_span(&sp_env_malloc, &x, 0, 3, -1, &m);
	CHECK_INT(m.characters, 0);
	CHECK_INT(m.sentences, 0);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);

	sp_doc_analyze(&sp_env_malloc, "", 0, &doc);
	sp_extract_run(&sp_env_malloc, &x, "", 0, &doc, NULL, 0);
	sp_metrics_span(&sp_env_malloc, &x, 0, 0, -1, &m);
	CHECK_INT(m.characters, 0);
	CHECK_INT(m.announced_points, -1);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);

	sp_doc_analyze(&sp_env_malloc, s, strlen(s), &doc);
	sp_extract_run(&sp_env_malloc, &x, s, strlen(s), &doc, NULL, 0);
	sp_metrics_span(&sp_env_malloc, &x, 0, strlen(s), -1, &m);
	CHECK_INT(m.characters, 15);
	CHECK_INT(m.han_characters, 9);
	CHECK_INT(m.quantities, 1);
	CHECK_INT(m.percentages, 1);
	CHECK_INT(m.words, 0);
	CHECK_INT(m.directive_medium, 0);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);
}

static int
count_kind(const SpDiagVec *v, SpDiagKind kind)
{
	int			n = 0;

	for (size_t k = 0; k < v->n; k++)
		n += v->items[k].kind == kind;
	return n;
}

SP_TEST(diag_outline_gap_and_skipped_level)
{
	/* a hand-made outline: 一、 then 三、 (a gap), and 1. directly under 一、 */
	const char *s = "一、甲\n1.乙\n三、丙\n";
	SpDoc		doc;
	SpExtract	x;
	SpDiagVec	d = {0};
	SpSection	a = {-1, 1, 1, SP_STYLE_HAN_DUN, false, {0, 12}, {0, 6}, {6, 9}};
	SpSection	b = {0, 2, 1, SP_STYLE_ARABIC_DOT, false, {10, 16}, {10, 12}, {12, 15}};
	SpSection	c = {-1, 1, 3, SP_STYLE_HAN_DUN, false, {17, 26}, {17, 23}, {23, 26}};

	memset(&doc, 0, sizeof(doc));
	doc.s = s;
	doc.len = strlen(s);
	doc.announced_points = 3;
	sp_vec_push(&sp_env_malloc, &doc.sections, a);
	sp_vec_push(&sp_env_malloc, &doc.sections, b);
	sp_vec_push(&sp_env_malloc, &doc.sections, c);
	sp_extract_run(&sp_env_malloc, &x, s, strlen(s), &doc, NULL, 0);
	sp_diagnose(&sp_env_malloc, &x, &d);
	CHECK_INT(count_kind(&d, SP_DIAG_ORDINAL_GAP), 1);
	CHECK_INT(count_kind(&d, SP_DIAG_SKIPPED_LEVEL), 1);
	CHECK_INT(count_kind(&d, SP_DIAG_ANNOUNCED_POINTS), 1);
	CHECK(strstr(d.items[0].detail, "announces 3 points, the outline has 2") != NULL);
	sp_vec_free(&sp_env_malloc, &d);
	sp_extract_free(&sp_env_malloc, &x);
	sp_vec_free(&sp_env_malloc, &doc.sections);
}

SP_TEST(diag_text_problems)
{
	const char *s = "这是原那么问题，否那么不行，要做好效劳工作和有效劳动。打造“窗口,<br>坚持&nbsp;9X8226;增长20230%，今年我们要继续坚持";
	SpDoc		doc;
	SpExtract	x;
	SpDiagVec	d = {0};

	sp_doc_analyze(&sp_env_malloc, s, strlen(s), &doc);
	sp_extract_run(&sp_env_malloc, &x, s, strlen(s), &doc, NULL, 0);
	sp_diagnose(&sp_env_malloc, &x, &d);
	CHECK_INT(count_kind(&d, SP_DIAG_CONVERSION_ARTIFACT), 3);	/* not 有效劳动 */
	CHECK_INT(count_kind(&d, SP_DIAG_UNCLOSED_QUOTE), 1);
	CHECK_INT(count_kind(&d, SP_DIAG_HTML_REMNANT), 3);
	CHECK_INT(count_kind(&d, SP_DIAG_SUSPECT_NUMBER), 1);
	CHECK_INT(count_kind(&d, SP_DIAG_TRUNCATED), 1);
	/* in text order */
	for (size_t k = 1; k < d.n; k++)
		CHECK(d.items[k - 1].pos <= d.items[k].pos);
	sp_vec_free(&sp_env_malloc, &d);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);
}

/* the html_remnant tags are the tags speech_clean removes (sp_html_tag_at) */
static int
html_remnants(const char *s, char *first, size_t firstlen)
{
	SpDoc		doc;
	SpExtract	x;
	SpDiagVec	d = {0};
	int			n;

	sp_doc_analyze(&sp_env_malloc, s, strlen(s), &doc);
	sp_extract_run(&sp_env_malloc, &x, s, strlen(s), &doc, NULL, 0);
	sp_diagnose(&sp_env_malloc, &x, &d);
	n = count_kind(&d, SP_DIAG_HTML_REMNANT);
	first[0] = '\0';
	for (size_t k = 0; k < d.n; k++)
		if (d.items[k].kind == SP_DIAG_HTML_REMNANT)
		{
			snprintf(first, firstlen, "%s", d.items[k].detail);
			break;
		}
	sp_vec_free(&sp_env_malloc, &d);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);
	return n;
}

SP_TEST(diag_html_as_clean_sees_it)
{
	char		first[128];
	char		big[700];

	/* a '>' inside a quoted attribute does not end the tag */
	CHECK_INT(html_remnants("坚持<a title=\"a>b\">发展</a>。", first, sizeof(first)), 2);
	CHECK_STR(first, "<a title=\"a>b\">");
	/* outside quotes a tag is ASCII: a '<' before Chinese prose is no tag */
	CHECK_INT(html_remnants("如果 a <b 中国> 则坚持发展。", first, sizeof(first)), 0);
	/* a long tag (a style attribute of 500 bytes) is still a tag */
	snprintf(big, sizeof(big), "坚持<span style=\"%0500d\">发展。", 0);
	CHECK_INT(html_remnants(big, first, sizeof(first)), 1);
	/* entities, also those that lost their & (n >= 2 letters or digits) */
	CHECK_INT(html_remnants("坚持&nbsp;发展&lt;9X8226;改革&a;开放", first, sizeof(first)), 3);
}

SP_TEST(metrics_many_sections_linear)
{
	/*
	 * fuzz_metrics: the metrics of each section looked at every section of the
	 * document (and zeroed a 32 KB map), so speech_section_metrics was
	 * quadratic in the number of sections: 64 KB of marker lines took over 1 s.
	 * 80,000 sections must take well under a second (they took 22 s); 10 s is
	 * the bound here, for slow sanitizer builds.
	 */
	size_t		reps = 40000,
				len = 0,
				nsec;
	char	   *t = malloc(reps * 48 + 1);
	SpDoc		doc;
	SpExtract	x;
	SpMetrics	m,
				sm;
	clock_t		t0;
	int64_t		top = 0;

	for (size_t k = 1; k <= reps; k++)
		len += (size_t) sprintf(t + len, "%zu．甲乙。\n（1）丙。\n（2）丁。\n", k);
	t0 = clock();
	sp_doc_analyze(&sp_env_malloc, t, len, &doc);
	sp_extract_run(&sp_env_malloc, &x, t, len, &doc, NULL, 0);
	sp_metrics_span(&sp_env_malloc, &x, 0, len, -1, &m);
	nsec = doc.sections.n;
	CHECK(nsec >= 50000);
	CHECK_INT(m.sections, nsec);
	for (size_t k = 0; k < nsec; k++)
	{
		sp_metrics_span(&sp_env_malloc, &x, doc.sections.items[k].whole.start,
						doc.sections.items[k].whole.end, (int) k, &sm);
		if (doc.sections.items[k].parent < 0)
			top += 1 + sm.sections;
		CHECK(sm.distinct_han <= sm.han_characters);
	}
	CHECK_LINEAR(t0);
	/* every section is a top-level section or below one */
	CHECK_INT(top, nsec);
	/* the map of distinct Han characters is left clear between spans */
	for (size_t b = 0; b < 0x40000 / 8; b++)
		if (x.hanmap[b])
		{
			CHECK(!"hanmap left dirty");
			break;
		}
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);
	free(t);
}
