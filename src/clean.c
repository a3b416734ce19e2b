/*
 * clean.c - speech_clean(body) RETURNS text: the text without the noise the
 * parser steps over (src/core/sp_clean.c).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/memutils.h"

#include "sp_clean.h"
#include "spg_env.h"
#include "spg_text.h"

PG_FUNCTION_INFO_V1(speech_clean);

/* sp_clean's question: can the database encoding hold cp? */
static bool
representable(void *ud, uint32_t cp)
{
	(void) ud;
	return spg_representable(cp);
}

Datum
speech_clean(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	MemoryContext caller = CurrentMemoryContext;
	MemoryContext cxt = AllocSetContextCreate(caller, "speech clean", ALLOCSET_DEFAULT_SIZES);
	SpgText		in;
	char	   *out;
	size_t		outlen;
	text	   *result;
	SpCleanOptions opt = {representable, NULL};

	MemoryContextSwitchTo(cxt);
	in = spg_text_utf8(body);
	out = sp_clean_opt(spg_env(), in.s, in.len, &opt, &outlen);
	MemoryContextSwitchTo(caller);
	result = spg_utf8_text(out, outlen);
	MemoryContextDelete(cxt);
	PG_RETURN_TEXT_P(result);
}
