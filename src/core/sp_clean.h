/*
 * sp_clean.h - speech_clean(): the text without the noise the structure
 * parser steps over.
 */
#ifndef SP_CLEAN_H
#define SP_CLEAN_H

#include "sp_env.h"

/*
 * Returns a new buffer (from env) with: chunk/page-number artifacts removed
 * (a line-start "N、" that continues the previous sentence is removed with its
 * line break); HTML entities decoded (&nbsp; → space, &#8226; → •); white
 * space normalised (CR/CRLF → LF, U+3000/NBSP/tab → space, zero-width
 * characters dropped, runs of spaces collapsed, spaces at line ends and
 * indentation removed, blank-line runs collapsed to one blank line); ASCII
 * , : ; ? ! ( ) made full-width where they sit in Chinese text.  Everything
 * else is copied byte for byte.
 */
char	   *sp_clean(const SpEnv *env, const char *s, size_t len, size_t *outlen);

#endif
