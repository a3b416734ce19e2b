/*
 * spg_rows.c - rows of set-returning functions (see spg_rows.h).
 */
#include "postgres.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "spg_rows.h"
#include "spg_text.h"

void
spg_check_natts(const char *what, int have, int want)
{
	if (have != want)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the SQL definition of %s has %d columns where the library expects %d", what, have, want),
				 errdetail("The installed SQL objects and the library are of different versions of speech."),
				 errhint("Run ALTER EXTENSION speech UPDATE, or install the library that matches the SQL objects.")));
}

void
spg_rows_begin(SpgRows *rows, FunctionCallInfo fcinfo, const char *fn, int natts)
{
	char		what[NAMEDATALEN + 8];

	InitMaterializedSRF(fcinfo, 0);
	rows->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	snprintf(what, sizeof(what), "%s()", fn);
	spg_check_natts(what, rows->rsinfo->setDesc->natts, natts);
	rows->row_cxt = AllocSetContextCreate(CurrentMemoryContext, "speech row", ALLOCSET_SMALL_SIZES);
	rows->outer = NULL;
	rows->row.values = palloc(sizeof(Datum) * natts);
	rows->row.nulls = palloc(sizeof(bool) * natts);
	rows->row.natts = natts;
	rows->count = 0;
}

void
spg_rows_begin_text(SpgRows *rows, SpgAnalysis *a, FunctionCallInfo fcinfo, const char *fn, int natts)
{
	spg_rows_begin(rows, fcinfo, fn, natts);
	spg_analysis_begin(a, PG_GETARG_TEXT_PP(0), true);
}

void
spg_rows_end_text(SpgRows *rows, SpgAnalysis *a)
{
	spg_analysis_end(a);
	spg_rows_end(rows);
}

TupleDesc
spg_result_tupdesc(FunctionCallInfo fcinfo, const char *fn, const char *what, int natts)
{
	TupleDesc	tupdesc;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s must be called in a context that accepts a composite value", fn)));
	spg_check_natts(what, tupdesc->natts, natts);
	return BlessTupleDesc(tupdesc);
}

SpgRow *
spg_row_start(SpgRows *rows)
{
	if (rows->count++ % 1024 == 0)
		CHECK_FOR_INTERRUPTS();
	rows->outer = MemoryContextSwitchTo(rows->row_cxt);
	rows->row.k = 0;
	return &rows->row;
}

void
spg_row_put(SpgRows *rows)
{
	Assert(rows->row.k == rows->row.natts);
	/* the tuplestore copies the row into its own memory */
	tuplestore_putvalues(rows->rsinfo->setResult, rows->rsinfo->setDesc,
						 rows->row.values, rows->row.nulls);
	MemoryContextSwitchTo(rows->outer);
	MemoryContextReset(rows->row_cxt);
}

void
spg_rows_end(SpgRows *rows)
{
	MemoryContextDelete(rows->row_cxt);
}

void
spg_row_on(SpgRow *row, Datum *values, bool *nulls, int natts)
{
	row->values = values;
	row->nulls = nulls;
	row->natts = natts;
	row->k = 0;
}

static inline void
set(SpgRow *row, Datum d, bool isnull)
{
	Assert(row->k < row->natts);
	row->values[row->k] = d;
	row->nulls[row->k] = isnull;
	row->k++;
}

void
spg_row_null(SpgRow *row)
{
	set(row, (Datum) 0, true);
}

void
spg_row_datum(SpgRow *row, Datum d)
{
	set(row, d, false);
}

void
spg_row_int(SpgRow *row, int64 x)
{
	set(row, Int32GetDatum((int32) x), false);
}

void
spg_row_bool(SpgRow *row, bool b)
{
	set(row, BoolGetDatum(b), false);
}

void
spg_row_float8(SpgRow *row, double x)
{
	set(row, Float8GetDatum(x), false);
}

void
spg_row_id(SpgRow *row, int index)
{
	set(row, Int32GetDatum(index + 1), index < 0);
}

void
spg_row_utf8(SpgRow *row, const char *utf8, size_t len)
{
	set(row, spg_utf8_datum(utf8, len), false);
}

void
spg_row_message(SpgRow *row, const char *utf8)
{
	set(row, CStringGetTextDatum(spg_message(utf8)), false);
}

void
spg_row_cstring(SpgRow *row, const char *utf8)
{
	if (utf8 == NULL)
		spg_row_null(row);
	else
		set(row, spg_cstring_datum(utf8), false);
}

void
spg_row_numeric(SpgRow *row, const char *digits)
{
	set(row, DirectFunctionCall3(numeric_in, CStringGetDatum(digits),
								 ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)), false);
}

void
spg_row_section(SpgRow *row, const SpgAnalysis *a, size_t b)
{
	spg_row_id(row, sp_doc_section_at(&a->doc, b));
}

void
spg_row_sentence(SpgRow *row, const SpgAnalysis *a, size_t b)
{
	spg_row_id(row, sp_doc_sentence_at(&a->doc, b));
}

void
spg_row_pos(SpgRow *row, const SpgAnalysis *a, size_t b)
{
	set(row, Int32GetDatum(spg_pos(a, b)), false);
}

void
spg_row_pos_len(SpgRow *row, const SpgAnalysis *a, SpSpan sp)
{
	set(row, Int32GetDatum(spg_pos(a, sp.start)), false);
	set(row, Int32GetDatum(spg_span_len(a, sp)), false);
}

void
spg_row_span_text(SpgRow *row, const SpgAnalysis *a, SpSpan sp, bool empty_is_null)
{
	bool		isnull;
	Datum		d = spg_span_text(a, sp, empty_is_null, &isnull);

	set(row, d, isnull);
}
