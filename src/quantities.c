/*
 * quantities.c - speech_quantities(body) RETURNS TABLE (id, section_id,
 * sentence_id, pos, len, raw, value, unit, qualifier, kind, high, suspect,
 * date): every number with its unit, in base units (src/core/sp_quantity.c).
 * A range is one row with its low value in value and its high value in high.
 * A number speech_diagnostics calls implausible (suspect_number: 202223年,
 * digits merged) has suspect true and no kind; a date has its ISO form in
 * date (2020-03-06, 2020-03, --03-06) and no unit.
 *
 * Until 1.6 the function had the first 11 columns, the ISO form of a date in
 * unit and a kind for every row; an installation whose SQL objects are older
 * than the library (ALTER EXTENSION speech UPDATE not yet run) still gets
 * that layout, so its queries keep working.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"

#include "spg_env.h"
#include "spg_rows.h"
#include "sp_diag.h"
#include "sp_metrics.h"

PG_FUNCTION_INFO_V1(speech_quantities);

#define QUANTITIES_NATTS 13
#define QUANTITIES_NATTS_15 11	/* the columns up to 1.5 */

Datum
speech_quantities(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;
	SpExtract	x;
	TupleDesc	declared;
	int			natts = QUANTITIES_NATTS;
	bool		legacy;

	if (get_call_result_type(fcinfo, NULL, &declared) == TYPEFUNC_COMPOSITE &&
		declared->natts == QUANTITIES_NATTS_15)
		natts = QUANTITIES_NATTS_15;
	legacy = natts == QUANTITIES_NATTS_15;
	spg_rows_begin_text(&rows, &a, fcinfo, "speech_quantities", natts);
	sp_extract(spg_env(), &x, a.in.s, a.in.len, &a.doc, NULL, 0, SP_X_QUANTITIES);
	for (size_t k = 0; k < x.quantities.n; k++)
	{
		const SpQuantity *q = &x.quantities.items[k];
		SpgRow	   *r = spg_row_start(&rows);
		char		num[SP_DECIMAL_BUF];
		bool		suspect = !legacy && sp_diag_suspect_quantity(a.in.s, q);

		spg_row_int(r, (int64) k + 1);
		spg_row_section(r, &a, q->span.start);
		spg_row_sentence(r, &a, q->span.start);
		spg_row_pos_len(r, &a, q->span);
		spg_row_span_text(r, &a, q->span, false);
		/* a value that did not fit is no number at all (speech_diagnostics: inexact_number) */
		if (q->has_value && sp_decimal_exact(q->value))
		{
			sp_decimal_format(q->value, num);
			spg_row_numeric(r, num);
		}
		else
			spg_row_null(r);
		/* up to 1.5 a date's ISO form was its unit */
		if (q->kind == SP_QTY_DATE)
			spg_row_cstring(r, legacy ? q->iso : NULL);
		else
			spg_row_cstring(r, q->unit[0] ? q->unit : NULL);
		spg_row_cstring(r, q->qualifier[0] ? q->qualifier : NULL);
		spg_row_cstring(r, suspect ? NULL : sp_qty_kind_names[q->kind]);
		if (q->kind == SP_QTY_RANGE && sp_decimal_exact(q->high))
		{
			sp_decimal_format(q->high, num);
			spg_row_numeric(r, num);
		}
		else
			spg_row_null(r);
		if (!legacy)
		{
			spg_row_bool(r, suspect);
			spg_row_cstring(r, q->kind == SP_QTY_DATE ? q->iso : NULL);
		}
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
