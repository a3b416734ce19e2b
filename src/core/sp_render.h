/*
 * sp_render.h - a span of a document as the SQL functions hand it out:
 *
 *   sp_render_title     the title as one line: markup dropped, white space
 *                       runs folded into one space, a word broken over lines
 *                       (政府工作报 / 告) joined again
 *   sp_render_denoised  a heading without the chunk-number noise inside it
 *                       (…认识\n2、到位 -> …认识到位)
 *   sp_render_fold_width  full-width ASCII forms to ASCII (ＧＤＰ -> GDP), for
 *                       the text-search dictionaries
 *
 * Each returns a new buffer from env (NUL-terminated, *outlen bytes) or, for
 * sp_render_fold_width, the input itself when there is nothing to change.
 * All are linear in the span.
 */
#ifndef SP_RENDER_H
#define SP_RENDER_H

#include "sp_doc.h"

char	   *sp_render_title(const SpEnv *env, const char *s, SpSpan sp, size_t *outlen);
char	   *sp_render_denoised(const SpEnv *env, const SpDoc *doc, SpSpan sp, size_t *outlen);
const char *sp_render_fold_width(const SpEnv *env, const char *s, size_t len, size_t *outlen,
								 bool *changed);

#endif							/* SP_RENDER_H */
