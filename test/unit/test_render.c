/*
 * test_render.c - the renderings of spans the SQL functions hand out
 * (sp_render.h): titles on one line, headings without chunk-number noise,
 * full-width folding.
 */
#include "unit.h"
#include "sp_render.h"

#include <stdlib.h>

static char *
title_of(const char *s)
{
	SpSpan		sp = {0, strlen(s)};
	size_t		len;
	char	   *out = sp_render_title(&sp_env_malloc, s, sp, &len);

	CHECK_INT(len, strlen(out));
	return out;
}

SP_TEST(render_title_folds_white_space)
{
	static const struct
	{
		const char *in;
		const char *want;
	}			cases[] = {
		/* a word broken over lines is joined, other line breaks become one space */
		{"2021年政府工作报\n告", "2021年政府工作报告"},
		{"全区组织工作\n会议讲话", "全区组织工作 会议讲话"},
		/* runs of spaces, tabs, ideographic spaces and zero-width characters: one space, none at the ends */
		{"\u3000\u3000在全省\t\t大会上的\u200b重要讲话\n", "在全省 大会上的 重要讲话"},
		/* a zero-width character is a break too, and a short Han run after it joins */
		{"大会上的\u200b讲话", "大会上的讲话"},
		/* markup is not part of a title */
		{"<p><strong>忠实践行</strong></p><p>八八战略</p>", "忠实践行八八战略"},
		{"Remarks\n  by the  President", "Remarks by the President"},
		{"", ""},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		char	   *got = title_of(cases[k].in);

		CHECK_STR(got, cases[k].want);
		free(got);
	}
}

SP_TEST(render_denoised_drops_chunk_numbers)
{
	const char *s = "1、全区组织工作会议讲话 同志们: 下面我讲两点意见。 一、着眼大局找准定位提高思想认\n"
		"2、识到位 组织部门要及时转变工作理念。 二、关于工作的回顾 全区组织工作坚持以“三\n"
		"3、个代表重要思想为指导。";
	SpDoc		doc;
	int			found = 0;

	sp_doc_analyze(&sp_env_malloc, s, strlen(s), &doc);
	CHECK(doc.noise.n >= 1);
	for (size_t k = 0; k < doc.sections.n; k++)
	{
		size_t		len;
		char	   *h = sp_render_denoised(&sp_env_malloc, &doc, doc.sections.items[k].heading, &len);

		CHECK(strstr(h, "2、") == NULL);
		if (strcmp(h, "着眼大局找准定位提高思想认识到位") == 0)
			found++;
		free(h);
	}
	CHECK_INT(found, 1);
	/* the whole text: every noise span left out */
	{
		SpSpan		sp = {0, strlen(s)};
		size_t		len;
		char	   *all = sp_render_denoised(&sp_env_malloc, &doc, sp, &len);

		size_t		noise = 0;

		for (size_t k = 0; k < doc.noise.n; k++)
			noise += doc.noise.items[k].span.end - doc.noise.items[k].span.start;
		CHECK_INT(len, strlen(s) - noise);
		CHECK(strstr(all, "\n2、") == NULL);
		free(all);
	}
	sp_doc_free(&sp_env_malloc, &doc);
}

SP_TEST(render_fold_width)
{
	size_t		len;
	bool		changed;
	const char *plain = "GDP增长5%。「引号」";
	const char *same = sp_render_fold_width(&sp_env_malloc, plain, strlen(plain), &len, &changed);
	const char *wide = "ＧＤＰ增长５％，２０２３年\u3000";
	char	   *folded;

	/* nothing to fold: the input itself */
	CHECK(same == plain);
	CHECK(!changed);
	CHECK_INT(len, strlen(plain));
	/* U+FF01..U+FF5E to ASCII (the full-width comma too); the ideographic space stays */
	folded = (char *) sp_render_fold_width(&sp_env_malloc, wide, strlen(wide), &len, &changed);
	CHECK(changed);
	CHECK_STR(folded, "GDP增长5%,2023年\u3000");
	CHECK_INT(len, strlen(folded));
	free(folded);
}
