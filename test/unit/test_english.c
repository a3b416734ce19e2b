/*
 * test_english.c - the language of a span (sp_lang), the English measures
 * (sp_english) and cntext's readability1 (sp_cntext), on hand-counted text.
 */
#include "unit.h"
#include "sp_cntext.h"
#include "sp_doc.h"
#include "sp_english.h"
#include "sp_lang.h"
#include "sp_metrics.h"

#include <math.h>

#define CHECK_NEAR(got, want) \
	do { double g_ = (got), w_ = (want); \
		if (fabs(g_ - w_) > 1e-9) sp_test_fail(__FILE__, __LINE__, "%s == %.12g, want %.12g", #got, g_, w_); } while (0)

/* the whole-text metrics of s, without words */
static void
metrics_of(const char *s, SpMetrics *m)
{
	SpDoc		doc;
	SpExtract	x;

	sp_doc_analyze(&sp_env_malloc, s, strlen(s), &doc);
	sp_extract_run(&sp_env_malloc, &x, s, strlen(s), &doc, NULL, 0);
	sp_metrics_span(&sp_env_malloc, &x, 0, strlen(s), -1, m);
	sp_extract_free(&sp_env_malloc, &x);
	sp_doc_free(&sp_env_malloc, &doc);
}

static void
english_of(const char *s, SpEnglish *e)
{
	sp_english_span(&sp_env_malloc, s, strlen(s), 0, strlen(s), e);
}

SP_TEST(lang_from_script)
{
	static const SpTestCase cases[] = {
		{"Hello world", "en"}, {"你好", "zh"}, {"GDP增长5%", "zh"},	/* 2 Han = 6 > 3 letters */
		{"中国 China", "zh"}, {"中国 Chinese", "en"},	/* 6 against 5, 6 against 7 */
		{"Привет", "-"}, {"", "-"}, {"123, 456.", "-"}, {"Привет, Bob", "-"},
		{"Café au lait", "en"},
	};

	FOR_CASES(c, cases)
	{
		SpMetrics	m;
		const char *name;

		metrics_of(c->in, &m);
		name = sp_lang_name(m.language);
		CHECK_CASE(c, name ? name : "-");
	}
}

SP_TEST(english_syllables)
{
	static const struct
	{
		const char *w;
		int			n;
	}			words[] = {
		/* agreeing with the CMU pronouncing dictionary */
		{"the", 1}, {"cat", 1}, {"table", 2}, {"people", 2}, {"creature", 2}, {"seemingly", 3},
		{"platypus", 3}, {"hybrid", 2}, {"mammal", 2}, {"make", 1}, {"makes", 1}, {"lived", 1},
		{"wanted", 2}, {"boxes", 2}, {"needed", 2}, {"year", 1}, {"beyond", 2}, {"player", 2},
		{"every", 3}, {"they", 1}, {"yes", 1}, {"whole", 1}, {"eye", 1}, {"states", 1},
		{"changes", 2}, {"united", 3}, {"government", 3}, {"education", 4}, {"American", 4},
		{"nation", 2}, {"freedom", 2}, {"country", 2}, {"ourselves", 2}, {"America's", 4},
		{"don't", 1}, {"Congress", 2}, {"readability", 5}, {"a", 1}, {"I", 1}, {"strength", 1}, {"shh", 1},
		/* the rule's known misses: hiatus (re-a, i-a) is one group */
		{"Australian", 3}, {"reptilian", 3}, {"create", 1}, {"idea", 2},
	};

	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (sp_en_syllables(words[k].w, strlen(words[k].w)) != words[k].n)
			sp_test_fail(__FILE__, __LINE__, "syllables of %s == %d, want %d", words[k].w,
						 sp_en_syllables(words[k].w, strlen(words[k].w)), words[k].n);
}

SP_TEST(english_readability_known_values)
{
	SpMetrics	m;

	/* 6 words, 6 syllables, 17 letters, 1 sentence */
	metrics_of("The cat sat on the mat.", &m);
	CHECK_INT(m.language, SP_LANG_EN);
	CHECK_INT(m.en_words, 6);
	CHECK_INT(m.en_syllables, 6);
	CHECK_INT(m.en_characters, 17);
	CHECK_INT(m.sentences, 1);
	CHECK_NEAR(m.en_flesch_reading_ease, 206.835 - 1.015 * 6 - 84.6 * 1);	/* 116.145 */
	CHECK_NEAR(m.en_flesch_kincaid_grade, 0.39 * 6 + 11.8 * 1 - 15.59);	/* -1.45 */
	CHECK_NEAR(m.en_ari, 4.71 * 17.0 / 6 + 0.5 * 6 - 21.43);	/* -5.085 */

	/* Wikipedia's example of the Flesch-Kincaid grade: 13 words, 24 syllables, grade 11.3 */
	metrics_of("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.", &m);
	CHECK_INT(m.en_words, 13);
	CHECK_INT(m.en_syllables, 24);
	CHECK_INT(m.en_characters, 68);
	CHECK_NEAR(m.en_flesch_kincaid_grade, 0.39 * 13 + 11.8 * 24 / 13.0 - 15.59);	/* 11.26 */
	CHECK(fabs(m.en_flesch_kincaid_grade - 11.3) < 0.05);
	CHECK(fabs(m.en_flesch_reading_ease - 37.5) < 0.05);
	CHECK_NEAR(m.en_words_per_sentence, 13);

	/* two sentences; a hyphenated word is two, a number is one word of one syllable */
	metrics_of("Well-being matters. We spent 1,200 dollars.", &m);
	CHECK_INT(m.sentences, 2);
	CHECK_INT(m.en_words, 7);	/* well being matters we spent 1,200 dollars */
	CHECK_INT(m.en_syllables, 9);	/* 1 2 2 1 1 1 2 */
	CHECK_INT(m.en_characters, 4 + 5 + 7 + 2 + 5 + 5 + 7);
	CHECK_NEAR(m.en_words_per_sentence, 3.5);
	/* Chinese measures do not apply: zeros in the core, NULL in SQL */
	CHECK_NEAR(m.readability1, 0);
	CHECK_NEAR(m.readability1_cntext, 0);
}

SP_TEST(english_first_person_directives_hedges)
{
	SpEnglish	e;

	english_of("We must act. I think we should help our people, and we can. The US will lead us. "
			   "May we never forget? In May 2010 I said: my job is to serve. We'll have to try; "
			   "I can't wait.", &e);
	CHECK_INT(e.we, 7);			/* We we our we us we We'll; not US */
	CHECK_INT(e.i, 4);			/* I I my I */
	CHECK_INT(e.directive_high, 2);	/* must, have to */
	CHECK_INT(e.directive_medium, 3);	/* should will 'll */
	CHECK_INT(e.directive_low, 3);	/* can, May (a sentence's first word), can't; not May 2010 */
	CHECK_INT(e.hedges, 1);		/* I think */

	/* a Roman-numeral heading is not I; Will and May inside a sentence are names */
	english_of("I.\nI met Will Smith and May Jones. Perhaps they might come. You may go; you will.", &e);
	CHECK_INT(e.i, 1);
	CHECK_INT(e.directive_medium, 1);	/* will */
	CHECK_INT(e.directive_low, 1);	/* may */
	CHECK_INT(e.hedges, 2);		/* perhaps, might */
	CHECK_INT(e.we, 0);
}

SP_TEST(english_mattr_tokens)
{
	SpEnglish	e;
	char		buf[2048];
	size_t		o = 0;

	/* fewer than 100 words: the TTR of the lower-cased words, numbers left out */
	english_of("The cat and the dog. THE END, in 2010 and 3.5 percent.", &e);
	CHECK_INT(e.lexical_words, 10);	/* the cat and the dog the end in and percent */
	CHECK_INT(e.lexical_types, 7);
	CHECK_NEAR(e.mattr, 0.7);
	/* hyphenated words stay whole, apostrophes inside a word too */
	english_of("well-being well being don't don't", &e);
	CHECK_INT(e.lexical_words, 5);
	CHECK_INT(e.lexical_types, 4);
	/* 150 words cycling through 50 types: every window of 100 holds 50 types */
	for (int k = 0; k < 150; k++)
		o += (size_t) snprintf(buf + o, sizeof(buf) - o, "w%c%c ", 'a' + (k % 50) / 10, 'a' + k % 10);
	english_of(buf, &e);
	CHECK_INT(e.lexical_words, 150);
	CHECK_INT(e.lexical_types, 50);
	CHECK_NEAR(e.mattr, 0.5);
}

/* cntext's readability1, worked by hand through its four passes */
SP_TEST(cntext_readability1_quirks)
{
	static const struct
	{
		const char *s;
		double		want;
	}			cases[] = {
		{"我爱你。你好！", 2.5},	/* 我爱你 | 好！ : 你 goes with the mark */
		{"他说：“好。”然后走了。", 4.5},	/* 他说：“好 | 后走了。 */
		{"增长6.5%。很好", 3.5},	/* 增长num% | 好 */
		{"第一句。 第二句。", 3.5},	/* the space goes with the mark */
		{"一。\n", 0.5},		/* 一 | (empty) */
		{"Hi!你好", 5},			/* ASCII ! ends nothing */
		{"好。。好", 1},		/* 。。 is one mark */
		{"好。”。好", 3.5},		/* pass 3 eats the [ of pass 2's mark: 好 | [end]] */
		{"1.2.3", 6},			/* numnum */
		{".5倍；好", 2},		/* num倍 | (empty) */
		{"", 0},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		double		got = sp_cntext_readability1(&sp_env_malloc, cases[k].s, strlen(cases[k].s), 0,
												 strlen(cases[k].s));

		if (fabs(got - cases[k].want) > 1e-9)
			sp_test_fail(__FILE__, __LINE__, "cntext readability1 of \"%s\" == %g, want %g",
						 cases[k].s, got, cases[k].want);
	}
}

SP_TEST(cntext_beside_corrected)
{
	SpMetrics	m;

	metrics_of("我爱你。你好！", &m);
	CHECK_NEAR(m.readability1, 3.5);	/* 我爱你。 | 你好！ */
	CHECK_NEAR(m.readability1_cntext, 2.5);
	CHECK_INT(m.language, SP_LANG_ZH);
}
