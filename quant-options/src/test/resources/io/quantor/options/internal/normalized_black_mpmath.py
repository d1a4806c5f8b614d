"""Reference values for NormalizedBlackTest and ErfcxTest, computed with mpmath at 60 significant digits.

Run: python3 normalized_black_mpmath.py  (mpmath 1.3). Writes erfcx_mpmath.csv and normalized_black_mpmath.csv.
Inputs are doubles (written with repr, so Java's Double.parseDouble reads the same numbers); the outputs are
the exact functions at those doubles, rounded to 25 significant digits.
"""
import mpmath as mp

mp.mp.dps = 60


def fmt(v):
    return mp.nstr(v, 25, strip_zeros=False, min_fixed=0, max_fixed=0)


xs = sorted(set(
    [round(-26.5 + 0.25 * i, 2) for i in range(0, 227)]
    + [-26.6, -0.46875, 0.46875, -4.0, 4.0, 0.0, 1e-10, -1e-10, 1e-3, -1e-3, 0.4687, 0.4688, 3.999, 4.001,
       35.0, 50.0, 100.0, 1e3, 1e5, 6.7e7, 6.72e7, 1e8, 1e10]))
with open('erfcx_mpmath.csv', 'w') as f:
    f.write('x,erfcx,erfc\n')
    for x in xs:
        X = mp.mpf(x)
        f.write('%r,%s,%s\n' % (x, fmt(mp.exp(X * X) * mp.erfc(X)), fmt(mp.erfc(X))))


def complement(x, s):
    # e^{x/2} - b(x, s) for x <= 0, as a sum of two positive terms (the difference would cancel).
    h = x / s
    t = s / 2
    return mp.ncdf(-h - t) * mp.exp(x / 2) + mp.ncdf(h - t) * mp.exp(-x / 2)


def black(x, s):
    if x > 0:
        return mp.exp(x / 2) - mp.exp(-x / 2) + black(-x, s)
    h = x / s
    t = s / 2
    return mp.ncdf(h + t) * mp.exp(x / 2) - mp.ncdf(h - t) * mp.exp(-x / 2)


xvals = [0.0, -1e-8, -1e-6, -1e-3, -0.01, -0.05, -0.1, -0.3, -0.5, -1.0, -2.0, -3.0, -5.0, -8.0, -12.0,
         -20.0, -35.0, -50.0, -100.0, -200.0, 1e-6, 0.05, 0.5, 2.0, 8.0]
svals = sorted(set([float(mp.nstr(mp.mpf(10) ** (-4 + k * 0.125), 6)) for k in range(0, 53)]
                   + [0.419, 0.42, 0.421, 0.4199999, 0.4200001]))
rows = []
for x in xvals:
    for s in svals:
        X = mp.mpf(x)
        S = mp.mpf(s)
        b = black(X, S)
        if b < mp.mpf('1e-300'):
            continue
        vega = mp.exp(-(X * X / (S * S) + S * S / 4) / 2) / mp.sqrt(2 * mp.pi)
        if x <= 0:
            comp = complement(X, S)
            ratio = b / vega
        else:
            comp = mp.mpf(0)
            ratio = mp.mpf(0)
        rows.append((x, s, b, vega, comp, ratio))
# Region boundaries: h + t near -10 and 0.85 (x = 2 h t).
for (u, t) in [(-10.0, 0.5), (-10.000001, 0.5), (-9.999999, 0.5), (-10.0, 0.25), (-10.0, 2.0), (-10.5, 0.3),
               (0.85, 0.3), (0.8499999, 0.3), (0.8500001, 0.3), (0.85, 1.0), (0.85, 3.0), (-10.0, 0.2),
               (-10.0, 0.2100001), (-9.0, 0.2099999)]:
    h = u - t
    x = float(mp.mpf(2) * h * t)
    s = float(2 * t)
    X = mp.mpf(x)
    S = mp.mpf(s)
    b = black(X, S)
    vega = mp.exp(-(X * X / (S * S) + S * S / 4) / 2) / mp.sqrt(2 * mp.pi)
    rows.append((x, s, b, vega, complement(X, S), b / vega))
with open('normalized_black_mpmath.csv', 'w') as f:
    f.write('x,s,b,vega,complement,call_over_vega\n')
    for (x, s, b, vega, comp, ratio) in rows:
        f.write('%r,%r,%s,%s,%s,%s\n' % (x, s, fmt(b), fmt(vega), fmt(comp), fmt(ratio)))
