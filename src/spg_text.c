/*
 * spg_text.c - the glue's encoding conversions (see spg_text.h).
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "common/string.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "sp_utf8.h"
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

/* the conversion function from UTF-8 to the database encoding (looked up once: it never changes) */
static Oid
from_utf8_proc(void)
{
	static Oid	proc = InvalidOid;

	if (!OidIsValid(proc))
		proc = FindDefaultConversionProc(PG_UTF8, GetDatabaseEncoding());
	return proc;
}

/* does the database encoding keep every character as written (no conversion from UTF-8)? */
static bool
no_conversion(void)
{
	int			enc = GetDatabaseEncoding();

	return enc == PG_UTF8 || enc == PG_SQL_ASCII;
}

/*
 * How many bytes of the UTF-8 utf8[0..len) convert to the database encoding
 * (a prefix of whole characters); their conversion is appended to out.
 */
static int
convert_prefix(const char *utf8, int len, StringInfo out)
{
	Oid			proc = from_utf8_proc();
	int			done;

	if (!OidIsValid(proc))
		return 0;
	enlargeStringInfo(out, len * MAX_CONVERSION_GROWTH + 1);
	done = pg_do_encoding_conversion_buf(proc, PG_UTF8, GetDatabaseEncoding(),
										 (unsigned char *) utf8, len,
										 (unsigned char *) out->data + out->len,
										 out->maxlen - out->len, true);
	out->len += (int) strlen(out->data + out->len);
	return done;
}

bool
spg_holds(const char *utf8)
{
	int			len = (int) strlen(utf8);
	StringInfoData out;
	bool		ok;

	if (no_conversion() || pg_is_ascii(utf8))
		return true;
	initStringInfo(&out);
	ok = convert_prefix(utf8, len, &out) == len;
	pfree(out.data);
	return ok;
}

bool
spg_representable(uint32 cp)
{
	char		enc[4];
	int			n;
	StringInfoData out;
	bool		ok;

	if (no_conversion() || cp < 0x80)
		return true;
	n = sp_u8_encode(cp, enc);
	initStringInfo(&out);
	ok = convert_prefix(enc, n, &out) == n;
	pfree(out.data);
	return ok;
}

const char *
spg_message(const char *utf8)
{
	int			len = (int) strlen(utf8);
	int			i = 0;
	StringInfoData out;

	if (no_conversion() || pg_is_ascii(utf8))
		return utf8;
	initStringInfo(&out);
	while (i < len)
	{
		int			step;
		uint32_t	cp;

		i += convert_prefix(utf8 + i, len - i, &out);
		if (i >= len)
			break;
		/* a character the database cannot hold: named by its code point */
		cp = sp_u8_decode(utf8, (size_t) len, (size_t) i, &step);
		appendStringInfo(&out, "<U+%04X>", (unsigned int) cp);
		i += step;
	}
	return out.data;
}
