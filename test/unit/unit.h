/*
 * unit.h - a small self-registering test harness for the pure core.
 *
 *   SP_TEST(name) { CHECK(cond); CHECK_INT(got, want); CHECK_STR(got, want); }
 *
 * Every SP_TEST registers itself at load time; test/unit/main.c runs them all
 * (or those whose name contains argv[1]) and prints "N passed, N failed".
 */
#ifndef SP_UNIT_H
#define SP_UNIT_H

#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "sp_env.h"

typedef void (*sp_test_fn) (void);
void		sp_test_register(const char *name, sp_test_fn fn);
void		sp_test_fail(const char *file, int line, const char *fmt, ...);

#define SP_TEST(name) \
	static void test_##name(void); \
	__attribute__((constructor)) static void register_##name(void) \
	{ sp_test_register(#name, test_##name); } \
	static void test_##name(void)

#define CHECK(cond) \
	do { if (!(cond)) sp_test_fail(__FILE__, __LINE__, "CHECK(%s)", #cond); } while (0)

#define CHECK_INT(got, want) \
	do { long long g_ = (long long) (got), w_ = (long long) (want); \
		if (g_ != w_) sp_test_fail(__FILE__, __LINE__, "%s == %lld, want %lld", #got, g_, w_); } while (0)

#define CHECK_STR(got, want) \
	do { const char *g_ = (got), *w_ = (want); \
		if (g_ == NULL || strcmp(g_, w_) != 0) \
			sp_test_fail(__FILE__, __LINE__, "%s == \"%s\", want \"%s\"", #got, g_ ? g_ : "(null)", w_); } while (0)

/* compare len bytes at s with a C string */
#define CHECK_SPAN(s, len, want) \
	do { const char *w_ = (want); size_t l_ = (size_t) (len); \
		if (l_ != strlen(w_) || memcmp((s), w_, l_) != 0) \
			sp_test_fail(__FILE__, __LINE__, "%s == \"%.*s\", want \"%s\"", #s, (int) l_, (s), w_); } while (0)

/*
 * Table-driven cases: the same test on other data.
 *
 *   static const SpTestCase cases[] = {{"input", "wanted output"}, ...};
 *
 *   FOR_CASES(c, cases)
 *       CHECK_CASE(c, qty(c->in));
 *
 * A failure names the case by its input (the line is the loop's).
 */
typedef struct SpTestCase
{
	const char *in;
	const char *want;
} SpTestCase;

#define FOR_CASES(c, cases) \
	for (const SpTestCase *c = (cases); c < (cases) + sizeof(cases) / sizeof((cases)[0]); c++)

#define CHECK_CASE(c, got) \
	do { const char *g_ = (got); \
		if (g_ == NULL || strcmp(g_, (c)->want) != 0) \
			sp_test_fail(__FILE__, __LINE__, "%s for \"%s\" == \"%s\", want \"%s\"", \
						 #got, (c)->in, g_ ? g_ : "(null)", (c)->want); } while (0)

/*
 * Linear-time tests (fuzz findings that were quadratic) build a large input
 * and bound its time generously: far above what a linear pass takes under the
 * sanitizers, far below what the quadratic one took.
 */
#define CHECK_LINEAR(t0) \
	do { if (clock() - (t0) >= 10 * CLOCKS_PER_SEC) \
			sp_test_fail(__FILE__, __LINE__, "took %.1f s: not linear", (double) (clock() - (t0)) / CLOCKS_PER_SEC); } while (0)

/* write n copies of unit at buf + o; returns the offset after them */
size_t		sp_test_repeat(char *buf, size_t o, const char *unit, size_t n);

/* read a whole file into a malloc'd NUL-terminated buffer; NULL if absent */
char	   *sp_test_read_file(const char *path, size_t *len);

/* path of ../shared relative to the project root, or NULL (with a skip note) */
const char *sp_test_shared(void);

#endif
