#include "unit.h"
#include "sp_html_diff.h"

static size_t
occurrences(const char *s, const char *w)
{
	size_t		n = 0,
				wl = strlen(w);

	for (const char *p = s; (p = strstr(p, w)) != NULL; p += wl)
		n++;
	return n;
}

SP_TEST(html_diff_page)
{
	const char *o = "一、总体要求\n经济增长5%左右。物价基本稳定。城镇新增就业1200万人。\n二、主要任务\n扩大国内需求。";
	const char *n = "一、总体要求\n扩大国内需求。经济增长５％左右。物价总体保持基本稳定。A&B \"q\" \x01 <i>。\n二、科技创新\n发展新质生产力。\n三、主要任务";
	SpDoc		od,
				nd;
	SpDiff		d;
	SpHtml		h;
	char		want[64];

	sp_doc_analyze(&sp_env_malloc, o, strlen(o), &od);
	sp_doc_analyze(&sp_env_malloc, n, strlen(n), &nd);
	sp_diff(&sp_env_malloc, &od, &nd, &d);
	sp_html_init(&h, &sp_env_malloc, false);
	sp_html_diff(&h, o, strlen(o), &od, n, strlen(n), &nd, &d);
	/* a row per diff row, with its op */
	for (int op = 0; op < SP_DIFF__COUNT; op++)
	{
		snprintf(want, sizeof(want), "data-op=\"%s\" id=\"r-", sp_diff_op_names[op]);
		CHECK_INT(occurrences(h.out.items, want), d.count[op]);
	}
	CHECK(d.count[SP_DIFF_CHANGED_OP] > 0 && d.count[SP_DIFF_ADDED] > 0);
	CHECK(strstr(h.out.items, "<ins>") != NULL);
	/* the text is text (speech_diff steps over the tag, the rest is escaped) */
	CHECK(strstr(h.out.items, "<i>") == NULL);
	CHECK(strstr(h.out.items, "A&amp;B &quot;q&quot; &#xFFFD;") != NULL);
	CHECK(strstr(h.out.items, "sections added") != NULL);
	CHECK_INT(occurrences(h.out.items, "<del>"), occurrences(h.out.items, "</del>"));
	sp_html_free(&h);
	sp_diff_free(&sp_env_malloc, &d);
	sp_doc_free(&sp_env_malloc, &od);
	sp_doc_free(&sp_env_malloc, &nd);
}
