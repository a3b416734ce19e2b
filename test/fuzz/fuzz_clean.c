/*
 * libFuzzer target: speech_clean's core (sp_clean) on arbitrary bytes.  Valid
 * UTF-8 in must give valid UTF-8 out, and output stays proportional to input.
 */
#include "fuzz_common.h"
#include "sp_clean.h"

static bool
valid_utf8(const char *s, size_t len)
{
	for (size_t i = 0; i < len;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, len, i, &step);

		if (cp == SP_REPLACEMENT && !(step == 3 && (unsigned char) s[i] == 0xEF))
			return false;
		i += (size_t) step;
	}
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		n;
	char	   *out = sp_clean(&sp_env_malloc, (const char *) data, size, &n);

	if (n > 3 * size + 16)
		abort();
	if (valid_utf8((const char *) data, size) && !valid_utf8(out, n))
		abort();
	free(out);
	return 0;
}
