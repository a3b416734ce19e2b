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

/* strictly valid UTF-8 without NUL, as PostgreSQL's text needs */
static bool
strict_utf8(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len;)
	{
		unsigned char c = s[i];
		size_t		n;
		uint32_t	cp,
					min;

		if (c == 0)
			return false;
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
