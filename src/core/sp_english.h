/*
 * sp_english.h - the English measures of a span: words, syllables,
 * pronouns, directive modals, hedges, and the tokens of MATTR.
 *
 * Tokens: a run of Latin letters and digits (ASCII and full-width digits)
 * that may hold an apostrophe (' or U+2019) or a hyphen between two letters
 * or digits (don't, America's, well-being), a comma or a point between
 * digits (1,200  3.5), and a point after a single letter before a letter
 * (U.S, p.m).  A token with a letter is a word, one without is a number.
 *
 *   - readability (sp_metrics.c computes Flesch, Flesch-Kincaid and ARI from
 *     these counts and the sentences): words and numbers, a hyphenated
 *     word counting as its parts (as quanteda's textstat_readability,
 *     remove_hyphens = TRUE); syllables by sp_en_syllables(), a number
 *     being one syllable (quanteda counts a number it cannot look up as
 *     one); characters = the code points of those parts;
 *   - MATTR: words only (numbers left out), hyphenated words whole, ASCII
 *     letters folded to lower case, a window of 100 (quanteda's
 *     textstat_lexdiv defaults: remove_numbers, remove_punct,
 *     remove_symbols, remove_hyphens = FALSE); the TTR when there are fewer
 *     than 100;
 *   - first person: we us our ours ourselves let's (not the capitals US) /
 *     I me my mine myself (not a line-initial "I." heading), contractions
 *     included (we'll, I'm);
 *   - directive modals by strength: high must, shall, have to, has to;
 *     medium should, will ('ll, won't), need(s) to, ought to; low can,
 *     cannot, may (a capital May or Will only at the start of a sentence,
 *     and May not before a number: the month, a name);
 *   - hedges: the list in sp_english.c (perhaps, might, could, likely,
 *     seem, I think ...).
 */
#ifndef SP_ENGLISH_H
#define SP_ENGLISH_H

#include "sp_env.h"

typedef struct SpEnglish
{
	int64_t		words;			/* readability words (hyphenated parts, numbers) */
	int64_t		syllables;
	int64_t		characters;		/* code points of those words */
	int64_t		lexical_words;	/* the MATTR tokens */
	int64_t		lexical_types;
	double		mattr;
	int64_t		we;
	int64_t		i;
	int64_t		directive_high;
	int64_t		directive_medium;
	int64_t		directive_low;
	int64_t		hedges;
} SpEnglish;

#define SP_EN_MATTR_WINDOW 100

/* the English measures of s[start, end) */
void		sp_english_span(const SpEnv *env, const char *s, size_t len, size_t start,
							size_t end, SpEnglish *out);

/*
 * Syllables of one word w[0..n) (letters, apostrophes, points): groups of
 * vowels (a e i o u y, and accented vowels), y not a vowel before a vowel
 * at the start; minus a silent final e (not after a vowel, not the -le of
 * table), minus the e of a final -es or -ed that adds no syllable (makes,
 * lived; but boxes, wanted); at least 1.
 */
int			sp_en_syllables(const char *w, size_t n);

#endif							/* SP_ENGLISH_H */
