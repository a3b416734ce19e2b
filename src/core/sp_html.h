/*
 * sp_html.h - self-contained HTML pages of a speech: the escaping every page
 * uses, the one style sheet, text with nested marks, and the reading view.
 *
 * Escaping (sp_html_text): & < > " ' become entities; every byte that is not
 * part of well-formed UTF-8, every control character but tab and line
 * break, and U+FFFD itself become &#xFFFD; so a text renders as the text it
 * is, whatever it contains (<script>, entities, half a tag, broken bytes).
 * With ascii set, every other non-ASCII character is written as &#x...; too,
 * so that the page survives any database encoding.
 *
 * Pages carry no external asset: the CSS is inline (sp_html_css), the fonts
 * are the reader's own (a Chinese and a Latin stack that fall back), long
 * lines wrap anywhere instead of overflowing.
 */
#ifndef SP_HTML_H
#define SP_HTML_H

#include "sp_diag.h"
#include "sp_doc.h"
#include "sp_metrics.h"

typedef struct SpHtml
{
	const SpEnv *env;
	SP_VEC(char) out;
	bool		ascii;			/* non-ASCII as character references */
	bool		collapse;		/* runs of blank lines shown as one (the reading view) */
} SpHtml;

extern const char sp_html_css[];

void		sp_html_init(SpHtml *h, const SpEnv *env, bool ascii);
void		sp_html_free(SpHtml *h);
/* markup (trusted, ASCII or UTF-8 written by speech), and escaped text */
void		sp_html_raw(SpHtml *h, const char *markup);
void		sp_html_text(SpHtml *h, const char *s, size_t len);
void		sp_html_cstr(SpHtml *h, const char *s);	/* escaped */
void		sp_html_int(SpHtml *h, long long v);

/* <!DOCTYPE html> ... <body class="body_class">, and the closing tags */
void		sp_html_begin(SpHtml *h, const char *title, size_t title_len, const char *lang,
						  const char *body_class);
void		sp_html_end(SpHtml *h);

/* ---- marked text ---- */

typedef enum SpMarkKind
{
	SP_MK_HEADING = 0,			/* a section's marker and heading (an anchor) */
	SP_MK_QUOTE,
	SP_MK_SLOGAN,
	SP_MK_QUANTITY,
	SP_MK_DIRECTIVE_HIGH,
	SP_MK_DIRECTIVE_MEDIUM,
	SP_MK_DIRECTIVE_LOW,
	SP_MK_DIAG,					/* a point: an empty element at span.start */
	SP_MK__COUNT
} SpMarkKind;

/* class names (sp-heading, sp-quote, ...) and the legend's labels */
extern const char *const sp_mark_class[SP_MK__COUNT];
extern const char *const sp_mark_label[SP_MK__COUNT];

typedef struct SpMark
{
	SpSpan		span;
	SpMarkKind	kind;
	int			id;				/* 1-based: the row of the SQL function it stands for */
	int			level;			/* headings: the section's level */
	const char *title;			/* a tooltip (escaped), or NULL */
} SpMark;

typedef SP_VEC(SpMark) SpMarkVec;

/*
 * s[0..len) with the marks as nested elements: sorted by start (outer
 * first); a mark that would cross the end of the one it starts in is cut
 * there, so the elements nest and each mark is one element.
 */
void		sp_html_marked(SpHtml *h, const char *s, size_t len, SpMark *marks, size_t n);

/* ---- the reading view ---- */

/*
 * The page of one speech: the outline as a side panel of links with the size
 * of every section, the text with its headings, quantities, slogans, quotes,
 * directive words and diagnostics marked, a legend with their counts, and
 * the list of diagnostics.  x must be an sp_extract_run over words (the
 * directive words need them); diags those of speech_diagnostics.
 */
void		sp_html_reading(SpHtml *h, const char *s, size_t len, const SpDoc *doc,
							const SpExtract *x, const SpDiag *diags, size_t ndiags);

#endif							/* SP_HTML_H */
