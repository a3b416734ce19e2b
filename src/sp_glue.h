/*
 * sp_glue.h - helpers shared by the PostgreSQL glue files: the SpEnv that
 * maps the core's allocations onto palloc, text in/out in the database
 * encoding, and byte-to-character positions.
 */
#ifndef SP_GLUE_H
#define SP_GLUE_H

#include "postgres.h"

#include "fmgr.h"
#include "sp_env.h"
#include "sp_utf8.h"

/* an SpEnv on CurrentMemoryContext (huge allocations allowed), with CHECK_FOR_INTERRUPTS */
extern const SpEnv *sp_pg_env(void);

/*
 * The UTF-8 bytes of a text argument.  In a UTF8 database this is the datum's
 * own data (no copy); in another server encoding the text is converted to
 * UTF-8 (characters map one to one, so positions still agree with substr());
 * SQL_ASCII is refused with an error naming it, because it defines no
 * characters for positions to count.
 */
typedef struct SpInput
{
	const char *s;
	size_t		len;
} SpInput;

extern SpInput sp_input_text(text *t);

/* a text datum (in the database encoding) from UTF-8 bytes */
extern text *sp_output_text(const char *utf8, size_t len);

/* raise an error if the server encoding cannot be used (called by every entry point) */
extern void sp_check_encoding(void);

#endif
