/*
 * spg_env.h - the core's environment (sp_env.h) inside a backend: memory
 * from palloc in the current memory context (huge allocations allowed),
 * CHECK_FOR_INTERRUPTS() as the interrupt hook, and TopMemoryContext for the
 * core's process-lifetime caches.
 *
 * Glue conventions: every glue .c includes "postgres.h" first; glue helpers
 * are named spg_* (the core's are sp_*, SQL entry points speech_*).
 */
#ifndef SPG_ENV_H
#define SPG_ENV_H

#include "sp_env.h"

extern const SpEnv *spg_env(void);

#endif							/* SPG_ENV_H */
