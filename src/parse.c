/*
 * parse.c - speech_parse(body) RETURNS speech_document and
 * speech_parse_json(body) RETURNS jsonb: the document parts (title,
 * salutation, announced and found points, opening, closing, counts) and the
 * outline, as one composite or as JSON with the outline nested.  Both take
 * their sections from spg_section_row(), as speech_outline does.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "spg_rows.h"

PG_FUNCTION_INFO_V1(speech_parse);
PG_FUNCTION_INFO_V1(speech_parse_json);

#define DOC_NATTS 9
#define SECTION_NATTS 8

/* speech_section's columns, as spg_section_row() fills them */
enum
{
	SEC_ID, SEC_PARENT, SEC_LEVEL, SEC_MARKER, SEC_ORDINAL, SEC_HEADING, SEC_POS, SEC_LEN
};

Datum
speech_parse(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc,
				sectdesc;
	Oid			sect_type;
	SpgAnalysis a;
	Datum		values[DOC_NATTS];
	bool		nulls[DOC_NATTS];
	SpgRow		doc;
	Datum	   *elems;
	ArrayType  *sections;
	HeapTuple	tuple;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	tupdesc = spg_result_tupdesc(fcinfo, "speech_parse", "type speech_document", DOC_NATTS);
	sect_type = get_element_type(TupleDescAttr(tupdesc, 6)->atttypid);
	if (sect_type == InvalidOid)
		spg_check_natts("the sections of type speech_document", 0, SECTION_NATTS);
	sectdesc = lookup_rowtype_tupdesc(sect_type, -1);
	spg_check_natts("type speech_section", sectdesc->natts, SECTION_NATTS);

	spg_analysis_begin(&a, PG_GETARG_TEXT_PP(0), true);
	spg_row_on(&doc, values, nulls, DOC_NATTS);
	{
		bool		isnull;
		Datum		title = spg_span_title(&a, a.doc.title, &isnull);

		if (isnull)
			spg_row_null(&doc);
		else
			spg_row_datum(&doc, title);
	}
	spg_row_span_text(&doc, &a, a.doc.salutation, true);
	if (a.doc.announced_points < 0)
		spg_row_null(&doc);
	else
		spg_row_int(&doc, a.doc.announced_points);
	spg_row_int(&doc, a.doc.found_points);
	spg_row_span_text(&doc, &a, a.doc.opening, true);
	spg_row_span_text(&doc, &a, a.doc.closing, true);
	elems = palloc(sizeof(Datum) * (a.doc.sections.n + 1));
	for (size_t k = 0; k < a.doc.sections.n; k++)
	{
		Datum		sv[SECTION_NATTS];
		bool		sn[SECTION_NATTS];
		SpgRow		sec;

		CHECK_FOR_INTERRUPTS();
		spg_row_on(&sec, sv, sn, SECTION_NATTS);
		spg_section_row(&sec, &a, (int) k);
		elems[k] = HeapTupleGetDatum(heap_form_tuple(sectdesc, sv, sn));
	}
	get_typlenbyvalalign(sect_type, &typlen, &typbyval, &typalign);

	/* the result lives in the caller's context; the private one goes */
	MemoryContextSwitchTo(a.caller);
	sections = construct_array(elems, (int) a.doc.sections.n, sect_type, typlen, typbyval, typalign);
	spg_row_datum(&doc, PointerGetDatum(sections));
	spg_row_int(&doc, (int64) a.doc.paragraphs.n);
	spg_row_int(&doc, (int64) a.doc.sentences.n);
	tuple = heap_form_tuple(tupdesc, values, nulls);
	ReleaseTupleDesc(sectdesc);
	spg_analysis_end(&a);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/* "key":value of a text datum (or null) */
static void
json_text(StringInfo buf, const char *key, Datum d, bool isnull)
{
	escape_json(buf, key);
	appendStringInfoChar(buf, ':');
	if (isnull)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, text_to_cstring(DatumGetTextPP(d)));
}

static void
json_span(StringInfo buf, const SpgAnalysis *a, const char *key, SpSpan sp)
{
	bool		isnull;
	Datum		d = spg_span_text(a, sp, true, &isnull);

	json_text(buf, key, d, isnull);
}

/*
 * speech_parse_json: the fields of speech_document, with the outline as a
 * tree ("children") instead of a flat array with parent ids.  Each section's
 * values come from spg_section_row() in a memory context reset per section.
 */
Datum
speech_parse_json(PG_FUNCTION_ARGS)
{
	SpgAnalysis a;
	StringInfoData buf;
	int			depth = 0;
	int		   *levels;
	Datum		result;
	MemoryContext row_cxt;

	spg_analysis_begin(&a, PG_GETARG_TEXT_PP(0), true);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	{
		bool		isnull;
		Datum		title = spg_span_title(&a, a.doc.title, &isnull);

		json_text(&buf, "title", title, isnull);
	}
	appendStringInfoChar(&buf, ',');
	json_span(&buf, &a, "salutation", a.doc.salutation);
	if (a.doc.announced_points < 0)
		appendStringInfoString(&buf, ",\"announced_points\":null");
	else
		appendStringInfo(&buf, ",\"announced_points\":%d", a.doc.announced_points);
	appendStringInfo(&buf, ",\"found_points\":%d,\"paragraph_count\":%zu,\"sentence_count\":%zu,",
					 a.doc.found_points, a.doc.paragraphs.n, a.doc.sentences.n);
	json_span(&buf, &a, "opening", a.doc.opening);
	appendStringInfoChar(&buf, ',');
	json_span(&buf, &a, "closing", a.doc.closing);
	appendStringInfoString(&buf, ",\"outline\":[");

	/* sections come in document order (pre-order): nest by level with a stack */
	levels = palloc(sizeof(int) * (a.doc.sections.n + 1));
	row_cxt = AllocSetContextCreate(CurrentMemoryContext, "speech section", ALLOCSET_SMALL_SIZES);
	for (size_t k = 0; k < a.doc.sections.n; k++)
	{
		int			level = a.doc.sections.items[k].level;
		Datum		v[SECTION_NATTS];
		bool		n[SECTION_NATTS];
		SpgRow		sec;
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();
		while (depth > 0 && levels[depth - 1] >= level)
		{
			appendStringInfoString(&buf, "]}");
			depth--;
		}
		if (buf.data[buf.len - 1] != '[')
			appendStringInfoChar(&buf, ',');

		old = MemoryContextSwitchTo(row_cxt);
		spg_row_on(&sec, v, n, SECTION_NATTS);
		spg_section_row(&sec, &a, (int) k);
		/* buf grows in its own context (repalloc), the rest is the section's */
		appendStringInfo(&buf, "{\"id\":%d,\"level\":%d,",
						 DatumGetInt32(v[SEC_ID]), DatumGetInt32(v[SEC_LEVEL]));
		json_text(&buf, "marker", v[SEC_MARKER], n[SEC_MARKER]);
		appendStringInfo(&buf, ",\"ordinal\":%d,", DatumGetInt32(v[SEC_ORDINAL]));
		json_text(&buf, "heading", v[SEC_HEADING], n[SEC_HEADING]);
		appendStringInfo(&buf, ",\"pos\":%d,\"len\":%d,\"children\":[",
						 DatumGetInt32(v[SEC_POS]), DatumGetInt32(v[SEC_LEN]));
		levels[depth++] = level;
		MemoryContextSwitchTo(old);
		MemoryContextReset(row_cxt);
	}
	while (depth-- > 0)
		appendStringInfoString(&buf, "]}");
	appendStringInfoString(&buf, "]}");

	MemoryContextSwitchTo(a.caller);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	spg_analysis_end(&a);
	PG_RETURN_DATUM(result);
}
