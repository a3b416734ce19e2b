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

SP_TEST(utf8_encode_count_and_literals)
{
	static const uint32_t cps[] = {'a', 0xE9, 0x4E2D, 0x1F600, 0x10FFFF};
	char		buf[32];
	size_t		len = 0;
	const char *s = "谢谢大家";

	for (size_t k = 0; k < sizeof(cps) / sizeof(cps[0]); k++)
		len += (size_t) sp_u8_encode(cps[k], buf + len);
	CHECK_INT(len, 1 + 2 + 3 + 4 + 4);
	for (size_t k = 0, i = 0; k < sizeof(cps) / sizeof(cps[0]); k++)
	{
		int			step;

		CHECK_INT(sp_u8_decode(buf, len, i, &step), cps[k]);
		i += (size_t) step;
	}
	CHECK_INT(sp_u8_count(buf, len), 5);
	CHECK_INT(sp_u8_count_max(buf, len, 2), 2);
	CHECK_INT(sp_u8_at(buf, len, len), 0);
	CHECK_INT(sp_u8_before(buf, len, 3), 0xE9);
	CHECK_INT(sp_u8_before(buf, len, 0), 0);
	CHECK_INT(sp_u8_lit(s, strlen(s), 0, "谢谢"), 6);
	CHECK_INT(sp_u8_lit(s, strlen(s), 3, "谢大"), 6);
	CHECK_INT(sp_u8_lit(s, 4, 0, "谢谢"), 0);	/* past len */
	CHECK_INT(sp_u8_lit_before(s, strlen(s), "大家"), 6);
	CHECK_INT(sp_u8_lit_before(s, 3, "谢谢"), 0);
	CHECK_INT(sp_u8_lit_before(s, 3, ""), 0);
}
