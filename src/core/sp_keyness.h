/*
 * sp_keyness.h - keyness of a term between a target and a reference group,
 * computed as quanteda's textstat_keyness() computes it from the 2x2 table
 *
 *                    term    other terms
 *     target           a     c = target_total - a
 *     reference        b     d = reference_total - b
 *
 * Signed: positive when a is above its expected value (a+b)(a+c)/N, negative
 * otherwise (a equal to its expectation counts as below: quanteda's sign).
 *
 * Measures (quanteda's measure and correction arguments):
 *   SP_KEY_CHI2     chi2, correction "default" / "yates": Pearson's chi2 with
 *                   Yates' 0.5 applied only when |ad - bc| >= N/2 and some
 *                   expected count is below 5 (quanteda's condition; R's
 *                   chisq.test(correct = TRUE) always subtracts
 *                   min(0.5, |ad - bc|/N), so the two agree on small tables
 *                   and differ, slightly, on tables of large expected counts)
 *   SP_KEY_CHI2_NONE      correction "none"
 *   (no chi2 with Williams' correction: quanteda's code multiplies chi2 by q
 *   where the correction divides by it, and its own test of that value is
 *   commented out; speech leaves the combination out)
 *   SP_KEY_LR       lr, correction "default" / "yates": G2 over the table with
 *                   the same conditional 0.5 moved towards independence (what
 *                   textstat_keyness(measure = "lr") returns; its help page
 *                   says Williams, its code applies Yates' condition)
 *   SP_KEY_LR_NONE        correction "none"
 *   SP_KEY_LR_WILLIAMS    correction "williams": G2 / q
 *   SP_KEY_PMI      pmi: log(a / E + 1e-9), natural log, no correction
 * G2 and pmi add quanteda's epsilon 1e-9 inside every logarithm.
 *
 * The p-value is quanteda's 1 - pchisq(|stat|, 1 df), computed as
 * erfc(sqrt(|stat| / 2)) (the same number, without the cancellation that
 * makes 1 - pchisq exactly 0 below about 1e-16).
 */
#ifndef SP_KEYNESS_H
#define SP_KEYNESS_H

#include <stdbool.h>
#include <stdint.h>

typedef enum SpKeyMeasure
{
	SP_KEY_CHI2 = 0,
	SP_KEY_CHI2_NONE,
	SP_KEY_LR,
	SP_KEY_LR_NONE,
	SP_KEY_LR_WILLIAMS,
	SP_KEY_PMI,
	SP_KEY__COUNT
} SpKeyMeasure;

/* "chi2", "chi2_none", "lr", "lr_none", "lr_williams", "pmi" */
extern const char *const sp_key_measure_names[SP_KEY__COUNT];

/* the measure of a name (also "chi2_yates", "lr_yates": the defaults), or -1 */
int			sp_key_measure(const char *name);

/* why counts are not a 2x2 table: NULL when they are */
const char *sp_key_check(int64_t a, int64_t b, int64_t target_total, int64_t reference_total);

/*
 * The signed statistic.  Counts must pass sp_key_check.  A table with an
 * empty row or column gives NaN for chi2 (0/0, as in quanteda).
 */
double		sp_keyness(SpKeyMeasure m, int64_t a, int64_t b, int64_t target_total,
					   int64_t reference_total);

/* 1 - pchisq(|stat|, 1); NaN for NaN */
double		sp_key_p(double stat);

/* the pieces, for tests: Yates' delta (0 or 0.5) and Williams' q of a table */
double		sp_key_yates(double a, double b, double c, double d);
double		sp_key_williams(double a, double b, double c, double d);

#endif							/* SP_KEYNESS_H */
