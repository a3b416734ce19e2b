/*
 * test_decode.c - bytes in a file's encoding to UTF-8 (sp_decode.h): named
 * encodings, byte-order marks, detection, and the errors (invalid bytes at
 * their offset, NUL, a contradicting BOM, no confident guess).
 */
#include "unit.h"
#include "sp_decode.h"

#include <stdlib.h>

#include <unicode/ucnv.h>

static SpDecoded
dec(const char *bytes, size_t len, const char *encoding)
{
	SpDecoded	d;

	sp_decode(&sp_env_malloc, bytes, len, encoding, &d);
	if (d.status == SP_DECODE_OK)
		CHECK_INT(d.len, strlen(d.utf8));
	return d;
}

#define DEC(lit, enc) dec((lit), sizeof(lit) - 1, (enc))

/* 讲话 in each encoding */
#define JIANGHUA_GB "\xbd\xb2\xbb\xb0"
#define JIANGHUA_BIG5 "\xc1\xbf\xb8\xdc"	/* 講話 */
#define JIANGHUA_U16LE "\xb2\x8b\xdd\x8b"
#define JIANGHUA_U16BE "\x8b\xb2\x8b\xdd"

SP_TEST(decode_named)
{
	static const struct
	{
		const char *bytes;
		size_t		len;
		const char *enc;
		const char *want;
		const char *used;
	}			cases[] = {
		{JIANGHUA_GB, 4, "GB18030", "讲话", "GB18030"},
		{JIANGHUA_GB, 4, "gbk", "讲话", "GB18030"},
		{JIANGHUA_GB, 4, "GB2312", "讲话", "GB18030"},
		{JIANGHUA_GB, 4, "euc_cn", "讲话", "GB18030"},
		{JIANGHUA_BIG5, 4, "Big5", "講話", "Big5"},
		{JIANGHUA_U16LE, 4, "UTF-16LE", "讲话", "UTF-16LE"},
		{JIANGHUA_U16BE, 4, "utf16be", "讲话", "UTF-16BE"},
		{"\xff\xfe" JIANGHUA_U16LE, 6, "UTF-16", "讲话", "UTF-16LE"},
		{"\xfe\xff" JIANGHUA_U16BE, 6, "UTF-16", "讲话", "UTF-16BE"},
		{"\xff\xfe" JIANGHUA_U16LE, 6, "UTF-16LE", "讲话", "UTF-16LE"},
		{"\xef\xbb\xbf讲话", 9, "UTF-8", "讲话", "UTF-8"},
		{"讲话", 6, "utf8", "讲话", "UTF-8"},
		/* GB18030's four-byte form: U+20000 𠀀 is 0x95 0x32 0x82 0x36 */
		{"\x95\x32\x82\x36", 4, "GB18030", "\xf0\xa0\x80\x80", "GB18030"},
		/* any converter ICU knows */
		{"caf\xe9", 4, "ISO-8859-1", "café", "ISO-8859-1"},
		{"", 0, "GB18030", "", "GB18030"},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		SpDecoded	d = dec(cases[k].bytes, cases[k].len, cases[k].enc);

		CHECK_INT(d.status, SP_DECODE_OK);
		if (d.status == SP_DECODE_OK)
			CHECK_STR(d.utf8, cases[k].want);
		CHECK_STR(d.encoding, cases[k].used);
		free(d.utf8);
	}
}

SP_TEST(decode_errors_name_the_offset)
{
	SpDecoded	d;

	/* 0x80 is no GB18030 byte; a truncated character at the end */
	d = DEC("ab\x80" "c", "GB18030");
	CHECK_INT(d.status, SP_DECODE_INVALID);
	CHECK_INT(d.offset, 2);
	CHECK_INT(d.nbad, 1);
	CHECK_INT(d.bad[0], 0x80);
	CHECK(d.utf8 == NULL);
	d = DEC(JIANGHUA_GB "\xbd", "GBK");
	CHECK_INT(d.status, SP_DECODE_INVALID);
	CHECK_INT(d.offset, 4);
	/* Big5's converter passes 0x80 through as U+0080: refused too */
	d = DEC(JIANGHUA_BIG5 "\x80", "Big5");
	CHECK_INT(d.status, SP_DECODE_INVALID);
	CHECK_INT(d.offset, 4);
	/* UTF-16: a lone surrogate, an odd length */
	d = DEC("a\x00\x00\xd8" "b\x00", "UTF-16LE");
	CHECK_INT(d.status, SP_DECODE_INVALID);
	CHECK_INT(d.offset, 2);
	d = DEC("a\x00" "b", "UTF-16LE");
	CHECK_INT(d.status, SP_DECODE_INVALID);
	CHECK_INT(d.offset, 2);
	/* UTF-8: invalid and truncated */
	d = DEC("ok\xc0\xafno", "UTF-8");
	CHECK_INT(d.status, SP_DECODE_INVALID);
	CHECK_INT(d.offset, 2);
	/* a NUL character: text cannot hold it */
	d = DEC("a\x00" "b", "GB18030");
	CHECK_INT(d.status, SP_DECODE_NUL);
	CHECK_INT(d.offset, 1);
	/* a BOM of another encoding */
	d = DEC("\xff\xfe" JIANGHUA_U16LE, "GB18030");
	CHECK_INT(d.status, SP_DECODE_BOM_MISMATCH);
	CHECK_STR(d.candidates[0].name, "UTF-16LE");
	d = DEC("\xef\xbb\xbf讲话", "UTF-16");
	CHECK_INT(d.status, SP_DECODE_BOM_MISMATCH);
	d = DEC("abc", "no-such-encoding");
	CHECK_INT(d.status, SP_DECODE_UNKNOWN_ENCODING);
}

/* utf8 in another encoding, by ICU (malloc'd) */
static char *
encode(const char *utf8, const char *to, size_t *n)
{
	UErrorCode	err = U_ZERO_ERROR;
	size_t		cap = strlen(utf8) * 2 + 16;
	char	   *out = malloc(cap);
	int32_t		len = ucnv_convert(to, "UTF-8", out, (int32_t) cap, utf8, (int32_t) strlen(utf8), &err);

	CHECK(U_SUCCESS(err));
	*n = (size_t) len;
	return out;
}

/* a line of text, n times */
static char *
repeat(const char *unit, int n)
{
	size_t		l = strlen(unit);
	char	   *s = malloc(l * (size_t) n + 1);

	for (int k = 0; k < n; k++)
		memcpy(s + l * (size_t) k, unit, l);
	s[l * (size_t) n] = '\0';
	return s;
}

SP_TEST(decode_detects)
{
	SpDecoded	d,
				gb;
	char	   *text = repeat("今年全县经济增长百分之六点五左右，完成投资三点二亿元。我们坚持稳中求进工作总基调，必须巩固成果。\n", 20);

	/* BOMs */
	d = DEC("\xff\xfe" JIANGHUA_U16LE, NULL);
	CHECK_INT(d.status, SP_DECODE_OK);
	CHECK_STR(d.encoding, "UTF-16LE");
	CHECK_STR(d.detected_by, "bom");
	CHECK(d.bom);
	free(d.utf8);
	d = DEC("\xef\xbb\xbf讲话", NULL);
	CHECK_STR(d.utf8, "讲话");
	free(d.utf8);
	/* UTF-8 without BOM, ASCII */
	d = DEC("讲话 speech", NULL);
	CHECK_STR(d.detected_by, "utf-8");
	CHECK_STR(d.utf8, "讲话 speech");
	free(d.utf8);
	/* UTF-16 without BOM, both orders, Chinese and English */
	d = DEC(JIANGHUA_U16LE "\x02\x30", NULL);
	CHECK_STR(d.encoding, "UTF-16LE");
	CHECK_STR(d.utf8, "讲话。");
	free(d.utf8);
	d = DEC(JIANGHUA_U16BE "\x30\x02", NULL);
	CHECK_STR(d.encoding, "UTF-16BE");
	free(d.utf8);
	d = DEC("T\x00h\x00" "e\x00 \x00" "e\x00n\x00" "d\x00.\x00", NULL);
	CHECK_STR(d.encoding, "UTF-16LE");
	CHECK_STR(d.utf8, "The end.");
	free(d.utf8);
	d = DEC("\x00T\x00h\x00" "e\x00 \x00" "e\x00n\x00" "d\x00.", NULL);
	CHECK_STR(d.encoding, "UTF-16BE");
	free(d.utf8);

	/* GB18030 and Big5 of 20 lines are told apart by ucsdet */
	{
		char	   *trad = repeat("今年全縣經濟增長百分之六點五左右，完成投資三點二億元。我們堅持穩中求進工作總基調，必須鞏固成果。\n", 20);
		size_t		n;
		char	   *b = encode(text, "GB18030", &n);

		gb = dec(b, n, NULL);
		CHECK_INT(gb.status, SP_DECODE_OK);
		CHECK_STR(gb.encoding, "GB18030");
		CHECK_STR(gb.detected_by, "ucsdet");
		if (gb.status == SP_DECODE_OK)
			CHECK(strcmp(gb.utf8, text) == 0);
		free(gb.utf8);
		free(b);
		b = encode(trad, "Big5", &n);
		d = dec(b, n, NULL);
		CHECK_INT(d.status, SP_DECODE_OK);
		CHECK_STR(d.encoding, "Big5");
		if (d.status == SP_DECODE_OK)
			CHECK(strcmp(d.utf8, trad) == 0);
		free(d.utf8);
		/* an invalid byte past the detector's window: named with its offset */
		b = realloc(b, n + 2);
		b[n] = (char) 0xa1;
		b[n + 1] = ' ';
		d = dec(b, n + 2, NULL);
		CHECK_INT(d.status, SP_DECODE_INVALID);
		CHECK_INT(d.offset, n);
		CHECK_STR(d.encoding, "Big5");
		free(b);
		free(trad);
	}
	free(text);

	/* too short to tell: not confident, with candidates */
	d = DEC(JIANGHUA_GB, NULL);
	CHECK_INT(d.status, SP_DECODE_NOT_CONFIDENT);
	CHECK(d.ncandidates >= 2);
	CHECK_STR(d.detected_by, "ucsdet");
}

SP_TEST(decode_detector_names_icu_cannot_open)
{
	SpDecoded	d;

	/*
	 * ucsdet names candidates ICU has no converter for (IBM420_ltr, its
	 * Arabic EBCDIC guess for these 9 bytes): one won, and the detection
	 * ended as "unknown encoding", which speech_decode reported as the
	 * encoding "(null)" it was never given (found by fuzz_decode).  Such
	 * candidates are not candidates.
	 */
	d = DEC("g8\xb8\n38\xb8" "a\n", NULL);
	CHECK(d.status != SP_DECODE_UNKNOWN_ENCODING);
	CHECK(strcmp(d.encoding, "IBM420_ltr") != 0);
	for (int k = 0; k < d.ncandidates; k++)
		CHECK(strcmp(d.candidates[k].name, "IBM420_ltr") != 0);
	free(d.utf8);
}
