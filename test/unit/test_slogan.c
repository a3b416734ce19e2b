#include "unit.h"
#include "sp_slogan.h"
#include "sp_wordlist.h"
#include "sp_utf8.h"

static const char *
slogans(const char *s)
{
	static char out[4096];
	SpQuoteVec	q = {0};
	SpSloganVec v = {0};
	size_t		o = 0;

	sp_quotes(&sp_env_malloc, s, strlen(s), &q, NULL);
	sp_slogans(&sp_env_malloc, s, strlen(s), q.items, q.n, &v);
	out[0] = '\0';
	for (size_t k = 0; k < v.n; k++)
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s=%d", k ? " " : "",
							   (int) (v.items[k].span.end - v.items[k].span.start),
							   s + v.items[k].span.start, v.items[k].number);
	sp_vec_free(&sp_env_malloc, &q);
	sp_vec_free(&sp_env_malloc, &v);
	return out;
}

SP_TEST(slogan_known_and_patterns)
{
	static const SpTestCase cases[] = {
		{"坚持“三个代表”重要思想，协调推进“四个全面”战略布局", "三个代表=3 四个全面=4"},
		{"五位一体总体布局，落实八项规定精神，一岗双责制度", "五位一体=5 八项规定=8 一岗双责=1"},
		{"做到两个维护，落实四个尊重要求", "两个维护=2 四个尊重=4"},
		/* parallel patterns not in the list */
		{"推行一户一策，做到三严三实，实现两不愁三保障", "一户一策=1 三严三实=3 两不愁三保障=2"},
		{"推进三去一降一补", "三去一降一补=3"},
		/* a quoted numbered phrase */
		{"实现“三个确保”“三个力争”目标", "三个确保=3 三个力争=3"},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, slogans(c->in));
}

SP_TEST(slogan_builtin_list_starts_with_numerals)
{
	/* sp_slogans tries the list only at numerals */
	for (size_t k = 0; k < sp_wl_builtin_n; k++)
	{
		int			step;
		const char *t = sp_wl_builtin[k].term;

		if (sp_wl_builtin[k].category == SP_WL_SLOGAN && !sp_formula_numeral(sp_u8_decode(t, strlen(t), 0, &step)))
			CHECK_STR(t, "(a formula starting with a numeral)");
	}
}

SP_TEST(slogan_not_counts_or_idioms)
{
	static const SpTestCase cases[] = {
		{"用三个月时间，讲四点意见，从三个方面入手", ""},
		{"五湖四海，三心二意，一心一意，四面八方", ""},
		{"第一第二，一是加强，二是推进", ""},
		{"“十四五”时期，“2035年”，“十年禁渔”，“四川云教”", ""},
		{"两岸统一是中国，十六大和十六大以来，一代又一代的", ""},
	};

	FOR_CASES(c, cases)
		CHECK_CASE(c, slogans(c->in));
}

SP_TEST(lexicon_termset_and_matching)
{
	const char *terms[] = {"要", "要求", "必须", "中央"};
	size_t		lens[] = {3, 6, 6, 6};
	SpTermSet	set;
	SpHitVec	hits = {0};
	const char *s = "党中央要求必须要";
	uint8_t		bmap[8] = {0};
	/* words: 党中央 | 要求 | 必须 | 要 */
	size_t		b[] = {0, 9, 15, 21, 24};

	sp_termset_init(&sp_env_malloc, &set, terms, lens, NULL, 4);
	CHECK_INT(sp_termset_find(&set, "必须", 6), 2);
	CHECK_INT(sp_termset_find(&set, "必", 3), -1);
	sp_match_terms(&sp_env_malloc, s, strlen(s), &set, NULL, &hits);
	CHECK_INT(hits.n, 4);		/* 中央 要求 必须 要 (leftmost, longest) */
	hits.n = 0;
	for (int k = 0; k < 5; k++)
		bmap[b[k] >> 3] |= (uint8_t) (1 << (b[k] & 7));
	sp_match_terms(&sp_env_malloc, s, strlen(s), &set, bmap, &hits);
	CHECK_INT(hits.n, 3);		/* 要求 必须 要: 中央 is inside the word 党中央 */
	CHECK_INT(hits.items[0].term, 1);
	CHECK_INT(hits.items[2].term, 0);
	sp_vec_free(&sp_env_malloc, &hits);
	sp_termset_free(&sp_env_malloc, &set);
}

SP_TEST(lexicon_termset_many_lengths)
{
	/*
	 * fuzz_terms: the distinct term lengths lived in a fixed array of 32; the
	 * 34th distinct length made sp_termset_init memmove a negative size
	 * (speech_find_terms with 34 terms of different lengths crashed the backend)
	 */
	const char *terms[41];
	size_t		lens[41];
	char		buf[41][41 * 3 + 1];
	char		text[64 * 3 + 2];
	SpTermSet	set;
	SpHitVec	hits = {0};

	for (int k = 0; k < 40; k++)
	{
		for (int c = 0; c <= k; c++)
			memcpy(buf[k] + 3 * c, "要", 3);
		buf[k][3 * (k + 1)] = '\0';
		terms[k] = buf[k];
		lens[k] = (size_t) 3 * (k + 1);
	}
	terms[40] = "x";
	lens[40] = 1;
	for (int c = 0; c < 45; c++)
		memcpy(text + 3 * c, "要", 3);
	strcpy(text + 3 * 45, "x");
	sp_termset_init(&sp_env_malloc, &set, terms, lens, NULL, 41);
	CHECK_INT(set.nlens, 41);
	CHECK_INT(set.lens[0], 120);
	sp_match_terms(&sp_env_malloc, text, strlen(text), &set, NULL, &hits);
	CHECK_INT(hits.n, 3);		/* 要 x 40, 要 x 5, x */
	CHECK_INT(hits.items[0].term, 39);
	CHECK_INT(hits.items[1].term, 4);
	CHECK_INT(hits.items[2].term, 40);
	sp_vec_free(&sp_env_malloc, &hits);
	sp_termset_free(&sp_env_malloc, &set);
}

SP_TEST(lexicon_termset_long_term_linear)
{
	/*
	 * fuzz_terms: every candidate window was hashed from scratch, so one
	 * 20 KB term over 45 KB of text repeating its first bytes cost 20 KB at
	 * every position (over 1 s).  The windows now roll.  A 200 KB term over
	 * 400 KB of 'a' must take well under a second (10 s bound), and the term
	 * is found where the text holds it whole.
	 */
	size_t		tl = 200000,
				sl = 400000;
	char	   *term = malloc(tl + 1),
			   *text = malloc(sl + 1);
	const char *terms[1];
	SpTermSet	set;
	SpHitVec	hits = {0};
	clock_t		t0;

	memset(term, 'a', tl);
	term[tl - 1] = 'b';			/* never matches in the run of a */
	memset(text, 'a', sl);
	memcpy(text + 1000, term, tl);	/* ... except here */
	terms[0] = term;
	sp_termset_init(&sp_env_malloc, &set, terms, &tl, NULL, 1);
	t0 = clock();
	sp_match_terms(&sp_env_malloc, text, sl, &set, NULL, &hits);
	CHECK_LINEAR(t0);
	CHECK_INT(hits.n, 1);
	CHECK_INT(hits.items[0].span.start, 1000);
	CHECK_INT(hits.items[0].span.end, 1000 + tl);
	sp_vec_free(&sp_env_malloc, &hits);
	sp_termset_free(&sp_env_malloc, &set);
	free(term);
	free(text);
}
