/*
 * positions_clamped.c - speech_positions_clamped(tsvector) RETURNS boolean:
 * has PostgreSQL thrown positions away while building this tsvector?
 *
 * A tsvector keeps positions up to 16383 (MAXENTRYPOS - 1: every word after
 * that gets 16383) and at most 255 positions per lexeme from to_tsvector
 * (256 after ||; the later occurrences are dropped).  Either way phrase
 * (<->) and distance queries past the loss fail silently and ts_rank_cd
 * counts less: a long document should then be searched by passages
 * (speech_passages).  True when a lexeme holds position 16383 or 255
 * positions or more.  A document whose last word is exactly the 16383rd,
 * or whose word occurs exactly 255 times, also gets true: nothing was lost
 * yet, but nothing more would fit.
 */
#include "postgres.h"

#include "fmgr.h"
#include "tsearch/ts_type.h"

#include "spg_tsvector.h"

PG_FUNCTION_INFO_V1(speech_positions_clamped);

Datum
speech_positions_clamped(PG_FUNCTION_ARGS)
{
	TSVector	tv = PG_GETARG_TSVECTOR(0);
	bool		clamped = spg_tsvector_clamped(tv, true);

	PG_FREE_IF_COPY(tv, 0);
	PG_RETURN_BOOL(clamped);
}
