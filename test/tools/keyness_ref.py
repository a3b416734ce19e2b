#!/usr/bin/env python3
"""Reference values for sql/keyness.sql and test/unit/test_keyness.c.

Computed independently of src/core/sp_keyness.c: with mpmath at 50 digits,
cell by cell from the expected counts (sum of (|O - E| - delta)^2 / E and
sum of O ln(O / E + 1e-9)), where the C code uses the closed forms over the
margins.  The rules are quanteda's textstat_keyness (quanteda.textstats,
src/keyness.cpp): Yates' 0.5 only when |ad - bc| >= N/2 and an expected
count is below 5, for chi2 and (moved into the cells) for lr; Williams' q
for the "williams" correction; the sign + when a exceeds its expectation.
The chi2 of R's chisq.test(correct = TRUE) is printed beside it
(YATES = min(0.5, |O - E|), always applied).

Usage: python3 test/tools/keyness_ref.py
"""
from mpmath import mp, mpf, log, fabs, gammainc, inf

mp.dps = 50
EPS = mpf("1e-9")

TABLES = [
    # a, b, target_total, reference_total, why
    (3, 7, 10, 9, "quanteda's own test: 'a' in d1 = b*7 a*3, d2 = a*7 b*2"),
    (120, 300, 50000, 200000, "large expected counts: no Yates"),
    (10, 400, 50000, 200000, "under-represented: negative"),
    (0, 25, 1000, 5000, "absent from the target"),
    (5, 0, 100, 100, "absent from the reference, small expected"),
    (1, 1, 10, 10, "a equals its expectation: -0"),
    (1523, 8790, 1200000, 9800000, "corpus-sized"),
    (2, 0, 20000, 180000, "rare: Yates, Williams"),
]


def cells(a, b, t, r):
    a, b, c, d = mpf(a), mpf(b), mpf(t - a), mpf(r - b)
    n = a + b + c + d
    return a, b, c, d, n


def expected(a, b, c, d, n):
    return ((a + b) * (a + c) / n, (a + b) * (b + d) / n,
            (c + d) * (a + c) / n, (c + d) * (b + d) / n)


def sign(a, b, c, d, n):
    return 1 if a > (a + b) * (a + c) / n else -1


def yates(a, b, c, d, n):
    e = expected(a, b, c, d, n)
    if fabs(a * d - b * c) >= n / 2 and min(e) < 5:
        return mpf("0.5")
    return mpf(0)


def williams(a, b, c, d, n):
    if a * b * c * d == 0:
        return mpf(1)
    return 1 + (n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1) / (6 * n)


def chi2(t, corr):
    a, b, c, d, n = cells(*t[:4])
    e = expected(a, b, c, d, n)
    delta = yates(a, b, c, d, n) if corr == "yates" else 0
    s = sum((fabs(o - x) - delta) ** 2 / x for o, x in zip((a, b, c, d), e))
    if corr == "williams":
        s /= williams(a, b, c, d, n)
    return s * sign(a, b, c, d, n)


def chi2_r(t):
    a, b, c, d, n = cells(*t[:4])
    e = expected(a, b, c, d, n)
    y = min(mpf("0.5"), min(fabs(o - x) for o, x in zip((a, b, c, d), e)))
    return sum((fabs(o - x) - y) ** 2 / x for o, x in zip((a, b, c, d), e))


def lr(t, corr):
    a, b, c, d, n = cells(*t[:4])
    s = sign(a, b, c, d, n)
    o = [a, b, c, d]
    if corr == "yates":
        delta = yates(a, b, c, d, n)
        k = -1 if a * d - b * c > 0 else 1
        o = [a + k * delta, b - k * delta, c - k * delta, d + k * delta]
    e = expected(*o, n)
    g = 2 * sum(x * log(x / y + EPS) if x != 0 else 0 for x, y in zip(o, e))
    if corr == "williams":
        g /= williams(a, b, c, d, n)
    return g * s


def pmi(t):
    a, b, c, d, n = cells(*t[:4])
    return log(a / ((a + b) * (a + c) / n) + EPS)


def p(stat):
    return gammainc(mpf("0.5"), fabs(stat) / 2, inf, regularized=True)


MEASURES = [
    ("chi2", lambda t: chi2(t, "yates")),
    ("chi2_none", lambda t: chi2(t, "none")),
    ("lr", lambda t: lr(t, "yates")),
    ("lr_none", lambda t: lr(t, "none")),
    ("lr_williams", lambda t: lr(t, "williams")),
    ("pmi", pmi),
]

if __name__ == "__main__":
    for t in TABLES:
        print("-- %d %d %d %d: %s; R chisq.test(correct = TRUE) = %s"
              % (t[0], t[1], t[2], t[3], t[4], mp.nstr(chi2_r(t), 17)))
        for name, f in MEASURES:
            v = f(t)
            print("(%d, %d, %d, %d, '%s', %s, %s)," % (t[0], t[1], t[2], t[3], name,
                  mp.nstr(v, 17), mp.nstr(p(v), 17)))
