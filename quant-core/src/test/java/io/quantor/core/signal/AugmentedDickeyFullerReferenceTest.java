package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The ADF statistic against R's {@code tseries::adf.test} and {@code urca::ur.df}, and the whole result
 * (statistic, p-value, critical values) against statsmodels' {@code adfuller}, on the log closes of ORCL
 * and YHOO ({@code shared/data/orcl_daily_1995_2014.csv}, {@code yhoo_daily_1996_2015.csv}, column
 * {@code close}, not dividend-adjusted) and on the residuals of their OLS regression.
 *
 * <p><b>Source, R.</b> R 4.2.2 (Debian bookworm {@code r-base-core}), tseries 0.10-53, urca 1.3-3:
 * <pre>
 * library(tseries); library(urca)
 * o &lt;- read.csv("shared/data/orcl_daily_1995_2014.csv")
 * y &lt;- read.csv("shared/data/yhoo_daily_1996_2015.csv")
 * m &lt;- merge(o[, c("date", "close")], y[, c("date", "close")], by = "date",
 *            suffixes = c(".orcl", ".yhoo"))
 * w &lt;- m[m$date &gt;= "2010-01-01" &amp; m$date &lt;= "2014-12-31", ]   # 1258 rows
 * lo &lt;- log(w$close.orcl); ly &lt;- log(w$close.yhoo)
 * fit &lt;- lm(lo ~ ly); u &lt;- residuals(fit)
 * adf.test(lo); adf.test(ly); adf.test(u); adf.test(u, k = 1); adf.test(u, k = 0); adf.test(lo, k = 3)
 * ur.df(u, type = "none", lags = k)@teststat[1]     # k = 0, 1, 10
 * ur.df(lo, type = "drift", lags = 2)@teststat[1]
 * a &lt;- m[m$date &gt;= "1996-04-12" &amp; m$date &lt;= "2014-12-31", ]       # 4713 rows
 * adf.test(log(a$close.orcl)); adf.test(log(a$close.yhoo))
 * </pre>
 * printed (statistics with {@code sprintf("%.15g")}; tseries' own p-values, from its interpolated
 * Banerjee et al. table, are not MacKinnon's and are not compared):
 * <pre>
 * adf.test(lo)                 stat -3.1058934204891  lag 10  p 0.110172458802447
 * adf.test(ly)                 stat -1.60949968903513  lag 10  p 0.743617628479427
 * adf.test(u)                  stat -2.75992092512296  lag 10  p 0.256627633950657
 * adf.test(u, k = 1)           stat -2.87073007793072  lag 1  p 0.209720512431325
 * adf.test(u, k = 0)           stat -2.92719329612162  lag 0  p 0.185818813249056
 * adf.test(lo, k = 3)          stat -3.04289217598921  lag 3  p 0.136841799346474
 * ols intercept 2.43748696647977 slope 0.334094883060611
 * ur.df(u, none, lags=0) tau -2.92797600055302
 * ur.df(u, none, lags=1) tau -2.87941986779025
 * ur.df(u, none, lags=10) tau -2.75119433945604
 * ur.df(lo, drift, lags=2) tau -1.40366517808041
 * full adf.test(la)            stat -2.4957486159769  lag 16  p 0.368407246787952
 * full adf.test(lb)            stat -2.10722900770723  lag 16  p 0.532933691317227
 * </pre>
 *
 * <p><b>Source, statsmodels.</b> statsmodels 0.13.5 (Debian {@code python3-statsmodels}),
 * {@code adfuller(lo, maxlag=k, autolag=None, regression=reg)} on the same 1258 log closes:
 * <pre>
 * adfuller(lo, ct, k=0) stat -3.14967611278847 p 0.0949036288117431 nobs 1257
 * adfuller(lo, ct, k=1) stat -3.06147590279756 p 0.115696124391033 nobs 1256
 * adfuller(lo, ct, k=10) stat -3.10589342048968 p 0.104835091585324 nobs 1247
 *     crit ['-3.96604825452', '-3.41401660415', '-3.12912599194']
 * adfuller(lo, c, k=0) stat -1.38210638703895 p 0.590823846001519 nobs 1257
 * adfuller(lo, c, k=1) stat -1.32750823663664 p 0.616495203165265 nobs 1256
 * adfuller(lo, c, k=10) stat -1.2637601326822 p 0.645584790337728 nobs 1247
 *     crit ['-3.43560486142', '-2.86386054619', '-2.56800548725']
 * adfuller(lo, n, k=0) stat 0.971106037781454 p 0.911894786732695 nobs 1257
 * adfuller(lo, n, k=1) stat 1.00646903605013 p 0.916841538197544 nobs 1256
 * adfuller(lo, n, k=10) stat 0.98948141565587 p 0.914490560962727 nobs 1247
 *     crit ['-2.56753527553', '-1.94121754483', '-1.61660874107']
 * </pre>
 *
 * <p><b>Tolerances.</b> Statistics: {@code 1e-9} relative (R's {@code lm} and statsmodels solve the same
 * least-squares problem by QR and pseudo-inverse; the largest differences measured are 1e-13 against R
 * and 8e-13 against statsmodels). P-values: {@code 1e-9} absolute (the same formula on the statistic).
 * Critical values:
 * {@code 1e-10} absolute (statsmodels printed to 12 significant digits).
 */
class AugmentedDickeyFullerReferenceTest {

  private static final double STAT = 1e-9;

  private static OrclYhoo window() {
    return OrclYhoo.between("2010-01-01", "2014-12-31");
  }

  private static double[] residuals(double[] y, double[] x) {
    double[] ones = new double[y.length];
    Arrays.fill(ones, 1.0);
    OrdinaryLeastSquares.Fit fit = OrdinaryLeastSquares.fit(y, new double[][] {ones, x});
    assertEquals(2.43748696647977, fit.coefficients()[0], 1e-12, "R lm intercept");
    assertEquals(0.334094883060611, fit.coefficients()[1], 1e-13, "R lm slope");
    return fit.residuals();
  }

  private static void assertStatistic(double expected, AdfResult r, String what) {
    assertTrue(r.defined(), what);
    assertEquals(expected, r.statistic(), STAT * Math.abs(expected), what);
  }

  @Test
  void tseriesDefaultsOnLogPrices() {
    OrclYhoo w = window();
    assertEquals(1258, w.orcl.size());
    AdfResult orcl = AugmentedDickeyFuller.test(w.logOrcl());
    assertEquals(10, orcl.lags());
    assertEquals(1247, orcl.observations());
    assertEquals(DeterministicTerms.CONSTANT_TREND, orcl.terms());
    assertStatistic(-3.1058934204891, orcl, "adf.test(lo)");
    assertStatistic(-1.60949968903513, AugmentedDickeyFuller.test(w.logYhoo()), "adf.test(ly)");
    assertStatistic(-3.04289217598921,
        AugmentedDickeyFuller.test(w.logOrcl(), DeterministicTerms.CONSTANT_TREND, 3), "adf.test(lo, k=3)");
  }

  @Test
  void tseriesOnTheOlsSpread() {
    OrclYhoo w = window();
    double[] u = residuals(w.logOrcl(), w.logYhoo());
    assertStatistic(-2.75992092512296, AugmentedDickeyFuller.test(u), "adf.test(u)");
    assertStatistic(-2.87073007793072, AugmentedDickeyFuller.test(u, DeterministicTerms.CONSTANT_TREND, 1),
        "adf.test(u, k=1)");
    assertStatistic(-2.92719329612162, AugmentedDickeyFuller.test(u, DeterministicTerms.CONSTANT_TREND, 0),
        "adf.test(u, k=0)");
  }

  @Test
  void urcaWithoutDeterministicTermsOnTheSpreadAndWithDrift() {
    OrclYhoo w = window();
    double[] u = residuals(w.logOrcl(), w.logYhoo());
    assertStatistic(-2.92797600055302, AugmentedDickeyFuller.test(u, DeterministicTerms.NONE, 0), "k=0");
    assertStatistic(-2.87941986779025, AugmentedDickeyFuller.test(u, DeterministicTerms.NONE, 1), "k=1");
    assertStatistic(-2.75119433945604, AugmentedDickeyFuller.test(u, DeterministicTerms.NONE, 10), "k=10");
    assertStatistic(-1.40366517808041, AugmentedDickeyFuller.test(w.logOrcl(), DeterministicTerms.CONSTANT,
        2), "ur.df(lo, drift, 2)");
  }

  @Test
  void tseriesDefaultsOnTheWholeOverlap() {
    OrclYhoo all = OrclYhoo.between("1996-04-12", "2014-12-31");
    assertEquals(4713, all.orcl.size());
    AdfResult orcl = AugmentedDickeyFuller.test(all.logOrcl());
    assertEquals(16, orcl.lags());
    assertStatistic(-2.4957486159769, orcl, "full adf.test(la)");
    assertStatistic(-2.10722900770723, AugmentedDickeyFuller.test(all.logYhoo()), "full adf.test(lb)");
  }

  @Test
  void statsmodelsAdfullerStatisticPValueAndCriticalValues() {
    double[] lo = window().logOrcl();
    check(lo, DeterministicTerms.CONSTANT_TREND, 0, -3.14967611278847, 0.0949036288117431, 1257);
    check(lo, DeterministicTerms.CONSTANT_TREND, 1, -3.06147590279756, 0.115696124391033, 1256);
    AdfResult ct = check(lo, DeterministicTerms.CONSTANT_TREND, 10, -3.10589342048968, 0.104835091585324,
        1247);
    assertCritical(ct.criticalValues(), -3.96604825452, -3.41401660415, -3.12912599194);
    check(lo, DeterministicTerms.CONSTANT, 0, -1.38210638703895, 0.590823846001519, 1257);
    check(lo, DeterministicTerms.CONSTANT, 1, -1.32750823663664, 0.616495203165265, 1256);
    AdfResult c = check(lo, DeterministicTerms.CONSTANT, 10, -1.2637601326822, 0.645584790337728, 1247);
    assertCritical(c.criticalValues(), -3.43560486142, -2.86386054619, -2.56800548725);
    check(lo, DeterministicTerms.NONE, 0, 0.971106037781454, 0.911894786732695, 1257);
    check(lo, DeterministicTerms.NONE, 1, 1.00646903605013, 0.916841538197544, 1256);
    AdfResult nc = check(lo, DeterministicTerms.NONE, 10, 0.98948141565587, 0.914490560962727, 1247);
    assertCritical(nc.criticalValues(), -2.56753527553, -1.94121754483, -1.61660874107);
    assertTrue(!nc.rejectsUnitRoot(0.05));
  }

  private static AdfResult check(double[] x, DeterministicTerms terms, int lags, double stat, double p,
      int nobs) {
    AdfResult r = AugmentedDickeyFuller.test(x, terms, lags);
    String what = "adfuller(" + terms + ", k=" + lags + ")";
    assertStatistic(stat, r, what);
    assertEquals(p, r.pValue(), 1e-9, what + " p-value");
    assertEquals(nobs, r.observations(), what + " nobs");
    return r;
  }

  static void assertCritical(CriticalValues c, double one, double five, double ten) {
    assertEquals(one, c.onePercent(), 1e-10, "1%");
    assertEquals(five, c.fivePercent(), 1e-10, "5%");
    assertEquals(ten, c.tenPercent(), 1e-10, "10%");
  }
}
