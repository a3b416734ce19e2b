/*
 * sp_diag.h - a speech's quality problems, as rows for curating a corpus.
 *
 * Kinds (doc/metrics.md, "speech_diagnostics"):
 *   announced_points   the opening announces N points, the outline has M top-level sections
 *   ordinal_gap        a numbered heading does not continue its siblings (一、 then 三、)
 *   skipped_level      a heading nests two or more steps down the GB/T 9704 order
 *                      一、 → （一） → 1. → （1） (一、 directly above 1.)
 *   truncated          the text ends inside a sentence
 *   chunk_number       a page/chunk number the parser stepped over (N、 splitting a sentence)
 *   html_remnant       a tag, an entity or a mangled entity (&nbsp; <br> X8226;)
 *   unclosed_quote     an opening mark without its closing mark
 *   stray_quote        a closing mark without its opening mark
 *   conversion_artifact  a word garbled by a converter (效劳 for 服务 …)
 *   suspect_number     a percentage of 1000% or more, or a span of 10000 years or more
 *   inexact_number     a quantity whose number has more digits than speech keeps
 *                      exactly (18 significant digits, 10^60, 40 places): its value is NULL
 */
#ifndef SP_DIAG_H
#define SP_DIAG_H

#include "sp_metrics.h"

typedef enum SpDiagKind
{
	SP_DIAG_ANNOUNCED_POINTS = 0,
	SP_DIAG_ORDINAL_GAP,
	SP_DIAG_SKIPPED_LEVEL,
	SP_DIAG_TRUNCATED,
	SP_DIAG_CHUNK_NUMBER,
	SP_DIAG_HTML_REMNANT,
	SP_DIAG_UNCLOSED_QUOTE,
	SP_DIAG_STRAY_QUOTE,
	SP_DIAG_CONVERSION_ARTIFACT,
	SP_DIAG_SUSPECT_NUMBER,
	SP_DIAG_INEXACT_NUMBER,
	SP_DIAG__COUNT
} SpDiagKind;

extern const char *const sp_diag_kind_names[SP_DIAG__COUNT];

typedef struct SpDiag
{
	SpDiagKind	kind;
	size_t		pos;			/* byte offset the problem is at */
	bool		has_pos;		/* false for whole-document findings without a place */
	char		detail[200];	/* UTF-8 */
} SpDiag;

typedef SP_VEC(SpDiag) SpDiagVec;

/* the problems of an analysed text, in text order (whole-document ones first) */
void		sp_diagnose(const SpEnv *env, const SpExtract *x, SpDiagVec *out);

/*
 * Whether quantity q of text s is one suspect_number reports: digits alone
 * before 年 or % making 10000 years or 1000% or more (202223年: digits merged
 * or replaced).  speech_quantities flags these rows (suspect) instead of
 * giving them a kind.
 */
bool		sp_diag_suspect_quantity(const char *s, const SpQuantity *q);

#endif							/* SP_DIAG_H */
