/*
 * paragraphs.c - speech_paragraphs(body) RETURNS TABLE (id, section_id, pos,
 * len, text): the paragraphs as a reader sees them (src/core/sp_paragraph.c).
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_rows.h"

PG_FUNCTION_INFO_V1(speech_paragraphs);

Datum
speech_paragraphs(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_paragraphs", 5);
	for (size_t k = 0; k < a.doc.paragraphs.n; k++)
	{
		const SpParagraph *p = &a.doc.paragraphs.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_int(r, (int64) k + 1);
		spg_row_id(r, p->section);
		spg_row_pos_len(r, &a, p->span);
		spg_row_span_text(r, &a, p->span, false);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
