/*
 * html.c - speech_html(body) RETURNS text: the reading view of one speech,
 * a self-contained HTML page (src/core/sp_html.c): the outline as a side
 * panel with section sizes, the text with its quantities, slogans, quotes,
 * directive words and diagnostics marked, a legend with their counts.  The
 * marks are the rows of speech_quantities, speech_slogans, speech_quotes,
 * speech_diagnostics (data-id = their id) and the directive words counted by
 * speech_metrics.  In a database encoding other than UTF8 every non-ASCII
 * character is a character reference, so the page is plain ASCII.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"

#include "sp_html.h"
#include "spg_env.h"
#include "spg_match.h"

PG_FUNCTION_INFO_V1(speech_html);

Datum
speech_html(PG_FUNCTION_ARGS)
{
	SpgAnalysis a;
	SpSpanVec	words = {0};
	SpExtract	x,
				xd;
	SpDiagVec	diags = {0};
	SpHtml		h;
	Datum		result;

	spg_analysis_begin(&a, PG_GETARG_TEXT_PP(0), false);
	spg_shipped_words(&a, &words);
	sp_extract_run(spg_env(), &x, a.in.s, a.in.len, &a.doc, words.items, words.n);
	/* the diagnostics exactly as speech_diagnostics finds them (without words) */
	sp_extract(spg_env(), &xd, a.in.s, a.in.len, &a.doc, NULL, 0, SP_X_ALL);
	sp_diagnose(spg_env(), &xd, &diags);
	sp_html_init(&h, spg_env(), GetDatabaseEncoding() != PG_UTF8);
	sp_html_reading(&h, a.in.s, a.in.len, &a.doc, &x, diags.items, diags.n);
	MemoryContextSwitchTo(a.caller);
	result = spg_utf8_datum(h.out.items, h.out.n);
	spg_analysis_end(&a);
	PG_RETURN_DATUM(result);
}
