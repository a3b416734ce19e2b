/*
 * metrics.c - speech_metrics(body, segment) RETURNS speech_metrics and
 * speech_section_metrics(body, segment) RETURNS TABLE (section_id, <the
 * fields of speech_metrics>): counts and rates of a text or of each of its
 * sections (src/core/sp_metrics.c; every field is defined in doc/metrics.md).
 *
 * Both are IMMUTABLE: their word lists are compiled in, and the word-based
 * fields use the text-search segmentation with the shipped lexicon only
 * (spg_shipped_words).  With segment => false the word-based fields are NULL
 * and the text is not segmented (the fast path).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"

#include "spg_env.h"
#include "spg_match.h"
#include "sp_turn.h"

PG_FUNCTION_INFO_V1(speech_metrics);
PG_FUNCTION_INFO_V1(speech_section_metrics);
PG_FUNCTION_INFO_V1(speech_turn_metrics);

/*
 * The fields of speech_metrics: 46 up to 1.5, 60 since 1.6 (the language and
 * the measures of each language, added at the end).  speech_metrics fills
 * either form, so a database whose ALTER EXTENSION UPDATE has not run yet
 * keeps working; speech_section_metrics keeps the 46 of 1.5.
 */
#define NMETRICS_15 46
#define NMETRICS 60

/* the analysis, the words when wanted, and every extractor's results */
typedef struct MetricsRun
{
	SpgAnalysis a;
	SpSpanVec	words;
	bool		segmented;
	SpExtract	x;
} MetricsRun;

static void
metrics_begin(MetricsRun *r, text *body, bool segment)
{
	memset(r, 0, sizeof(*r));
	spg_analysis_begin(&r->a, body, false);
	r->segmented = segment;
	if (segment)
		spg_shipped_words(&r->a, &r->words);
	sp_extract_run(spg_env(), &r->x, r->a.in.s, r->a.in.len, &r->a.doc,
				   segment ? r->words.items : NULL, r->words.n);
}

/*
 * The fields of the composite type speech_metrics, in order; word-based
 * fields are NULL when the text was not segmented.
 */
static void
metrics_row(SpgRow *row, const SpMetrics *m, bool segmented, int natts)
{
	bool		en = m->language == SP_LANG_EN;
	const char *lang = sp_lang_name(m->language);

	int			nlevels = m->depth < SP_MAX_LEVELS ? m->depth : SP_MAX_LEVELS;
	Datum	   *lv = palloc(sizeof(Datum) * (nlevels > 0 ? nlevels : 1));

#define I(x) spg_row_int(row, (x))
#define F(x) spg_row_float8(row, (x))
#define WI(x) (segmented ? spg_row_int(row, (x)) : spg_row_null(row))
#define WF(x) (segmented ? spg_row_float8(row, (x)) : spg_row_null(row))
	/* Chinese measures (NULL on English text), English ones (NULL on any other) */
#define ZI(x) (!en ? spg_row_int(row, (x)) : spg_row_null(row))
#define ZF(x) (!en ? spg_row_float8(row, (x)) : spg_row_null(row))
#define ZWI(x) (!en && segmented ? spg_row_int(row, (x)) : spg_row_null(row))
#define ZWF(x) (!en && segmented ? spg_row_float8(row, (x)) : spg_row_null(row))
#define EI(x) (en ? spg_row_int(row, (x)) : spg_row_null(row))
#define EF(x) (en ? spg_row_float8(row, (x)) : spg_row_null(row))
	for (int l = 0; l < nlevels; l++)
		lv[l] = Int32GetDatum((int32) m->sections_by_level[l]);

	I(m->characters);
	I(m->han_characters);
	I(m->distinct_han);
	I(m->punctuation);
	I(m->latin_words);
	WI(m->words);
	WI(m->distinct_words);
	WF(m->ttr);
	WF(m->mattr);
	I(m->sentences);
	I(m->clauses);
	I(m->paragraphs);
	I(m->sections);
	spg_row_datum(row, PointerGetDatum(construct_array(lv, nlevels, INT4OID, sizeof(int32),
													   true, TYPALIGN_INT)));
	I(m->depth);
	if (m->announced_points < 0)
		spg_row_null(row);
	else
		I(m->announced_points);
	I(m->found_points);
	F(m->mean_sentence_chars);
	I(m->max_sentence_chars);
	I(m->questions);
	I(m->exclamations);
	I(m->quantities);
	I(m->percentages);
	I(m->money_amounts);
	I(m->years);
	I(m->dates);
	I(m->quotes);
	I(m->unclosed_quotes);
	I(m->slogans);
	WI(m->directive_high);
	WI(m->directive_medium);
	WI(m->directive_low);
	WF(m->directive_high_per_1k);
	WF(m->directive_medium_per_1k);
	WF(m->directive_low_per_1k);
	WI(m->we);
	WI(m->i);
	ZWI(m->we_institutional);
	ZI(m->authority_central);
	ZI(m->authority_province);
	ZI(m->authority_city);
	ZI(m->authority_county);
	F(m->speaking_minutes);
	ZF(m->readability1);
	ZWF(m->readability2);
	ZWF(m->readability3);
	if (natts > NMETRICS_15)
	{
		if (lang)
			spg_row_cstring(row, lang);
		else
			spg_row_null(row);
		ZF(m->readability1);
		ZF(m->readability1_cntext);
		ZWF(m->readability2);
		ZWF(m->readability3);
		EI(m->en_words);
		EI(m->en_syllables);
		EF(m->en_words_per_sentence);
		EF(m->en_syllables_per_word);
		EF(m->en_flesch_reading_ease);
		EF(m->en_flesch_kincaid_grade);
		EF(m->en_ari);
		EF(m->en_mattr);
		EI(m->en_hedges);
	}
#undef ZI
#undef ZF
#undef ZWI
#undef ZWF
#undef EI
#undef EF
#undef I
#undef F
#undef WI
#undef WF
}

/*
 * speech_metrics(body text, segment boolean DEFAULT true) RETURNS speech_metrics
 */
Datum
speech_metrics(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	MetricsRun	r;
	SpMetrics	m;
	Datum		values[NMETRICS];
	bool		nulls[NMETRICS];
	SpgRow		row;
	HeapTuple	tuple;
	int			natts = NMETRICS;

	/* the type of 1.6, or of 1.5 before ALTER EXTENSION UPDATE */
	if (get_call_result_type(fcinfo, NULL, &tupdesc) == TYPEFUNC_COMPOSITE &&
		tupdesc->natts == NMETRICS_15)
		natts = NMETRICS_15;
	tupdesc = spg_result_tupdesc(fcinfo, "speech_metrics", "type speech_metrics", natts);
	metrics_begin(&r, PG_GETARG_TEXT_PP(0), PG_NARGS() < 2 || PG_GETARG_BOOL(1));
	sp_metrics_span(spg_env(), &r.x, 0, r.a.in.len, -1, &m);
	MemoryContextSwitchTo(r.a.caller);
	spg_row_on(&row, values, nulls, natts);
	metrics_row(&row, &m, r.segmented, natts);
	tuple = heap_form_tuple(tupdesc, values, nulls);
	spg_analysis_end(&r.a);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/*
 * speech_section_metrics(body text, segment boolean DEFAULT true)
 *   RETURNS TABLE (section_id int, <the fields of speech_metrics>)
 * One row per section over its whole span (sub-sections included), after a
 * row with section_id NULL for the text before the first top-level section.
 */
Datum
speech_section_metrics(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	MetricsRun	r;
	size_t		opening_end;
	SpMetrics	m;
	SpgRow	   *row;

	spg_rows_begin(&rows, fcinfo, "speech_section_metrics", NMETRICS_15 + 1);
	metrics_begin(&r, PG_GETARG_TEXT_PP(0), PG_NARGS() < 2 || PG_GETARG_BOOL(1));

	/* the text before the first top-level section */
	opening_end = r.a.doc.sections.n ? r.a.doc.sections.items[0].whole.start : r.a.in.len;
	if (opening_end > 0)
	{
		sp_metrics_span(spg_env(), &r.x, 0, opening_end, -2, &m);
		row = spg_row_start(&rows);
		spg_row_null(row);
		metrics_row(row, &m, r.segmented, NMETRICS_15);
		spg_row_put(&rows);
	}
	for (size_t k = 0; k < r.a.doc.sections.n; k++)
	{
		const SpSection *sc = &r.a.doc.sections.items[k];

		sp_metrics_span(spg_env(), &r.x, sc->whole.start, sc->whole.end, (int) k, &m);
		row = spg_row_start(&rows);
		spg_row_int(row, (int64) k + 1);
		metrics_row(row, &m, r.segmented, NMETRICS_15);
		spg_row_put(&rows);
	}
	spg_analysis_end(&r.a);
	spg_rows_end(&rows);
	return (Datum) 0;
}

/*
 * speech_turn_metrics(body text, segment boolean DEFAULT true)
 *   RETURNS TABLE (turn_id int, speaker text, role text, <the fields of speech_metrics>)
 * One row per turn of speech_turns(body), over the turn from its start
 * (the label counts: its sentence is the turn's first) to the end of its
 * last counted piece (sp_turn_content), so trailing stage directions, time
 * stamps and datelines ((Applause.), 9:10 A.M. EDT, （新华社北京12月4日电）)
 * are left out; a direction inside the text counts.  The document is
 * analysed, segmented and extracted once; each turn is a span of it.
 */
Datum
speech_turn_metrics(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	MetricsRun	r;
	SpTurnVec	v;

	spg_rows_begin(&rows, fcinfo, "speech_turn_metrics", NMETRICS_15 + 3);
	metrics_begin(&r, PG_GETARG_TEXT_PP(0), PG_NARGS() < 2 || PG_GETARG_BOOL(1));
	sp_turns_find(spg_env(), r.a.in.s, r.a.in.len, &v);
	for (size_t k = 0; k < v.n; k++)
	{
		const SpTurn *t = &v.items[k];
		SpSpanVec	pieces = {0};
		size_t		start,
					end;
		SpMetrics	m;
		SpgRow	   *row;

		sp_turn_content(spg_env(), r.a.in.s, r.a.in.len, t, &pieces);
		start = t->whole.start;
		end = pieces.n ? pieces.items[pieces.n - 1].end : t->whole.end;
		sp_vec_free(spg_env(), &pieces);
		sp_metrics_span(spg_env(), &r.x, start, end, -2, &m);
		row = spg_row_start(&rows);
		spg_row_int(row, (int64) k + 1);
		if (t->speaker.end > t->speaker.start)
			spg_row_utf8(row, r.a.in.s + t->speaker.start, t->speaker.end - t->speaker.start);
		else
			spg_row_null(row);
		spg_row_cstring(row, sp_turn_role_names[t->role]);
		metrics_row(row, &m, r.segmented, NMETRICS_15);	/* the fields of 1.5, as speech_section_metrics */
		spg_row_put(&rows);
	}
	spg_analysis_end(&r.a);
	spg_rows_end(&rows);
	return (Datum) 0;
}
