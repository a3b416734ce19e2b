/*
 * spg_rows.h - the rows of a set-returning function, and the check that the
 * SQL objects and the library agree.
 *
 *   SpgRows rows;
 *   spg_rows_begin(&rows, fcinfo, "speech_quotes", 7);
 *   for (...)
 *   {
 *       SpgRow *r = spg_row_start(&rows);
 *       spg_row_int(r, k + 1);
 *       spg_row_section(r, &a, q->mark.start);
 *       ...
 *       spg_row_put(&rows);
 *   }
 *   spg_rows_end(&rows);
 *
 * Every function materializes its rows (InitMaterializedSRF).  Between
 * spg_row_start() and spg_row_put() a row's values are made in a memory
 * context of their own that is reset once the tuplestore has its copy, so a
 * function's memory does not grow with the text values of its rows.
 */
#ifndef SPG_ROWS_H
#define SPG_ROWS_H

#include "fmgr.h"
#include "nodes/execnodes.h"

#include "spg_analysis.h"

/*
 * The SQL definition of what (a function, a type) has have columns where the
 * library fills want: an error saying that the installed SQL objects and the
 * library are of different versions, and what to run.
 */
extern void spg_check_natts(const char *what, int have, int want);

/*
 * The tuple descriptor of a function returning the composite type what
 * (e.g. "type speech_metrics") with natts attributes, blessed, or an error.
 */
extern TupleDesc spg_result_tupdesc(FunctionCallInfo fcinfo, const char *fn, const char *what, int natts);

/* one row's values, filled column by column */
typedef struct SpgRow
{
	Datum	   *values;
	bool	   *nulls;
	int			k;				/* the next column */
	int			natts;
} SpgRow;

typedef struct SpgRows
{
	ReturnSetInfo *rsinfo;
	MemoryContext row_cxt;		/* one row's values, reset after each row */
	MemoryContext outer;		/* current at spg_row_start() */
	SpgRow		row;
	size_t		count;
} SpgRows;

extern void spg_rows_begin(SpgRows *rows, FunctionCallInfo fcinfo, const char *fn, int natts);
/* the same, then the analysis of the first argument with positions; _end ends both */
extern void spg_rows_begin_text(SpgRows *rows, SpgAnalysis *a, FunctionCallInfo fcinfo,
								const char *fn, int natts);
extern void spg_rows_end_text(SpgRows *rows, SpgAnalysis *a);
extern SpgRow *spg_row_start(SpgRows *rows);
extern void spg_row_put(SpgRows *rows);
extern void spg_rows_end(SpgRows *rows);

/* a row on arrays of the caller's (a composite result, an array element) */
extern void spg_row_on(SpgRow *row, Datum *values, bool *nulls, int natts);

/* column setters: each fills the next column */
extern void spg_row_null(SpgRow *row);
extern void spg_row_datum(SpgRow *row, Datum d);
extern void spg_row_int(SpgRow *row, int64 x);
extern void spg_row_bool(SpgRow *row, bool b);
extern void spg_row_float8(SpgRow *row, double x);
/* index + 1, or NULL for an index < 0 (a parent, a section) */
extern void spg_row_id(SpgRow *row, int index);
/* text from UTF-8 bytes, or from a C string (NULL for NULL) */
extern void spg_row_utf8(SpgRow *row, const char *utf8, size_t len);
extern void spg_row_cstring(SpgRow *row, const char *utf8);

/*
 * a message of the library (UTF-8, NUL-terminated) as text: a character the
 * database encoding cannot hold is written <U+XXXX> (spg_message), never an
 * error
 */
extern void spg_row_message(SpgRow *row, const char *utf8);
/* a numeric from its decimal digits */
extern void spg_row_numeric(SpgRow *row, const char *digits);

/* the columns that locate a span or a byte of an analysed text */
extern void spg_row_section(SpgRow *row, const SpgAnalysis *a, size_t b);	/* section_id */
extern void spg_row_sentence(SpgRow *row, const SpgAnalysis *a, size_t b);	/* sentence_id */
extern void spg_row_pos(SpgRow *row, const SpgAnalysis *a, size_t b);	/* pos */
extern void spg_row_pos_len(SpgRow *row, const SpgAnalysis *a, SpSpan sp);	/* pos, len */
extern void spg_row_span_text(SpgRow *row, const SpgAnalysis *a, SpSpan sp, bool empty_is_null);

/* outline.c: the 8 columns of speech_section for section k */
extern void spg_section_row(SpgRow *row, const SpgAnalysis *a, int k);

#endif							/* SPG_ROWS_H */
