/*
 * units.c - speech_paragraphs(body) and speech_sentences(body).
 */
#include "sp_glue.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(speech_paragraphs);
PG_FUNCTION_INFO_V1(speech_sentences);

static Datum
id_or_null(int index, bool *isnull)
{
	*isnull = index < 0;
	return Int32GetDatum(index + 1);
}

/* (id, section_id, pos, len, text) */
Datum
speech_paragraphs(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_paragraphs", 5);
	SpAnalysis	a;

	sp_analysis_begin(&a, PG_GETARG_TEXT_PP(0));
	for (size_t k = 0; k < a.doc.paragraphs.n; k++)
	{
		const SpParagraph *p = &a.doc.paragraphs.items[k];
		Datum		values[5];
		bool		nulls[5] = {0};

		if (k % 1024 == 0)
			CHECK_FOR_INTERRUPTS();
		values[0] = Int32GetDatum((int32) k + 1);
		values[1] = id_or_null(p->section, &nulls[1]);
		values[2] = Int32GetDatum(sp_pos(&a, p->span.start));
		values[3] = Int32GetDatum(sp_span_len(&a, p->span));
		values[4] = sp_span_datum(&a, p->span, false, &nulls[4]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	sp_analysis_end(&a);
	return (Datum) 0;
}

/* (id, paragraph_id, section_id, pos, len, text, terminator) */
Datum
speech_sentences(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_sentences", 7);
	SpAnalysis	a;

	sp_analysis_begin(&a, PG_GETARG_TEXT_PP(0));
	for (size_t k = 0; k < a.doc.sentences.n; k++)
	{
		const SpSentence *st = &a.doc.sentences.items[k];
		Datum		values[7];
		bool		nulls[7] = {0};

		if (k % 1024 == 0)
			CHECK_FOR_INTERRUPTS();
		values[0] = Int32GetDatum((int32) k + 1);
		values[1] = Int32GetDatum(st->paragraph + 1);
		values[2] = id_or_null(st->section, &nulls[2]);
		values[3] = Int32GetDatum(sp_pos(&a, st->span.start));
		values[4] = Int32GetDatum(sp_span_len(&a, st->span));
		values[5] = sp_span_datum(&a, st->span, false, &nulls[5]);
		values[6] = sp_span_datum(&a, st->terminator, true, &nulls[6]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	sp_analysis_end(&a);
	return (Datum) 0;
}
