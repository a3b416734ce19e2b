/*
 * spg_match.c - shared by the term-matching functions (see spg_match.h).
 */
#include "postgres.h"

#include "utils/lsyscache.h"

#include "spg_env.h"
#include "spg_match.h"
#include "spg_text.h"
#include "spg_ts.h"

void
spg_shipped_words(const SpgAnalysis *a, SpSpanVec *words)
{
	SpSegOptions opt;

	opt.lex = spg_lexicon();
	opt.terms = NULL;
	opt.domain = true;
	sp_metrics_words(spg_env(), &opt, a->in.s, a->in.len, words);
}

uint8_t *
spg_shipped_boundaries(const SpgAnalysis *a)
{
	SpSpanVec	words = {0};

	spg_shipped_words(a, &words);
	if (words.n == 0)
		return NULL;
	return sp_word_boundaries(spg_env(), a->in.len, words.items, words.n);
}

int
spg_array_elements(ArrayType *arr, Oid type, const char *fn, const char *what,
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
				 errhint("Pass the %s as a flat array, for example %s.", what,
						 spg_message("ARRAY['改革', '发展']"))));
	get_typlenbyvalalign(type, &typlen, &typbyval, &typalign);
	deconstruct_array(arr, type, typlen, typbyval, typalign, elems, nulls, &n);
	return n;
}

void
spg_row_hit(SpgRow *row, const SpgAnalysis *a, const SpHit *h)
{
	spg_row_section(row, a, h->span.start);
	spg_row_sentence(row, a, h->span.start);
	spg_row_pos_len(row, a, h->span);
}
