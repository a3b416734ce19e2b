/*
 * words.c - speech_words(body) RETURNS TABLE (word, n): the words of a text
 * as speech_zh indexes them (stop words and punctuation left out, full-width
 * forms folded, Chinese numerals in Arabic digits, English stemmed), counted:
 * the per-document counts that GROUP BY year, word adds up for keyness.
 * STABLE like speech_tokens: the user's terms change the cut.
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_env.h"
#include "spg_rows.h"
#include "spg_words.h"

PG_FUNCTION_INFO_V1(speech_words);

Datum
speech_words(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgText		in;
	SpWordTokVec toks = {0};
	SpCounter	c = {0};

	spg_rows_begin(&rows, fcinfo, "speech_words", 2);
	in = spg_text_utf8(PG_GETARG_TEXT_PP(0));
	spg_word_tokens(in, &toks, true);
	sp_count_words(spg_env(), toks.items, toks.n, &c);
	sp_counter_sort(spg_env(), &c);
	for (size_t k = 0; k < c.items.n; k++)
	{
		const SpTermCount *t = &c.items.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_utf8(r, sp_counter_key(&c, t), t->len);
		spg_row_int(r, t->n);
		spg_row_put(&rows);
	}
	spg_rows_end(&rows);
	return (Datum) 0;
}
