/*
 * ts_tokens.c - speech_tokens(body): the tokenizer's words as rows, for
 * word lists and frequency tables without a tsvector.
 */
#include "ts_common.h"

#include "funcapi.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(speech_tokens);

/*
 * speech_tokens(body text) -> (pos int, len int, token text, type text)
 * Every token but white space, with its 1-based character position and
 * length (substr(body, pos, len) = token).
 */
Datum
speech_tokens(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_tokens", 4);
	SpInput		in = sp_input_text(PG_GETARG_TEXT_PP(0));
	const SpEnv *env = sp_pg_env();
	SpSegOptions opt;
	SpSegState	st;
	SpCharIndex ci;
	SpToken		tok;

	speech_seg_options(&opt);
	sp_charindex_init(env, &ci, in.s, in.len);
	sp_seg_begin(&st, &opt, in.s, in.len);
	while (sp_seg_next(env, &st, &tok))
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		size_t		pos;

		if (tok.type == SP_TOK_BLANK)
			continue;
		pos = sp_charindex_pos(&ci, tok.start);
		values[0] = Int32GetDatum((int32) pos);
		values[1] = Int32GetDatum((int32) (sp_charindex_pos(&ci, tok.end) - pos));
		values[2] = PointerGetDatum(sp_output_text(in.s + tok.start, tok.end - tok.start));
		values[3] = PointerGetDatum(cstring_to_text(speech_token_alias(tok.type)));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	sp_seg_end(env, &st);
	sp_charindex_free(env, &ci);
	return (Datum) 0;
}
