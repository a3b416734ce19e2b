/*
 * lexicon_match.c - speech_lexicon_match(body, terms text[], categories
 * text[], weights int[], whole_words DEFAULT true) RETURNS TABLE (category,
 * term, weight, section_id, sentence_id, pos, len): the engine of the SQL
 * functions speech_lexicon_hits and speech_lexicon_counts.
 *
 * The lexicon rows come as three arrays of one length; each occurrence of a
 * term (as speech_find_terms finds them) gives a row per lexicon row of that
 * term.  The lexicon is prepared once per call site and kept in fn_extra
 * while the next calls pass the same arrays (a query over a table passes the
 * same lexicon for every row), so a short text costs its own scan, not the
 * lexicon's.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/memutils.h"

#include "spg_env.h"
#include "spg_match.h"

PG_FUNCTION_INFO_V1(speech_lexicon_match);

/*
 * The prepared lexicon: the rows' arrays as given (to tell whether the next
 * call passes the same ones), the distinct terms with their term set, and
 * for distinct term d the rows row[first[d] .. first[d + 1]).
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

/*
 * Build the lexicon of the arguments in the current memory context: the rows
 * sorted by term (then row), grouped into distinct terms, and the term set
 * of the distinct terms.
 */
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
	nt = spg_array_elements((ArrayType *) m->given[0], TEXTOID, "speech_lexicon_match", "terms", &terms, &tnull);
	nc = spg_array_elements((ArrayType *) m->given[1], TEXTOID, "speech_lexicon_match", "categories", &cats, &cnull);
	nw = spg_array_elements((ArrayType *) m->given[2], INT4OID, "speech_lexicon_match", "weights", &weights, &wnull);
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
		SpgText		t;

		m->category[k] = cnull[k] ? (Datum) 0 : cats[k];
		m->weight[k] = weights[k];
		m->weight_null[k] = wnull[k];
		if (tnull[k])
			continue;			/* a row without a term matches nothing */
		t = spg_text_utf8(DatumGetTextPP(terms[k]));
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
	sp_termset_init(spg_env(), &m->set, m->term, m->len, NULL, (size_t) m->ndistinct);
	return m;
}

/* the lexicon of this call's arrays: the one kept in fn_extra, or a new one */
static LexMatch *
lexmatch_get(FunctionCallInfo fcinfo)
{
	LexMatch   *m = fcinfo->flinfo->fn_extra;
	MemoryContext cxt,
				old;
	LexMatch   *built;

	if (m != NULL && same_arrays(m, fcinfo))
		return m;
	/* a context of its own, so that a lexicon replaced row after row is freed */
	cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "speech_lexicon_match", ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(cxt);
	built = lexmatch_build(fcinfo);
	MemoryContextSwitchTo(old);
	built->cxt = cxt;
	if (m != NULL)
		MemoryContextDelete(m->cxt);
	fcinfo->flinfo->fn_extra = built;
	return built;
}

Datum
speech_lexicon_match(PG_FUNCTION_ARGS)
{
	bool		whole = PG_GETARG_BOOL(4);
	const SpEnv *env = spg_env();
	SpgRows		rows;
	LexMatch   *m;
	SpgAnalysis a;
	uint8_t    *boundary;
	SpHitVec	hits = {0};

	spg_rows_begin(&rows, fcinfo, "speech_lexicon_match", 7);
	m = lexmatch_get(fcinfo);
	spg_analysis_begin(&a, PG_GETARG_TEXT_PP(0), true);
	boundary = whole ? spg_shipped_boundaries(&a) : NULL;
	sp_match_terms(env, a.in.s, a.in.len, &m->set, boundary, &hits);
	for (size_t k = 0; k < hits.n; k++)
	{
		long		d = hits.items[k].term;

		for (int j = m->first[d]; j < m->first[d + 1]; j++)
		{
			int			row = m->row[j];
			SpgRow	   *r = spg_row_start(&rows);

			if (m->category[row] == (Datum) 0)
				spg_row_null(r);
			else
				spg_row_datum(r, m->category[row]);
			spg_row_utf8(r, m->term[d], m->len[d]);
			if (m->weight_null[row])
				spg_row_null(r);
			else
				spg_row_datum(r, m->weight[row]);
			spg_row_hit(r, &a, &hits.items[k]);
			spg_row_put(&rows);
		}
	}
	spg_analysis_end(&a);
	spg_rows_end(&rows);
	return (Datum) 0;
}
