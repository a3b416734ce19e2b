/*
 * decode.c - speech_decode(bytes bytea, encoding text DEFAULT NULL) RETURNS
 * text: the bytes of a file (pg_read_binary_file, a bytea a client sent) in
 * GB18030/GBK/GB2312, Big5, UTF-16 or UTF-8 with a BOM, as text; with
 * encoding NULL the encoding is detected (src/core/sp_decode.c).  Invalid
 * bytes are an error naming their offset, never a replacement character.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "sp_decode.h"
#include "spg_env.h"
#include "spg_text.h"

PG_FUNCTION_INFO_V1(speech_decode);

#define KNOWN_ENCODINGS "GB18030 (also for GBK, GB2312 and EUC-CN, which it contains), Big5, Big5-HKSCS, " \
	"UTF-8, UTF-16 (byte order from the BOM or the text), UTF-16LE, UTF-16BE, or any other encoding ICU knows"

static const char *
how(const SpDecoded *d)
{
	if (!strcmp(d->detected_by, "named"))
		return "named";
	if (!strcmp(d->detected_by, "bom"))
		return "detected from the byte-order mark";
	if (!strcmp(d->detected_by, "ucsdet"))
		return "detected by ICU's charset detector";
	return "detected";
}

static void
report(const SpDecoded *d, size_t len, const char *named)
{
	StringInfoData buf;

	switch (d->status)
	{
		case SP_DECODE_OK:
			return;
		case SP_DECODE_UNKNOWN_ENCODING:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("speech_decode does not know the encoding \"%s\"", named ? named : d->encoding),
					 errhint("Name one of " KNOWN_ENCODINGS "; or pass NULL to detect it.")));
			break;
		case SP_DECODE_INVALID:
			initStringInfo(&buf);
			for (int k = 0; k < d->nbad; k++)
				appendStringInfo(&buf, "%s0x%02x", k ? " " : "", d->bad[k]);
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("invalid byte sequence for encoding \"%s\" at byte offset %zu%s%s",
							d->encoding, d->offset, d->nbad ? ": " : "", buf.data),
					 errdetail("The encoding was %s; byte offsets count from 0, as get_byte() does.",
							   how(d)),
					 errhint(named ? "The bytes are not in that encoding from there on: name the file's encoding, "
							 "or pass NULL to detect it."
							 : "If the encoding detected is wrong, name the right one, for example "
							 "speech_decode(bytes, 'GB18030'); if the file is damaged there, repair it.")));
			break;
		case SP_DECODE_NUL:
			ereport(ERROR,
					(errcode(ERRCODE_UNTRANSLATABLE_CHARACTER),
					 errmsg("the bytes decode to a NUL character at byte offset %zu in encoding \"%s\", which text cannot hold",
							d->offset, d->encoding),
					 errdetail("The encoding was %s; byte offsets count from 0, as get_byte() does.", how(d)),
					 errhint("NUL bytes are usual in UTF-16 and UTF-32 text: if the file is one of them, "
							 "name it ('UTF-16LE', 'UTF-16BE'); a binary file is no text.")));
			break;
		case SP_DECODE_BOM_MISMATCH:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the bytes start with a %s byte-order mark, but the encoding named is \"%s\"",
							d->candidates[0].name, named),
					 errhint("Name '%s' or pass NULL to detect the encoding.",
							 strncmp(d->candidates[0].name, "UTF-16", 6) == 0 ? "UTF-16" : d->candidates[0].name)));
			break;
		case SP_DECODE_NOT_CONFIDENT:
			initStringInfo(&buf);
			for (int k = 0; k < d->ncandidates; k++)
				appendStringInfo(&buf, "%s%s %d%s", k ? ", " : "", d->candidates[k].name,
								 d->candidates[k].confidence,
								 d->candidates[k].valid ? "" : " (invalid bytes)");
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("speech_decode cannot tell the encoding of these %zu bytes with confidence", len),
					 d->ncandidates > 0
					 ? errdetail("Candidates of ICU's charset detector (confidence 0 to 100): %s.", buf.data)
					 : errdetail("ICU's charset detector found no candidate."),
					 errhint("Name the encoding, for example speech_decode(bytes, 'GB18030') or "
							 "speech_decode(bytes, 'Big5'); a short text gives the detector little to go on.")));
			break;
	}
}

Datum
speech_decode(PG_FUNCTION_ARGS)
{
	bytea	   *bytes;
	char	   *named = NULL;
	SpDecoded	d;
	text	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	spg_check_encoding();
	bytes = PG_GETARG_BYTEA_PP(0);
	if (!PG_ARGISNULL(1))
		named = text_to_cstring(PG_GETARG_TEXT_PP(1));
	sp_decode(spg_env(), VARDATA_ANY(bytes), VARSIZE_ANY_EXHDR(bytes), named, &d);
	report(&d, VARSIZE_ANY_EXHDR(bytes), named);
	result = spg_utf8_text(d.utf8, d.len);
	pfree(d.utf8);
	PG_RETURN_TEXT_P(result);
}
