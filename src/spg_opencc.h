/*
 * spg_opencc.h - OpenCC's tables, read by the C++ wrapper spg_opencc.cpp.
 *
 * spg_opencc_read(config) loads an OpenCC configuration (a file name such as
 * "t2s.json", found in OpenCC's data folder) and returns its dictionaries as
 * records, malloc'd (free() them), or NULL with a message in err:
 *     stage + 1 (0: the segmentation dictionary), dict (its rank in the
 *     stage's group), key length (2 bytes, big-endian), value length (2),
 *     key, value (the default value)
 * *nstages is the length of the conversion chain.
 */
#ifndef SPG_OPENCC_H
#define SPG_OPENCC_H

#include <stddef.h>

#define SPG_OPENCC_MAX_STAGES 4
#define SPG_OPENCC_MAX_GROUP 4

#ifdef __cplusplus
extern "C"
{
#endif

char	   *spg_opencc_read(const char *config, size_t *len, int *nstages, char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif							/* SPG_OPENCC_H */
