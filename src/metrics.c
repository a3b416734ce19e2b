/*
 * metrics.c - SQL functions over the metric extractors of the core
 * (sp_metrics.h, sp_diag.h): speech_metrics, speech_section_metrics,
 * speech_quantities, speech_quotes, speech_slogans, speech_kwic,
 * speech_diagnostics, speech_find_terms, speech_lexicon_match and
 * speech_builtin_lexicon.
 *
 * All are IMMUTABLE: their word lists are compiled in (the table
 * speech_lexicon starts as a copy of them), and the word-based measures use
 * the text-search segmentation with the shipped lexicon only — the user's
 * terms (speech_terms) and speech.domain_terms, which a session can change,
 * do not apply here.
 */
/* ts_common.h includes sp_glue.h (and so postgres.h) first */
#include "ts_common.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "sp_diag.h"
#include "sp_metrics.h"
#include "sp_numeral.h"

PG_FUNCTION_INFO_V1(speech_metrics);
PG_FUNCTION_INFO_V1(speech_section_metrics);
PG_FUNCTION_INFO_V1(speech_quantities);
PG_FUNCTION_INFO_V1(speech_quotes);
PG_FUNCTION_INFO_V1(speech_slogans);
PG_FUNCTION_INFO_V1(speech_kwic);
PG_FUNCTION_INFO_V1(speech_diagnostics);
PG_FUNCTION_INFO_V1(speech_find_terms);
PG_FUNCTION_INFO_V1(speech_lexicon_match);
PG_FUNCTION_INFO_V1(speech_builtin_lexicon);

/* ---- one analysed text ---- */

/*
 * The structure (sp_analysis_begin: the document, positions, a private
 * memory context), the words when wanted, and the extractors' results.
 */
typedef struct Run
{
	SpAnalysis	a;
	SpSpanVec	words;
	bool		segmented;
	SpExtract	x;
	const char *s;				/* a.in.s, a.in.len */
	size_t		len;
} Run;

static void
run_begin(Run *r, text *body, bool segment, bool positions)
{
	const SpEnv *env = sp_pg_env();

	memset(r, 0, sizeof(*r));
	if (positions)
		sp_analysis_begin(&r->a, body);
	else
		sp_analysis_begin_doc(&r->a, body);
	r->s = r->a.in.s;
	r->len = r->a.in.len;
	r->segmented = segment;
	if (segment)
	{
		/* the shipped lexicon, as speech_parser cuts with default settings and no user terms */
		SpSegOptions opt;

		opt.lex = speech_lexicon();
		opt.terms = NULL;
		opt.domain = true;
		sp_metrics_words(env, &opt, r->s, r->len, &r->words);
	}
	sp_extract_run(env, &r->x, r->s, r->len, &r->a.doc,
				   segment ? r->words.items : NULL, r->words.n);
}

/* back to the caller's memory context; everything the run allocated is freed */
static void
run_end(Run *r)
{
	sp_analysis_end(&r->a);
}

static inline int32
char_pos(const Run *r, size_t b)
{
	return sp_pos(&r->a, b);
}

static inline int32
char_len(const Run *r, size_t start, size_t end)
{
	SpSpan		sp = {start, end};

	return sp_span_len(&r->a, sp);
}

/* the section id (1-based) of a byte offset, or NULL */
static inline void
section_id(const Run *r, size_t b, Datum *value, bool *isnull)
{
	int			k = sp_doc_section_at(&r->a.doc, b);

	*isnull = k < 0;
	*value = Int32GetDatum(k + 1);
}

static inline Datum
text_datum(const char *s, size_t len)
{
	return PointerGetDatum(sp_output_text(s, len));
}

static inline Datum
cstring_text(const char *s)
{
	return text_datum(s, strlen(s));
}

/* ---- speech_metrics and speech_section_metrics ---- */

#define NMETRICS 46

/*
 * The fields of the composite type speech_metrics, in order; word-based
 * fields are NULL when the text was not segmented.
 */
static void
metrics_values(const SpMetrics *m, bool segmented, Datum *v, bool *n)
{
	int			k = 0;
	Datum	   *lv = palloc(sizeof(Datum) * (m->depth > 0 ? m->depth : 1));
	ArrayType  *levels;

#define I(x) (n[k] = false, v[k++] = Int32GetDatum((int32) (x)))
#define F(x) (n[k] = false, v[k++] = Float8GetDatum(x))
#define WI(x) (n[k] = !segmented, v[k++] = Int32GetDatum((int32) (x)))
#define WF(x) (n[k] = !segmented, v[k++] = Float8GetDatum(x))
	for (int l = 0; l < m->depth && l < SP_MAX_LEVELS; l++)
		lv[l] = Int32GetDatum((int32) m->sections_by_level[l]);
	levels = construct_array(lv, m->depth < SP_MAX_LEVELS ? m->depth : SP_MAX_LEVELS,
							 INT4OID, sizeof(int32), true, TYPALIGN_INT);

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
	n[k] = false;
	v[k++] = PointerGetDatum(levels);
	I(m->depth);
	n[k] = m->announced_points < 0;
	v[k++] = Int32GetDatum(m->announced_points);
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
	WI(m->we_institutional);
	I(m->authority_central);
	I(m->authority_province);
	I(m->authority_city);
	I(m->authority_county);
	F(m->speaking_minutes);
	F(m->readability1);
	WF(m->readability2);
	WF(m->readability3);
#undef I
#undef F
#undef WI
#undef WF
	Assert(k == NMETRICS);
}

/*
 * speech_metrics(body text, segment boolean DEFAULT true) RETURNS speech_metrics
 */
Datum
speech_metrics(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Run			r;
	SpMetrics	m;
	Datum		values[NMETRICS];
	bool		nulls[NMETRICS];
	HeapTuple	tuple;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("speech_metrics must be called in a context that accepts a composite value")));
	if (tupdesc->natts != NMETRICS)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("type speech_metrics has %d fields, the library expects %d", tupdesc->natts, NMETRICS),
				 errhint("The installed SQL objects and the library disagree: run ALTER EXTENSION speech UPDATE.")));
	run_begin(&r, PG_GETARG_TEXT_PP(0), PG_NARGS() < 2 || PG_GETARG_BOOL(1), false);
	sp_metrics_span(sp_pg_env(), &r.x, 0, r.len, -1, &m);
	MemoryContextSwitchTo(r.a.caller);
	metrics_values(&m, r.segmented, values, nulls);
	tuple = heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls);
	run_end(&r);
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
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_section_metrics", NMETRICS + 1);
	Run			r;
	Datum		values[NMETRICS + 1];
	bool		nulls[NMETRICS + 1];
	size_t		opening_end;
	SpMetrics	m;

	run_begin(&r, PG_GETARG_TEXT_PP(0), PG_NARGS() < 2 || PG_GETARG_BOOL(1), false);

	/* the text before the first top-level section */
	opening_end = r.a.doc.sections.n ? r.a.doc.sections.items[0].whole.start : r.len;
	if (opening_end > 0)
	{
		sp_metrics_span(sp_pg_env(), &r.x, 0, opening_end, -2, &m);
		nulls[0] = true;
		values[0] = (Datum) 0;
		metrics_values(&m, r.segmented, values + 1, nulls + 1);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	for (size_t k = 0; k < r.a.doc.sections.n; k++)
	{
		const SpSection *sc = &r.a.doc.sections.items[k];

		sp_metrics_span(sp_pg_env(), &r.x, sc->whole.start, sc->whole.end, (int) k, &m);
		nulls[0] = false;
		values[0] = Int32GetDatum((int32) k + 1);
		metrics_values(&m, r.segmented, values + 1, nulls + 1);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	run_end(&r);
	return (Datum) 0;
}

/* ---- rows ---- */

/*
 * speech_quantities(body text) RETURNS TABLE (id, section_id, sentence_id,
 *   pos, len, raw, value, unit, qualifier, kind, high)
 */
Datum
speech_quantities(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_quantities", 11);
	Run			r;

	run_begin(&r, PG_GETARG_TEXT_PP(0), false, true);
	for (size_t k = 0; k < r.x.quantities.n; k++)
	{
		const SpQuantity *q = &r.x.quantities.items[k];
		Datum		v[11];
		bool		n[11] = {0};
		char		num[48];
		int			sent = sp_doc_sentence_at(&r.a.doc, q->span.start);

		v[0] = Int32GetDatum((int32) k + 1);
		section_id(&r, q->span.start, &v[1], &n[1]);
		n[2] = sent < 0;
		v[2] = Int32GetDatum(sent + 1);
		v[3] = Int32GetDatum(char_pos(&r, q->span.start));
		v[4] = Int32GetDatum(char_len(&r, q->span.start, q->span.end));
		v[5] = text_datum(r.s + q->span.start, q->span.end - q->span.start);
		if (q->has_value)
		{
			sp_decimal_format(q->value, num);
			v[6] = DirectFunctionCall3(numeric_in, CStringGetDatum(num),
									   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
		}
		else
			n[6] = true;
		n[7] = q->unit[0] == '\0' && q->kind != SP_QTY_DATE;
		v[7] = cstring_text(q->kind == SP_QTY_DATE ? q->iso : q->unit);
		n[8] = q->qualifier[0] == '\0';
		v[8] = n[8] ? (Datum) 0 : cstring_text(q->qualifier);
		v[9] = cstring_text(sp_qty_kind_names[q->kind]);
		if (q->kind == SP_QTY_RANGE)
		{
			sp_decimal_format(q->high, num);
			v[10] = DirectFunctionCall3(numeric_in, CStringGetDatum(num),
										ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
		}
		else
			n[10] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
	}
	run_end(&r);
	return (Datum) 0;
}

/*
 * speech_quotes(body text) RETURNS TABLE (id, section_id, pos, len, term, mark, closed)
 * pos/len cover the term, without the marks: substr(body, pos, len) = term.
 */
Datum
speech_quotes(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_quotes", 7);
	Run			r;

	run_begin(&r, PG_GETARG_TEXT_PP(0), false, true);
	for (size_t k = 0; k < r.x.quotes.n; k++)
	{
		const SpQuote *q = &r.x.quotes.items[k];
		Datum		v[7];
		bool		n[7] = {0};

		v[0] = Int32GetDatum((int32) k + 1);
		section_id(&r, q->mark.start, &v[1], &n[1]);
		v[2] = Int32GetDatum(char_pos(&r, q->term.start));
		v[3] = Int32GetDatum(char_len(&r, q->term.start, q->term.end));
		v[4] = text_datum(r.s + q->term.start, q->term.end - q->term.start);
		v[5] = text_datum(r.s + q->mark.start, q->mark.end - q->mark.start);
		v[6] = BoolGetDatum(q->closed);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
	}
	run_end(&r);
	return (Datum) 0;
}

/*
 * speech_slogans(body text) RETURNS TABLE (id, section_id, pos, len, slogan, number)
 */
Datum
speech_slogans(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_slogans", 6);
	Run			r;

	run_begin(&r, PG_GETARG_TEXT_PP(0), false, true);
	for (size_t k = 0; k < r.x.slogans.n; k++)
	{
		const SpSlogan *sl = &r.x.slogans.items[k];
		Datum		v[6];
		bool		n[6] = {0};

		v[0] = Int32GetDatum((int32) k + 1);
		section_id(&r, sl->span.start, &v[1], &n[1]);
		v[2] = Int32GetDatum(char_pos(&r, sl->span.start));
		v[3] = Int32GetDatum(char_len(&r, sl->span.start, sl->span.end));
		v[4] = text_datum(r.s + sl->span.start, sl->span.end - sl->span.start);
		v[5] = Int32GetDatum(sl->number);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
	}
	run_end(&r);
	return (Datum) 0;
}

/*
 * speech_diagnostics(body text) RETURNS TABLE (id, section_id, pos, kind, detail)
 */
Datum
speech_diagnostics(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_diagnostics", 5);
	Run			r;
	SpDiagVec	diags = {0};

	run_begin(&r, PG_GETARG_TEXT_PP(0), false, true);
	sp_diagnose(sp_pg_env(), &r.x, &diags);
	for (size_t k = 0; k < diags.n; k++)
	{
		const SpDiag *d = &diags.items[k];
		Datum		v[5];
		bool		n[5] = {0};

		v[0] = Int32GetDatum((int32) k + 1);
		if (d->has_pos)
		{
			section_id(&r, d->pos, &v[1], &n[1]);
			v[2] = Int32GetDatum(char_pos(&r, d->pos));
		}
		else
			n[1] = n[2] = true;
		v[3] = cstring_text(sp_diag_kind_names[d->kind]);
		v[4] = cstring_text(d->detail);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
	}
	run_end(&r);
	return (Datum) 0;
}

/*
 * speech_kwic(body text, term text, width int DEFAULT 10)
 *   RETURNS TABLE (section_id, pos, pre, keyword, post)
 * Every occurrence of term (exact bytes, not overlapping), with up to width
 * characters of context on each side.
 */
Datum
speech_kwic(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_kwic", 5);
	SpInput		term = sp_input_text(PG_GETARG_TEXT_PP(1));
	int32		width = PG_GETARG_INT32(2);
	const SpEnv *env = sp_pg_env();
	Run			r;
	SpTermSet	set;
	SpHitVec	hits = {0};
	const char *terms[1];

	if (term.len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speech_kwic needs a non-empty term"),
				 errhint("Pass the word or phrase to look up, for example speech_kwic(body, '组织')")));
	if (width < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speech_kwic width must not be negative, got %d", width),
				 errhint("width is the number of characters shown on each side of the keyword.")));

	run_begin(&r, PG_GETARG_TEXT_PP(0), false, true);
	terms[0] = term.s;
	sp_termset_init(env, &set, terms, &term.len, NULL, 1);
	sp_match_terms(env, r.s, r.len, &set, NULL, &hits);
	for (size_t k = 0; k < hits.n; k++)
	{
		const SpHit *h = &hits.items[k];
		size_t		a = h->span.start,
					b = h->span.end;
		Datum		v[5];
		bool		n[5] = {0};

		/* a wide context makes each row cost up to the whole text */
		CHECK_FOR_INTERRUPTS();
		for (int32 c = 0; c < width && a > 0; c++)
			a = sp_u8_prev(r.s, a);
		for (int32 c = 0; c < width && b < r.len; c++)
		{
			int			step;

			(void) sp_u8_decode(r.s, r.len, b, &step);
			b += (size_t) step;
		}
		section_id(&r, h->span.start, &v[0], &n[0]);
		v[1] = Int32GetDatum(char_pos(&r, h->span.start));
		v[2] = text_datum(r.s + a, h->span.start - a);
		v[3] = text_datum(r.s + h->span.start, h->span.end - h->span.start);
		v[4] = text_datum(r.s + h->span.end, b - h->span.end);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
	}
	run_end(&r);
	return (Datum) 0;
}

/*
 * The elements of a one-dimensional array argument (NULLs flagged); fn and
 * what name the function and the argument in the error.
 */
static int
array_elements(ArrayType *arr, Oid type, const char *fn, const char *what,
			   Datum **elems, bool **nulls)
{
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			n;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s expects a one-dimensional array of %s, got %d dimensions",
						fn, what, ARR_NDIM(arr)),
				 errhint("Pass the %s as a flat array, for example ARRAY['改革', '发展'].", what)));
	get_typlenbyvalalign(type, &typlen, &typbyval, &typalign);
	deconstruct_array(arr, type, typlen, typbyval, typalign, elems, nulls, &n);
	return n;
}

/* a hit as a row: term and category as given, then section, sentence, position, length */
static void
put_hit(ReturnSetInfo *rsinfo, Run *r, const SpHit *h, Datum *v, bool *n, int first)
{
	int			sent = sp_doc_sentence_at(&r->a.doc, h->span.start);

	section_id(r, h->span.start, &v[first], &n[first]);
	n[first + 1] = sent < 0;
	v[first + 1] = Int32GetDatum(sent + 1);
	n[first + 2] = n[first + 3] = false;
	v[first + 2] = Int32GetDatum(char_pos(r, h->span.start));
	v[first + 3] = Int32GetDatum(char_len(r, h->span.start, h->span.end));
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
}

/*
 * speech_find_terms(body text, terms text[], whole_words boolean DEFAULT true)
 *   RETURNS TABLE (term, section_id, sentence_id, pos, len)
 * The terms' occurrences (leftmost, then longest; not overlapping), on word
 * boundaries of the segmentation when whole_words.
 */
Datum
speech_find_terms(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_find_terms", 5);
	bool		whole = PG_GETARG_BOOL(2);
	const SpEnv *env = sp_pg_env();
	Datum	   *elems;
	bool	   *enulls;
	int			nelems;
	const char **terms;
	size_t	   *lens;
	int			nterms = 0;
	Run			r;
	SpTermSet	set;
	SpHitVec	hits = {0};

	nelems = array_elements(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, "speech_find_terms", "terms",
							&elems, &enulls);
	terms = palloc(sizeof(char *) * (nelems + 1));
	lens = palloc(sizeof(size_t) * (nelems + 1));
	for (int k = 0; k < nelems; k++)
	{
		SpInput		t;

		if (enulls[k])
			continue;
		t = sp_input_text(DatumGetTextPP(elems[k]));
		terms[nterms] = t.s;
		lens[nterms] = t.len;
		nterms++;
	}

	run_begin(&r, PG_GETARG_TEXT_PP(0), whole, true);
	sp_termset_init(env, &set, terms, lens, NULL, (size_t) nterms);
	sp_match_terms(env, r.s, r.len, &set, whole ? r.x.boundary : NULL, &hits);
	for (size_t k = 0; k < hits.n; k++)
	{
		Datum		v[5];
		bool		n[5] = {0};

		v[0] = text_datum(terms[hits.items[k].term], lens[hits.items[k].term]);
		put_hit(rsinfo, &r, &hits.items[k], v, n, 1);
	}
	run_end(&r);
	return (Datum) 0;
}

/*
 * The lexicon of speech_lexicon_match, built once per call site: the rows'
 * arrays as given (to tell whether the next call passes the same ones), the
 * distinct terms with their term set, and for distinct term d the rows
 * row[first[d] .. first[d + 1]).
 */
typedef struct LexMatch
{
	MemoryContext cxt;			/* holds all of it (a child of fn_mcxt) */
	struct varlena *given[3];	/* copies of the three arrays */
	int			nrows;
	Datum	   *category;		/* text, or 0 for NULL */
	Datum	   *weight;			/* int4 */
	bool	   *weight_null;
	int		   *row;			/* row numbers, grouped by term */
	int		   *first;			/* ndistinct + 1 starts into row */
	const char **term;			/* distinct terms (UTF-8) and their lengths */
	size_t	   *len;
	int			ndistinct;
	SpTermSet	set;
} LexMatch;

typedef struct RowTerm
{
	const char *s;
	size_t		len;
	int			row;
} RowTerm;

static int
rowterm_cmp(const void *a, const void *b)
{
	const RowTerm *x = a,
			   *y = b;
	int			c = memcmp(x->s, y->s, Min(x->len, y->len));

	if (c != 0)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->row - y->row;
}

static bool
same_arrays(const LexMatch *m, FunctionCallInfo fcinfo)
{
	for (int i = 0; i < 3; i++)
	{
		struct varlena *a = PG_DETOAST_DATUM(PG_GETARG_DATUM(i + 1));

		if (VARSIZE(a) != VARSIZE(m->given[i]) || memcmp(a, m->given[i], VARSIZE(a)) != 0)
			return false;
	}
	return true;
}

/* build the lexicon of the arguments in the current memory context */
static LexMatch *
lexmatch_build(FunctionCallInfo fcinfo)
{
	LexMatch   *m = palloc0(sizeof(LexMatch));
	Datum	   *terms,
			   *cats,
			   *weights;
	bool	   *tnull,
			   *cnull,
			   *wnull;
	int			nt,
				nc,
				nw,
				n = 0;
	RowTerm    *rt;

	for (int i = 0; i < 3; i++)
		m->given[i] = PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(i + 1));
	nt = array_elements((ArrayType *) m->given[0], TEXTOID, "speech_lexicon_match", "terms", &terms, &tnull);
	nc = array_elements((ArrayType *) m->given[1], TEXTOID, "speech_lexicon_match", "categories", &cats, &cnull);
	nw = array_elements((ArrayType *) m->given[2], INT4OID, "speech_lexicon_match", "weights", &weights, &wnull);
	if (nc != nt || nw != nt)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("speech_lexicon_match expects terms, categories and weights of one length, got %d, %d and %d",
						nt, nc, nw),
				 errhint("Pass one element of each array per lexicon row, as speech_lexicon_hits does.")));
	m->nrows = nt;
	m->category = palloc0(sizeof(Datum) * (nt + 1));
	m->weight = palloc0(sizeof(Datum) * (nt + 1));
	m->weight_null = palloc0(sizeof(bool) * (nt + 1));
	rt = palloc(sizeof(RowTerm) * (nt + 1));
	for (int k = 0; k < nt; k++)
	{
		SpInput		t;

		m->category[k] = cnull[k] ? (Datum) 0 : cats[k];
		m->weight[k] = weights[k];
		m->weight_null[k] = wnull[k];
		if (tnull[k])
			continue;			/* a row without a term matches nothing */
		t = sp_input_text(DatumGetTextPP(terms[k]));
		if (t.len == 0)
			continue;
		rt[n].s = t.s;
		rt[n].len = t.len;
		rt[n].row = k;
		n++;
	}
	qsort(rt, n, sizeof(RowTerm), rowterm_cmp);
	m->row = palloc(sizeof(int) * (n + 1));
	m->first = palloc(sizeof(int) * (n + 2));
	m->term = palloc(sizeof(char *) * (n + 1));
	m->len = palloc(sizeof(size_t) * (n + 1));
	for (int k = 0; k < n; k++)
	{
		if (k == 0 || rt[k].len != rt[k - 1].len || memcmp(rt[k].s, rt[k - 1].s, rt[k].len) != 0)
		{
			m->first[m->ndistinct] = k;
			m->term[m->ndistinct] = rt[k].s;
			m->len[m->ndistinct] = rt[k].len;
			m->ndistinct++;
		}
		m->row[k] = rt[k].row;
	}
	m->first[m->ndistinct] = n;
	sp_termset_init(sp_pg_env(), &m->set, m->term, m->len, NULL, (size_t) m->ndistinct);
	return m;
}

/*
 * speech_lexicon_match(body text, terms text[], categories text[], weights int[],
 *                      whole_words boolean DEFAULT true)
 *   RETURNS TABLE (category, term, weight, section_id, sentence_id, pos, len)
 * The engine of speech_lexicon_hits: lexicon rows given as three arrays of one
 * length; each occurrence of a term (as speech_find_terms finds them) gives a
 * row per lexicon row of that term.  The lexicon is prepared once per call
 * site and kept in fn_extra while the next calls pass the same arrays (a query
 * over a table passes the same lexicon for every row), so a short text costs
 * its own scan, not the lexicon's.
 */
Datum
speech_lexicon_match(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_lexicon_match", 7);
	bool		whole = PG_GETARG_BOOL(4);
	LexMatch   *m = fcinfo->flinfo->fn_extra;
	Run			r;
	SpHitVec	hits = {0};

	if (m == NULL || !same_arrays(m, fcinfo))
	{
		/* a context of its own, so that a lexicon replaced row after row is freed */
		MemoryContext cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "speech_lexicon_match",
												  ALLOCSET_DEFAULT_SIZES);
		MemoryContext old = MemoryContextSwitchTo(cxt);
		LexMatch   *built = lexmatch_build(fcinfo);

		MemoryContextSwitchTo(old);
		built->cxt = cxt;
		if (m != NULL)
			MemoryContextDelete(m->cxt);
		m = built;
		fcinfo->flinfo->fn_extra = m;
	}

	run_begin(&r, PG_GETARG_TEXT_PP(0), whole, true);
	sp_match_terms(sp_pg_env(), r.s, r.len, &m->set, whole ? r.x.boundary : NULL, &hits);
	for (size_t k = 0; k < hits.n; k++)
	{
		long		d = hits.items[k].term;

		for (int j = m->first[d]; j < m->first[d + 1]; j++)
		{
			int			row = m->row[j];
			Datum		v[7];
			bool		n[7] = {0};

			n[0] = m->category[row] == (Datum) 0;
			v[0] = m->category[row];
			v[1] = text_datum(m->term[d], m->len[d]);
			n[2] = m->weight_null[row];
			v[2] = m->weight[row];
			put_hit(rsinfo, &r, &hits.items[k], v, n, 3);
		}
	}
	run_end(&r);
	return (Datum) 0;
}

/*
 * speech_builtin_lexicon() RETURNS TABLE (category, term, weight, note, whole_word)
 * The word lists compiled into the library; the table speech_lexicon is
 * filled from these rows when the extension is created.
 */
Datum
speech_builtin_lexicon(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = sp_srf_begin(fcinfo, "speech_builtin_lexicon", 5);

	for (size_t k = 0; k < sp_wl_builtin_n; k++)
	{
		const SpWlEntry *e = &sp_wl_builtin[k];
		Datum		v[5];
		bool		n[5] = {0};

		v[0] = cstring_text(sp_wl_categories[e->category].name);
		v[1] = cstring_text(e->term);
		v[2] = Int32GetDatum(e->weight);
		n[3] = e->note == NULL;
		v[3] = e->note ? cstring_text(e->note) : (Datum) 0;
		v[4] = BoolGetDatum(sp_wl_categories[e->category].whole_word);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
	}
	return (Datum) 0;
}
