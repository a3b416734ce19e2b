/*
 * libFuzzer target: speech_diff's core (sp_diff) and speech_diff_chars's
 * (sp_diff_chars) on arbitrary bytes, cut in two (at the first NUL byte, else
 * in the middle) for the old and the new text; and each half against itself.
 * Invariants: every unit of each side is in exactly one row; rows follow the
 * new units in order; ops and sides agree (added: no old unit, removed: no
 * new unit); similarity in [0, 1], 1 for same, 0 for added and removed; a
 * text against itself is all same; the character runs cover both strings in
 * order, contiguously.
 */
#include "fuzz_common.h"
#include "sp_diff.h"

static void
check_diff(const SpEnv *env, const char *a, size_t na, const char *b, size_t nb, bool same_text)
{
	SpDoc		d1,
				d2;
	SpDiff		df;
	unsigned char *seen_old,
			   *seen_new;
	int			last_new = -1;

	sp_doc_analyze(env, a, na, &d1);
	sp_doc_analyze(env, b, nb, &d2);
	sp_diff(env, &d1, &d2, &df);
	seen_old = calloc(df.old_units.n + 1, 1);
	seen_new = calloc(df.new_units.n + 1, 1);
	for (size_t k = 0, end = 0; k < df.old_units.n; k++)
		end = span_next_ok(df.old_units.items[k].span, end, na);
	for (size_t k = 0, end = 0; k < df.new_units.n; k++)
		end = span_next_ok(df.new_units.items[k].span, end, nb);
	for (size_t k = 0; k < df.rows.n; k++)
	{
		const SpDiffRow *r = &df.rows.items[k];

		REQUIRE(r->op >= 0 && r->op < SP_DIFF__COUNT);
		REQUIRE(r->similarity >= 0 && r->similarity <= 1);
		REQUIRE((r->old_unit < 0) == (r->op == SP_DIFF_ADDED));
		REQUIRE((r->new_unit < 0) == (r->op == SP_DIFF_REMOVED));
		REQUIRE(r->op != SP_DIFF_SAME || r->similarity == 1);
		REQUIRE(!(r->op == SP_DIFF_ADDED || r->op == SP_DIFF_REMOVED) || r->similarity == 0);
		REQUIRE(r->op != SP_DIFF_CHANGED_OP || r->similarity >= SP_DIFF_CHANGED);
		REQUIRE(r->op != SP_DIFF_MOVED_OP || r->similarity >= SP_DIFF_MOVED);
		if (r->old_unit >= 0)
		{
			REQUIRE((size_t) r->old_unit < df.old_units.n && !seen_old[r->old_unit]);
			seen_old[r->old_unit] = 1;
		}
		if (r->new_unit >= 0)
		{
			REQUIRE((size_t) r->new_unit < df.new_units.n && !seen_new[r->new_unit]);
			REQUIRE(r->new_unit == last_new + 1);
			last_new = r->new_unit;
			seen_new[r->new_unit] = 1;
		}
		if (same_text)
			REQUIRE(r->op == SP_DIFF_SAME);
	}
	for (size_t k = 0; k < df.old_units.n; k++)
		REQUIRE(seen_old[k]);
	for (size_t k = 0; k < df.new_units.n; k++)
		REQUIRE(seen_new[k]);
	REQUIRE(df.rows.n >= df.old_units.n && df.rows.n >= df.new_units.n);
	free(seen_old);
	free(seen_new);
	sp_diff_free(env, &df);
	sp_doc_free(env, &d1);
	sp_doc_free(env, &d2);
}

static void
check_chars(const SpEnv *env, const char *a, size_t na, const char *b, size_t nb)
{
	SpDiffChunks ch;
	size_t		x = 0,
				y = 0;

	sp_diff_chars(env, a, na, b, nb, &ch);
	for (size_t k = 0; k < ch.n; k++)
	{
		const SpDiffChunk *c = &ch.items[k];

		span_ok(c->old_span, na);
		span_ok(c->new_span, nb);
		REQUIRE(c->old_span.start == x && c->new_span.start == y);
		REQUIRE(c->op == SP_DIFF_SAME || c->op == SP_DIFF_ADDED || c->op == SP_DIFF_REMOVED);
		REQUIRE(c->op != SP_DIFF_ADDED || c->old_span.end == c->old_span.start);
		REQUIRE(c->op != SP_DIFF_REMOVED || c->new_span.end == c->new_span.start);
		REQUIRE(c->old_span.end > c->old_span.start || c->new_span.end > c->new_span.start);
		x = c->old_span.end;
		y = c->new_span.end;
	}
	REQUIRE(x == na && y == nb);
	sp_vec_free(env, &ch);
}

static void
fuzz_one(const SpEnv *env, const char *s, size_t size)
{
	const char *nul = memchr(s, '\0', size);
	size_t		cut = nul ? (size_t) (nul - s) : size / 2;
	const char *b = s + cut + (nul ? 1 : 0);
	size_t		nb = size - cut - (nul ? 1 : 0);

	check_diff(env, s, cut, b, nb, false);
	check_diff(env, s, cut, s, cut, true);
	if (size <= 4096)
		check_chars(env, s, cut, b, nb);
}
