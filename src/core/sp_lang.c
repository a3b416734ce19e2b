/*
 * sp_lang.c - the language of a span from its script (see sp_lang.h).
 */
#include "sp_lang.h"

#include <stddef.h>

const char *
sp_lang_name(SpLang lang)
{
	switch (lang)
	{
		case SP_LANG_ZH:
			return "zh";
		case SP_LANG_EN:
			return "en";
		default:
			return NULL;
	}
}

SpLang
sp_lang_decide(int64_t han, int64_t latin, int64_t other)
{
	int64_t		h = 3 * han;

	if (h == 0 && latin == 0)
		return SP_LANG_NONE;
	if (h >= latin)
		return h >= other ? SP_LANG_ZH : SP_LANG_NONE;
	return latin >= other ? SP_LANG_EN : SP_LANG_NONE;
}
