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

	spg_rows_begin(&rows, fcinfo, "speech_tokens", 4);
	in = spg_text_utf8(PG_GETARG_TEXT_PP(0));
	spg_seg_options(&opt);
	sp_charindex_init(env, &ci, in.s, in.len);
	sp_seg_begin(&st, &opt, in.s, in.len);
	while (sp_seg_next(env, &st, &tok))
	{
		SpgRow	   *r;
		size_t		pos;

		if (tok.type == SP_TOK_BLANK)
			continue;
		r = spg_row_start(&rows);
		pos = sp_charindex_pos(&ci, tok.start);
		spg_row_int(r, (int64) pos);
		spg_row_int(r, (int64) (sp_charindex_pos(&ci, tok.end) - pos));
		spg_row_utf8(r, in.s + tok.start, tok.end - tok.start);
		spg_row_cstring(r, spg_token_alias(tok.type));
		spg_row_put(&rows);
	}
	sp_seg_end(env, &st);
	sp_charindex_free(env, &ci);
	spg_rows_end(&rows);
	return (Datum) 0;
}
