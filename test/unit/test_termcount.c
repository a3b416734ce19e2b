#include "unit.h"
#include "sp_lexicon.h"
#include "sp_termcount.h"

static const SpLexicon *
tc_lexicon(void)
{
	static SpLexicon lex;
	static void *image;
	static const SpLexWord words[] = {
		{"人民", 6, 700, SP_LEX_WORD},
		{"民主", 6, 700, SP_LEX_WORD},
		{"全过程", 9, 900, SP_LEX_WORD},
		{"发展", 6, 700, SP_LEX_WORD},
		{"的", 3, 300, SP_LEX_WORD},
		{"增长", 6, 700, SP_LEX_WORD},
	};
	size_t		size;

	if (image == NULL)
	{
		image = sp_lexicon_build(&sp_env_malloc, words, sizeof(words) / sizeof(words[0]), 1800, 640, &size);
		if (sp_lexicon_open(&lex, image, size) != NULL)
			return NULL;
	}
	return &lex;
}

/* the counter as "term:n|term:n|..." after sorting */
static const char *
counted(SpCounter *c)
{
	static char out[4096];
	size_t		o = 0;

	sp_counter_sort(&sp_env_malloc, c);
	out[0] = '\0';
	for (size_t k = 0; k < c->items.n && o < sizeof(out) - 64; k++)
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s:%lld", k ? "|" : "",
							   (int) c->items.items[k].len, sp_counter_key(c, &c->items.items[k]),
							   (long long) c->items.items[k].n);
	return out;
}

static void
mark_stop(SpWordTokVec *v)
{
	for (size_t k = 0; k < v->n; k++)
		v->items[k].stop = v->items[k].form_len == 3 && memcmp(v->items[k].form, "的", 3) == 0;
}

SP_TEST(termcount_words)
{
	SpSegOptions opt = {tc_lexicon(), NULL, false};
	const char *s = "发展全过程人民民主，发展的人民民主。２０２３年ＧＤＰ增长５.２%，二〇三五年 Growth";
	SpWordTokVec v = {0};
	SpCounter	c = {0};

	CHECK(opt.lex != NULL);
	sp_word_tokens(&sp_env_malloc, &opt, s, strlen(s), &v);
	mark_stop(&v);
	sp_count_words(&sp_env_malloc, v.items, v.n, &c);
	/* numbers folded as speech_zh folds them: full width to ASCII, Han numerals to Arabic */
	CHECK_STR(counted(&c), "人民:2|发展:2|民主:2|2023年:1|2035年:1|5.2%:1|gdp:1|growth:1|全过程:1|增长:1");
	sp_counter_free(&sp_env_malloc, &c);
	sp_word_tokens_free(&sp_env_malloc, s, strlen(s), &v);
}

SP_TEST(termcount_ngrams)
{
	SpSegOptions opt = {tc_lexicon(), NULL, false};
	const char *s = "发展全过程人民民主，发展的人民民主。";
	SpWordTokVec v = {0};
	SpCounter	c = {0};

	sp_word_tokens(&sp_env_malloc, &opt, s, strlen(s), &v);
	mark_stop(&v);
	sp_count_ngrams(&sp_env_malloc, s, v.items, v.n, 2, 8, &c);
	/*
	 * on token boundaries, within a clause, not starting or ending with 的
	 * (发展的人民 is one: 的 inside); 过程人民 is none (not a boundary)
	 */
	CHECK_STR(counted(&c), "人民:2|人民民主:2|发展:2|民主:2|全过程:1|全过程人民:1|全过程人民民主:1|发展全过程:1|"
			  "发展全过程人民:1|发展的人民:1|发展的人民民主:1");
	sp_counter_free(&sp_env_malloc, &c);
	/* the length bounds */
	sp_count_ngrams(&sp_env_malloc, s, v.items, v.n, 5, 5, &c);
	CHECK_STR(counted(&c), "全过程人民:1|发展全过程:1|发展的人民:1");
	sp_counter_free(&sp_env_malloc, &c);
	sp_word_tokens_free(&sp_env_malloc, s, strlen(s), &v);
}

SP_TEST(termcount_linear)
{
	size_t		n = 400000;
	char	   *s = malloc(n * 3 + 1);
	SpSegOptions opt = {tc_lexicon(), NULL, false};
	SpWordTokVec v = {0};
	SpCounter	c = {0};
	clock_t		t0 = clock();

	for (size_t k = 0; k < n; k++)
		memcpy(s + 3 * k, (k % 7) ? "民" : "人", 3);
	s[3 * n] = '\0';
	sp_word_tokens(&sp_env_malloc, &opt, s, 3 * n, &v);
	sp_count_ngrams(&sp_env_malloc, s, v.items, v.n, 2, 8, &c);
	CHECK(c.items.n > 0);
	CHECK_LINEAR(t0);
	sp_counter_free(&sp_env_malloc, &c);
	sp_word_tokens_free(&sp_env_malloc, s, 3 * n, &v);
	free(s);
}
