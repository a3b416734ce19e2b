/*
 * slogans.c - speech_slogans(body) RETURNS TABLE (id, section_id, pos, len,
 * slogan, number): numbered formulas such as 四个全面 or 两个维护
 * (src/core/sp_slogan.c).
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_env.h"
#include "spg_rows.h"
#include "sp_metrics.h"

PG_FUNCTION_INFO_V1(speech_slogans);

Datum
speech_slogans(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;
	SpExtract	x;

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_slogans", 6);
	sp_extract(spg_env(), &x, a.in.s, a.in.len, &a.doc, NULL, 0, SP_X_SLOGANS);
	for (size_t k = 0; k < x.slogans.n; k++)
	{
		const SpSlogan *sl = &x.slogans.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_int(r, (int64) k + 1);
		spg_row_section(r, &a, sl->span.start);
		spg_row_pos_len(r, &a, sl->span);
		spg_row_span_text(r, &a, sl->span, false);
		spg_row_int(r, sl->number);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
