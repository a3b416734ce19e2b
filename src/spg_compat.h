/*
 * spg_compat.h - every PostgreSQL-version test of the glue, in one file, so
 * that a port to another major is this file (doc/packaging.md, "Other
 * PostgreSQL majors", lists what the glue uses and what 16-18 change).
 *
 * speech is built and tested on PostgreSQL 15 only: the branches for later
 * majors follow those releases' headers and have not been compiled.  A C file
 * that needs a shim includes this header; nothing else in src/ tests
 * PG_VERSION_NUM.
 */
#ifndef SPG_COMPAT_H
#define SPG_COMPAT_H

#include "postgres.h"

#include "fmgr.h"

/* InitMaterializedSRF and MarkGUCPrefixReserved are new in 15 */
#if PG_VERSION_NUM < 150000
#error "speech needs PostgreSQL 15 or later"
#endif

/*
 * The module's magic block (speech.c): 18 adds PG_MODULE_MAGIC_EXT, which
 * also gives the module's name and version to pg_get_loaded_modules().
 * SPEECH_VERSION is default_version of speech.control (the Makefile).
 */
#if PG_VERSION_NUM >= 180000
#define SPG_MODULE_MAGIC PG_MODULE_MAGIC_EXT(.name = "speech", .version = SPEECH_VERSION)
#else
#define SPG_MODULE_MAGIC PG_MODULE_MAGIC
#endif

/*
 * The local transaction id of this backend's current transaction (terms.c,
 * with storage/proc.h): 17 moved PGPROC's lxid into its vxid.
 */
#if PG_VERSION_NUM >= 170000
#define SPG_MY_LXID() (MyProc->vxid.lxid)
#else
#define SPG_MY_LXID() (MyProc->lxid)
#endif

#endif							/* SPG_COMPAT_H */
