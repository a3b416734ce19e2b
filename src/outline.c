/*
 * outline.c - speech_outline(body) RETURNS SETOF speech_section.
 */
#include "sp_glue.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(speech_outline);

/* the columns of speech_section, shared with speech_parse() */
void
sp_section_values(const SpAnalysis *a, int k, Datum *values, bool *nulls)
{
	const SpSection *sec = &a->doc.sections.items[k];

	memset(nulls, 0, 8 * sizeof(bool));
	values[0] = Int32GetDatum(k + 1);
	if (sec->parent < 0)
		nulls[1] = true;
	else
		values[1] = Int32GetDatum(sec->parent + 1);
	values[2] = Int32GetDatum(sec->level);
	values[3] = sp_span_datum(a, sec->marker, false, &nulls[3]);
	values[4] = Int32GetDatum(sec->ordinal);
	values[5] = sp_span_denoised_datum(a, sec->heading, &nulls[5]);
	values[6] = Int32GetDatum(sp_pos(a, sec->whole.start));
	values[7] = Int32GetDatum(sp_span_len(a, sec->whole));
}

Datum
speech_outline(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_outline", 8);
	SpAnalysis	a;

	sp_analysis_begin(&a, PG_GETARG_TEXT_PP(0));
	for (size_t k = 0; k < a.doc.sections.n; k++)
	{
		Datum		values[8];
		bool		nulls[8];

		CHECK_FOR_INTERRUPTS();
		sp_section_values(&a, (int) k, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	sp_analysis_end(&a);
	return (Datum) 0;
}
