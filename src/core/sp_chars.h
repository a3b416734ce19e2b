/*
 * sp_chars.h - classes of code points: Han, space, newline, zero-width,
 * letter, digit, punctuation, quotes and brackets, and the full-width fold.
 *
 * ICU answers where Unicode data is needed; the common cases (ASCII, the
 * main Han block) answer without a lookup.
 */
#ifndef SP_CHARS_H
#define SP_CHARS_H

#include "sp_env.h"

bool		sp_is_han(uint32_t cp);		/* Han ideograph, incl. 〇 */
bool		sp_is_space(uint32_t cp);	/* horizontal space: ASCII, U+3000, NBSP, tab... */
bool		sp_is_newline(uint32_t cp); /* \n \r U+2028 U+2029 \v \f */
bool		sp_is_ignorable(uint32_t cp);	/* zero-width: U+200B..U+200D, U+FEFF */
bool		sp_is_letter(uint32_t cp);	/* any alphabetic, not Han */
bool		sp_is_digit(uint32_t cp);	/* 0-9 and full-width ０-９ */
bool		sp_is_punct(uint32_t cp);
bool		sp_is_cjk_punct(uint32_t cp);	/* full-width / CJK punctuation */
bool		sp_is_open_quote(uint32_t cp);
bool		sp_is_close_quote(uint32_t cp);
bool		sp_is_open_bracket(uint32_t cp);	/* ( （ 【 [ 〔 */
bool		sp_is_close_bracket(uint32_t cp);

/* full-width ASCII variants (U+FF01..U+FF5E) to ASCII; U+3000 to ' '; others unchanged */
uint32_t	sp_fold_width(uint32_t cp);

#endif							/* SP_CHARS_H */
