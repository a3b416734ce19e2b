/*
 * sp_search.h - binary search over arrays of structs sorted by a byte
 * offset (paragraphs, sentences, sections and noise spans are all sorted
 * by their start).
 *
 *   SP_LOWER_BOUND(items, n, field, b)  the first index whose field is >= b
 *   SP_UPPER_BOUND(items, n, field, b)  the first index whose field is > b
 * both n when there is none.  field names a size_t member (span.start,
 * marker.start): a member of another type does not compile (the macros pass
 * its address as a const size_t *).  n is evaluated twice.
 */
#ifndef SP_SEARCH_H
#define SP_SEARCH_H

#include <stddef.h>
#include <stdbool.h>

/*
 * The partition point of n keys at first_key, first_key + stride, ... (in
 * bytes): the first index whose key is >= b, or > b when or_equal.
 */
static inline size_t
sp_partition_point(const size_t *first_key, size_t stride, size_t n, size_t b, bool or_equal)
{
	const char *base = (const char *) first_key;
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		size_t		key = *(const size_t *) (base + mid * stride);

		if (key < b || (or_equal && key == b))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* (an empty array may have no items at all: its first member is not taken) */
#define SP_LOWER_BOUND(items, n, field, b) \
	((n) > 0 ? sp_partition_point(&(items)[0].field, sizeof((items)[0]), (n), (b), false) : 0)
#define SP_UPPER_BOUND(items, n, field, b) \
	((n) > 0 ? sp_partition_point(&(items)[0].field, sizeof((items)[0]), (n), (b), true) : 0)

#endif
