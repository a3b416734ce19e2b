/*
 * sp_diff.h - a structure-aware diff of two speeches (speech_diff) and the
 * character-level view of one changed unit (speech_diff_chars).
 *
 * Units.  A unit is a sentence of sp_doc (which already ends sentences at
 * 。！？!? with their runs of end marks and closing quotes, at paragraph
 * breaks, steps over chunk-number noise and joins the wraps of hard-wrapped
 * paragraphs), cut again after ；/; (with the end marks and closing quotes
 * that follow), trimmed of white space.  Headings are units of their own
 * whenever sp_doc gives them a line or a terminator.
 *
 * Comparison.  Each unit is compared through its normalised form: white
 * space, zero-width characters, chunk-number noise and quote marks dropped,
 * full-width forms folded to ASCII (，→, （→( ０→0), 。｡ → '.', 【】〔〕 → [].
 * Two units are equal when their normalised forms are; their similarity is
 * the Dice coefficient of the longest common subsequence of the normalised
 * code points, 2·LCS / (|a| + |b|), computed bit-parallel (Hyyrö); for
 * a pair beyond SP_DIFF_LCS_BUDGET word operations the LCS is bounded by
 * the common multiset of code points.
 *
 * Alignment.
 *   1. Candidates: equal units (hash of the normalised form; of a repeated
 *      unit, the copies of the same rank and those nearest in relative
 *      position, two on each side), and for each
 *      new unit the old units sharing most of its rarer character bigrams
 *      (an inverted index; bigrams in more than SP_DIFF_POSTING_CAP old
 *      units are not followed), at most SP_DIFF_CANDIDATES of them, kept
 *      when their similarity is >= SP_DIFF_CHANGED (0.5).
 *   2. The largest in-order alignment: a maximum-weight chain of candidate
 *      pairs increasing on both sides (weight: the similarity, doubled for
 *      a pair of headings), O(P log P).
 *   3. Structure: the heading pairs of that chain match sections; a second
 *      chain leaves out the pairs both sides place apart (each unit in a
 *      matched section whose counterpart does not hold the other), so a
 *      passage that moved to another section is outside the alignment.
 *   4. Chain pairs are same (equal) or changed; among the units left, pairs
 *      with similarity >= SP_DIFF_MOVED (0.8), best first, are moved; the
 *      rest are added or removed.
 * Rows come in the order of the new text; a removed unit follows the row of
 * the nearest earlier old unit that is same or changed (or opens the list).
 * Cost: O(N log N) in the number of units plus the similarity of at most
 * SP_DIFF_CANDIDATES pairs per new unit (each O(|a|·|b| / 64)).
 */
#ifndef SP_DIFF_H
#define SP_DIFF_H

#include "sp_doc.h"

#define SP_DIFF_CHANGED 0.5		/* least similarity of a changed pair */
#define SP_DIFF_MOVED 0.8		/* least similarity of a moved pair */
#define SP_DIFF_CANDIDATES 8	/* similar old units tried per new unit */
#define SP_DIFF_POSTING_CAP 64	/* bigrams in more old units are not followed */
#define SP_DIFF_LCS_BUDGET 134217728.0	/* word operations of one LCS, beyond: a bound */

typedef enum SpDiffOp
{
	SP_DIFF_SAME = 0,
	SP_DIFF_CHANGED_OP,
	SP_DIFF_ADDED,
	SP_DIFF_REMOVED,
	SP_DIFF_MOVED_OP,
	SP_DIFF__COUNT
} SpDiffOp;

/* "same", "changed", "added", "removed", "moved" */
extern const char *const sp_diff_op_names[SP_DIFF__COUNT];

typedef struct SpDiffUnit
{
	SpSpan		span;			/* trimmed */
	int			section;		/* innermost section of sp_doc at its start, -1 none */
	int			heading;		/* the section whose marker starts in it, -1 none */
} SpDiffUnit;

typedef SP_VEC(SpDiffUnit) SpDiffUnits;

typedef struct SpDiffRow
{
	SpDiffOp	op;
	int			old_unit;		/* index into old units, -1 for added */
	int			new_unit;		/* index into new units, -1 for removed */
	double		similarity;		/* 1 same, 0 added/removed, else the measure above */
} SpDiffRow;

typedef struct SpDiff
{
	SpDiffUnits old_units;
	SpDiffUnits new_units;
	SP_VEC(SpDiffRow) rows;
	size_t		count[SP_DIFF__COUNT];
} SpDiff;

/* the units of an analysed document */
void		sp_diff_units(const SpEnv *env, const SpDoc *doc, SpDiffUnits *out);

/* the diff of two analysed documents */
void		sp_diff(const SpEnv *env, const SpDoc *old_doc, const SpDoc *new_doc, SpDiff *out);
void		sp_diff_free(const SpEnv *env, SpDiff *d);

/* the similarity measure above on two UTF-8 strings (whole strings, no noise) */
double		sp_diff_similarity(const SpEnv *env, const char *a, size_t alen, const char *b, size_t blen);

/*
 * Character-level view: runs covering both strings in order, each same
 * (both spans), removed (old span only) or added (new span only).  Equal
 * characters compare through the full-width fold; a single equal character
 * between two edits is absorbed into them, so the runs read as replaced
 * words rather than scattered characters.  An LCS by dynamic programming
 * after the common prefix and suffix are set aside; when the middle exceeds
 * SP_DIFF_CHARS_CELLS cells it is one removed and one added run.
 */
#define SP_DIFF_CHARS_CELLS (4u * 1024 * 1024)

typedef struct SpDiffChunk
{
	SpDiffOp	op;				/* SP_DIFF_SAME, SP_DIFF_REMOVED or SP_DIFF_ADDED */
	SpSpan		old_span;		/* empty (start == end) for added */
	SpSpan		new_span;		/* empty for removed */
} SpDiffChunk;

typedef SP_VEC(SpDiffChunk) SpDiffChunks;

void		sp_diff_chars(const SpEnv *env, const char *a, size_t alen, const char *b, size_t blen,
						  SpDiffChunks *out);

#endif							/* SP_DIFF_H */
