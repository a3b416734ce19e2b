/*
 * outline.c - speech_outline(body [, unnumbered]) RETURNS SETOF speech_section:
 * the numbered headings of a speech and their nesting (src/core/sp_outline.c);
 * with unnumbered true, also the heading lines without a marker
 * (src/core/sp_unnumbered.c), whose marker and ordinal are NULL.
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_env.h"
#include "spg_rows.h"

PG_FUNCTION_INFO_V1(speech_outline);

/*
 * The columns of speech_section for section k: id, parent_id, level, marker,
 * ordinal, heading (without chunk-number noise), pos, len.  speech_parse and
 * speech_parse_json build their sections from it too.
 */
void
spg_section_row(SpgRow *row, const SpgAnalysis *a, int k)
{
	const SpSection *sec = &a->doc.sections.items[k];
	bool		isnull;
	Datum		heading;

	spg_row_int(row, k + 1);
	spg_row_id(row, sec->parent);
	spg_row_int(row, sec->level);
	if (sec->style == SP_STYLE_NONE)
	{
		/* an unnumbered heading: no marker, no ordinal */
		spg_row_null(row);
		spg_row_null(row);
	}
	else
	{
		spg_row_span_text(row, a, sec->marker, false);
		spg_row_int(row, sec->ordinal);
	}
	heading = spg_span_denoised(a, sec->heading, &isnull);
	if (isnull)
		spg_row_null(row);
	else
		spg_row_datum(row, heading);
	spg_row_pos_len(row, a, sec->whole);
}

Datum
speech_outline(PG_FUNCTION_ARGS)
{
	SpgRows		rows;
	SpgAnalysis a;

	spg_rows_begin_text(&rows, &a, fcinfo, "speech_outline", 8);
	/* speech_outline(body, unnumbered): the second argument is not NULL (STRICT) */
	if (PG_NARGS() > 1 && PG_GETARG_BOOL(1))
		sp_doc_add_unnumbered(spg_env(), &a.doc);
	for (size_t k = 0; k < a.doc.sections.n; k++)
	{
		spg_section_row(spg_row_start(&rows), &a, (int) k);
		spg_row_put(&rows);
	}
	spg_rows_end_text(&rows, &a);
	return (Datum) 0;
}
