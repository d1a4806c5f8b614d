"""Reference values for the helper functions of the implied-volatility solver (ErfcxTest, NormalTest),
computed with mpmath at 60 significant digits.

Run: python3 solver_functions_mpmath.py  (mpmath 1.3). Writes one_minus_erfcx_mpmath.csv and
quantile_of_log_mpmath.csv. Inputs are doubles (written with repr); outputs are the exact functions at those
doubles, rounded to 25 significant digits.
"""
import mpmath as mp

mp.mp.dps = 60


def fmt(v):
    return mp.nstr(v, 25, strip_zeros=False, min_fixed=0, max_fixed=0)


# 1 - erfcx(y) for y >= 0 (small y: the difference cancels in the naive form), and the tail deficit
# 1 - sqrt(pi) y erfcx(y) for y >= 4 (written as NaN below 4).
ys = sorted(set([0.0, 1e-300, 1e-200, 1e-100, 1e-30, 1e-16, 1e-10, 1e-8, 1e-6, 1e-4, 1e-3, 0.01, 0.05, 0.1,
                 0.2, 0.2969, 0.3, 0.4, 0.46875, 0.4688, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 3.999, 4.0, 4.001, 5.0,
                 5.6568542494923806, 6.0, 7.25, 8.0, 10.0, 20.0, 100.0, 1e3, 1e5, 1e7]))
with open('one_minus_erfcx_mpmath.csv', 'w') as f:
    f.write('y,one_minus_erfcx,tail_deficit\n')
    for y in ys:
        Y = mp.mpf(y)
        erfcx = mp.exp(Y * Y) * mp.erfc(Y)
        deficit = fmt(1 - mp.sqrt(mp.pi) * Y * erfcx) if y >= 4 else 'NaN'
        # Below 1: 1 - erfcx(y) = e^{y^2} erf(y) - expm1(y^2), without the cancellation for tiny y.
        one_minus = mp.exp(Y * Y) * mp.erf(Y) - mp.expm1(Y * Y) if y < 1 else 1 - erfcx
        f.write('%r,%s,%s\n' % (y, fmt(one_minus), deficit))

# Phi^-1(e^logP) for logP <= ln(1/2), down to probabilities far below the smallest double.
logs = sorted(set([-0.6932, -0.7, -1.0, -2.0, -2.59, -2.5903,
                   -3.0, -5.0, -10.0, -12.5, -25.0, -50.0, -100.0, -200.0, -300.0, -500.0, -700.0, -708.0,
                   -745.0, -800.0, -1000.0]))
with open('quantile_of_log_mpmath.csv', 'w') as f:
    f.write('log_p,quantile\n')
    for lp in logs:
        LP = mp.mpf(lp)
        # Newton on ln Phi(q) = ln p (Phi from mpmath's ncdf, fine for any exponent).
        q = -mp.sqrt(-2 * LP)
        for _ in range(100):
            q = q - (mp.log(mp.ncdf(q)) - LP) * mp.ncdf(q) / mp.npdf(q)
        f.write('%r,%s\n' % (lp, fmt(q)))
