/*
 * sp_charindex.c - byte offset -> 1-based character position.
 */
#include "sp_charindex.h"
#include "sp_utf8.h"

void
sp_charindex_init(const SpEnv *env, SpCharIndex *ci, const char *s, size_t len)
{
	size_t		cap = len / SP_CI_BLOCK + 2;
	size_t		nchars = 0;
	int			step;

	ci->s = s;
	ci->len = len;
	ci->block_byte = sp_alloc(env, cap * sizeof(size_t));
	ci->nblocks = 0;
	for (size_t i = 0; i < len; i += (size_t) step)
	{
		if (nchars % SP_CI_BLOCK == 0)
		{
			if ((nchars / SP_CI_BLOCK) % SP_INTERRUPT_INTERVAL == 0)
				sp_check_interrupt(env);
			ci->block_byte[ci->nblocks++] = i;
		}
		(void) sp_u8_decode(s, len, i, &step);
		nchars++;
	}
	ci->nchars = nchars;
}

void
sp_charindex_free(const SpEnv *env, SpCharIndex *ci)
{
	sp_free(env, ci->block_byte);
	ci->block_byte = NULL;
}

size_t
sp_charindex_pos(const SpCharIndex *ci, size_t b)
{
	size_t		lo = 0,
				hi = ci->nblocks,
				i,
				pos;
	int			step;

	if (b >= ci->len)
		return ci->nchars + 1;
	/* last block starting at or before b */
	while (hi - lo > 1)
	{
		size_t		mid = (lo + hi) / 2;

		if (ci->block_byte[mid] <= b)
			lo = mid;
		else
			hi = mid;
	}
	i = ci->nblocks ? ci->block_byte[lo] : 0;
	pos = lo * SP_CI_BLOCK;
	while (i < b)
	{
		(void) sp_u8_decode(ci->s, ci->len, i, &step);
		i += (size_t) step;
		pos++;
	}
	return pos + 1;
}
