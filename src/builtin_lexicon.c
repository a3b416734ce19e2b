/*
 * builtin_lexicon.c - speech_builtin_lexicon() RETURNS TABLE (category, term,
 * weight, note, whole_word): the word lists compiled into the library
 * (src/core/sp_wordlist.c); the table speech_lexicon is filled from these
 * rows when the extension is created.
 */
#include "postgres.h"

#include "fmgr.h"

#include "sp_wordlist.h"
#include "spg_rows.h"

PG_FUNCTION_INFO_V1(speech_builtin_lexicon);

Datum
speech_builtin_lexicon(PG_FUNCTION_ARGS)
{
	SpgRows		rows;

	spg_rows_begin(&rows, fcinfo, "speech_builtin_lexicon", 5);
	for (size_t k = 0; k < sp_wl_builtin_n; k++)
	{
		const SpWlEntry *e = &sp_wl_builtin[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_cstring(r, sp_wl_categories[e->category].name);
		spg_row_cstring(r, e->term);
		spg_row_int(r, e->weight);
		spg_row_cstring(r, e->note);
		spg_row_bool(r, sp_wl_categories[e->category].whole_word);
		spg_row_put(&rows);
	}
	spg_rows_end(&rows);
	return (Datum) 0;
}
