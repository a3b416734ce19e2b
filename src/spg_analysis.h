/*
 * spg_analysis.h - one analysed text argument: its UTF-8 bytes, the core's
 * structure of it (SpDoc), and the byte -> 1-based character index for
 * positions, all in a private memory context that goes at the end.
 */
#ifndef SPG_ANALYSIS_H
#define SPG_ANALYSIS_H

#include "utils/palloc.h"

#include "sp_charindex.h"
#include "sp_doc.h"
#include "spg_text.h"

typedef struct SpgAnalysis
{
	MemoryContext cxt;			/* private: the document and its spans */
	MemoryContext caller;		/* current when spg_analysis_begin() was called */
	SpgText		in;
	SpDoc		doc;
	SpCharIndex ci;				/* all zero without positions */
} SpgAnalysis;

/*
 * Analyse a text in a private memory context, which stays current until
 * spg_analysis_end(); positions: build the character index (results that
 * carry no positions skip it).
 */
extern void spg_analysis_begin(SpgAnalysis *a, text *t, bool positions);
extern void spg_analysis_end(SpgAnalysis *a);

/*
 * The same without the structure (doc stays empty): the text and its
 * positions only, for functions with a core pass of their own (speech_turns).
 */
extern void spg_analysis_begin_bare(SpgAnalysis *a, text *t);

/* 1-based character position of byte b, and a span's length in characters */
extern int32 spg_pos(const SpgAnalysis *a, size_t b);
extern int32 spg_span_len(const SpgAnalysis *a, SpSpan sp);

/* a span's text; NULL (*isnull) when the span is empty and empty_is_null */
extern Datum spg_span_text(const SpgAnalysis *a, SpSpan sp, bool empty_is_null, bool *isnull);

/* the renderings of sp_render.h: a title on one line, a heading without noise */
extern Datum spg_span_title(const SpgAnalysis *a, SpSpan sp, bool *isnull);
extern Datum spg_span_denoised(const SpgAnalysis *a, SpSpan sp, bool *isnull);

#endif							/* SPG_ANALYSIS_H */
