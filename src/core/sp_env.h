/*
 * sp_env.h - the pure core's only link to its host.
 *
 * The core (everything under src/core/) includes no PostgreSQL header.  It
 * gets memory and interrupt checks from its caller through SpEnv:
 *   - inside PostgreSQL, alloc is palloc in a per-call memory context and
 *     interrupt is CHECK_FOR_INTERRUPTS(), which may longjmp out of the core;
 *     the core therefore never holds a resource that only it could release;
 *   - in unit tests and fuzz targets, alloc is malloc (abort on failure).
 * Allocation functions never return NULL.
 */
#ifndef SP_ENV_H
#define SP_ENV_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

typedef struct SpEnv
{
	void	   *(*alloc) (void *ud, size_t size);
	void	   *(*realloc) (void *ud, void *ptr, size_t size);
	void		(*free) (void *ud, void *ptr);
	void		(*interrupt) (void *ud);	/* may be NULL */
	void	   *ud;
	/*
	 * An environment whose allocations last as long as the process, for
	 * read-only caches built on first use (the built-in term sets); NULL: no
	 * cache, everything is built for the call.
	 */
	const struct SpEnv *keep;
} SpEnv;

/* how many loop iterations between interrupt checks in long loops */
#define SP_INTERRUPT_INTERVAL 8192

static inline void *
sp_alloc(const SpEnv *env, size_t size)
{
	return env->alloc(env->ud, size ? size : 1);
}

static inline void *
sp_alloc0(const SpEnv *env, size_t size)
{
	return memset(sp_alloc(env, size), 0, size);
}

static inline void *
sp_realloc(const SpEnv *env, void *ptr, size_t size)
{
	if (ptr == NULL)
		return sp_alloc(env, size);
	return env->realloc(env->ud, ptr, size ? size : 1);
}

static inline void
sp_free(const SpEnv *env, void *ptr)
{
	if (ptr)
		env->free(env->ud, ptr);
}

static inline void
sp_check_interrupt(const SpEnv *env)
{
	if (env->interrupt)
		env->interrupt(env->ud);
}

/* count loop iterations; check for interrupts every SP_INTERRUPT_INTERVAL of them */
static inline void
sp_tick(const SpEnv *env, size_t *counter)
{
	if (++*counter % SP_INTERRUPT_INTERVAL == 0)
		sp_check_interrupt(env);
}

/*
 * Growable array of fixed-size items: SP_VEC(Type) declares the struct,
 * sp_vec_push() appends (amortised O(1)).
 */
#define SP_VEC(T) struct { T *items; size_t n; size_t cap; }

#define sp_vec_reserve(env, vec, want) \
	do { \
		if ((want) > (vec)->cap) { \
			size_t sp__cap = (vec)->cap ? (vec)->cap : 16; \
			while (sp__cap < (want)) sp__cap *= 2; \
			(vec)->items = sp_realloc((env), (vec)->items, sp__cap * sizeof(*(vec)->items)); \
			(vec)->cap = sp__cap; \
		} \
	} while (0)

#define sp_vec_push(env, vec, item) \
	do { \
		sp_vec_reserve((env), (vec), (vec)->n + 1); \
		(vec)->items[(vec)->n++] = (item); \
	} while (0)

#define sp_vec_free(env, vec) \
	do { sp_free((env), (vec)->items); (vec)->items = NULL; (vec)->n = (vec)->cap = 0; } while (0)

/* an environment backed by malloc/free, for tests and tools (sp_env.c) */
extern const SpEnv sp_env_malloc;

#endif							/* SP_ENV_H */
