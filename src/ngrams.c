/*
 * ngrams.c - speech_ngrams(body, min_chars, max_chars) RETURNS TABLE (ngram,
 * n, pos): runs of Han words of min_chars..max_chars characters on word
 * boundaries, not starting or ending with a stop word, counted, with the
 * position of the first one (sp_termcount.h): the candidates of "new
 * formulations" (全过程人民民主 without the lexicon knowing it).
 */
#include "postgres.h"

#include "fmgr.h"

#include "sp_charindex.h"
#include "spg_env.h"
#include "spg_rows.h"
#include "spg_words.h"

PG_FUNCTION_INFO_V1(speech_ngrams);

#define SPG_NGRAM_MAX_CHARS 32

Datum
speech_ngrams(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgText		in;
	int32		minc = PG_GETARG_INT32(1),
				maxc = PG_GETARG_INT32(2);
	SpWordTokVec toks = {0};
	SpCounter	c = {0};
	SpCharIndex ci;

	if (minc < 1 || maxc < minc || maxc > SPG_NGRAM_MAX_CHARS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speech_ngrams needs 1 <= min_chars <= max_chars <= %d, got %d and %d",
						SPG_NGRAM_MAX_CHARS, minc, maxc),
				 errhint("The defaults, 2 and 8 characters, cover formulations such as the 7 characters of a slogan.")));
	spg_rows_begin(&rows, fcinfo, "speech_ngrams", 3);
	in = spg_text_utf8(PG_GETARG_TEXT_PP(0));
	spg_word_tokens(in, &toks, false);
	sp_count_ngrams(spg_env(), in.s, toks.items, toks.n, minc, maxc, &c);
	sp_counter_sort(spg_env(), &c);
	sp_charindex_init(spg_env(), &ci, in.s, in.len);
	for (size_t k = 0; k < c.items.n; k++)
	{
		const SpTermCount *t = &c.items.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_utf8(r, sp_counter_key(&c, t), t->len);
		spg_row_int(r, t->n);
		spg_row_int(r, (int64) sp_charindex_pos(&ci, t->first));
		spg_row_put(&rows);
	}
	spg_rows_end(&rows);
	return (Datum) 0;
}
