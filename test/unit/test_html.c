#include "unit.h"
#include "sp_html.h"

static const char *
escaped(const char *s, size_t len, bool ascii)
{
	static char out[1024];
	SpHtml		h;

	sp_html_init(&h, &sp_env_malloc, ascii);
	sp_html_text(&h, s, len);
	snprintf(out, sizeof(out), "%s", h.out.n ? h.out.items : "");
	sp_html_free(&h);
	return out;
}

SP_TEST(html_escape)
{
	static const char in[] = "<script>alert('x')</script> & \"q\" <b x=1 \xff\xfe\xc3 \xe4\xb8\xad\x01\x7f\r\n\ttab\r";

	CHECK_STR(escaped(in, sizeof(in) - 1, false),
			  "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &lt;b x=1 "
			  "&#xFFFD;&#xFFFD;&#xFFFD; \xe4\xb8\xad&#xFFFD;&#xFFFD;\n\ttab\n");
	/* ascii: every other character as a reference; a C1 control and a surrogate are broken */
	CHECK_STR(escaped("\xe4\xb8\xad\xf0\x9f\x98\x80\xc2\x85\xed\xa0\x80", 12, true),
			  "&#x4E2D;&#x1F600;&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;");
	CHECK_STR(escaped("&amp;", 5, false), "&amp;amp;");
	CHECK_STR(escaped("", 0, false), "");
	/* blank lines collapse in the reading view only */
	{
		SpHtml		h;

		sp_html_init(&h, &sp_env_malloc, false);
		h.collapse = true;
		sp_html_text(&h, "a\n \n\xE3\x80\x80\n\nb\nc\n\n", 14);
		CHECK_STR(h.out.items, "a\n\nb\nc\n\n");
		sp_html_free(&h);
	}
	/* a cut multi-byte character at the end */
	CHECK_STR(escaped("\xe4\xb8", 2, false), "&#xFFFD;&#xFFFD;");
}

static const char *
marked(const char *s, SpMark *m, size_t n)
{
	static char out[2048];
	SpHtml		h;

	sp_html_init(&h, &sp_env_malloc, false);
	sp_html_marked(&h, s, strlen(s), m, n);
	snprintf(out, sizeof(out), "%s", h.out.items);
	sp_html_free(&h);
	return out;
}

SP_TEST(html_marked_nesting)
{
	/* a quote holding a quantity; a directive crossing the quote's end is cut there */
	const char *s = "ab<cd>ef";
	SpMark		m[] = {
		{{2, 6}, SP_MK_QUOTE, 1, 0, NULL},
		{{3, 4}, SP_MK_QUANTITY, 1, 0, "money"},
		{{5, 8}, SP_MK_DIRECTIVE_HIGH, 1, 0, NULL},
		{{0, 0}, SP_MK_DIAG, 2, 0, "x\"y"},
	};

	CHECK_STR(marked(s, m, 4),
			  "<a class=\"sp-diag\" id=\"dref-2\" href=\"#d-2\" data-id=\"2\" title=\"x&quot;y\"></a>ab"
			  "<mark class=\"sp-m sp-quote\" data-id=\"1\">&lt;"
			  "<mark class=\"sp-m sp-quantity\" data-id=\"1\" title=\"money\">c</mark>d"
			  "<mark class=\"sp-m sp-directive-high\" data-id=\"1\">&gt;</mark></mark>ef");
	/* no marks: the text */
	CHECK_STR(marked("a&b", NULL, 0), "a&amp;b");
}

SP_TEST(html_reading_hostile)
{
	const char *s = "<script>alert(1)</script>\n一、总体要求\n必须坚持“两个确立”，投入516万元。&nbsp;</p>\n二、主要任务\n要<b>做好</b>工作\xff";
	size_t		len = strlen(s);
	SpDoc		doc;
	SpExtract	x;
	SpDiagVec	d = {0};
	SpHtml		h;
	size_t		open = 0,
				close = 0;

	sp_doc_analyze(&sp_env_malloc, s, len, &doc);
	sp_extract(&sp_env_malloc, &x, s, len, &doc, NULL, 0, SP_X_ALL);
	sp_diagnose(&sp_env_malloc, &x, &d);
	sp_html_init(&h, &sp_env_malloc, false);
	sp_html_reading(&h, s, len, &doc, &x, d.items, d.n);
	CHECK(strstr(h.out.items, "<script>") == NULL);
	/* the tags are text (a diagnostic marker stands before each) */
	CHECK(strstr(h.out.items, "&lt;script&gt;alert(1)") != NULL);
	CHECK(strstr(h.out.items, "&lt;b&gt;\xe5\x81\x9a\xe5\xa5\xbd") != NULL);	/* <b>做好 */
	CHECK(strstr(h.out.items, "<b>\xe5\x81\x9a") == NULL);
	CHECK(strstr(h.out.items, "&amp;nbsp;") != NULL);
	CHECK(strstr(h.out.items, "\xff") == NULL);
	CHECK(strstr(h.out.items, "&#xFFFD;</article>") != NULL);
	CHECK(strstr(h.out.items, "id=\"s-2\"") != NULL);	/* the second section's anchor */
	for (const char *p = h.out.items; (p = strstr(p, "<mark")) != NULL; p++)
		open++;
	for (const char *p = h.out.items; (p = strstr(p, "</mark>")) != NULL; p++)
		close++;
	CHECK(open > 0);
	CHECK_INT(open, close);
	sp_html_free(&h);
	sp_vec_free(&sp_env_malloc, &d);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);
}
