/*
 * sp_decode.c - bytes in a file's encoding to UTF-8 (sp_decode.h has the
 * rules): ICU converters with the stop callback, in 1 MB steps, and the
 * detection order BOM, UTF-8, UTF-16 without BOM, ucsdet.
 */
#include "sp_decode.h"

#include <ctype.h>
#include <stdio.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include "sp_utf8.h"

#define STEP_BYTES (1u << 20)
#define DETECT_BYTES (256u << 10)
#define CONFIDENT 50
#define MARGIN 20

typedef struct Out
{
	const SpEnv *env;
	char	   *s;
	size_t		len;
	size_t		cap;
} Out;

static void
out_reserve(Out *o, size_t more)
{
	if (o->len + more + 1 > o->cap)
	{
		size_t		cap = o->cap ? o->cap : 256;

		while (cap < o->len + more + 1)
			cap *= 2;
		o->s = sp_realloc(o->env, o->s, cap);
		o->cap = cap;
	}
}

static void
copy_name(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src);
}

/* a converter of more than one byte per character that is not a Unicode form */
static bool
legacy_multibyte(UConverter *cnv)
{
	UConverterType t = ucnv_getType(cnv);

	switch (t)
	{
		case UCNV_UTF8:
		case UCNV_UTF16_BigEndian:
		case UCNV_UTF16_LittleEndian:
		case UCNV_UTF32_BigEndian:
		case UCNV_UTF32_LittleEndian:
		case UCNV_UTF16:
		case UCNV_UTF32:
		case UCNV_UTF7:
		case UCNV_CESU8:
		case UCNV_SCSU:
		case UCNV_BOCU1:
		case UCNV_IMAP_MAILBOX:
			return false;
		default:
			return ucnv_getMaxCharSize(cnv) > 1;
	}
}

/*
 * Decode bytes[skip..len) with ICU converter name into out->utf8.  check_only:
 * stop after the first DETECT_BYTES, without flushing (a character cut at
 * that point is not an error), and keep no text.
 */
static SpDecodeStatus
convert(const SpEnv *env, const char *name, const char *bytes, size_t len, size_t skip,
		bool check_only, SpDecoded *out)
{
	UErrorCode	err = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open(name, &err);
	Out			o = {env, NULL, 0, 0};
	size_t		pos = skip,
				end = len;
	UChar	   *units;
	int32_t    *offs;
	size_t		ucap = STEP_BYTES + 64;
	bool		legacy;
	uint32_t	lead = 0;		/* a lead surrogate waiting for its trail */
	size_t		lead_off = 0;
	SpDecodeStatus status = SP_DECODE_OK;

	if (U_FAILURE(err) || cnv == NULL)
		return SP_DECODE_UNKNOWN_ENCODING;
	ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
	legacy = legacy_multibyte(cnv);
	if (check_only && end - pos > DETECT_BYTES)
		end = pos + DETECT_BYTES;
	units = sp_alloc(env, ucap * sizeof(UChar));
	offs = sp_alloc(env, ucap * sizeof(int32_t));
	while (status == SP_DECODE_OK)
	{
		size_t		step_end = end - pos > STEP_BYTES ? pos + STEP_BYTES : end;
		bool		flush = step_end == end && !check_only;
		const char *src = bytes + pos;
		const char *src0 = src;
		UChar	   *t = units;
		bool		done;

		sp_check_interrupt(env);
		err = U_ZERO_ERROR;
		ucnv_toUnicode(cnv, &t, units + ucap, &src, bytes + step_end, offs, flush, &err);
		done = !(err == U_BUFFER_OVERFLOW_ERROR);
		if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR)
		{
			char		bad[8];
			int8_t		nbad = sizeof(bad);
			UErrorCode	e2 = U_ZERO_ERROR;
			size_t		consumed = (size_t) (src - bytes);

			ucnv_getInvalidChars(cnv, bad, &nbad, &e2);
			if (U_FAILURE(e2) || nbad < 0)
				nbad = 0;
			out->offset = consumed >= (size_t) nbad ? consumed - (size_t) nbad : consumed;
			memcpy(out->bad, bad, (size_t) nbad);
			out->nbad = nbad;
			status = SP_DECODE_INVALID;
		}
		/* the units converted (before any error) */
		if (!check_only || legacy)
		{
			if (!check_only)
				out_reserve(&o, (size_t) (t - units) * 3 + 4);
			for (UChar *u = units; u < t; u++)
			{
				uint32_t	cp = *u;
				size_t		at = offs[u - units] >= 0 ? (size_t) (src0 - bytes) + (size_t) offs[u - units]
					: (size_t) (src0 - bytes);

				if (lead)
				{
					if (cp >= 0xDC00 && cp <= 0xDFFF)
					{
						cp = 0x10000 + ((lead - 0xD800) << 10) + (cp - 0xDC00);
						lead = 0;
					}
					else
					{
						out->offset = lead_off;
						out->nbad = 0;
						status = SP_DECODE_INVALID;
						break;
					}
				}
				else if (cp >= 0xD800 && cp <= 0xDBFF)
				{
					lead = cp;
					lead_off = at;
					continue;
				}
				else if (cp >= 0xDC00 && cp <= 0xDFFF)
				{
					out->offset = at;
					out->nbad = 0;
					status = SP_DECODE_INVALID;
					break;
				}
				if (cp == 0)
				{
					out->offset = at;
					status = SP_DECODE_NUL;
					break;
				}
				if (legacy && cp >= 0x80 && cp <= 0x9F)
				{
					/* a stray byte the converter passed through as a C1 control */
					out->offset = at;
					out->bad[0] = (unsigned char) bytes[at];
					out->nbad = 1;
					status = SP_DECODE_INVALID;
					break;
				}
				if (!check_only)
					o.len += (size_t) sp_u8_encode(cp, o.s + o.len);
			}
		}
		pos = (size_t) (src - bytes);
		if (status != SP_DECODE_OK)
			break;
		if (done && pos >= end)
			break;
	}
	if (status == SP_DECODE_OK && lead && !check_only)
	{
		out->offset = lead_off;
		out->nbad = 0;
		status = SP_DECODE_INVALID;
	}
	ucnv_close(cnv);
	sp_free(env, units);
	sp_free(env, offs);
	if (status == SP_DECODE_OK && !check_only)
	{
		out_reserve(&o, 0);
		o.s[o.len] = '\0';
		out->utf8 = o.s;
		out->len = o.len;
	}
	else
		sp_free(env, o.s);
	return status;
}

/* strictly valid UTF-8 (no overlong forms, surrogates, code points past U+10FFFF or NUL) */
static bool
valid_utf8(const unsigned char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = s[i];
		size_t		n;
		uint32_t	cp,
					min;

		if (c == 0)
			return false;		/* text holds no NUL: UTF-16 more likely */
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if ((c & 0xE0) == 0xC0)
			n = 2, cp = c & 0x1F, min = 0x80;
		else if ((c & 0xF0) == 0xE0)
			n = 3, cp = c & 0x0F, min = 0x800;
		else if ((c & 0xF8) == 0xF0)
			n = 4, cp = c & 0x07, min = 0x10000;
		else
			return false;
		if (len - i < n)
			return false;
		for (size_t k = 1; k < n; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += n;
	}
	return true;
}

/* a UTF-16 code unit that is likely text; 0xXX00 is not counted (see sp_decode.h) */
static bool
likely_unit(uint32_t u)
{
	if ((u & 0xFF) == 0 && u != 0)
		return false;
	return (u >= 0x20 && u <= 0x7E) || u == 0x09 || u == 0x0A || u == 0x0D ||
		(u >= 0xA0 && u <= 0x24F) ||	/* Latin-1, Latin Extended */
		(u >= 0x2000 && u <= 0x206F) || /* general punctuation */
		(u >= 0x3000 && u <= 0x303F) || /* CJK punctuation */
		(u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) ||
		(u >= 0xFF00 && u <= 0xFFEF);	/* full-width forms */
}

/* "UTF-16LE", "UTF-16BE", or NULL when neither order is clear */
static const char *
utf16_order(const unsigned char *s, size_t len)
{
	size_t		n = len / 2,
				le = 0,
				be = 0;

	if (len < 2 || len % 2 != 0)
		return NULL;
	if (n > DETECT_BYTES / 2)
		n = DETECT_BYTES / 2;
	for (size_t k = 0; k < n; k++)
	{
		le += likely_unit((uint32_t) s[2 * k] | ((uint32_t) s[2 * k + 1] << 8));
		be += likely_unit((uint32_t) s[2 * k + 1] | ((uint32_t) s[2 * k] << 8));
	}
	if (le * 10 >= n * 8 && be * 2 <= n)
		return "UTF-16LE";
	if (be * 10 >= n * 8 && le * 2 <= n)
		return "UTF-16BE";
	return NULL;
}

typedef enum Bom
{
	BOM_NONE, BOM_UTF8, BOM_UTF16LE, BOM_UTF16BE
} Bom;

static Bom
bom_of(const unsigned char *s, size_t len, size_t *bytes)
{
	*bytes = 0;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return (*bytes = 3), BOM_UTF8;
	if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE)
		return (*bytes = 2), BOM_UTF16LE;
	if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF)
		return (*bytes = 2), BOM_UTF16BE;
	return BOM_NONE;
}

static const char *const bom_names[] = {NULL, "UTF-8", "UTF-16LE", "UTF-16BE"};

/* the name without case, '-' and '_' */
static void
squash(const char *name, char *buf, size_t size)
{
	size_t		o = 0;

	for (const char *p = name; *p && o + 1 < size; p++)
		if (*p != '-' && *p != '_' && *p != ' ')
			buf[o++] = (char) toupper((unsigned char) *p);
	buf[o] = '\0';
}

static void
decode_named(const SpEnv *env, const unsigned char *b, size_t len, const char *encoding,
			 SpDecoded *out)
{
	char		sq[64];
	const char *name = encoding;
	size_t		bomlen;
	Bom			bom = bom_of(b, len, &bomlen);
	Bom			own = BOM_NONE; /* the BOM this encoding may start with */

	squash(encoding, sq, sizeof(sq));
	if (sq[0] == '\0')
	{
		/* ICU would open its default converter for "" */
		out->status = SP_DECODE_UNKNOWN_ENCODING;
		return;
	}
	if (!strcmp(sq, "GB18030") || !strcmp(sq, "GBK") || !strcmp(sq, "GB2312") ||
		!strcmp(sq, "EUCCN") || !strcmp(sq, "CP936") || !strcmp(sq, "WINDOWS936"))
		name = "GB18030";
	else if (!strcmp(sq, "BIG5"))
		name = "Big5";
	else if (!strcmp(sq, "BIG5HKSCS"))
		name = "Big5-HKSCS";
	else if (!strcmp(sq, "UTF8"))
		name = "UTF-8", own = BOM_UTF8;
	else if (!strcmp(sq, "UTF16LE"))
		name = "UTF-16LE", own = BOM_UTF16LE;
	else if (!strcmp(sq, "UTF16BE"))
		name = "UTF-16BE", own = BOM_UTF16BE;
	else if (!strcmp(sq, "UTF16"))
	{
		if (bom == BOM_UTF16LE || bom == BOM_UTF16BE)
			name = bom_names[bom], own = bom;
		else
			name = utf16_order(b, len);
		if (name == NULL)
			name = "UTF-16BE";	/* Unicode's default without a BOM */
	}
	copy_name(out->encoding, sizeof(out->encoding), name);
	copy_name(out->detected_by, sizeof(out->detected_by), "named");
	if (bom != BOM_NONE && bom != own)
	{
		out->status = SP_DECODE_BOM_MISMATCH;
		copy_name(out->candidates[0].name, sizeof(out->candidates[0].name), bom_names[bom]);
		out->ncandidates = 1;
		return;
	}
	out->bom = bom != BOM_NONE;
	out->status = convert(env, name, (const char *) b, len, out->bom ? bomlen : 0, false, out);
}

static void
decode_detected(const SpEnv *env, const unsigned char *b, size_t len, SpDecoded *out)
{
	size_t		bomlen;
	Bom			bom = bom_of(b, len, &bomlen);
	const char *order;
	UErrorCode	err = U_ZERO_ERROR;
	UCharsetDetector *det;
	const UCharsetMatch **matches = NULL;
	int32_t		nmatches = 0;
	SpDecodeCandidate valid[SP_DECODE_MAX_CANDIDATES];
	int			nvalid = 0;

	if (bom != BOM_NONE)
	{
		copy_name(out->encoding, sizeof(out->encoding), bom_names[bom]);
		copy_name(out->detected_by, sizeof(out->detected_by), "bom");
		out->bom = true;
		out->status = convert(env, bom_names[bom], (const char *) b, len, bomlen, false, out);
		return;
	}
	if (valid_utf8(b, len))
	{
		copy_name(out->encoding, sizeof(out->encoding), "UTF-8");
		copy_name(out->detected_by, sizeof(out->detected_by), "utf-8");
		out->status = convert(env, "UTF-8", (const char *) b, len, 0, false, out);
		return;
	}
	if ((order = utf16_order(b, len)) != NULL)
	{
		copy_name(out->encoding, sizeof(out->encoding), order);
		copy_name(out->detected_by, sizeof(out->detected_by), "utf-16");
		out->status = convert(env, order, (const char *) b, len, 0, false, out);
		return;
	}
	copy_name(out->detected_by, sizeof(out->detected_by), "ucsdet");
	det = ucsdet_open(&err);
	if (U_SUCCESS(err))
		ucsdet_setText(det, (const char *) b, (int32_t) (len > DETECT_BYTES ? DETECT_BYTES : len), &err);
	if (U_SUCCESS(err))
		matches = ucsdet_detectAll(det, &nmatches, &err);
	if (U_FAILURE(err))
		nmatches = 0;
	for (int32_t k = 0; k < nmatches && nvalid < SP_DECODE_MAX_CANDIDATES; k++)
	{
		UErrorCode	e2 = U_ZERO_ERROR;
		const char *name = ucsdet_getName(matches[k], &e2);
		int			conf = ucsdet_getConfidence(matches[k], &e2);
		SpDecoded	probe;
		SpDecodeStatus st;

		if (U_FAILURE(e2) || name == NULL || !strncmp(name, "UTF-", 4))
			continue;			/* the Unicode forms were tried above */
		memset(&probe, 0, sizeof(probe));
		st = convert(env, name, (const char *) b, len, 0, true, &probe);
		/* a name the detector has and the converters do not (IBM420_ltr): no candidate */
		if (st == SP_DECODE_UNKNOWN_ENCODING)
			continue;
		copy_name(valid[nvalid].name, sizeof(valid[nvalid].name), name);
		valid[nvalid].confidence = conf;
		valid[nvalid].valid = st == SP_DECODE_OK;
		nvalid++;
	}
	if (det)
		ucsdet_close(det);
	if (nvalid > 0 && valid[0].confidence >= CONFIDENT)
	{
		int			rival = -1;

		for (int k = 1; k < nvalid && rival < 0; k++)
			if (valid[k].valid)
				rival = valid[k].confidence;
		if (rival + MARGIN <= valid[0].confidence)
		{
			copy_name(out->encoding, sizeof(out->encoding), valid[0].name);
			out->status = convert(env, valid[0].name, (const char *) b, len, 0, false, out);
			return;
		}
	}
	memcpy(out->candidates, valid, sizeof(valid[0]) * (size_t) nvalid);
	out->ncandidates = nvalid;
	out->status = SP_DECODE_NOT_CONFIDENT;
}

void
sp_decode(const SpEnv *env, const char *bytes, size_t len, const char *encoding, SpDecoded *out)
{
	memset(out, 0, sizeof(*out));
	if (encoding)
		decode_named(env, (const unsigned char *) bytes, len, encoding, out);
	else
		decode_detected(env, (const unsigned char *) bytes, len, out);
	if (out->status != SP_DECODE_OK && out->utf8)
	{
		sp_free(env, out->utf8);
		out->utf8 = NULL;
	}
}
