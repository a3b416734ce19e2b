/*
 * speech.c - the module: its magic block and its start-up (the GUC
 * speech.domain_terms and the invalidation callback of the user's terms,
 * terms.c).
 *
 * Where the C entry point of an SQL function is: speech_NAME is in
 * src/NAME.c (speech_parse_json in parse.c, speech_section_metrics in
 * metrics.c); the callbacks of the text-search parser speech_parser
 * (speech_prs_*) are in ts_parser.c, those of the dictionary templates
 * speech_han and speech_fold in ts_dict.c; the functions of the table
 * speech_terms in terms.c.  Glue helpers are spg_* in src/spg_*.c, the
 * core's sp_* in src/core/.
 */
#include "postgres.h"

#include "fmgr.h"

#include "spg_compat.h"
#include "spg_ts.h"

/* PG_MODULE_MAGIC, or PG_MODULE_MAGIC_EXT from 18 on (spg_compat.h) */
SPG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	spg_terms_init();
}
