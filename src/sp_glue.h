/*
 * sp_glue.h - helpers shared by the PostgreSQL glue files: the SpEnv that
 * maps the core's allocations onto palloc, text in/out in the database
 * encoding, and byte-to-character positions.
 */
#ifndef SP_GLUE_H
#define SP_GLUE_H

#include "postgres.h"

#include "fmgr.h"
#include "nodes/execnodes.h"
#include "sp_charindex.h"
#include "sp_env.h"
#include "sp_utf8.h"

/* an SpEnv on CurrentMemoryContext (huge allocations allowed), with CHECK_FOR_INTERRUPTS */
extern const SpEnv *sp_pg_env(void);

/*
 * The UTF-8 bytes of a text argument.  In a UTF8 database this is the datum's
 * own data (no copy); in another server encoding the text is converted to
 * UTF-8 (characters map one to one, so positions still agree with substr());
 * SQL_ASCII is refused with an error naming it, because it defines no
 * characters for positions to count.
 */
typedef struct SpInput
{
	const char *s;
	size_t		len;
} SpInput;

extern SpInput sp_input_text(text *t);

/* a text datum (in the database encoding) from UTF-8 bytes */
extern text *sp_output_text(const char *utf8, size_t len);

/* raise an error if the server encoding cannot be used (called by every entry point) */
extern void sp_check_encoding(void);


/* ---- one analysed text argument ---- */
#include "sp_doc.h"
#include "utils/palloc.h"

typedef struct SpAnalysis
{
	MemoryContext cxt;			/* private: the document and its spans */
	MemoryContext caller;		/* current when sp_analysis_begin() was called */
	SpInput		in;
	SpDoc		doc;
	SpCharIndex ci;
} SpAnalysis;

/* analyse a text in a private memory context, which stays current until _end */
extern void sp_analysis_begin(SpAnalysis *a, text *t);
/* the same without the position index (for results that carry no positions) */
extern void sp_analysis_begin_doc(SpAnalysis *a, text *t);
extern void sp_analysis_end(SpAnalysis *a);

/* 1-based character position of byte b, and a span's length in characters */
extern int32 sp_pos(const SpAnalysis *a, size_t b);
extern int32 sp_span_len(const SpAnalysis *a, SpSpan sp);

/* a span's text (NULL datum flag set when the span is empty and empty_is_null) */
extern Datum sp_span_datum(const SpAnalysis *a, SpSpan sp, bool empty_is_null, bool *isnull);

/* a span's text without the chunk-number noise inside it (headings) */
extern Datum sp_span_denoised_datum(const SpAnalysis *a, SpSpan sp, bool *isnull);

/* a span with white space runs (line breaks, indentation) folded into one space */
extern Datum sp_span_folded_datum(const SpAnalysis *a, SpSpan sp, bool *isnull);

/*
 * Start a set-returning function in materialize mode (InitMaterializedSRF)
 * and check that the SQL definition returns the number of columns the
 * library fills: a mismatch means the SQL objects and the library are of
 * different versions, and gets an error saying so.
 */
extern ReturnSetInfo *sp_srf_begin(FunctionCallInfo fcinfo, const char *fn, int natts);

/* the 8 columns of speech_section for section k (outline.c) */
extern void sp_section_values(const SpAnalysis *a, int k, Datum *values, bool *nulls);

#endif							/* SP_GLUE_H */
