/* test_keyness.c - sp_keyness against values computed independently
 * (test/tools/keyness_ref.py: mpmath, cell by cell) */
#include <math.h>

#include "unit.h"
#include "sp_keyness.h"

typedef struct KeyCase
{
	int64_t		a, b, t, r;
	const char *measure;
	double		stat, p;
} KeyCase;

static const KeyCase key_cases[] = {
	{3, 7, 10, 9, "chi2", -2.6324382716049383, 0.10470081503964076},
	{3, 7, 10, 9, "chi2_none", -4.3371604938271605, 0.037289063017299188},
	{3, 7, 10, 9, "lr", -2.7028437807387407, 0.10016943154943581},
	{3, 7, 10, 9, "lr_none", -4.5349393702562242, 0.033209633231063989},
	{3, 7, 10, 9, "lr_williams", -4.2008334473547913, 0.040404116871599627},
	{3, 7, 10, 9, "pmi", -0.56211891639915525, 0.45340775664254272},
	{120, 300, 50000, 200000, "chi2", 19.318168809313933, 1.1064845378188279e-5},
	{120, 300, 50000, 200000, "chi2_none", 19.318168809313933, 1.1064845378188279e-5},
	{120, 300, 50000, 200000, "lr", 17.637735738625228, 2.6723293835373736e-5},
	{120, 300, 50000, 200000, "lr_none", 17.637735738625228, 2.6723293835373736e-5},
	{120, 300, 50000, 200000, "lr_williams", 17.601066745902828, 2.7243548446804579e-5},
	{120, 300, 50000, 200000, "pmi", 0.35667494463873238, 0.55035871042364106},
	{10, 400, 50000, 200000, "chi2", -79.154203137047196, 5.7446414570944655e-19},
	{10, 400, 50000, 200000, "chi2_none", -79.154203137047196, 5.7446414570944655e-19},
	{10, 400, 50000, 200000, "lr", -116.8083340139423, 3.1619433961041017e-27},
	{10, 400, 50000, 200000, "lr_none", -116.8083340139423, 3.1619433961041017e-27},
	{10, 400, 50000, 200000, "lr_williams", -116.55957814652735, 3.5844791459740723e-27},
	{10, 400, 50000, 200000, "pmi", -2.1041341460702075, 0.14690147603283584},
	{0, 25, 1000, 5000, "chi2", -3.8882008368200837, 0.048626488916567834},
	{0, 25, 1000, 5000, "chi2_none", -5.0209205020920502, 0.02504285271636566},
	{0, 25, 1000, 5000, "lr", -5.8397570485496779, 0.015667989940262121},
	{0, 25, 1000, 5000, "lr_none", -9.1369870423423942, 0.0025049326337089151},
	{0, 25, 1000, 5000, "lr_williams", -9.1369870423423942, 0.0025049326337089151},
	{0, 25, 1000, 5000, "pmi", -20.723265836946411, 5.3067292176398323e-6},
	{5, 0, 100, 100, "chi2", 3.2820512820512821, 0.070041336874616015},
	{5, 0, 100, 100, "chi2_none", 5.1282051282051282, 0.023540058261177951},
	{5, 0, 100, 100, "lr", 3.7626995089040101, 0.052407903328443115},
	{5, 0, 100, 100, "lr_none", 7.059691380837903, 0.0078837577939001919},
	{5, 0, 100, 100, "lr_williams", 7.059691380837903, 0.0078837577939001919},
	{5, 0, 100, 100, "pmi", 0.69314718105994531, 0.40509596626360963},
	{1, 1, 10, 10, "chi2", 0.0, 1.0},
	{1, 1, 10, 10, "chi2_none", 0.0, 1.0},
	{1, 1, 10, 10, "lr", -3.999999998e-8, 0.99984042308894317},
	{1, 1, 10, 10, "lr_none", -3.999999998e-8, 0.99984042308894317},
	{1, 1, 10, 10, "lr_williams", -3.1929046547228381e-8, 0.99985742839648628},
	{1, 1, 10, 10, "pmi", 9.999999995e-10, 0.99997476867479031},
	{1523, 8790, 1200000, 9800000, "chi2", 158.14209559278179, 2.8813264671101424e-36},
	{1523, 8790, 1200000, 9800000, "chi2_none", 158.14209559278179, 2.8813264671101424e-36},
	{1523, 8790, 1200000, 9800000, "lr", 144.25221912890635, 3.1293002888970372e-33},
	{1523, 8790, 1200000, 9800000, "lr_none", 144.25221912890635, 3.1293002888970372e-33},
	{1523, 8790, 1200000, 9800000, "lr_williams", 144.23056723974427, 3.163596211970105e-33},
	{1523, 8790, 1200000, 9800000, "pmi", 0.30285055532221822, 0.5821008727536848},
	{2, 0, 20000, 180000, "chi2", 9.3889827787166761, 0.00218293293810686},
	{2, 0, 20000, 180000, "chi2_none", 18.000180001800018, 2.2088408281134698e-5},
	{2, 0, 20000, 180000, "lr", 4.7642691078006433, 0.029056393799676682},
	{2, 0, 20000, 180000, "lr_none", 9.2109203749763158, 0.0024057571469960309},
	{2, 0, 20000, 180000, "lr_williams", 9.2109203749763158, 0.0024057571469960309},
	{2, 0, 20000, 180000, "pmi", 2.3025850930940457, 0.12915887869009284},
};

/*
 * 1e-9 relative; 1e-14 absolute for the values that are quanteda's epsilon alone
 * (G2 of a table at independence is 2 N log(1 + 1e-9), and 1 + 1e-9 in a
 * double is 1e-7 off in its last part: quanteda computes the same double)
 */
static bool
close_to(double got, double want)
{
	return fabs(got - want) <= 1e-9 * fabs(want) + 1e-14;
}

SP_TEST(keyness_reference_values)
{
	for (size_t k = 0; k < sizeof(key_cases) / sizeof(key_cases[0]); k++)
	{
		const KeyCase *c = &key_cases[k];
		int			m = sp_key_measure(c->measure);
		double		s;

		CHECK(m >= 0);
		CHECK(sp_key_check(c->a, c->b, c->t, c->r) == NULL);
		s = sp_keyness((SpKeyMeasure) m, c->a, c->b, c->t, c->r);
		if (!close_to(s, c->stat))
			sp_test_fail(__FILE__, __LINE__, "%s(%lld, %lld, %lld, %lld) == %.17g, want %.17g",
						 c->measure, (long long) c->a, (long long) c->b, (long long) c->t,
						 (long long) c->r, s, c->stat);
		if (!close_to(sp_key_p(s), c->p))
			sp_test_fail(__FILE__, __LINE__, "p of %s(%lld, %lld) == %.17g, want %.17g",
						 c->measure, (long long) c->a, (long long) c->b, sp_key_p(s), c->p);
	}
}

SP_TEST(keyness_rules)
{
	/* quanteda's Yates condition: an expected count below 5 and |ad - bc| >= N/2 */
	CHECK(sp_key_yates(3, 7, 7, 2) == 0.5);
	CHECK(sp_key_yates(120, 300, 49880, 199700) == 0.0);	/* large expected counts */
	CHECK(sp_key_yates(1, 1, 9, 9) == 0.0);	/* ad - bc = 0 */
	CHECK(sp_key_williams(0, 25, 1000, 4975) == 1.0);	/* an empty cell */
	/* the sign: + over-represented, - under, - at the expectation */
	CHECK(sp_keyness(SP_KEY_CHI2, 120, 300, 50000, 200000) > 0);
	CHECK(sp_keyness(SP_KEY_CHI2, 10, 400, 50000, 200000) < 0);
	CHECK(signbit(sp_keyness(SP_KEY_CHI2, 1, 1, 10, 10)));
	/* empty margins: 0/0 as in quanteda */
	CHECK(isnan(sp_keyness(SP_KEY_CHI2, 0, 0, 10, 10)));
	CHECK(isnan(sp_key_p(NAN)));
	CHECK(sp_key_p(0) == 1.0);
	/* names */
	CHECK_INT(sp_key_measure("chi2"), SP_KEY_CHI2);
	CHECK_INT(sp_key_measure("chi2_yates"), SP_KEY_CHI2);
	CHECK_INT(sp_key_measure("lr_yates"), SP_KEY_LR);
	CHECK_INT(sp_key_measure("lr_williams"), SP_KEY_LR_WILLIAMS);
	CHECK_INT(sp_key_measure("pmi"), SP_KEY_PMI);
	CHECK_INT(sp_key_measure("G2"), -1);
	CHECK_INT(sp_key_measure(""), -1);
	/* checks */
	CHECK(sp_key_check(-1, 0, 10, 10) != NULL);
	CHECK(sp_key_check(11, 0, 10, 10) != NULL);
	CHECK(sp_key_check(0, 11, 10, 10) != NULL);
	CHECK(sp_key_check(0, 0, 0, 0) == NULL);
}
