/*
 * document.c - speech_parse(body) RETURNS speech_document and
 * speech_parse_json(body) RETURNS jsonb (the same, with the outline nested).
 */
#include "sp_glue.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(speech_parse);
PG_FUNCTION_INFO_V1(speech_parse_json);

#define DOC_NATTS 9

Datum
speech_parse(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc,
				sectdesc;
	Oid			sect_type;
	SpAnalysis	a;
	Datum		values[DOC_NATTS];
	bool		nulls[DOC_NATTS] = {0};
	Datum	   *elems;
	ArrayType  *sections;
	HeapTuple	tuple;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE ||
		tupdesc->natts != DOC_NATTS ||
		(sect_type = get_element_type(TupleDescAttr(tupdesc, 6)->atttypid)) == InvalidOid)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("speech_parse() must return speech_document with %d attributes, the 7th an array of speech_section",
						DOC_NATTS),
				 errhint("Reinstall the extension's SQL definitions (ALTER EXTENSION speech UPDATE).")));
	tupdesc = BlessTupleDesc(tupdesc);
	sectdesc = lookup_rowtype_tupdesc(sect_type, -1);

	sp_analysis_begin(&a, PG_GETARG_TEXT_PP(0));
	values[0] = sp_span_folded_datum(&a, a.doc.title, &nulls[0]);
	values[1] = sp_span_datum(&a, a.doc.salutation, true, &nulls[1]);
	values[2] = Int32GetDatum(a.doc.announced_points);
	nulls[2] = a.doc.announced_points < 0;
	values[3] = Int32GetDatum(a.doc.found_points);
	values[4] = sp_span_datum(&a, a.doc.opening, true, &nulls[4]);
	values[5] = sp_span_datum(&a, a.doc.closing, true, &nulls[5]);
	elems = palloc(sizeof(Datum) * (a.doc.sections.n + 1));
	for (size_t k = 0; k < a.doc.sections.n; k++)
	{
		Datum		sv[8];
		bool		sn[8];

		CHECK_FOR_INTERRUPTS();
		if (sectdesc->natts != 8)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("type speech_section must have 8 attributes, it has %d", sectdesc->natts),
					 errhint("Reinstall the extension's SQL definitions (ALTER EXTENSION speech UPDATE).")));
		sp_section_values(&a, (int) k, sv, sn);
		elems[k] = HeapTupleGetDatum(heap_form_tuple(sectdesc, sv, sn));
	}
	get_typlenbyvalalign(sect_type, &typlen, &typbyval, &typalign);
	values[7] = Int32GetDatum((int32) a.doc.paragraphs.n);
	values[8] = Int32GetDatum((int32) a.doc.sentences.n);

	/* the result lives in the caller's context; the private one goes */
	MemoryContextSwitchTo(a.caller);
	sections = construct_array(elems, (int) a.doc.sections.n, sect_type, typlen, typbyval, typalign);
	values[6] = PointerGetDatum(sections);
	tuple = heap_form_tuple(tupdesc, values, nulls);
	ReleaseTupleDesc(sectdesc);
	sp_analysis_end(&a);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/* "key": "span text" or null */
static void
json_span(StringInfo buf, const SpAnalysis *a, const char *key, SpSpan sp, bool folded)
{
	bool		isnull;
	Datum		d = folded ? sp_span_folded_datum(a, sp, &isnull) : sp_span_datum(a, sp, true, &isnull);

	escape_json(buf, key);
	appendStringInfoChar(buf, ':');
	if (isnull)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, text_to_cstring(DatumGetTextPP(d)));
}

Datum
speech_parse_json(PG_FUNCTION_ARGS)
{
	SpAnalysis	a;
	StringInfoData buf;
	int			depth = 0;
	int		   *levels;
	Datum		result;

	sp_analysis_begin(&a, PG_GETARG_TEXT_PP(0));
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	json_span(&buf, &a, "title", a.doc.title, true);
	appendStringInfoChar(&buf, ',');
	json_span(&buf, &a, "salutation", a.doc.salutation, false);
	if (a.doc.announced_points < 0)
		appendStringInfoString(&buf, ",\"announced_points\":null");
	else
		appendStringInfo(&buf, ",\"announced_points\":%d", a.doc.announced_points);
	appendStringInfo(&buf, ",\"found_points\":%d,\"paragraph_count\":%zu,\"sentence_count\":%zu,",
					 a.doc.found_points, a.doc.paragraphs.n, a.doc.sentences.n);
	json_span(&buf, &a, "opening", a.doc.opening, false);
	appendStringInfoChar(&buf, ',');
	json_span(&buf, &a, "closing", a.doc.closing, false);
	appendStringInfoString(&buf, ",\"outline\":[");

	/* sections come in document order (pre-order): nest by level with a stack */
	levels = palloc(sizeof(int) * (a.doc.sections.n + 1));
	for (size_t k = 0; k < a.doc.sections.n; k++)
	{
		const SpSection *sec = &a.doc.sections.items[k];

		CHECK_FOR_INTERRUPTS();
		while (depth > 0 && levels[depth - 1] >= sec->level)
		{
			appendStringInfoString(&buf, "]}");
			depth--;
		}
		if (buf.data[buf.len - 1] != '[')
			appendStringInfoChar(&buf, ',');
		appendStringInfo(&buf, "{\"id\":%zu,\"level\":%d,", k + 1, sec->level);
		json_span(&buf, &a, "marker", sec->marker, false);
		appendStringInfo(&buf, ",\"ordinal\":%d,", sec->ordinal);
		json_span(&buf, &a, "heading", sec->heading, false);
		appendStringInfo(&buf, ",\"pos\":%d,\"len\":%d,\"children\":[",
						 sp_pos(&a, sec->whole.start), sp_span_len(&a, sec->whole));
		levels[depth++] = sec->level;
	}
	while (depth-- > 0)
		appendStringInfoString(&buf, "]}");
	appendStringInfoString(&buf, "]}");

	MemoryContextSwitchTo(a.caller);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	sp_analysis_end(&a);
	PG_RETURN_DATUM(result);
}
