/*
 * libFuzzer target: speech_clean's core (sp_clean) on arbitrary bytes.  Valid
 * UTF-8 in must give valid UTF-8 out, and output stays proportional to input.
 * With a host that holds only ASCII (sp_clean_opt), an ASCII input gives an
 * ASCII output: no entity decodes to a character the host cannot hold.
 */
#include "fuzz_common.h"
#include "sp_clean.h"

/* a host whose output holds only ASCII */
static bool
ascii_only(void *ud, uint32_t cp)
{
	(void) ud;
	return cp < 0x80;
}

static bool
is_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char) s[i] >= 0x80)
			return false;
	return true;
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	size_t		n;
	char	   *out = sp_clean(env, s, size, &n);

	if (n > 3 * size + 16)
		abort();
	if (fuzz_valid_utf8(s, size) && !fuzz_valid_utf8(out, n))
		abort();
	free(out);
	{
		SpCleanOptions opt = {ascii_only, NULL};

		out = sp_clean_opt(env, s, size, &opt, &n);
		if (n > 3 * size + 16)
			abort();
		if (is_ascii(s, size) && !is_ascii(out, n))
			abort();
		free(out);
	}
}
