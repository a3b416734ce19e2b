/*
 * spg_analysis.c - one analysed text argument (see spg_analysis.h).
 */
#include "postgres.h"

#include "utils/memutils.h"

#include "sp_render.h"
#include "spg_analysis.h"
#include "spg_env.h"

void
spg_analysis_begin(SpgAnalysis *a, text *t, bool positions)
{
	a->caller = CurrentMemoryContext;
	a->cxt = AllocSetContextCreate(CurrentMemoryContext, "speech analysis", ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(a->cxt);
	a->in = spg_text_utf8(t);
	sp_doc_analyze(spg_env(), a->in.s, a->in.len, &a->doc);
	memset(&a->ci, 0, sizeof(a->ci));
	if (positions)
		sp_charindex_init(spg_env(), &a->ci, a->in.s, a->in.len);
}

void
spg_analysis_begin_bare(SpgAnalysis *a, text *t)
{
	a->caller = CurrentMemoryContext;
	a->cxt = AllocSetContextCreate(CurrentMemoryContext, "speech analysis", ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(a->cxt);
	a->in = spg_text_utf8(t);
	memset(&a->doc, 0, sizeof(a->doc));
	sp_charindex_init(spg_env(), &a->ci, a->in.s, a->in.len);
}

void
spg_analysis_end(SpgAnalysis *a)
{
	MemoryContextSwitchTo(a->caller);
	MemoryContextDelete(a->cxt);
}

int32
spg_pos(const SpgAnalysis *a, size_t b)
{
	return (int32) sp_charindex_pos(&a->ci, b);
}

int32
spg_span_len(const SpgAnalysis *a, SpSpan sp)
{
	return sp.end > sp.start ? spg_pos(a, sp.end) - spg_pos(a, sp.start) : 0;
}

Datum
spg_span_text(const SpgAnalysis *a, SpSpan sp, bool empty_is_null, bool *isnull)
{
	*isnull = false;
	if (sp.end <= sp.start)
	{
		if (empty_is_null)
		{
			*isnull = true;
			return (Datum) 0;
		}
		return spg_utf8_datum("", 0);
	}
	return spg_utf8_datum(a->in.s + sp.start, sp.end - sp.start);
}

Datum
spg_span_title(const SpgAnalysis *a, SpSpan sp, bool *isnull)
{
	size_t		len;
	char	   *s;

	*isnull = sp.end <= sp.start;
	if (*isnull)
		return (Datum) 0;
	s = sp_render_title(spg_env(), a->in.s, sp, &len);
	return spg_utf8_datum(s, len);
}

Datum
spg_span_denoised(const SpgAnalysis *a, SpSpan sp, bool *isnull)
{
	size_t		len;
	char	   *s = sp_render_denoised(spg_env(), &a->doc, sp, &len);

	*isnull = false;
	return spg_utf8_datum(s, len);
}
