/*
 * keyness.c - speech_keyness(target_count, reference_count, target_total,
 * reference_total, measure) and speech_keyness_p(...): quanteda's keyness of
 * one term from its 2x2 table (src/core/sp_keyness.c), a scalar that
 * composes with any GROUP BY.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "sp_keyness.h"

PG_FUNCTION_INFO_V1(speech_keyness);
PG_FUNCTION_INFO_V1(speech_keyness_p);

static double
keyness_args(FunctionCallInfo fcinfo, const char *fn)
{
	int64		a = PG_GETARG_INT64(0),
				b = PG_GETARG_INT64(1),
				t = PG_GETARG_INT64(2),
				r = PG_GETARG_INT64(3);
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(4));
	int			m = sp_key_measure(name);
	const char *bad = sp_key_check(a, b, t, r);

	if (m < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: unknown measure \"%s\"", fn, name),
				 errhint("The measures are chi2 (the default), chi2_none, lr, lr_none, lr_williams and pmi.")));
	if (bad != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: %s", fn, bad),
				 errdetail("Got target_count %lld, reference_count %lld, target_total %lld, reference_total %lld.",
						   (long long) a, (long long) b, (long long) t, (long long) r),
				 errhint("The totals are the number of words of each group, the counts those of the term: 0 <= count <= total.")));
	return sp_keyness((SpKeyMeasure) m, a, b, t, r);
}

Datum
speech_keyness(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(keyness_args(fcinfo, "speech_keyness"));
}

Datum
speech_keyness_p(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(sp_key_p(keyness_args(fcinfo, "speech_keyness_p")));
}
