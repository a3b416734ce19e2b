/*
 * sp_quantity_en.h - quantities written in English, for sp_quantities().
 *
 * Recognised (kinds as the Chinese ones, sp_quantity.h):
 *   money     $30 billion, US$5, 2.38 trillion yuan, 30 billion dollars, €5 million
 *   percent   65 percent, 3.5 per cent, about 65%, 0.5 percentage points,
 *             one in ten (value 10, unit %; one in three is 33.3...: an
 *             inexact value, NULL in SQL and inexact_number in speech_diagnostics)
 *   date      January 27, 2010 / 27 January 2010 (2010-01-27), January 27
 *             (--01-27), January 2010 (2010-01); Jan. Feb. ... Sept. too
 *   year      fiscal year 2025, fiscal 2025, FY 2025, FY2025 (raw includes the
 *             words), and a four-digit year 1000-2999 after in since by until
 *             till from through to of before after during between and
 *   duration  10 years, two months, three decades
 *   count     18 million, two million, a billion, 1.2 million jobs
 * Numbers in words: one ... nineteen, twenty ... ninety (twenty-five),
 * hundred, and the scales thousand million billion trillion (also after
 * digits: 18 million = 18000000).  Prefix qualifiers: about around
 * approximately roughly nearly almost over "more than" "less than" "fewer
 * than" "at least" "at most" "up to" (part of raw, as 约 is).  A bare number,
 * and 65% without an English word, are left to the Chinese scanner (which
 * gives them the same value); a number word alone (one, three) is no
 * quantity.
 */
#ifndef SP_QUANTITY_EN_H
#define SP_QUANTITY_EN_H

#include "sp_quantity.h"

/*
 * The English quantities of s[0..len), merged into out->items[first..]:
 * those the Chinese scanner found there (in text order); a quantity read
 * here replaces every one of them that it overlaps.  skip as for
 * sp_quantities.
 */
void		sp_quantities_en(const SpEnv *env, const char *s, size_t len, const SpSpan *skip,
							 size_t nskip, SpQuantityVec *out, size_t first);

#endif							/* SP_QUANTITY_EN_H */
