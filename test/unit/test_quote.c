#include "unit.h"
#include "sp_quote.h"

/* quotes of s as "term|closed" lines */
static const char *
quotes(const char *s, int *nstray)
{
	static char out[4096];
	SpQuoteVec	v = {0};
	SpSpanVec	stray = {0};
	size_t		o = 0;

	sp_quotes(&sp_env_malloc, s, strlen(s), &v, &stray);
	out[0] = '\0';
	for (size_t k = 0; k < v.n; k++)
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s%.*s|%d", k ? "\n" : "",
							   (int) (v.items[k].mark.end - v.items[k].mark.start),
							   s + v.items[k].mark.start,
							   (int) (v.items[k].term.end - v.items[k].term.start),
							   s + v.items[k].term.start, v.items[k].closed);
	if (nstray)
		*nstray = (int) stray.n;
	sp_vec_free(&sp_env_malloc, &v);
	sp_vec_free(&sp_env_malloc, &stray);
	return out;
}

SP_TEST(quote_balanced_and_nested)
{
	int			ns;

	CHECK_STR(quotes("坚持“两个毫不动摇”，学习《决定》。", &ns), "“两个毫不动摇|1\n《决定|1");
	CHECK_INT(ns, 0);
	CHECK_STR(quotes("他说：“要‘精准’，要《实》。”", NULL), "“要‘精准’，要《实》。|1\n‘精准|1\n《实|1");
	CHECK_STR(quotes("said \"yes\" and \"no\"", NULL), "\"yes|1\n\"no|1");
}

SP_TEST(quote_unclosed)
{
	int			ns;

	/* the seed's lost closing quotes: cut at clause punctuation or the next mark */
	CHECK_STR(quotes("打造“一基地、两XX县区的规划目标。打造“窗口,xx工作", &ns),
			  "“一基地、两XX县区的规划目标|0\n“窗口|0");
	CHECK_STR(quotes("“基数+提留制、党建工作时间“ab制、阵地“多用制和", NULL),
			  "“基数+提留制、党建工作时间|0\n“ab制、阵地|0\n“多用制和|0");
	/* a paragraph break ends every open quote; a later closing mark is stray */
	CHECK_STR(quotes("“甲乙\n丙丁”。", &ns), "“甲乙|0");
	CHECK_INT(ns, 1);
	/* an enclosing quote closing over an unclosed inner one */
	CHECK_STR(quotes("“外《内，文”", NULL), "“外《内，文|1\n《内|0");
	CHECK_STR(quotes("", &ns), "");
	/* a quotation set as a block spans lines; an apostrophe is not a mark */
	CHECK_STR(quotes("说过：“\n甲。\n乙。\n”（《选集》）", &ns), "“\n甲。\n乙。\n|1\n《选集|1");
	CHECK_INT(ns, 0);
	CHECK_STR(quotes("we don’t know the states’ view", &ns), "");
	CHECK_INT(ns, 0);
}
