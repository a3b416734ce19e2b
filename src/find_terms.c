/*
 * find_terms.c - speech_find_terms(body, terms text[], whole_words DEFAULT
 * true) RETURNS TABLE (term, section_id, sentence_id, pos, len): the terms'
 * occurrences (leftmost, then longest; not overlapping), on word boundaries
 * of the segmentation when whole_words.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"

#include "spg_env.h"
#include "spg_match.h"

PG_FUNCTION_INFO_V1(speech_find_terms);

Datum
speech_find_terms(PG_FUNCTION_ARGS)
{
	bool		whole = PG_GETARG_BOOL(2);
	const SpEnv *env = spg_env();
	Datum	   *elems;
	bool	   *enulls;
	int			nelems;
	const char **terms;
	size_t	   *lens;
	int			nterms = 0;
	SpgRows		rows;
	SpgAnalysis a;
	uint8_t    *boundary;
	SpTermSet	set;
	SpHitVec	hits = {0};

	spg_rows_begin(&rows, fcinfo, "speech_find_terms", 5);
	nelems = spg_array_elements(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, "speech_find_terms", "terms",
								&elems, &enulls);
	terms = palloc(sizeof(char *) * (nelems + 1));
	lens = palloc(sizeof(size_t) * (nelems + 1));
	for (int k = 0; k < nelems; k++)
	{
		SpgText		t;

		if (enulls[k])
			continue;
		t = spg_text_utf8(DatumGetTextPP(elems[k]));
		terms[nterms] = t.s;
		lens[nterms] = t.len;
		nterms++;
	}

	spg_analysis_begin(&a, PG_GETARG_TEXT_PP(0), true);
	boundary = whole ? spg_shipped_boundaries(&a) : NULL;
	sp_termset_init(env, &set, terms, lens, NULL, (size_t) nterms);
	sp_match_terms(env, a.in.s, a.in.len, &set, boundary, &hits);
	for (size_t k = 0; k < hits.n; k++)
	{
		const SpHit *h = &hits.items[k];
		SpgRow	   *r = spg_row_start(&rows);

		spg_row_utf8(r, terms[h->term], lens[h->term]);
		spg_row_hit(r, &a, h);
		spg_row_put(&rows);
	}
	spg_analysis_end(&a);
	spg_rows_end(&rows);
	return (Datum) 0;
}
