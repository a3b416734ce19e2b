/*
 * diagnostics.c - speech_diagnostics(body) RETURNS TABLE (id, section_id,
 * pos, kind, detail): what looks wrong with a text (announced points not
 * delivered, noise, conversion artifacts, truncation; src/core/sp_diag.c).
 */
#include "postgres.h"

#include "fmgr.h"

#include "sp_diag.h"
#include "spg_env.h"
#include "spg_rows.h"

PG_FUNCTION_INFO_V1(speech_diagnostics);

Datum
speech_diagnostics(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;
	SpExtract	x;
	SpDiagVec	diags = {0};

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_diagnostics", 5);
	sp_extract(spg_env(), &x, a.in.s, a.in.len, &a.doc, NULL, 0, SP_X_ALL);
	sp_diagnose(spg_env(), &x, &diags);
	for (size_t k = 0; k < diags.n; k++)
	{
		const SpDiag *d = &diags.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_int(r, (int64) k + 1);
		if (d->has_pos)
		{
			spg_row_section(r, &a, d->pos);
			spg_row_pos(r, &a, d->pos);
		}
		else
		{
			spg_row_null(r);
			spg_row_null(r);
		}
		spg_row_cstring(r, sp_diag_kind_names[d->kind]);
		spg_row_message(r, d->detail);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
