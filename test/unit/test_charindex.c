#include "unit.h"
#include "sp_charindex.h"
#include "sp_utf8.h"

SP_TEST(charindex_positions)
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

SP_TEST(charindex_long)
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

SP_TEST(charindex_empty_and_invalid)
{
	/* an empty text: one past the end is position 1 */
	SpCharIndex ci;
	const char *bad = "a\xFF\xE4\xB8" "b";	/* invalid bytes are one character each */

	sp_charindex_init(&sp_env_malloc, &ci, "", 0);
	CHECK_INT(ci.nchars, 0);
	CHECK_INT(sp_charindex_pos(&ci, 0), 1);
	sp_charindex_free(&sp_env_malloc, &ci);
	CHECK(ci.block_byte == NULL);

	sp_charindex_init(&sp_env_malloc, &ci, bad, 5);
	CHECK_INT(ci.nchars, sp_u8_count(bad, 5));
	CHECK_INT(sp_charindex_pos(&ci, 1), 2);
	CHECK_INT(sp_charindex_pos(&ci, 4), ci.nchars);
	CHECK_INT(sp_charindex_pos(&ci, 5), ci.nchars + 1);
	sp_charindex_free(&sp_env_malloc, &ci);
}
