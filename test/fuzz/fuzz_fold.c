/*
 * libFuzzer target: Traditional-to-Simplified folding (sp_fold_text) with a
 * conversion table made from the input, against a naive reference.
 *
 * Input: lines "key=value" up to the first empty line (at most 32 entries,
 * keys of 1-8 characters), then the text.  The table is one dictionary of
 * one stage, so the fold must equal the plain longest-match replacement,
 * left to right, of the first entry of each key (OpenCC's MatchPrefix), which
 * the reference computes by trying every key at every position; and the map
 * back must give, for every character start of the output, an offset of a
 * character start of the input, never decreasing, ending at the input's end.
 * A text with no character at or above U+0080 that starts a key is left as
 * it is.  This checks the index and the filters match() uses to skip probes
 * (the first character, the pair of first characters, keys of one character).
 */
#include "fuzz_common.h"
#include "sp_fold.h"

#define MAX_ENTRIES 32

typedef struct Entry
{
	const char *k;
	size_t		klen;
	const char *v;
	size_t		vlen;
	size_t		kchars;
} Entry;

static size_t
chars_of(const char *s, size_t n)
{
	size_t		c = 0;

	for (size_t i = 0; i < n; c++)
	{
		int			step;

		(void) sp_u8_decode(s, n, i, &step);
		i += (size_t) step;
	}
	return c;
}

/* the reference: at each position the longest key (first entry of a key wins) */
static char *
reference(const Entry *e, size_t ne, const char *s, size_t len, size_t *outlen)
{
	char	   *out = malloc(len * 8 + 1);
	size_t		o = 0;

	for (size_t p = 0; p < len;)
	{
		const Entry *best = NULL;

		for (size_t k = 0; k < ne; k++)
		{
			bool		dup = false;

			if (e[k].klen > len - p || memcmp(s + p, e[k].k, e[k].klen) != 0)
				continue;
			for (size_t j = 0; j < k && !dup; j++)
				dup = e[j].klen == e[k].klen && memcmp(e[j].k, e[k].k, e[k].klen) == 0;
			if (!dup && (best == NULL || e[k].klen > best->klen))
				best = &e[k];
		}
		if (best != NULL)
		{
			memcpy(out + o, best->v, best->vlen);
			o += best->vlen;
			p += best->klen;
		}
		else
		{
			int			step;

			(void) sp_u8_decode(s, len, p, &step);
			memcpy(out + o, s + p, (size_t) step);
			o += (size_t) step;
			p += (size_t) step;
		}
	}
	*outlen = o;
	return out;
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	Entry		e[MAX_ENTRIES];
	size_t		ne = 0,
				p = 0;
	const char *text;
	size_t		len;
	SpFolder	f;
	SpFolded	fd;
	char	   *want;
	size_t		wantlen;

	/* the table */
	while (p < size && s[p] != '\n')
	{
		const char *line = s + p,
				   *eq,
				   *nl = memchr(line, '\n', size - p);
		size_t		n = nl ? (size_t) (nl - line) : size - p;

		p += n + (nl ? 1 : 0);
		eq = memchr(line, '=', n);
		if (eq == NULL || eq == line || ne == MAX_ENTRIES)
			continue;
		e[ne].k = line;
		e[ne].klen = (size_t) (eq - line);
		e[ne].v = eq + 1;
		e[ne].vlen = n - e[ne].klen - 1;
		if (!fuzz_valid_utf8(e[ne].k, e[ne].klen) || !fuzz_valid_utf8(e[ne].v, e[ne].vlen) ||
			memchr(e[ne].v, '=', e[ne].vlen) != NULL)
			continue;
		e[ne].kchars = chars_of(e[ne].k, e[ne].klen);
		if (e[ne].kchars > 8 || e[ne].vlen > 32)
			continue;
		ne++;
	}
	if (p < size)
		p++;					/* the empty line */
	text = s + p;
	len = size - p;
	if (!fuzz_valid_utf8(text, len))
		return;

	sp_folder_init(&f);
	for (size_t k = 0; k < ne; k++)
		REQUIRE(sp_folder_add(env, &f, 0, 0, e[k].k, e[k].klen, e[k].v, e[k].vlen));
	sp_folder_finish(env, &f);
	sp_fold_text(env, &f, text, len, &fd);

	/*
	 * only a text with a character at or above U+0080 that starts a key is
	 * folded (the tables are for Han text; ASCII never starts the search)
	 */
	{
		bool		any = false;

		for (size_t i = 0; i < len && !any;)
		{
			int			step;
			uint32_t	cp = sp_u8_decode(text, len, i, &step);

			for (size_t k = 0; k < ne && !any && cp >= 0x80; k++)
			{
				int			s1;

				any = sp_u8_decode(e[k].k, e[k].klen, 0, &s1) == cp;
			}
			i += (size_t) step;
		}
		if (any)
			want = reference(e, ne, text, len, &wantlen);
		else
		{
			want = malloc(len + 1);
			memcpy(want, text, len);
			wantlen = len;
		}
	}
	REQUIRE(fd.len == wantlen && memcmp(fd.s, want, wantlen) == 0);
	REQUIRE(fd.changed == (wantlen != len || memcmp(want, text, len) != 0));
	REQUIRE(fuzz_valid_utf8(fd.s, fd.len));
	/* the map back: character starts to character starts, in order, the end to the end */
	REQUIRE(sp_fold_orig(&fd, fd.len) == len);
	{
		size_t		prev = 0;

		for (size_t i = 0; i < fd.len;)
		{
			int			step;
			size_t		o = sp_fold_orig(&fd, i);

			REQUIRE(o >= prev && o <= len);
			REQUIRE(o == len || ((unsigned char) text[o] & 0xC0) != 0x80);
			prev = o;
			(void) sp_u8_decode(fd.s, fd.len, i, &step);
			i += (size_t) step;
		}
	}
	free(want);
	sp_fold_free(env, &fd);
	sp_folder_free(env, &f);
}
