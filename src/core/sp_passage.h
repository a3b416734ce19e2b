/*
 * sp_passage.h - passages: a document cut into pieces of about a target
 * size that follow its structure, for search (a tsvector per passage stays
 * far below the 16383 positions PostgreSQL keeps), for citation (each piece
 * carries its heading path) and for embedding models.
 *
 * The rules, strongest first:
 *   - a passage never crosses the start of a top-level section (level 1, a
 *     marker at the start of a paragraph; the section starts with the
 *     sentence holding its marker, so the "## " of "## 第一章" goes with its
 *     chapter) nor the end of the opening: at
 *     most target characters are taken up to such a boundary, and a section
 *     smaller than the target is one passage;
 *   - inside, a passage ends where the structure is strongest among the
 *     cuts that keep it between half the target and the target: the start of
 *     a section (a shallower level is stronger), then a paragraph end, then
 *     a sentence end, then a clause end (，；：), then any character; never
 *     right after a heading on its own line when anything else is possible;
 *   - before a top-level boundary the last two passages share what is left,
 *     so no passage is a short tail when a balanced cut exists;
 *   - a sentence longer than the target is cut at clause ends, else at white
 *     space, else after target characters.
 * Every passage is at most target characters long (from its first to its
 * last visible character); passages are in document order, do not overlap,
 * and together hold every sentence of the document.
 *
 * Linear in the input: one pass builds the pieces, each cut scans at most
 * the pieces of the passage it emits and of the next one.
 */
#ifndef SP_PASSAGE_H
#define SP_PASSAGE_H

#include "sp_doc.h"

/* the target sizes the SQL function accepts, in characters */
#define SP_PASSAGE_MIN_TARGET 10
#define SP_PASSAGE_MAX_TARGET 1000000

/* a heading is cut to this many characters (and …) in a path */
#define SP_PATH_HEADING_CHARS 40

typedef struct SpPassage
{
	SpSpan		span;			/* byte span, trimmed */
	int			section;		/* the deepest section holding all of it (from its marker
								 * on, a prefix such as "## " aside), -1 for none */
} SpPassage;

typedef SP_VEC(SpPassage) SpPassages;

/* the passages of an analysed document (target_chars >= 1) */
void		sp_passages(const SpEnv *env, const SpDoc *doc, size_t target_chars, SpPassages *out);

/*
 * The heading path of section k (k >= 0), root first, one element per level:
 * the marker and the heading (white space folded, cut to
 * SP_PATH_HEADING_CHARS characters and …), joined by ／ (U+FF0F):
 * "一、认清形势／（一）成绩显著".  A new NUL-terminated buffer from env.
 */
char	   *sp_passage_path(const SpEnv *env, const SpDoc *doc, int k, size_t *outlen);

#endif							/* SP_PASSAGE_H */
