/*
 * sp_html_diff.c - the page of a diff (sp_html_diff.h).  Linear in the rows
 * and the texts, but for the character view of each changed row (bounded by
 * sp_diff_chars).
 */
#include <stdio.h>

#include "sp_html_diff.h"
#include "sp_utf8.h"

/* a section's marker and heading as text */
static void
section_title(SpHtml *h, const char *s, const SpDoc *doc, int k)
{
	const SpSection *sec;

	if (k < 0 || (size_t) k >= doc->sections.n)
	{
		sp_html_raw(h, "(before the first section)");
		return;
	}
	sec = &doc->sections.items[k];
	sp_html_text(h, s + sec->marker.start, sec->marker.end - sec->marker.start);
	if (sec->heading.end > sec->heading.start)
		sp_html_text(h, s + sec->heading.start, sec->heading.end - sec->heading.start);
}

/* one side of a changed row: its text with the runs only it has marked */
static void
changed_side(SpHtml *h, const char *s, const SpDiffChunks *chunks, bool old_side)
{
	for (size_t k = 0; k < chunks->n; k++)
	{
		const SpDiffChunk *c = &chunks->items[k];
		SpSpan		sp = old_side ? c->old_span : c->new_span;

		if (sp.end <= sp.start)
			continue;
		if (c->op == SP_DIFF_SAME)
			sp_html_text(h, s + sp.start, sp.end - sp.start);
		else
		{
			sp_html_raw(h, old_side ? "<del>" : "<ins>");
			sp_html_text(h, s + sp.start, sp.end - sp.start);
			sp_html_raw(h, old_side ? "</del>" : "</ins>");
		}
	}
}

static void
summary_item(SpHtml *h, const char *cls, const char *label, long long n)
{
	sp_html_raw(h, "<li class=\"sp-op-");
	sp_html_raw(h, cls);
	sp_html_raw(h, "\"><span class=\"sp-op\">");
	sp_html_raw(h, label);
	sp_html_raw(h, "</span><span class=\"sp-count\" data-op=\"");
	sp_html_raw(h, cls);
	sp_html_raw(h, "\">");
	sp_html_int(h, n);
	sp_html_raw(h, "</span></li>\n");
}

void
sp_html_diff(SpHtml *h, const char *olds, size_t olen, const SpDoc *odoc,
			 const char *news, size_t nlen, const SpDoc *ndoc, const SpDiff *d)
{
	const SpEnv *env = h->env;
	size_t		steps = 0;
	long long	sec_added = 0,
				sec_removed = 0;
	bool		has_title = ndoc->title.end > ndoc->title.start;

	(void) olen;
	(void) nlen;
	for (size_t k = 0; k < d->rows.n; k++)
	{
		const SpDiffRow *r = &d->rows.items[k];

		if (r->op == SP_DIFF_ADDED && d->new_units.items[r->new_unit].heading >= 0)
			sec_added++;
		if (r->op == SP_DIFF_REMOVED && d->old_units.items[r->old_unit].heading >= 0)
			sec_removed++;
	}
	if (has_title)
		sp_html_begin(h, news + ndoc->title.start, ndoc->title.end - ndoc->title.start, "zh", "sp-diffpage");
	else
		sp_html_begin(h, "speech diff", 11, "zh", "sp-diffpage");
	sp_html_raw(h, "<main style=\"max-width:none\">\n<h1>");
	if (has_title)
		sp_html_text(h, news + ndoc->title.start, ndoc->title.end - ndoc->title.start);
	else
		sp_html_raw(h, "(untitled)");
	sp_html_raw(h, " &mdash; \xE5\xAF\xB9\xE7\x85\xA7 diff</h1>\n<ul class=\"sp-summary\" aria-label=\"summary\">\n");
	for (int op = 0; op < SP_DIFF__COUNT; op++)
		summary_item(h, sp_diff_op_names[op], sp_diff_op_names[op], (long long) d->count[op]);
	summary_item(h, "section-added", "sections added", sec_added);
	summary_item(h, "section-removed", "sections removed", sec_removed);
	sp_html_raw(h, "</ul>\n");
	/* the headings of the sections added and removed */
	if (sec_added + sec_removed > 0)
	{
		sp_html_raw(h, "<ul class=\"sp-sections-changed\">\n");
		for (size_t k = 0; k < d->rows.n; k++)
		{
			const SpDiffRow *r = &d->rows.items[k];
			int			hs = -1;
			bool		added = r->op == SP_DIFF_ADDED;

			if (added)
				hs = d->new_units.items[r->new_unit].heading;
			else if (r->op == SP_DIFF_REMOVED)
				hs = d->old_units.items[r->old_unit].heading;
			if (hs < 0)
				continue;
			sp_html_raw(h, added ? "<li class=\"sp-op-added\"><a href=\"#r-" : "<li class=\"sp-op-removed\"><a href=\"#r-");
			sp_html_int(h, (long long) k + 1);
			sp_html_raw(h, "\">");
			sp_html_raw(h, added ? "+ " : "&minus; ");
			section_title(h, added ? news : olds, added ? ndoc : odoc, hs);
			sp_html_raw(h, "</a></li>\n");
		}
		sp_html_raw(h, "</ul>\n");
	}
	sp_html_raw(h, "<table class=\"sp-diff\">\n<thead><tr><th>old</th><th>new</th></tr></thead>\n<tbody>\n");
	for (size_t k = 0; k < d->rows.n; k++)
	{
		const SpDiffRow *r = &d->rows.items[k];
		const SpDiffUnit *ou = r->old_unit >= 0 ? &d->old_units.items[r->old_unit] : NULL;
		const SpDiffUnit *nu = r->new_unit >= 0 ? &d->new_units.items[r->new_unit] : NULL;
		const char *op = sp_diff_op_names[r->op];
		char		sim[32];

		sp_tick(env, &steps);
		/* a section of the new text starts: a row of its heading */
		if (nu != NULL && nu->heading >= 0)
		{
			sp_html_raw(h, "<tr class=\"sp-section\"><td colspan=\"2\">");
			section_title(h, news, ndoc, nu->heading);
			sp_html_raw(h, "</td></tr>\n");
		}
		snprintf(sim, sizeof(sim), "%.3f", r->similarity);
		sp_html_raw(h, "<tr class=\"sp-op-");
		sp_html_raw(h, op);
		sp_html_raw(h, "\" data-op=\"");
		sp_html_raw(h, op);
		sp_html_raw(h, "\" id=\"r-");
		sp_html_int(h, (long long) k + 1);
		sp_html_raw(h, "\" title=\"");
		sp_html_raw(h, op);
		sp_html_raw(h, ", similarity ");
		sp_html_raw(h, sim);
		sp_html_raw(h, "\"><td class=\"sp-old\">");
		if (r->op == SP_DIFF_CHANGED_OP && ou && nu)
		{
			SpDiffChunks chunks = {0};

			sp_diff_chars(env, olds + ou->span.start, ou->span.end - ou->span.start,
						  news + nu->span.start, nu->span.end - nu->span.start, &chunks);
			/* the chunks' spans are relative to each unit */
			changed_side(h, olds + ou->span.start, &chunks, true);
			sp_html_raw(h, "</td><td class=\"sp-new\"><span class=\"sp-op\">changed</span>");
			changed_side(h, news + nu->span.start, &chunks, false);
			sp_vec_free(env, &chunks);
		}
		else
		{
			if (ou)
				sp_html_text(h, olds + ou->span.start, ou->span.end - ou->span.start);
			sp_html_raw(h, "</td><td class=\"sp-new\">");
			if (r->op != SP_DIFF_SAME)
			{
				sp_html_raw(h, "<span class=\"sp-op\">");
				sp_html_raw(h, op);
				sp_html_raw(h, "</span>");
			}
			if (r->op == SP_DIFF_MOVED_OP && ou)
			{
				sp_html_raw(h, "<span class=\"sp-op\">from ");
				section_title(h, olds, odoc, ou->section);
				sp_html_raw(h, "</span>");
			}
			if (nu)
				sp_html_text(h, news + nu->span.start, nu->span.end - nu->span.start);
		}
		sp_html_raw(h, "</td></tr>\n");
	}
	sp_html_raw(h, "</tbody>\n</table>\n</main>\n");
	sp_html_end(h);
}
