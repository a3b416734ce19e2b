/*
 * sp_cntext.h - readability1 (徐巍, 姚振晔 & 陈冬华 2021) exactly as cntext's
 * readability() computes it, quirks included, for comparison with published
 * cntext numbers.
 *
 * cntext rewrites the text in four passes and averages the lengths of the
 * pieces (doc/metrics.md, "Readability: cntext-compatible and corrected"):
 *   1. every decimal (digits, a point, digits; or a point and digits) becomes
 *      the three characters "num" (6.5% -> num%);
 *   2. each of 。！；？;? followed by any character but ” ’ is replaced,
 *      together with that character, by the split mark "[[end]]" (so the
 *      first character of the next sentence is lost, and 。。 is one mark);
 *   3. each of 。！？? followed by ” or ’ and then by any character but
 *      ，。！？? is replaced, with both, by the mark;
 *   4. white space is removed (Python's \s: the Unicode white space);
 * then the text is split at the marks and readability1 is the mean length
 * in characters of the pieces, empty pieces included (a text that ends in a
 * mark ends in an empty piece).  ASCII ! does not end a sentence, a
 * terminator at the very end of the text is kept in its piece.
 */
#ifndef SP_CNTEXT_H
#define SP_CNTEXT_H

#include "sp_env.h"

/* cntext's readability1 of s[start, end) (0 for an empty span, as cntext gives for "") */
double		sp_cntext_readability1(const SpEnv *env, const char *s, size_t len,
								   size_t start, size_t end);

#endif							/* SP_CNTEXT_H */
