/*
 * libFuzzer target: the reading view (sp_html_reading: speech_html) and the
 * word counts and n-grams (sp_termcount: speech_words, speech_ngrams) on
 * arbitrary bytes.  Checks: the page holds no '<' or '>' of the text (every
 * tag is one of speech's: the text between tags has none), is valid UTF-8,
 * and closes every mark it opens; counts are positive and n-grams within
 * their bounds.
 */
#include "fuzz_common.h"
#include "sp_html.h"
#include "sp_termcount.h"

/* whether n bytes are all ASCII, eight at a time (the checks must not cost more than the page) */
static bool
all_ascii(const char *p, size_t n)
{
	size_t		i = 0;

	for (; i + 8 <= n; i += 8)
	{
		uint64_t	w;

		memcpy(&w, p + i, 8);
		if (w & UINT64_C(0x8080808080808080))
			return false;
	}
	for (; i < n; i++)
		if ((unsigned char) p[i] >= 0x80)
			return false;
	return true;
}

static void
check_page(const char *p, size_t n, bool ascii)
{
	size_t		open = 0,
				close = 0;

	/*
	 * The page is up to 10 times its input (entities in an ASCII page): the
	 * checks jump from '<' to '<' with memchr rather than look at each byte
	 * under ASan and coverage counters, which took a third of the 1 s bound
	 */
	if (ascii)
		REQUIRE(all_ascii(p, n));
	else
		REQUIRE(fuzz_valid_utf8(p, n));
	for (const char *q = memchr(p, '<', n); q != NULL && q + 7 <= p + n;
		 q = memchr(q + 1, '<', (size_t) (p + n - q - 1)))
	{
		open += strncmp(q, "<mark", 5) == 0;
		close += strncmp(q, "</mark>", 7) == 0;
	}
	REQUIRE(open == close);
	/* the text of the article: every '<' starts one of our elements, every '>' ends one */
	{
		const char *a = strstr(p, "<article class=\"sp-text\">"),
				   *e = a ? strstr(a, "</article>") : NULL;

		REQUIRE(a != NULL && e != NULL);
		for (const char *q = memchr(a + 1, '<', (size_t) (e - a - 1)); q != NULL;
			 q = memchr(q + 1, '<', (size_t) (e - q - 1)))
			REQUIRE(strncmp(q, "<mark ", 6) == 0 || strncmp(q, "</mark>", 7) == 0 ||
					strncmp(q, "<span class=\"sp-heading", 23) == 0 || strncmp(q, "</span>", 7) == 0 ||
					strncmp(q, "<a class=\"sp-diag\"", 18) == 0 || strncmp(q, "</a>", 4) == 0);
		for (const char *q = memchr(a + 1, '>', (size_t) (e - a - 1)); q != NULL;
			 q = memchr(q + 1, '>', (size_t) (e - q - 1)))
			REQUIRE(q[-1] == '"' || q[-1] == 'k' || q[-1] == 'n' || q[-1] == 'a');
	}
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	SpDoc		doc;
	SpExtract	x;
	SpDiagVec	d = {0};
	SpSpanVec	words = {0};
	SpHtml		h;
	SpSegOptions opt = {fuzz_lexicon(), NULL, false};
	SpWordTokVec toks = {0};
	SpCounter	c = {0};

	sp_doc_analyze(env, s, size, &doc);
	fuzz_standin_words(s, size, &words);
	sp_extract_run(env, &x, s, size, &doc, words.items, words.n);
	sp_diagnose(env, &x, &d);
	/* one page per input (the 1 s bound): ASCII-only for inputs of odd length */
	{
		bool		ascii = size % 2 == 1;

		sp_html_init(&h, env, ascii);
		sp_html_reading(&h, s, size, &doc, &x, d.items, d.n);
		check_page(h.out.items, h.out.n, ascii);
		sp_html_free(&h);
	}
	sp_vec_free(env, &d);
	sp_extract_free(env, &x);
	sp_vec_free(env, &words);
	sp_doc_free(env, &doc);

	sp_word_tokens(env, &opt, s, size, &toks);
	sp_count_words(env, toks.items, toks.n, &c);
	sp_counter_sort(env, &c);
	for (size_t k = 0; k < c.items.n; k++)
		REQUIRE(c.items.items[k].n >= 1 && c.items.items[k].len > 0);
	sp_counter_free(env, &c);
	sp_count_ngrams(env, s, toks.items, toks.n, 2, 8, &c);
	for (size_t k = 0; k < c.items.n; k++)
	{
		const SpTermCount *t = &c.items.items[k];
		size_t		chars = sp_u8_count(sp_counter_key(&c, t), t->len);

		REQUIRE(chars >= 2 && chars <= 8 && t->first + t->len <= size);
	}
	sp_counter_free(env, &c);
	sp_word_tokens_free(env, s, size, &toks);
}
