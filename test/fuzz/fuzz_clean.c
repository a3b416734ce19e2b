/*
 * libFuzzer target: speech_clean's core (sp_clean) on arbitrary bytes.  Valid
 * UTF-8 in must give valid UTF-8 out, and output stays proportional to input.
 */
#include "fuzz_common.h"
#include "sp_clean.h"

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
}
