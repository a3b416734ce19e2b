/*
 * sp_env.c - malloc-backed SpEnv for unit tests, fuzz targets and tools.
 * Never linked into a path PostgreSQL calls: the glue supplies its own.
 */
#include "sp_env.h"

#include <stdio.h>
#include <stdlib.h>

static void *
malloc_alloc(void *ud, size_t size)
{
	void	   *p = malloc(size);

	(void) ud;
	if (p == NULL)
	{
		fprintf(stderr, "speech core: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void *
malloc_realloc(void *ud, void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size);

	(void) ud;
	if (p == NULL)
	{
		fprintf(stderr, "speech core: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void
malloc_free(void *ud, void *ptr)
{
	(void) ud;
	free(ptr);
}

const SpEnv sp_env_malloc = {malloc_alloc, malloc_realloc, malloc_free, NULL, NULL, &sp_env_malloc};
