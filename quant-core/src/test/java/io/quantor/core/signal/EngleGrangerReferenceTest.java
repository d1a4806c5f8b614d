package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Engle-Granger test of ln ORCL on ln YHOO (unadjusted closes, 2010-01-04 .. 2014-12-31, 1258 days;
 * {@code shared/data/orcl_daily_1995_2014.csv}, {@code yhoo_daily_1996_2015.csv}) against statsmodels'
 * {@code coint} and R.
 *
 * <p><b>Source.</b> statsmodels 0.13.5 (Debian {@code python3-statsmodels}, Python 3.11):
 * {@code coint(lo, ly, trend='c', maxlag=k, autolag=None)} printed
 * <pre>
 * coint(lo, ly, c, k=0) stat -2.9279760005528 p 0.128333371944507
 *     crit ['-3.90517394768', '-3.34099517741', '-3.0478257867']
 * coint(lo, ly, c, k=1) stat -2.87941986779038 p 0.141717652473952 crit (the same)
 * coint(lo, ly, c, k=10) stat -2.75119433945616 p 0.181708261400731 crit (the same)
 * </pre>
 * and R 4.2.2 ({@code coef(lm(lo ~ ly))}: intercept 2.43748696647977, slope 0.334094883060611;
 * {@code urca::ur.df(residuals, type = "none", lags = k)}: -2.92797600055302, -2.87941986779025,
 * -2.75119433945604 for k = 0, 1, 10; the full R script is in {@link AugmentedDickeyFullerReferenceTest}).
 * The pair is not cointegrated over these years at any usual level.
 *
 * <p><b>Tolerances.</b> Statistic {@code 1e-9} relative, p-value {@code 1e-9} absolute, critical values
 * {@code 1e-10} (12 printed digits), coefficients {@code 1e-12} absolute.
 */
class EngleGrangerReferenceTest {

  @Test
  void statsmodelsCoint() {
    OrclYhoo w = OrclYhoo.between("2010-01-01", "2014-12-31");
    double[] lo = w.logOrcl();
    double[] ly = w.logYhoo();
    check(EngleGranger.test(lo, ly, 0), 0, -2.9279760005528, 0.128333371944507);
    check(EngleGranger.test(lo, ly, 1), 1, -2.87941986779038, 0.141717652473952);
    CointegrationResult r = EngleGranger.test(lo, ly, 10);
    check(r, 10, -2.75119433945616, 0.181708261400731);
    assertEquals(r, EngleGranger.test(lo, ly), "default lag order trunc(1257^(1/3)) = 10");
    assertFalse(r.isCointegrated(0.10));
    assertTrue(r.isCointegrated(0.20));
  }

  private static void check(CointegrationResult r, int lags, double stat, double p) {
    String what = "coint k=" + lags;
    assertTrue(r.defined(), what);
    assertFalse(r.collinear(), what);
    assertEquals(lags, r.lags(), what);
    assertEquals(1258, r.observations(), what);
    assertEquals(2.43748696647977, r.intercept(), 1e-12, what + " intercept");
    assertEquals(0.334094883060611, r.hedgeRatio(), 1e-12, what + " slope");
    assertEquals(stat, r.statistic(), 1e-9 * Math.abs(stat), what + " statistic");
    assertEquals(p, r.pValue(), 1e-9, what + " p-value");
    AugmentedDickeyFullerReferenceTest.assertCritical(r.criticalValues(), -3.90517394768, -3.34099517741,
        -3.0478257867);
  }
}
