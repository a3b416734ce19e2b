/*
 * diff.c - speech_diff(old, new) RETURNS TABLE (id, op, old_pos, old_len,
 * new_pos, new_len, similarity, old_section, new_section): the
 * structure-aware diff of two speeches, a row per unit (src/core/sp_diff.c);
 * and its character-level variant speech_diff_chars(old, new) RETURNS TABLE
 * (id, op, old_pos, old_len, new_pos, new_len): the runs of same, removed
 * and added characters of two strings (a changed unit, for word-level marks).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/memutils.h"

#include "sp_diff.h"
#include "spg_env.h"
#include "spg_rows.h"

PG_FUNCTION_INFO_V1(speech_diff);
PG_FUNCTION_INFO_V1(speech_diff_chars);

/* pos and len of unit k of an analysed side, or two NULLs for none */
static void
unit_pos_len(SpgRow *r, const SpgAnalysis *a, const SpDiffUnits *units, int k)
{
	if (k < 0)
	{
		spg_row_null(r);
		spg_row_null(r);
		return;
	}
	spg_row_pos_len(r, a, units->items[k].span);
}

static void
unit_section(SpgRow *r, const SpDiffUnits *units, int k)
{
	if (k < 0)
		spg_row_null(r);
	else
		spg_row_id(r, units->items[k].section);
}

Datum
speech_diff(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a,
				b;
	SpDiff		d;

	spg_rows_begin(&rows, fcinfo, "speech_diff", 9);
	spg_analysis_begin(&a, PG_GETARG_TEXT_PP(0), true);
	spg_analysis_begin(&b, PG_GETARG_TEXT_PP(1), true);
	sp_diff(spg_env(), &a.doc, &b.doc, &d);
	for (size_t k = 0; k < d.rows.n; k++)
	{
		const SpDiffRow *row = &d.rows.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_int(r, (int64) k + 1);
		spg_row_cstring(r, sp_diff_op_names[row->op]);
		unit_pos_len(r, &a, &d.old_units, row->old_unit);
		unit_pos_len(r, &b, &d.new_units, row->new_unit);
		spg_row_datum(r, Float4GetDatum((float4) row->similarity));
		unit_section(r, &d.old_units, row->old_unit);
		unit_section(r, &d.new_units, row->new_unit);
		spg_row_put(&rows);
	}
	spg_analysis_end(&b);
	spg_analysis_end(&a);
	spg_rows_end(&rows);
	return (Datum) 0;
}

Datum
speech_diff_chars(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	MemoryContext cxt,
				caller;
	SpgText		x,
				y;
	SpCharIndex cx,
				cy;
	SpDiffChunks chunks;
	const SpEnv *env = spg_env();

	spg_rows_begin(&rows, fcinfo, "speech_diff_chars", 6);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "speech_diff_chars", ALLOCSET_DEFAULT_SIZES);
	caller = MemoryContextSwitchTo(cxt);
	x = spg_text_utf8(PG_GETARG_TEXT_PP(0));
	y = spg_text_utf8(PG_GETARG_TEXT_PP(1));
	sp_charindex_init(env, &cx, x.s, x.len);
	sp_charindex_init(env, &cy, y.s, y.len);
	sp_diff_chars(env, x.s, x.len, y.s, y.len, &chunks);
	for (size_t k = 0; k < chunks.n; k++)
	{
		const SpDiffChunk *ch = &chunks.items[k];
		SpgRow	   *r = spg_row_start(&rows);
		size_t		ox = sp_charindex_pos(&cx, ch->old_span.start),
					oy = sp_charindex_pos(&cy, ch->new_span.start);

		spg_row_int(r, (int64) k + 1);
		spg_row_cstring(r, sp_diff_op_names[ch->op]);
		if (ch->op == SP_DIFF_ADDED)
		{
			spg_row_null(r);
			spg_row_null(r);
		}
		else
		{
			spg_row_int(r, (int64) ox);
			spg_row_int(r, (int64) (sp_charindex_pos(&cx, ch->old_span.end) - ox));
		}
		if (ch->op == SP_DIFF_REMOVED)
		{
			spg_row_null(r);
			spg_row_null(r);
		}
		else
		{
			spg_row_int(r, (int64) oy);
			spg_row_int(r, (int64) (sp_charindex_pos(&cy, ch->new_span.end) - oy));
		}
		spg_row_put(&rows);
	}
	MemoryContextSwitchTo(caller);
	MemoryContextDelete(cxt);
	spg_rows_end(&rows);
	return (Datum) 0;
}
