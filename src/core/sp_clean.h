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
 * space normalised, the same for a character decoded from an entity as for
 * a literal one (CR/CRLF → LF, U+3000/NBSP/tab → space, zero-width
 * characters dropped, runs of spaces collapsed, spaces at line ends and
 * indentation removed, blank-line runs collapsed to one blank line); ASCII
 * , : ; ? ! ( ) made full-width where they sit in Chinese text.  Everything
 * else is copied byte for byte.
 */
char	   *sp_clean(const SpEnv *env, const char *s, size_t len, size_t *outlen);

/*
 * What the caller's output can hold.  representable(ud, cp): may the result
 * contain code point cp (e.g. in the database encoding)?  NULL: any.  An
 * entity whose character it cannot hold stays as written (&copy; in a
 * database without ©), as an unknown entity (&euro;) always does; an ASCII
 * mark whose full-width form it cannot hold stays ASCII.
 */
typedef struct SpCleanOptions
{
	bool		(*representable) (void *ud, uint32_t cp);
	void	   *ud;
} SpCleanOptions;

/* sp_clean with options (opt may be NULL: sp_clean) */
char	   *sp_clean_opt(const SpEnv *env, const char *s, size_t len, const SpCleanOptions *opt,
						 size_t *outlen);

#endif
