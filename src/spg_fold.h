/*
 * spg_fold.h - Traditional to Simplified folding in a backend: OpenCC's
 * t2s tables, read once per process (spg_opencc.cpp) into the core's
 * converter (sp_fold.h).
 */
#ifndef SPG_FOLD_H
#define SPG_FOLD_H

#include "sp_fold.h"

/* the OpenCC configuration speech folds with */
#define SPG_FOLD_CONFIG "t2s.json"

/* the converter, built on first use (an error if OpenCC's data cannot be read) */
extern const SpFolder *spg_folder(void);

/* fold UTF-8 text in the current memory context (sp_fold_free, or the context, frees it) */
extern void spg_fold_utf8(const char *s, size_t len, SpFolded *out);

/* what folding runs on, for speech_version(): "OpenCC 1.1.6 t2s.json, N entries" */
extern const char *spg_fold_version(void);

#endif							/* SPG_FOLD_H */
