/*
 * builtin_lexicon.c - speech_builtin_lexicon() RETURNS TABLE (category, term,
 * weight, note, whole_word): the word lists compiled into the library
 * (src/core/sp_wordlist.c); the table speech_lexicon is filled from these
 * rows when the extension is created.
 */
#include "postgres.h"

#include "fmgr.h"

#include "sp_wordlist.h"
#include "mb/pg_wchar.h"
#include "spg_rows.h"
#include "spg_text.h"

PG_FUNCTION_INFO_V1(speech_builtin_lexicon);

Datum
speech_builtin_lexicon(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	size_t		left_out = 0;

	spg_rows_begin(&rows, fcinfo, "speech_builtin_lexicon", 5);
	for (size_t k = 0; k < sp_wl_builtin_n; k++)
	{
		const SpWlEntry *e = &sp_wl_builtin[k];
		SpgRow	   *r;

		/* a term the database encoding cannot hold can occur in none of its texts */
		if (!spg_holds(e->term) || (e->note && !spg_holds(e->note)))
		{
			left_out++;
			continue;
		}
		r = spg_row_start(&rows);

		spg_row_cstring(r, sp_wl_categories[e->category].name);
		spg_row_cstring(r, e->term);
		spg_row_int(r, e->weight);
		spg_row_cstring(r, e->note);
		spg_row_bool(r, sp_wl_categories[e->category].whole_word);
		spg_row_put(&rows);
	}
	spg_rows_end(&rows);
	if (left_out > 0)
		ereport(NOTICE,
				(errmsg("%zu of %zu built-in lexicon terms cannot be written in encoding \"%s\" and are left out",
						left_out, sp_wl_builtin_n, GetDatabaseEncodingName()),
				 errdetail("Texts in this database cannot contain them; use a UTF8 database for Chinese text.")));
	return (Datum) 0;
}
