/*
 * kwic.c - speech_kwic(body, term, width DEFAULT 10) RETURNS TABLE
 * (section_id, pos, pre, keyword, post): every occurrence of term (exact
 * bytes, not overlapping) with up to width characters of context on each
 * side, a concordance line per row.
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"

#include "sp_utf8.h"
#include "sp_wordlist.h"
#include "spg_env.h"
#include "spg_rows.h"
#include "spg_text.h"

PG_FUNCTION_INFO_V1(speech_kwic);

Datum
speech_kwic(PG_FUNCTION_ARGS)
{
	SpgText		term = spg_text_utf8(PG_GETARG_TEXT_PP(1));
	int32		width = PG_GETARG_INT32(2);
	const SpEnv *env = spg_env();
	SpgRows		rows;
	SpgAnalysis a;
	SpTermSet	set;
	SpHitVec	hits = {0};
	const char *terms[1];

	if (term.len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speech_kwic needs a non-empty term"),
				 errhint("%s", spg_message("Pass the word or phrase to look up, for example speech_kwic(body, '组织')"))));
	if (width < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speech_kwic width must not be negative, got %d", width),
				 errhint("width is the number of characters shown on each side of the keyword.")));

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_kwic", 5);
	terms[0] = term.s;
	sp_termset_init(env, &set, terms, &term.len, NULL, 1);
	sp_match_terms(env, a.in.s, a.in.len, &set, NULL, &hits);
	for (size_t k = 0; k < hits.n; k++)
	{
		SpSpan		hit = hits.items[k].span,
					pre = {hit.start, hit.start},
					post = {hit.end, hit.end};
		SpgRow	   *r;

		/* a wide context makes each row cost up to the whole text */
		CHECK_FOR_INTERRUPTS();
		for (int32 c = 0; c < width && pre.start > 0; c++)
			pre.start = sp_u8_prev(a.in.s, pre.start);
		for (int32 c = 0; c < width && post.end < a.in.len; c++)
		{
			int			step;

			(void) sp_u8_decode(a.in.s, a.in.len, post.end, &step);
			post.end += (size_t) step;
		}
		r = spg_row_start(&rows);
		spg_row_section(r, &a, hit.start);
		spg_row_pos(r, &a, hit.start);
		spg_row_span_text(r, &a, pre, false);
		spg_row_span_text(r, &a, hit, false);
		spg_row_span_text(r, &a, post, false);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
