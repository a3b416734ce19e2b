/*
 * quotes.c - speech_quotes(body) RETURNS TABLE (id, section_id, pos, len,
 * term, mark, closed): quoted terms and formulations (src/core/sp_quote.c).
 * pos/len cover the term without the marks: substr(body, pos, len) = term.
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_env.h"
#include "spg_rows.h"
#include "sp_metrics.h"

PG_FUNCTION_INFO_V1(speech_quotes);

Datum
speech_quotes(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;
	SpExtract	x;

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_quotes", 7);
	sp_extract(spg_env(), &x, a.in.s, a.in.len, &a.doc, NULL, 0, SP_X_QUOTES);
	for (size_t k = 0; k < x.quotes.n; k++)
	{
		const SpQuote *q = &x.quotes.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_int(r, (int64) k + 1);
		spg_row_section(r, &a, q->mark.start);
		spg_row_pos_len(r, &a, q->term);
		spg_row_span_text(r, &a, q->term, false);
		spg_row_span_text(r, &a, q->mark, false);
		spg_row_bool(r, q->closed);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
