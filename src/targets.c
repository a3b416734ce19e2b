/*
 * targets.c - speech_targets(body) RETURNS TABLE (id, section_id,
 * sentence_id, pos, len, indicator, raw, value, high, unit, modifier, year):
 * the quantified policy targets of a work report or plan, from its
 * quantities (src/core/sp_target.c has the rules).
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_env.h"
#include "spg_rows.h"
#include "sp_metrics.h"
#include "sp_target.h"

PG_FUNCTION_INFO_V1(speech_targets);

Datum
speech_targets(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;
	SpExtract	x;
	SpTargetVec t = {0};

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_targets", 12);
	sp_extract(spg_env(), &x, a.in.s, a.in.len, &a.doc, NULL, 0, SP_X_QUANTITIES);
	sp_targets(spg_env(), &a.doc, &x.quantities, &t);
	for (size_t k = 0; k < t.n; k++)
	{
		const SpTarget *g = &t.items[k];
		SpgRow	   *r = spg_row_start(&rows);
		char		num[SP_DECIMAL_BUF];

		spg_row_int(r, (int64) k + 1);
		spg_row_section(r, &a, g->span.start);
		spg_row_sentence(r, &a, g->span.start);
		spg_row_pos_len(r, &a, g->span);
		spg_row_cstring(r, g->indicator[0] ? g->indicator : NULL);
		spg_row_span_text(r, &a, g->span, false);
		/* a value that did not fit is no number at all (speech_diagnostics: inexact_number) */
		if (sp_decimal_exact(g->value))
		{
			sp_decimal_format(g->value, num);
			spg_row_numeric(r, num);
		}
		else
			spg_row_null(r);
		if (g->has_high && sp_decimal_exact(g->high))
		{
			sp_decimal_format(g->high, num);
			spg_row_numeric(r, num);
		}
		else
			spg_row_null(r);
		spg_row_cstring(r, g->unit[0] ? g->unit : NULL);
		spg_row_cstring(r, sp_target_modifier_names[g->modifier]);
		if (g->year)
			spg_row_int(r, g->year);
		else
			spg_row_null(r);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
