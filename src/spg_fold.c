/*
 * spg_fold.c - the Traditional to Simplified converter of a backend (see
 * spg_fold.h).
 *
 * The tables are read once per process, on first use, into a memory
 * context of their own under TopMemoryContext: a cache of constants, the
 * same in every backend and parallel worker (each reads its own copy, about
 * 2 ms and 0.4 MB), never written after it is built.  An error while
 * building (OpenCC's data missing, a cancel) leaves no half-built cache.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "spg_env.h"
#include "spg_fold.h"
#include "spg_opencc.h"

#ifndef SPEECH_OPENCC_VERSION
#define SPEECH_OPENCC_VERSION "?"
#endif

static SpFolder *folder = NULL;

static void *
fold_alloc(void *ud, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ud, size, MCXT_ALLOC_HUGE);
}

static void *
fold_realloc(void *ud, void *ptr, size_t size)
{
	(void) ud;
	return repalloc_huge(ptr, size);
}

static void
fold_free(void *ud, void *ptr)
{
	(void) ud;
	pfree(ptr);
}

static void
fold_interrupt(void *ud)
{
	(void) ud;
	CHECK_FOR_INTERRUPTS();
}

static void
build(MemoryContext cxt, SpFolder *f, const char *buf, size_t len)
{
	SpEnv		env = {fold_alloc, fold_realloc, fold_free, fold_interrupt, cxt, NULL};
	size_t		i = 0;

	sp_folder_init(f);
	while (i + 6 <= len)
	{
		const unsigned char *h = (const unsigned char *) buf + i;
		int			stage = (int) h[0] - 1,
					dict = h[1];
		size_t		klen = ((size_t) h[2] << 8) | h[3],
					vlen = ((size_t) h[4] << 8) | h[5];

		if (i + 6 + klen + vlen > len)
			break;
		/* an entry the core cannot take (a key of 33 characters) is left out */
		(void) sp_folder_add(&env, f, stage, dict, buf + i + 6, klen, buf + i + 6 + klen, vlen);
		i += 6 + klen + vlen;
	}
	sp_folder_finish(&env, f);
}

const SpFolder *
spg_folder(void)
{
	char		err[256] = "";
	char	   *buf;
	size_t		len = 0;
	int			nstages = 0;
	MemoryContext cxt;
	SpFolder   *f;

	if (folder != NULL)
		return folder;
	buf = spg_opencc_read(SPG_FOLD_CONFIG, &len, &nstages, err, sizeof(err));
	if (buf == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("speech could not read OpenCC's configuration \"%s\": %s", SPG_FOLD_CONFIG, err),
				 errdetail("speech_zh folds Traditional Chinese to Simplified with OpenCC's tables."),
				 errhint("Install OpenCC's data (Debian: apt-get install libopencc-data), or use the configuration speech_zh_exact, which does not fold.")));
	cxt = AllocSetContextCreate(TopMemoryContext, "speech OpenCC tables", ALLOCSET_DEFAULT_SIZES);
	PG_TRY();
	{
		f = MemoryContextAllocZero(cxt, sizeof(SpFolder));
		build(cxt, f, buf, len);
	}
	PG_CATCH();
	{
		free(buf);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	free(buf);
	if (f->nstages == 0)
	{
		MemoryContextDelete(cxt);
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("OpenCC's configuration \"%s\" has no conversion", SPG_FOLD_CONFIG),
				 errhint("Reinstall OpenCC's data (Debian: libopencc-data).")));
	}
	folder = f;
	return folder;
}

void
spg_fold_utf8(const char *s, size_t len, SpFolded *out)
{
	sp_fold_text(spg_env(), spg_folder(), s, len, out);
}

const char *
spg_fold_version(void)
{
	const SpFolder *f = spg_folder();

	return psprintf("OpenCC %s %s, %zu entries", SPEECH_OPENCC_VERSION, SPG_FOLD_CONFIG, f->entries);
}
