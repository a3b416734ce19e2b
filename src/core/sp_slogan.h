/*
 * sp_slogan.h - numbered formulae (标数概括式缩略语): 三个代表, 四个全面,
 * 五位一体, 八项规定, 一岗双责, 两学一做 …
 *
 * Three rules, in order of confidence:
 *   1. the built-in list (sp_wordlist.h, category slogan);
 *   2. a parallel numbered pattern N X N Y (三严三实, 两不愁三保障, 一户一策):
 *      small Chinese numerals each followed by one or two characters, with
 *      the numeral idioms (三心二意, 五湖四海 …) excluded;
 *   3. a closed quotation whose whole text is a small numeral followed by
 *      a short phrase (“三个确保”, “八个明确”).
 * Ordinary counts (三个月, 四点意见, 三个方面) match none of these.
 * number is the leading numeral (三个代表 -> 3).
 */
#ifndef SP_SLOGAN_H
#define SP_SLOGAN_H

#include "sp_quote.h"

typedef struct SpSlogan
{
	SpSpan		span;
	int			number;
} SpSlogan;

typedef SP_VEC(SpSlogan) SpSloganVec;

/* a numeral a formula may start with: 一 … 十, 两, 双 (not 〇 零 or the financial forms) */
bool		sp_formula_numeral(uint32_t cp);

/* slogans of s[0..len) in text order, not overlapping; quotes as sp_quotes() found them */
void		sp_slogans(const SpEnv *env, const char *s, size_t len,
					   const SpQuote *quotes, size_t nquotes, SpSloganVec *out);

#endif							/* SP_SLOGAN_H */
