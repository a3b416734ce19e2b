/*
 * sp_glue.c - the PostgreSQL side of the core's environment.
 */
#include "sp_glue.h"
#include "sp_chars.h"
#include "sp_scan.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "lib/stringinfo.h"

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

/* the process-lifetime allocations of the core's caches: TopMemoryContext */
static void *
pg_keep_alloc(void *ud, size_t size)
{
	(void) ud;
	return MemoryContextAlloc(TopMemoryContext, size);
}

static const SpEnv pg_keep_env = {pg_keep_alloc, pg_core_realloc, pg_core_free, pg_core_interrupt, NULL, NULL};
static const SpEnv pg_env = {pg_core_alloc, pg_core_realloc, pg_core_free, pg_core_interrupt, NULL, &pg_keep_env};

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

void
sp_analysis_begin(SpAnalysis *a, text *t)
{
	sp_analysis_begin_doc(a, t);
	sp_charindex_init(sp_pg_env(), &a->ci, a->in.s, a->in.len);
}

void
sp_analysis_begin_doc(SpAnalysis *a, text *t)
{
	a->caller = CurrentMemoryContext;
	a->cxt = AllocSetContextCreate(CurrentMemoryContext, "speech analysis", ALLOCSET_DEFAULT_SIZES);
	MemoryContextSwitchTo(a->cxt);
	a->in = sp_input_text(t);
	sp_doc_analyze(sp_pg_env(), a->in.s, a->in.len, &a->doc);
	memset(&a->ci, 0, sizeof(a->ci));
}

void
sp_analysis_end(SpAnalysis *a)
{
	MemoryContextSwitchTo(a->caller);
	MemoryContextDelete(a->cxt);
}

int32
sp_pos(const SpAnalysis *a, size_t b)
{
	return (int32) sp_charindex_pos(&a->ci, b);
}

int32
sp_span_len(const SpAnalysis *a, SpSpan sp)
{
	return sp.end > sp.start ? sp_pos(a, sp.end) - sp_pos(a, sp.start) : 0;
}

Datum
sp_span_datum(const SpAnalysis *a, SpSpan sp, bool empty_is_null, bool *isnull)
{
	*isnull = false;
	if (sp.end <= sp.start)
	{
		if (empty_is_null)
		{
			*isnull = true;
			return (Datum) 0;
		}
		return PointerGetDatum(sp_output_text("", 0));
	}
	return PointerGetDatum(sp_output_text(a->in.s + sp.start, sp.end - sp.start));
}

/* characters from i up to the next white space (at most cap + 1 counted) */
static size_t
visible_run(const char *s, size_t end, size_t i, size_t cap)
{
	size_t		n = 0;

	while (i < end && n <= cap)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(s, end, i, &step);

		if (sp_is_space(cp) || sp_is_newline(cp))
			break;
		n++;
		i += (size_t) step;
	}
	return n;
}

Datum
sp_span_folded_datum(const SpAnalysis *a, SpSpan sp, bool *isnull)
{
	StringInfoData buf;
	bool		space = false;
	uint32_t	last = 0;

	*isnull = sp.end <= sp.start;
	if (*isnull)
		return (Datum) 0;
	initStringInfo(&buf);
	for (size_t i = sp.start; i < sp.end;)
	{
		int			step;
		uint32_t	cp = sp_u8_decode(a->in.s, sp.end, i, &step);
		size_t		tag_end;
		bool		block;

		if (cp == '<' && sp_html_tag_at(a->in.s, sp.end, i, &tag_end, &block))
		{
			i = tag_end;		/* markup is not part of a title */
			continue;
		}
		if (sp_is_space(cp) || sp_is_newline(cp) || sp_is_ignorable(cp))
			space = buf.len > 0;
		else
		{
			/* a word broken over lines (政府工作报 / 告) is joined without a space */
			if (space && !(sp_is_han(last) && sp_is_han(cp) && visible_run(a->in.s, sp.end, i, 2) <= 2))
				appendStringInfoChar(&buf, ' ');
			space = false;
			appendBinaryStringInfo(&buf, a->in.s + i, step);
			last = cp;
		}
		i += (size_t) step;
	}
	return PointerGetDatum(sp_output_text(buf.data, buf.len));
}

Datum
sp_span_denoised_datum(const SpAnalysis *a, SpSpan sp, bool *isnull)
{
	StringInfoData buf;
	size_t		cursor = 0,
				i = sp.start;

	*isnull = false;
	initStringInfo(&buf);
	while (i < sp.end)
	{
		size_t		e = sp_skip_noise(&a->doc, &cursor, i);
		size_t		j;

		if (e != i)
		{
			i = e;
			continue;
		}
		/* copy up to the next noise span */
		j = cursor < a->doc.noise.n && a->doc.noise.items[cursor].span.start > i ?
			a->doc.noise.items[cursor].span.start : sp.end;
		if (j > sp.end)
			j = sp.end;
		appendBinaryStringInfo(&buf, a->in.s + i, (int) (j - i));
		i = j;
	}
	return PointerGetDatum(sp_output_text(buf.data, buf.len));
}

ReturnSetInfo *
sp_srf_begin(FunctionCallInfo fcinfo, const char *fn, int natts)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	if (rsinfo->setDesc->natts != natts)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("%s() returns %d columns, the library expects %d",
						fn, rsinfo->setDesc->natts, natts),
				 errhint("The installed SQL objects and the library disagree: run ALTER EXTENSION speech UPDATE.")));
	return rsinfo;
}
