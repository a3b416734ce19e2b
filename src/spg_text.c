/*
 * spg_text.c - the glue's encoding conversions (see spg_text.h).
 */
#include "postgres.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "spg_text.h"

void
spg_check_encoding(void)
{
	if (GetDatabaseEncoding() == PG_SQL_ASCII)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("speech cannot analyse text in a database with encoding \"%s\"",
						GetDatabaseEncodingName()),
				 errdetail("SQL_ASCII stores bytes without defining characters, so character positions and classes are undefined."),
				 errhint("Create the database with ENCODING 'UTF8' (or another server encoding such as EUC_CN) and load the text there.")));
}

/* s[0..len) from one encoding to another: s itself when nothing changes */
static SpgText
convert(const char *s, size_t len, int from, int to)
{
	SpgText		out = {s, len};

	if (from != to && len > 0)
	{
		const char *conv = (const char *) pg_do_encoding_conversion((unsigned char *) s, (int) len,
																	from, to);

		if (conv != s)
		{
			out.s = conv;
			out.len = strlen(conv);
		}
	}
	return out;
}

SpgText
spg_to_utf8(const char *s, size_t len)
{
	spg_check_encoding();
	return convert(s, len, GetDatabaseEncoding(), PG_UTF8);
}

SpgText
spg_text_utf8(text *t)
{
	return spg_to_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

SpgText
spg_from_utf8(const char *utf8, size_t len)
{
	return convert(utf8, len, PG_UTF8, GetDatabaseEncoding());
}

text *
spg_utf8_text(const char *utf8, size_t len)
{
	SpgText		t = spg_from_utf8(utf8, len);

	return cstring_to_text_with_len(t.s, (int) t.len);
}

Datum
spg_utf8_datum(const char *utf8, size_t len)
{
	return PointerGetDatum(spg_utf8_text(utf8, len));
}

Datum
spg_cstring_datum(const char *utf8)
{
	return spg_utf8_datum(utf8, strlen(utf8));
}
