#include "unit.h"
#include "sp_utf8.h"

SP_TEST(utf8_decode_and_invalid_bytes)
{
	const char *s = "a中\xE2\x80";		/* truncated 3-byte sequence at the end */
	int			step;

	CHECK_INT(sp_u8_decode(s, 6, 0, &step), 'a');
	CHECK_INT(step, 1);
	CHECK_INT(sp_u8_decode(s, 6, 1, &step), 0x4E2D);
	CHECK_INT(step, 3);
	CHECK_INT(sp_u8_decode(s, 6, 4, &step), SP_REPLACEMENT);
	CHECK_INT(step, 1);
	CHECK_INT(sp_u8_count(s, 6), 4);
	CHECK_INT(sp_u8_decode("\xC0\xAF", 2, 0, &step), SP_REPLACEMENT);	/* overlong */
	CHECK_INT(sp_u8_decode("\xED\xA0\x80", 3, 0, &step), SP_REPLACEMENT);	/* surrogate */
	CHECK_INT(sp_u8_prev(s, 4), 1);
	CHECK_INT(sp_u8_prev(s, 1), 0);
	CHECK_INT(sp_u8_prev(s, 5), 4);
}

SP_TEST(utf8_classes)
{
	CHECK(sp_is_han(0x4E2D));
	CHECK(sp_is_han(0x3007));
	CHECK(sp_is_han(0x20000));	/* CJK extension B */
	CHECK(!sp_is_han('a'));
	CHECK(!sp_is_han(0x3002));	/* 。 */
	CHECK(sp_is_space(0x3000));
	CHECK(sp_is_space(0xA0));
	CHECK(!sp_is_space('\n'));
	CHECK(sp_is_newline('\r'));
	CHECK(sp_is_digit(0xFF11));
	CHECK(sp_is_letter(0xE9));
	CHECK(!sp_is_letter(0x4E2D));
	CHECK(sp_is_punct(0xFF0C));
	CHECK(sp_is_cjk_punct(0x3001));
	CHECK_INT(sp_fold_width(0xFF08), '(');
	CHECK_INT(sp_circled_value(0x2460), 1);
	CHECK_INT(sp_circled_value(0x2473), 20);
}

static uint64_t
han(const char *s, size_t *used)
{
	uint64_t	v = 0;

	*used = sp_parse_han_number(s, strlen(s), 0, &v);
	return v;
}

SP_TEST(utf8_han_numbers)
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

SP_TEST(utf8_charindex)
{
	const char *s = "ab中文cd";
	SpCharIndex ci;

	sp_charindex_init(&sp_env_malloc, &ci, s, strlen(s));
	CHECK_INT(ci.nchars, 6);
	CHECK_INT(sp_charindex_pos(&ci, 0), 1);
	CHECK_INT(sp_charindex_pos(&ci, 2), 3);
	CHECK_INT(sp_charindex_pos(&ci, 5), 4);
	CHECK_INT(sp_charindex_pos(&ci, 8), 5);
	CHECK_INT(sp_charindex_pos(&ci, strlen(s)), 7);
	sp_charindex_free(&sp_env_malloc, &ci);
}

SP_TEST(utf8_charindex_long)
{
	/* across many index blocks: every position must agree with a direct count */
	size_t		n = 5000;
	char	   *buf = malloc(n * 3);
	size_t		len = 0;
	SpCharIndex ci;
	int			bad = 0;

	for (size_t i = 0; i < n; i++)
		len += (size_t) sp_u8_encode(i % 3 ? 0x4E00 + (uint32_t) i : 'x', buf + len);
	sp_charindex_init(&sp_env_malloc, &ci, buf, len);
	for (size_t b = 0, k = 1; b < len; k++)
	{
		int			step;

		if (sp_charindex_pos(&ci, b) != k)
			bad++;
		(void) sp_u8_decode(buf, len, b, &step);
		b += (size_t) step;
	}
	CHECK_INT(bad, 0);
	CHECK_INT(ci.nchars, n);
	sp_charindex_free(&sp_env_malloc, &ci);
	free(buf);
}

SP_TEST(utf8_han_number_bounded)
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
