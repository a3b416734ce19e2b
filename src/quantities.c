/*
 * quantities.c - speech_quantities(body) RETURNS TABLE (id, section_id,
 * sentence_id, pos, len, raw, value, unit, qualifier, kind, high): every
 * number with its unit, in base units (src/core/sp_quantity.c).  A range is
 * one row with its low value in value and its high value in high.
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_env.h"
#include "spg_rows.h"
#include "sp_metrics.h"

PG_FUNCTION_INFO_V1(speech_quantities);

Datum
speech_quantities(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;
	SpExtract	x;

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_quantities", 11);
	sp_extract(spg_env(), &x, a.in.s, a.in.len, &a.doc, NULL, 0, SP_X_QUANTITIES);
	for (size_t k = 0; k < x.quantities.n; k++)
	{
		const SpQuantity *q = &x.quantities.items[k];
		SpgRow	   *r = spg_row_start(&rows);
		char		num[SP_DECIMAL_BUF];

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
		/* a date's value is its ISO form */
		if (q->kind == SP_QTY_DATE)
			spg_row_cstring(r, q->iso);
		else
			spg_row_cstring(r, q->unit[0] ? q->unit : NULL);
		spg_row_cstring(r, q->qualifier[0] ? q->qualifier : NULL);
		spg_row_cstring(r, sp_qty_kind_names[q->kind]);
		if (q->kind == SP_QTY_RANGE && sp_decimal_exact(q->high))
		{
			sp_decimal_format(q->high, num);
			spg_row_numeric(r, num);
		}
		else
			spg_row_null(r);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
