/*
 * sentences.c - speech_sentences(body) RETURNS TABLE (id, paragraph_id,
 * section_id, pos, len, text, terminator) (src/core/sp_sentence.c).
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_rows.h"

PG_FUNCTION_INFO_V1(speech_sentences);

Datum
speech_sentences(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_sentences", 7);
	for (size_t k = 0; k < a.doc.sentences.n; k++)
	{
		const SpSentence *st = &a.doc.sentences.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_int(r, (int64) k + 1);
		spg_row_int(r, st->paragraph + 1);
		spg_row_id(r, st->section);
		spg_row_pos_len(r, &a, st->span);
		spg_row_span_text(r, &a, st->span, false);
		spg_row_span_text(r, &a, st->terminator, true);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
