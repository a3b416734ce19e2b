/*
 * spg_env.c - the SpEnv of the backend (see spg_env.h).
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "spg_env.h"

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
spg_env(void)
{
	return &pg_env;
}
