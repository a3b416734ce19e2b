/*
 * sp_charindex.h - byte offset -> 1-based character position.
 *
 * The core reports byte offsets; SQL wants character positions.  The index
 * remembers the byte offset of every SP_CI_BLOCK-th character (one pass over
 * the text), so a position costs a binary search and at most SP_CI_BLOCK
 * decoding steps.
 */
#ifndef SP_CHARINDEX_H
#define SP_CHARINDEX_H

#include "sp_env.h"

typedef struct SpCharIndex
{
	const char *s;
	size_t		len;
	size_t	   *block_byte;		/* byte offset of character k * SP_CI_BLOCK */
	size_t		nblocks;
	size_t		nchars;
} SpCharIndex;

#define SP_CI_BLOCK 64

void		sp_charindex_init(const SpEnv *env, SpCharIndex *ci, const char *s, size_t len);
void		sp_charindex_free(const SpEnv *env, SpCharIndex *ci);

/* 1-based position of the character starting at byte b (b == len gives nchars + 1) */
size_t		sp_charindex_pos(const SpCharIndex *ci, size_t b);

#endif							/* SP_CHARINDEX_H */
