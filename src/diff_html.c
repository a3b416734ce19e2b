/*
 * diff_html.c - speech_diff_html(old, new) RETURNS text: the page of a diff,
 * one self-contained HTML page (src/core/sp_html_diff.c): a summary of the
 * ops and of the sections added and removed, then the two versions side by
 * side in the rows of speech_diff, a changed row with the characters of
 * speech_diff_chars marked, a moved row with the section it came from.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"

#include "sp_html_diff.h"
#include "spg_analysis.h"
#include "spg_env.h"

PG_FUNCTION_INFO_V1(speech_diff_html);

Datum
speech_diff_html(PG_FUNCTION_ARGS)
{
	SpgAnalysis a,
				b;
	SpDiff		d;
	SpHtml		h;
	Datum		result;

	spg_analysis_begin(&a, PG_GETARG_TEXT_PP(0), false);
	spg_analysis_begin(&b, PG_GETARG_TEXT_PP(1), false);
	sp_diff(spg_env(), &a.doc, &b.doc, &d);
	sp_html_init(&h, spg_env(), GetDatabaseEncoding() != PG_UTF8);
	sp_html_diff(&h, a.in.s, a.in.len, &a.doc, b.in.s, b.in.len, &b.doc, &d);
	MemoryContextSwitchTo(a.caller);
	result = spg_utf8_datum(h.out.items, h.out.n);
	spg_analysis_end(&b);
	spg_analysis_end(&a);
	PG_RETURN_DATUM(result);
}
