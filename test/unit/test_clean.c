/*
 * test_clean.c - sp_clean: characters decoded from entities, and the
 * caller's question of which characters its output can hold.
 */
#include <stdlib.h>

#include "sp_clean.h"
#include "unit.h"

/* sp_clean of a C string, compared with want */
#define CHECK_CLEAN(in, want) \
	do { \
		size_t		n_; \
		char	   *o_ = sp_clean(&sp_env_malloc, (in), strlen(in), &n_); \
		CHECK_SPAN(o_, n_, (want)); \
		free(o_); \
	} while (0)

SP_TEST(clean_decoded_white_space_like_literal)
{
	/* a CRLF written as entities is one line break, as a literal one */
	CHECK_CLEAN("甲&#13;&#10;乙", "甲\n乙");
	CHECK_CLEAN("甲\r&#10;乙", "甲\n乙");
	CHECK_CLEAN("甲&#13;\n乙", "甲\n乙");
	CHECK_CLEAN("甲&#13;乙", "甲\n乙");
	/* zero-width characters are dropped, a line separator is a line break */
	CHECK_CLEAN("改&#x200B;革", "改革");
	CHECK_CLEAN("改&#8203;革&#xFEFF;", "改革");
	CHECK_CLEAN("甲&#x2028;乙", "甲\n乙");
	/* blank-line runs collapse to one blank line, decoded or literal */
	CHECK_CLEAN("甲&#10;&#10;&#10;&#10;&#10;乙", "甲\n\n乙");
	CHECK_CLEAN("甲\n&#10;\n&#10;\n乙", "甲\n\n乙");
	/* a decoded space at a line start is indentation, at a line end trailing */
	CHECK_CLEAN("甲\n&nbsp;&#12288;乙&nbsp;\n丙", "甲\n乙\n丙");
	/* literal behaviour unchanged */
	CHECK_CLEAN("甲\r\n\r\n\r\n乙\r丙", "甲\n\n乙\n丙");
	CHECK_CLEAN("a&nbsp;&nbsp;b", "a b");
}

/* a host whose output holds only code points below 0x80 or Han */
static bool
ascii_or_han(void *ud, uint32_t cp)
{
	int		   *asked = ud;

	(*asked)++;
	return cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF);
}

SP_TEST(clean_entity_not_representable_stays)
{
	const char *t = "版权所有&copy;2023&nbsp;&amp;&#x4E00;&#8226;&euro;";
	int			asked = 0;
	SpCleanOptions opt = {ascii_or_han, &asked};
	size_t		n;
	char	   *out = sp_clean_opt(&sp_env_malloc, t, strlen(t), &opt, &n);

	/*
	 * © and • cannot be held: written as they were; & and 一 decoded; NBSP
	 * becomes a plain space, which can
	 */
	CHECK_SPAN(out, n, "版权所有&copy;2023 &一&#8226;&euro;");
	CHECK_INT(asked, 4);	/* ©, &, 一, •: asked once each */
	free(out);
	/* a mark made full-width that cannot be held stays ASCII */
	t = "中文,文字";
	out = sp_clean_opt(&sp_env_malloc, t, strlen(t), &opt, &n);
	CHECK_SPAN(out, n, "中文,文字");
	free(out);
	t = "版权所有&copy;2023&nbsp;&amp;&#x4E00;&#8226;&euro;";
	/* without the question every known entity is decoded */
	CHECK_CLEAN(t, "版权所有©2023 &一•&euro;");
}
