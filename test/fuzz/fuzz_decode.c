/*
 * libFuzzer target: the decoder (sp_decode: speech_decode) on arbitrary
 * bytes, detected (no name) or named, the name chosen by the input's length
 * and its first and last bytes (the bytes stay untouched, so text seeds
 * decode as text).  Checks: a
 * decoded text is strictly valid UTF-8 (no surrogate, no overlong form, no
 * NUL), NUL-terminated, and from a legacy CJK encoding holds no C1 control;
 * UTF-8 input comes back byte for byte (less a BOM); decoding again with the
 * encoding found gives the same text; an error is a clean one (no text, the
 * offset inside the input, the bad bytes found there, the candidates of a
 * detection that was not confident well formed).
 */
#include "fuzz_common.h"
#include "sp_decode.h"

#include <stdint.h>
#include <unicode/ustring.h>

/*
 * strictly valid UTF-8 without NUL, as PostgreSQL's text needs: asked of
 * ICU (its UTF-8 reader refuses surrogates, overlong forms and code points
 * past U+10FFFF), not of a copy of the decoder's own check
 */
static bool
strict_utf8(const unsigned char *s, size_t len)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		n = 0;

	if (len > INT32_MAX || memchr(s, 0, len) != NULL)
		return false;
	(void) u_strFromUTF8(NULL, 0, &n, (const char *) s, (int32_t) len, &err);
	return err == U_ZERO_ERROR || err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING;
}

static bool
has_c1(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++)
		if (s[i] == 0xC2 && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F)
			return true;
	return false;
}

static bool
legacy_cjk(const char *encoding)
{
	return !strcmp(encoding, "GB18030") || !strncmp(encoding, "Big5", 4);
}

static void
check(const SpEnv *env, const char *s, size_t size, const char *encoding, SpDecoded *d)
{
	sp_decode(env, s, size, encoding, d);
	REQUIRE(d->status >= SP_DECODE_OK && d->status <= SP_DECODE_NOT_CONFIDENT);
	REQUIRE(memchr(d->encoding, '\0', sizeof(d->encoding)) != NULL);
	REQUIRE(memchr(d->detected_by, '\0', sizeof(d->detected_by)) != NULL);
	if (encoding)
		REQUIRE(d->status == SP_DECODE_UNKNOWN_ENCODING || !strcmp(d->detected_by, "named"));
	else
		REQUIRE(d->status != SP_DECODE_UNKNOWN_ENCODING && d->status != SP_DECODE_BOM_MISMATCH);
	switch (d->status)
	{
		case SP_DECODE_OK:
			REQUIRE(d->utf8 != NULL && d->utf8[d->len] == '\0');
			REQUIRE(d->encoding[0] != '\0' && d->detected_by[0] != '\0');
			REQUIRE(strict_utf8((const unsigned char *) d->utf8, d->len));
			if (legacy_cjk(d->encoding))
				REQUIRE(!has_c1((const unsigned char *) d->utf8, d->len));
			if (!strcmp(d->encoding, "UTF-8"))
			{
				size_t		skip = d->bom ? 3 : 0;

				REQUIRE(size >= skip && d->len == size - skip && memcmp(d->utf8, s + skip, d->len) == 0);
			}
			break;
		case SP_DECODE_INVALID:
			REQUIRE(d->utf8 == NULL && d->offset < size);
			REQUIRE(d->nbad >= 0 && d->nbad <= (int) sizeof(d->bad));
			REQUIRE(d->offset + (size_t) d->nbad <= size);
			break;
		case SP_DECODE_NUL:
			REQUIRE(d->utf8 == NULL && d->offset < size && s[d->offset] == '\0');
			break;
		case SP_DECODE_BOM_MISMATCH:
			REQUIRE(d->utf8 == NULL && d->ncandidates == 1 && d->candidates[0].name[0] != '\0');
			break;
		case SP_DECODE_NOT_CONFIDENT:
			REQUIRE(d->utf8 == NULL && d->ncandidates >= 0 && d->ncandidates <= SP_DECODE_MAX_CANDIDATES);
			for (int k = 0; k < d->ncandidates; k++)
			{
				const SpDecodeCandidate *c = &d->candidates[k];

				REQUIRE(memchr(c->name, '\0', sizeof(c->name)) != NULL && c->name[0] != '\0');
				REQUIRE(c->confidence >= 0 && c->confidence <= 100);
			}
			break;
		case SP_DECODE_UNKNOWN_ENCODING:
			REQUIRE(d->utf8 == NULL && encoding != NULL);
			break;
	}
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	static const char *const names[] = {
		NULL, NULL, NULL, NULL, "GB18030", "gbk", "GB_2312", "BIG5", "Big5-HKSCS",
		"UTF-8", "utf8", "UTF-16", "UTF-16LE", "utf_16be", "ISO-8859-1", "Shift_JIS",
		"EUC-KR", "", "no-such-encoding", "windows-1252",
	};
	size_t		pick = size + (size > 0 ? (unsigned char) s[0] + (unsigned char) s[size - 1] : 0);
	const char *encoding = names[pick % (sizeof(names) / sizeof(names[0]))];
	SpDecoded	d,
				again;

	check(env, s, size, encoding, &d);
	/* the same bytes decoded with the encoding found give the same text */
	if (d.status == SP_DECODE_OK)
	{
		check(env, s, size, d.encoding, &again);
		REQUIRE(again.status == SP_DECODE_OK && again.len == d.len && memcmp(again.utf8, d.utf8, d.len) == 0);
		sp_free(env, again.utf8);
		/* and the text decodes to itself as UTF-8 (less a U+FEFF at its start, read as a BOM) */
		{
			size_t		bom = d.len >= 3 && !memcmp(d.utf8, "\xEF\xBB\xBF", 3) ? 3 : 0;

			check(env, d.utf8, d.len, "UTF-8", &again);
			REQUIRE(again.status == SP_DECODE_OK && again.len == d.len - bom &&
					memcmp(again.utf8, d.utf8 + bom, again.len) == 0);
			sp_free(env, again.utf8);
		}
	}
	sp_free(env, d.utf8);
}
