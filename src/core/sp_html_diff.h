/*
 * sp_html_diff.h - the page of a diff (speech_diff_html): two versions of a
 * speech aligned unit by unit, section by section, with a summary.
 */
#ifndef SP_HTML_DIFF_H
#define SP_HTML_DIFF_H

#include "sp_diff.h"
#include "sp_html.h"

/*
 * One self-contained page: a summary (the count of every op, the sections
 * added and removed), then a table of two columns, old and new, a row per
 * row of the diff in its order (tr[data-op] = its op), a section row where a
 * section of the new text starts; a changed row marks the characters deleted
 * (<del>) and inserted (<ins>); a moved row names the section it came from.
 */
void		sp_html_diff(SpHtml *h, const char *olds, size_t olen, const SpDoc *odoc,
						 const char *news, size_t nlen, const SpDoc *ndoc, const SpDiff *d);

#endif							/* SP_HTML_DIFF_H */
