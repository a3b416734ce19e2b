/*
 * tokens.c - speech_tokens(body) RETURNS TABLE (pos, len, token, type): the
 * tokenizer's words as rows, for word lists and frequency tables without a
 * tsvector.  Every token but white space, with its 1-based character
 * position and length (substr(body, pos, len) = token).  It cuts as
 * to_tsvector('speech_zh') does, with the user's terms and
 * speech.domain_terms in force (so it is STABLE, not IMMUTABLE).
 */
#include "postgres.h"

#include "fmgr.h"

#include "sp_utf8.h"
#include "spg_env.h"
#include "spg_fold.h"
#include "spg_rows.h"
#include "spg_ts.h"

PG_FUNCTION_INFO_V1(speech_tokens);

Datum
speech_tokens(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgText		in;
	const SpEnv *env = spg_env();
	SpSegOptions opt;
	SpSegState	st;
	SpCharIndex ci;
	SpToken		tok;
	SpFolded	fold;

	spg_rows_begin(&rows, fcinfo, "speech_tokens", 4);
	in = spg_text_utf8(PG_GETARG_TEXT_PP(0));
	spg_seg_options(&opt);
	sp_charindex_init(env, &ci, in.s, in.len);
	/* cut as speech_zh cuts, Traditional folded to Simplified; rows show the text as given */
	spg_fold_utf8(in.s, in.len, &fold);
	sp_seg_begin(&st, &opt, fold.s, fold.len);
	while (sp_seg_next(env, &st, &tok))
	{
		SpgRow	   *r;
		size_t		pos,
					a,
					b;

		if (tok.type == SP_TOK_BLANK)
			continue;
		a = sp_fold_orig(&fold, tok.start);
		b = sp_fold_orig(&fold, tok.end);
		r = spg_row_start(&rows);
		pos = sp_charindex_pos(&ci, a);
		spg_row_int(r, (int64) pos);
		spg_row_int(r, (int64) (sp_charindex_pos(&ci, b) - pos));
		spg_row_utf8(r, in.s + a, b - a);
		spg_row_cstring(r, spg_token_alias(tok.type));
		spg_row_put(&rows);
	}
	sp_seg_end(env, &st);
	sp_fold_free(env, &fold);
	sp_charindex_free(env, &ci);
	spg_rows_end(&rows);
	return (Datum) 0;
}
