/*
 * sp_keyness.c - quanteda's keyness measures on one 2x2 table (sp_keyness.h).
 *
 * Written from the definitions of textstat_keyness (quanteda.textstats,
 * src/keyness.cpp and R/textstat_keyness.R): the same conditions, the same
 * epsilon, the same sign, so that the numbers agree with it to the last few
 * bits.
 */
#include <math.h>
#include <string.h>

#include "sp_keyness.h"

#define SP_KEY_EPSILON 1e-9		/* quanteda's, inside every logarithm */

const char *const sp_key_measure_names[SP_KEY__COUNT] = {
	"chi2", "chi2_none", "lr", "lr_none", "lr_williams", "pmi"
};

int
sp_key_measure(const char *name)
{
	for (int m = 0; m < SP_KEY__COUNT; m++)
		if (strcmp(name, sp_key_measure_names[m]) == 0)
			return m;
	if (strcmp(name, "chi2_yates") == 0)
		return SP_KEY_CHI2;
	if (strcmp(name, "lr_yates") == 0)
		return SP_KEY_LR;
	return -1;
}

const char *
sp_key_check(int64_t a, int64_t b, int64_t target_total, int64_t reference_total)
{
	if (a < 0 || b < 0 || target_total < 0 || reference_total < 0)
		return "counts and totals must not be negative";
	if (a > target_total)
		return "target_count is greater than target_total";
	if (b > reference_total)
		return "reference_count is greater than reference_total";
	return NULL;
}

/*
 * Yates' 0.5, under quanteda's condition: the difference |ad - bc| is at least
 * N/2 (else the correction would overshoot) and an expected count is below 5.
 */
double
sp_key_yates(double a, double b, double c, double d)
{
	double		n = a + b + c + d;

	if (fabs(a * d - b * c) >= n / 2 &&
		((a + b) * (a + c) / n < 5 || (a + b) * (b + d) / n < 5 ||
		 (a + c) * (c + d) / n < 5 || (c + d) * (b + d) / n < 5))
		return 0.5;
	return 0.0;
}

/* Williams' q (1 when a cell is empty) */
double
sp_key_williams(double a, double b, double c, double d)
{
	double		n = a + b + c + d;

	if (a * b * c * d == 0)
		return 1.0;
	return 1.0 + (n / (a + b) + n / (c + d) - 1.0) * (n / (a + c) + n / (b + d) - 1.0) / (6.0 * n);
}

static double
chi2(double a, double b, double c, double d, bool yates)
{
	double		n = a + b + c + d,
				e = (a + b) * (a + c) / n,
				delta = yates ? sp_key_yates(a, b, c, d) : 0.0,
				dev = fabs(a * d - b * c) - n * delta,
				num = n * dev * dev,
				den = (a + b) * (c + d) * (a + c) * (b + d) * (a > e ? 1.0 : -1.0);

	return num / den;
}

/* one term of G2: x log(x / expected + epsilon) */
static double
g_term(double x, double expected)
{
	return x * log(x / expected + SP_KEY_EPSILON);
}

static double
lr(double a, double b, double c, double d, bool yates, bool williams)
{
	double		n = a + b + c + d,
				e = (a + b) * (a + c) / n,
				aa = a,
				bb = b,
				cc = c,
				dd = d,
				g;

	if (yates)
	{
		/* the 0.5 moves every cell towards independence */
		double		delta = sp_key_yates(a, b, c, d);
		bool		pos = a * d - b * c > 0;

		aa += pos ? -delta : delta;
		bb += pos ? delta : -delta;
		cc += pos ? delta : -delta;
		dd += pos ? -delta : delta;
	}
	g = 2 * (g_term(aa, (aa + bb) * (aa + cc) / n) +
			 g_term(bb, (aa + bb) * (bb + dd) / n) +
			 g_term(cc, (aa + cc) * (cc + dd) / n) +
			 g_term(dd, (bb + dd) * (cc + dd) / n)) * (a > e ? 1.0 : -1.0);
	if (williams)
		g /= sp_key_williams(a, b, c, d);
	return g;
}

double
sp_keyness(SpKeyMeasure m, int64_t ia, int64_t ib, int64_t target_total, int64_t reference_total)
{
	double		a = (double) ia,
				b = (double) ib,
				c = (double) (target_total - ia),
				d = (double) (reference_total - ib);

	switch (m)
	{
		case SP_KEY_CHI2:
			return chi2(a, b, c, d, true);
		case SP_KEY_CHI2_NONE:
			return chi2(a, b, c, d, false);
		case SP_KEY_LR:
			return lr(a, b, c, d, true, false);
		case SP_KEY_LR_NONE:
			return lr(a, b, c, d, false, false);
		case SP_KEY_LR_WILLIAMS:
			return lr(a, b, c, d, false, true);
		case SP_KEY_PMI:
		default:
			{
				double		n = a + b + c + d,
							e = (a + b) * (a + c) / n;

				return log(a / e + SP_KEY_EPSILON);
			}
	}
}

double
sp_key_p(double stat)
{
	if (isnan(stat))
		return NAN;
	return erfc(sqrt(fabs(stat) / 2.0));
}
