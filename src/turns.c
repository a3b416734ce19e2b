/*
 * turns.c - speech_turns(body) RETURNS SETOF speech_turn (id, speaker, role,
 * reply_to, pos, len): the speaker turns of a transcript (src/core/sp_turn.c).
 * substr(body, pos, len) is the turn, from its label to the next turn.  Only
 * the turn finder runs: no outline or sentence analysis of the text.
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_env.h"
#include "spg_rows.h"
#include "sp_turn.h"

PG_FUNCTION_INFO_V1(speech_turns);

Datum
speech_turns(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;
	SpTurnVec	v;

	spg_rows_begin(&rows, fcinfo, "speech_turns", 6);
	spg_analysis_begin_bare(&a, PG_GETARG_TEXT_PP(0));
	sp_turns_find(spg_env(), a.in.s, a.in.len, &v);
	for (size_t k = 0; k < v.n; k++)
	{
		const SpTurn *t = &v.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_int(r, (int64) k + 1);
		spg_row_span_text(r, &a, t->speaker, true);
		spg_row_cstring(r, sp_turn_role_names[t->role]);
		spg_row_id(r, t->reply_to);
		spg_row_pos_len(r, &a, t->whole);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
