/*
 * tsvector.c - speech_tsvector(cfg, body): a tsvector weighted by the
 * outline of the speech, so that ts_rank prefers texts that put a term in a
 * heading.
 *
 *   A  the title and the headings (marker and heading text of every outline
 *      section that opens a paragraph; inline enumerations 一是… are text)
 *   B  the first sentence after each such heading
 *   D  everything else
 *
 * The text is cut at the weighted spans; each piece goes through
 * to_tsvector(cfg, piece) and setweight, and the pieces are concatenated in
 * order (tsvector || shifts positions), so positions and phrase queries
 * hold within each piece and follow text order across pieces.  The
 * concatenation goes pairwise, as a balanced tree: || copies both operands,
 * so adding the pieces one by one to a growing vector costs the number of
 * pieces times the size of the result (a 100 KB speech took 2.7 times as long
 * per MB as a 1 KB one).  || shifts the positions of its right operand by the
 * largest position of its left one, so the grouping does not matter, except
 * where a lexeme already holds PostgreSQL's maximum of 256 positions and ||
 * drops the rest: the positions after such a drop can differ by one or two.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

#include "sp_search.h"
#include "spg_analysis.h"
#include "spg_env.h"
#include "spg_ts.h"
#include "spg_tsvector.h"

typedef struct WeightedSpan
{
	size_t		start;
	size_t		end;
	char		weight;			/* 'A', 'B' */
} WeightedSpan;

static int
by_start(const void *a, const void *b)
{
	const WeightedSpan *x = a,
			   *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->weight < y->weight ? -1 : x->weight > y->weight;	/* A first */
}

/* the first sentence starting at or after b and before end, -1 if none */
static int
first_sentence_from(const SpDoc *doc, size_t b, size_t end)
{
	size_t		k = SP_LOWER_BOUND(doc->sentences.items, doc->sentences.n, span.start, b);

	return k < doc->sentences.n && doc->sentences.items[k].span.start < end ? (int) k : -1;
}

typedef SP_VEC(Datum) Pieces;

/* the tsvector of piece [start, end) of the text, weighted, added to the pieces */
static void
add_piece(Oid cfg, const SpgAnalysis *a, size_t start, size_t end, char weight, Pieces *pieces)
{
	Datum		tsv;

	if (end <= start)
		return;
	tsv = DirectFunctionCall2(to_tsvector_byid, ObjectIdGetDatum(cfg),
							  PointerGetDatum(spg_utf8_text(a->in.s + start, end - start)));
	if (weight != 'D')
		tsv = DirectFunctionCall2(tsvector_setweight, tsv, CharGetDatum(weight));
	sp_vec_push(spg_env(), pieces, tsv);
}

/* p[0] || p[1] || ... || p[n-1], a pair at a time (see the top of the file) */
static Datum
concat_pieces(Datum *p, size_t n)
{
	while (n > 1)
	{
		size_t		k = 0;

		CHECK_FOR_INTERRUPTS();
		for (size_t i = 0; i + 1 < n; i += 2)
			p[k++] = DirectFunctionCall2(tsvector_concat, p[i], p[i + 1]);
		if (n % 2)
			p[k++] = p[n - 1];
		n = k;
	}
	return p[0];
}

/* the weighted stretches of the text, in order, not overlapping */
typedef struct Stretches
{
	SP_VEC(WeightedSpan) items;
	size_t		at;				/* where the last lookup ended */
} Stretches;

static int
weight_code(char w)
{
	return w == 'A' ? 3 : w == 'B' ? 2 : w == 'C' ? 1 : 0;
}

/* the weight of a token starting at byte b (the tokens come in text order) */
static int
weight_at(void *arg, size_t b)
{
	Stretches  *st = arg;

	while (st->at < st->items.n && st->items.items[st->at].end <= b)
		st->at++;
	if (st->at < st->items.n && st->items.items[st->at].start <= b)
		return weight_code(st->items.items[st->at].weight);
	return 0;
}

/* the pipeline's way, for a configuration speech_tsvector cannot build itself */
static Datum
tsvector_by_pieces(Oid cfg, const SpgAnalysis *a, const Stretches *st)
{
	Pieces		pieces = {0};
	size_t		cur = 0;

	for (size_t k = 0; k < st->items.n; k++)
	{
		const WeightedSpan *w = &st->items.items[k];

		CHECK_FOR_INTERRUPTS();
		add_piece(cfg, a, cur, w->start, 'D', &pieces);
		add_piece(cfg, a, w->start, w->end, w->weight, &pieces);
		cur = w->end;
	}
	add_piece(cfg, a, cur, a->in.len, 'D', &pieces);
	if (pieces.n > 0)
		return concat_pieces(pieces.items, pieces.n);
	return DirectFunctionCall2(to_tsvector_byid, ObjectIdGetDatum(cfg),
							   PointerGetDatum(cstring_to_text("")));
}

PG_FUNCTION_INFO_V1(speech_tsvector);

Datum
speech_tsvector(PG_FUNCTION_ARGS)
{
	Oid			cfg = PG_GETARG_OID(0);
	text	   *body = PG_GETARG_TEXT_PP(1);
	SpgAnalysis	a;
	const SpDoc *doc;
	SP_VEC(WeightedSpan) spans = {0};
	const SpEnv *env = spg_env();
	Stretches	st = {{0}, 0};
	size_t		cur = 0;
	TSVector	result;
	bool		clamped = false;

	spg_ts_check_length(VARSIZE_ANY_EXHDR(body), "text");
	spg_analysis_begin(&a, body, false);
	doc = &a.doc;
	if (doc->title.end > doc->title.start)
	{
		WeightedSpan w = {doc->title.start, doc->title.end, 'A'};

		sp_vec_push(env, &spans, w);
	}
	for (size_t k = 0; k < doc->sections.n; k++)
	{
		const SpSection *sec = &doc->sections.items[k];
		size_t		hend = Max(sec->heading.end, sec->marker.end);
		int			first;

		if (sec->inline_run)
			continue;
		{
			WeightedSpan w = {sec->marker.start, hend, 'A'};

			sp_vec_push(env, &spans, w);
		}
		first = first_sentence_from(doc, hend, sec->whole.end);
		if (first >= 0)
		{
			WeightedSpan w = {doc->sentences.items[first].span.start,
			Min(doc->sentences.items[first].span.end, sec->whole.end), 'B'};

			sp_vec_push(env, &spans, w);
		}
	}
	if (spans.n > 1)
		qsort(spans.items, spans.n, sizeof(WeightedSpan), by_start);

	/* the weighted stretches in text order; a span ends where the next begins */
	for (size_t k = 0; k < spans.n; k++)
	{
		WeightedSpan w = spans.items[k];

		w.start = Max(w.start, cur);
		if (k + 1 < spans.n && spans.items[k + 1].start < w.end && spans.items[k + 1].start >= w.start)
			w.end = spans.items[k + 1].start;
		if (w.end <= w.start)
			continue;
		sp_vec_push(env, &st.items, w);
		cur = w.end;
	}

	/* one pass over speech_parser's tokens; else the pipeline, piece by piece */
	result = spg_tsvector_build(cfg, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body),
								weight_at, &st, &clamped);
	if (result == NULL)
	{
		result = DatumGetTSVector(tsvector_by_pieces(cfg, &a, &st));
		clamped = spg_tsvector_clamped(result, false);
	}
	if (clamped)
		ereport(NOTICE,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text too long for tsvector positions: positions past 16383 are stored as 16383"),
				 errdetail("Phrase queries and ts_rank_cd cannot tell the words apart past that position."),
				 errhint("Index a long text by passages (speech_passages), one row each.")));

	/* the result in the caller's memory, then the analysis goes */
	MemoryContextSwitchTo(a.caller);
	result = (TSVector) PG_DETOAST_DATUM_COPY(PointerGetDatum(result));
	spg_analysis_end(&a);
	PG_RETURN_TSVECTOR(result);
}
