/*
 * ts_tsvector.c - speech_tsvector(cfg, body): a tsvector weighted by the
 * outline of the speech, so that ts_rank prefers texts that put a term in a
 * heading.
 *
 *   A  the title and the headings (marker and heading text of every outline
 *      section that opens a paragraph; inline enumerations 一是… are text)
 *   B  the first sentence after each such heading
 *   D  everything else
 *
 * The text is cut at the weighted spans and the pieces are parsed in order
 * into one list of words (parsetext, as to_tsvector does), so positions
 * count on across pieces as in to_tsvector(cfg, body) and phrase queries
 * hold; one tsvector is made of the list, and each position gets the weight
 * of the piece it came from.  (Concatenating one tsvector per piece, as
 * before, copied the growing result once per piece: a 10 MB text took 10 GB
 * and 49 s.)  Positions past 16383 share the last one, as in to_tsvector.
 */
#include "ts_common.h"

#include "miscadmin.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/builtins.h"

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
	int			lo = 0,
				hi = (int) doc->sentences.n;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (doc->sentences.items[mid].span.start < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < (int) doc->sentences.n && doc->sentences.items[lo].span.start < end ? lo : -1;
}

/* the positions one weighted piece was given, [first, last] */
typedef struct PosRange
{
	int32		first;
	int32		last;
	uint16		weight;			/* 3 = A, 2 = B (WEP_SETWEIGHT) */
} PosRange;

typedef SP_VEC(PosRange) PosRangeVec;

/* parse piece [start, end) of the text into prs; a weighted piece records its positions */
static void
parse_piece(Oid cfg, const SpAnalysis *a, size_t start, size_t end, char weight,
			ParsedText *prs, PosRangeVec *ranges)
{
	int32		before = prs->pos;
	text	   *piece;

	if (end <= start)
		return;
	piece = sp_output_text(a->in.s + start, end - start);
	parsetext(cfg, prs, VARDATA_ANY(piece), VARSIZE_ANY_EXHDR(piece));
	pfree(piece);
	if (weight != 'D' && prs->pos > before)
	{
		PosRange	r = {before + 1, prs->pos, weight == 'A' ? 3 : 2};

		sp_vec_push(sp_pg_env(), ranges, r);
	}
}

/* the weight of position p: of the piece whose range holds it (ranges are in order), else D */
static uint16
weight_at(const PosRangeVec *ranges, int32 p)
{
	size_t		lo = 0,
				hi = ranges->n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (ranges->items[mid].last < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ranges->n && ranges->items[lo].first <= p ? ranges->items[lo].weight : 0;
}

PG_FUNCTION_INFO_V1(speech_tsvector);

Datum
speech_tsvector(PG_FUNCTION_ARGS)
{
	Oid			cfg = PG_GETARG_OID(0);
	SpAnalysis	a;
	const SpDoc *doc;
	SP_VEC(WeightedSpan) spans = {0};
	const SpEnv *env = sp_pg_env();
	ParsedText	prs;
	PosRangeVec ranges = {0};
	size_t		cur = 0;
	TSVector	tsv,
				result;
	WordEntry  *we;

	speech_ts_check_length(VARSIZE_ANY_EXHDR(PG_GETARG_TEXT_PP(1)), "text");
	sp_analysis_begin(&a, PG_GETARG_TEXT_PP(1));
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

	/* walk the text: weighted spans in order, D between them; a span ends where the next begins */
	prs.lenwords = Max(2, (int32) Min(a.in.len / 6, (size_t) (MaxAllocSize / sizeof(ParsedWord) / 2)));
	prs.curwords = 0;
	prs.pos = 0;
	prs.words = palloc(sizeof(ParsedWord) * prs.lenwords);
	for (size_t k = 0; k < spans.n; k++)
	{
		WeightedSpan *w = &spans.items[k];
		size_t		start = Max(w->start, cur),
					end = w->end;

		CHECK_FOR_INTERRUPTS();
		if (k + 1 < spans.n && spans.items[k + 1].start < end && spans.items[k + 1].start >= start)
			end = spans.items[k + 1].start;
		if (end <= start)
			continue;
		parse_piece(cfg, &a, cur, start, 'D', &prs, &ranges);
		parse_piece(cfg, &a, start, end, w->weight, &prs, &ranges);
		cur = end;
	}
	parse_piece(cfg, &a, cur, a.in.len, 'D', &prs, &ranges);

	/* one tsvector, then the weights of its positions */
	tsv = make_tsvector(&prs);
	we = ARRPTR(tsv);
	for (int32 i = 0; ranges.n > 0 && i < tsv->size; i++)
	{
		WordEntryPos *pos = POSDATAPTR(tsv, &we[i]);

		for (int j = 0; j < POSDATALEN(tsv, &we[i]); j++)
			WEP_SETWEIGHT(pos[j], weight_at(&ranges, WEP_GETPOS(pos[j])));
	}

	/* the result in the caller's memory, then the analysis goes */
	MemoryContextSwitchTo(a.caller);
	result = (TSVector) palloc(VARSIZE(tsv));
	memcpy(result, tsv, VARSIZE(tsv));
	sp_analysis_end(&a);
	PG_RETURN_TSVECTOR(result);
}
