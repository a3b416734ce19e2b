/*
 * clean.c - speech_clean(body) RETURNS text.
 */
#include "sp_glue.h"
#include "sp_clean.h"

#include "utils/memutils.h"

PG_FUNCTION_INFO_V1(speech_clean);

Datum
speech_clean(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	MemoryContext caller = CurrentMemoryContext;
	MemoryContext cxt = AllocSetContextCreate(caller, "speech clean", ALLOCSET_DEFAULT_SIZES);
	SpInput		in;
	char	   *out;
	size_t		outlen;
	text	   *result;

	MemoryContextSwitchTo(cxt);
	in = sp_input_text(body);
	out = sp_clean(sp_pg_env(), in.s, in.len, &outlen);
	MemoryContextSwitchTo(caller);
	result = sp_output_text(out, outlen);
	MemoryContextDelete(cxt);
	PG_RETURN_TEXT_P(result);
}
