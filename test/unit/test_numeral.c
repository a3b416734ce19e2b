#include "unit.h"
#include "sp_numeral.h"
#include "sp_utf8.h"

static uint64_t
han(const char *s, size_t *used)
{
	uint64_t	v = 0;

	*used = sp_parse_han_number(s, strlen(s), 0, &v);
	return v;
}

SP_TEST(numeral_han_numbers)
{
	size_t		u;

	CHECK_INT(han("三", &u), 3);
	CHECK_INT(u, 3);
	CHECK_INT(han("十二", &u), 12);
	CHECK_INT(han("二十一", &u), 21);
	CHECK_INT(han("一百零五", &u), 105);
	CHECK_INT(han("三千五百", &u), 3500);
	CHECK_INT(han("两万", &u), 20000);
	CHECK_INT(han("二〇二六年", &u), 2026);
	CHECK_INT(u, 12);
	CHECK_INT(han("五十四万亿元", &u), UINT64_C(54000000000000));
	CHECK_INT(han("一万二千亿斤", &u), UINT64_C(1200000000000));
	CHECK_INT(han("十三亿多", &u), UINT64_C(1300000000));
	CHECK_INT(han("百分之", &u), 0);
	CHECK_INT(u, 0);
	CHECK_INT(han("零", &u), 0);
	CHECK_INT(u, 3);
	CHECK_INT(han("亿", &u), 0);
	CHECK_INT(u, 0);
	/* saturation, never overflow */
	CHECK(han("九九九九九九九九九九九九九九九九九九九九九九九", &u) <= UINT64_C(1000000000000000000));
}

SP_TEST(numeral_han_number_bounded)
{
	/*
	 * fuzz_quantities, fuzz_slogans: a numeral was read to the end of its run,
	 * and callers try every position of a run, so 64 KB of 一二三…亿 took 0.5 s
	 * (quadratic).  A numeral is now read for at most SP_HAN_NUMBER_MAX_CHARS.
	 */
	char		t[100 * 3 + 1];
	size_t		u;

	for (int c = 0; c < 100; c++)
		memcpy(t + 3 * c, "一", 3);
	t[300] = '\0';
	(void) han(t, &u);
	CHECK_INT(u, 3 * SP_HAN_NUMBER_MAX_CHARS);
	/* the longest structured numeral still reads whole */
	CHECK_INT(han("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", &u) > 0, 1);
	CHECK_INT(u, 31 * 3);
}

SP_TEST(numeral_digits_and_circled)
{
	uint64_t	v;

	CHECK_INT(sp_digit_value('7'), 7);
	CHECK_INT(sp_digit_value(0xFF19), 9);	/* ９ */
	CHECK_INT(sp_digit_value('a'), -1);
	CHECK_INT(sp_parse_digits("2023年", 7, 0, &v), 4);
	CHECK_INT(v, 2023);
	CHECK_INT(sp_parse_digits("１２x", 7, 0, &v), 6);
	CHECK_INT(v, 12);
	CHECK_INT(sp_han_digit(0x4E24), 2);	/* 两 */
	CHECK_INT(sp_han_digit(SP_CP_TEN), -1);
	CHECK_INT(sp_han_unit(SP_CP_TEN), 10);
	CHECK_INT(sp_han_unit(SP_CP_YI), 100000000);
	CHECK_INT(sp_han_unit(0x4E2D), 0);
	CHECK(sp_is_han_digit_char(SP_CP_WHITE_CIRCLE));
	CHECK(sp_is_han_numeral_char(SP_CP_WAN));
	CHECK(!sp_is_han_numeral_char(SP_CP_NIAN));
	CHECK_INT(sp_circled_value(0x2460), 1);
	CHECK_INT(sp_circled_value(0x2473), 20);
	CHECK_INT(sp_circled_value(0x2474), 1);
	CHECK_INT(sp_circled_value(0x325F), 35);
	CHECK_INT(sp_circled_value('1'), 0);
}

SP_TEST(numeral_code_points)
{
	/* each named code point is the character its comment shows */
	static const struct
	{
		uint32_t	cp;
		const char *text;
	}			names[] = {
		{SP_CP_NIAN, "年"}, {SP_CP_YUE, "月"}, {SP_CP_RI, "日"}, {SP_CP_HAO, "号"},
		{SP_CP_SHI, "时"}, {SP_CP_TEN, "十"}, {SP_CP_BAI, "百"}, {SP_CP_QIAN, "千"},
		{SP_CP_WAN, "万"}, {SP_CP_YI, "亿"}, {SP_CP_LING, "〇"}, {SP_CP_WHITE_CIRCLE, "○"},
		{SP_CP_DI, "第"}, {SP_CP_DIAN, "点"}, {SP_CP_DIAN_TRAD, "點"},
	};

	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		CHECK_INT(sp_u8_at(names[k].text, strlen(names[k].text), 0), names[k].cp);
}

SP_TEST(numeral_arabic_spelling)
{
	char		buf[64];
	size_t		n,
				numlen;

	n = sp_arabic_numeral("二○○一年", 15, buf, &numlen);
	CHECK_SPAN(buf, n, "2001年");
	CHECK_SPAN(buf, numlen, "2001");
	n = sp_arabic_numeral("三十一", 9, buf, &numlen);
	CHECK_SPAN(buf, n, "31");
	n = sp_arabic_numeral("十二月", 9, buf, &numlen);
	CHECK_SPAN(buf, n, "12月");
	n = sp_arabic_numeral("2023年", 7, buf, &numlen);
	CHECK_SPAN(buf, numlen, "2023");
	CHECK_INT(sp_arabic_numeral("2023", 4, buf, &numlen), 0);
	CHECK_INT(sp_arabic_numeral("社会", 6, buf, &numlen), 0);
	CHECK_INT(sp_arabic_numeral("三年级", 9, buf, &numlen), 0);
}

SP_TEST(numeral_decimal_format)
{
	char		b[SP_DECIMAL_BUF];

	sp_decimal_format((SpDecimal) {516, 4, false}, b);
	CHECK_STR(b, "5160000");
	sp_decimal_format((SpDecimal) {12, -1, false}, b);
	CHECK_STR(b, "1.2");
	sp_decimal_format((SpDecimal) {6, -3, false}, b);
	CHECK_STR(b, "0.006");
	sp_decimal_format((SpDecimal) {1500, -2, false}, b);
	CHECK_STR(b, "15");
	sp_decimal_format((SpDecimal) {0, 0, false}, b);
	CHECK_STR(b, "0");
	sp_decimal_format((SpDecimal) {2466, 10, false}, b);
	CHECK_STR(b, "24660000000000");
	/* fuzzing found 0.000...0002 writing past a 48-byte buffer: at most 40 places */
	sp_decimal_format((SpDecimal) {2, -40, false}, b);
	CHECK_STR(b, "0.0000000000000000000000000000000000000002");
	sp_decimal_format((SpDecimal) {2, -61, false}, b);
	CHECK_STR(b, "0");
	sp_decimal_format((SpDecimal) {123456789012345678, -45, false}, b);
	CHECK_STR(b, "0.0000000000000000000000000001234567890123");
	sp_decimal_format((SpDecimal) {999999999999999999, 400, false}, b);
	CHECK(strlen(b) < SP_DECIMAL_BUF);
	/* up to 10^60 every zero is written (1亿亿亿 is 10^24, not 10^20) */
	sp_decimal_format((SpDecimal) {1, 24, false}, b);
	CHECK_STR(b, "1000000000000000000000000");
	sp_decimal_format((SpDecimal) {1, 60, false}, b);
	CHECK_INT(strlen(b), 61);
	CHECK(sp_decimal_exact((SpDecimal) {1, 60, false}));
	CHECK(!sp_decimal_exact((SpDecimal) {1, 61, false}));
	CHECK(sp_decimal_exact((SpDecimal) {2, -40, false}));
	CHECK(!sp_decimal_exact((SpDecimal) {2, -41, false}));
	CHECK(sp_decimal_exact((SpDecimal) {200, -42, false}));	/* 0.0...02 with its zeros trimmed */
}

/* the decimal that sp_decimal_push_digit builds from the digits of text ("12.05") */
static SpDecimal
decimal_of(const char *text)
{
	SpDecimal	d = {0, 0, false};
	bool		fraction = false;

	for (const char *p = text; *p; p++)
	{
		if (*p == '.')
			fraction = true;
		else
			sp_decimal_push_digit(&d, *p - '0', fraction);
	}
	return d;
}

SP_TEST(numeral_decimal_round_trip)
{
	/* written digits -> SpDecimal -> text gives the canonical text back */
	static const char *const same[] = {
		"0", "7", "15", "1.2", "0.006", "5160000", "24.66", "100000000000000000",
		"99999999999999999", "0.0000000000000000000000000000000000000002",
	};
	static const struct
	{
		const char *in;
		const char *out;
	}			canon[] = {
		{"1.50", "1.5"}, {"007", "7"}, {"0.000", "0"}, {"15.00", "15"},
		/* past 18 digits zeros raise the exponent: still exact */
		{"1000000000000000000000000000000000000000", "1000000000000000000000000000000000000000"},
		{"123456789012345678000", "123456789012345678000"},
	};
	/* a non-zero digit dropped past 18: inexact, never shown as another number */
	static const char *const inexact[] = {
		"123456789012345678901", "1.1234567890123456789", "123456789012345678901234567890",
	};
	char		b[SP_DECIMAL_BUF];
	SpDecimal	d;

	for (size_t k = 0; k < sizeof(same) / sizeof(same[0]); k++)
	{
		sp_decimal_format(decimal_of(same[k]), b);
		CHECK_STR(b, same[k]);
	}
	for (size_t k = 0; k < sizeof(canon) / sizeof(canon[0]); k++)
	{
		sp_decimal_format(decimal_of(canon[k].in), b);
		CHECK_STR(b, canon[k].out);
	}
	for (size_t k = 0; k < sizeof(inexact) / sizeof(inexact[0]); k++)
		CHECK(!sp_decimal_exact(decimal_of(inexact[k])));
	for (size_t k = 0; k < sizeof(same) / sizeof(same[0]); k++)
		CHECK(sp_decimal_exact(decimal_of(same[k])));
	/* integers: below the cap as they are, above it the magnitude kept */
	d = sp_decimal_from_u64(12345);
	CHECK_INT(d.mant, 12345);
	CHECK_INT(d.exp, 0);
	d = sp_decimal_from_u64(UINT64_C(1234567890123456789));
	CHECK_INT(d.exp, 2);
	CHECK(!sp_decimal_exact(d));
	d = sp_decimal_from_u64(UINT64_C(1234567890123456700));
	CHECK(sp_decimal_exact(d));
	sp_decimal_format(d, b);
	CHECK_STR(b, "1234567890123456700");
}
