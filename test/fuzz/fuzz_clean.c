/*
 * libFuzzer target: speech_clean's core (sp_clean) on arbitrary bytes.  Valid
 * UTF-8 in must give valid UTF-8 out, and output stays proportional to input.
 */
#include "fuzz_common.h"
#include "sp_clean.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		n;
	char	   *out = sp_clean(&sp_env_malloc, (const char *) data, size, &n);

	if (n > 3 * size + 16)
		abort();
	if (fuzz_valid_utf8((const char *) data, size) && !fuzz_valid_utf8(out, n))
		abort();
	free(out);
	return 0;
}
