/*
 * sp_glue.c - the PostgreSQL side of the core's environment.
 */
#include "sp_glue.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

static void *
pg_core_alloc(void *ud, size_t size)
{
	(void) ud;
	return MemoryContextAllocExtended(CurrentMemoryContext, size, MCXT_ALLOC_HUGE);
}

static void *
pg_core_realloc(void *ud, void *ptr, size_t size)
{
	(void) ud;
	return repalloc_huge(ptr, size);
}

static void
pg_core_free(void *ud, void *ptr)
{
	(void) ud;
	pfree(ptr);
}

static void
pg_core_interrupt(void *ud)
{
	(void) ud;
	CHECK_FOR_INTERRUPTS();
}

static const SpEnv pg_env = {pg_core_alloc, pg_core_realloc, pg_core_free, pg_core_interrupt, NULL};

const SpEnv *
sp_pg_env(void)
{
	return &pg_env;
}

void
sp_check_encoding(void)
{
	if (GetDatabaseEncoding() == PG_SQL_ASCII)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("speech cannot analyse text in a database with encoding \"%s\"",
						GetDatabaseEncodingName()),
				 errdetail("SQL_ASCII stores bytes without defining characters, so character positions and classes are undefined."),
				 errhint("Create the database with ENCODING 'UTF8' (or another server encoding such as EUC_CN) and load the text there.")));
}

SpInput
sp_input_text(text *t)
{
	SpInput		in;
	const char *data = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);

	sp_check_encoding();
	if (GetDatabaseEncoding() == PG_UTF8)
	{
		in.s = data;
		in.len = (size_t) len;
	}
	else
	{
		char	   *conv = (char *) pg_do_encoding_conversion((unsigned char *) data, len,
															  GetDatabaseEncoding(), PG_UTF8);

		in.s = conv;
		in.len = conv == data ? (size_t) len : strlen(conv);
	}
	return in;
}

text *
sp_output_text(const char *utf8, size_t len)
{
	if (GetDatabaseEncoding() != PG_UTF8 && len > 0)
	{
		char	   *conv = (char *) pg_do_encoding_conversion((unsigned char *) utf8, (int) len,
															  PG_UTF8, GetDatabaseEncoding());

		if (conv != utf8)
			return cstring_to_text(conv);
	}
	return cstring_to_text_with_len(utf8, (int) len);
}
