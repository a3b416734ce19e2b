/*
 * spg_match.h - what the term-matching functions share (speech_find_terms,
 * speech_lexicon_match, speech_kwic, and the word-based metrics): the words
 * of a text as the shipped lexicon cuts them, text[] arguments, and the
 * columns of a hit.
 */
#ifndef SPG_MATCH_H
#define SPG_MATCH_H

#include "utils/array.h"

#include "sp_metrics.h"
#include "spg_rows.h"

/*
 * The words of an analysed text for word-based measures and whole-word
 * matching: speech_parser's cuts with the shipped lexicon and default
 * settings, without the user's terms (speech_terms) or speech.domain_terms,
 * which a session can change: the functions using them are IMMUTABLE.
 */
extern void spg_shipped_words(const SpgAnalysis *a, SpSpanVec *words);

/*
 * The word boundaries of spg_shipped_words for whole-word matching
 * (sp_match_terms), or NULL when the text has no words (then, as in
 * sp_extract, terms are matched anywhere).
 */
extern uint8_t *spg_shipped_boundaries(const SpgAnalysis *a);

/*
 * The elements of a one-dimensional array argument (NULLs flagged); fn and
 * what name the function and the argument in the error.
 */
extern int	spg_array_elements(ArrayType *arr, Oid type, const char *fn, const char *what,
							   Datum **elems, bool **nulls);

/* a hit's columns: section_id, sentence_id, pos, len */
extern void spg_row_hit(SpgRow *row, const SpgAnalysis *a, const SpHit *h);

#endif							/* SPG_MATCH_H */
