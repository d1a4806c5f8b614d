package io.quantor.core.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.series.BarSeries;
import io.quantor.core.testing.ReferenceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five realized-volatility estimators against the shared references on ORCL daily bars.
 *
 * <p>References: {@code shared/reference/indicators/rv_close_to_close_20.csv}, {@code rv_parkinson_20.csv},
 * {@code rv_garman_klass_20.csv}, {@code rv_rogers_satchell_20.csv}, {@code rv_yang_zhang_20.csv} (numpy
 * 1.24.2 from the published formulas, cross-checked with R TTR {@code volatility()}; window 20, 252 periods
 * a year; formulas in that folder's README and {@code manifest.json}). Tolerance: 1e-9 relative,
 * {@code |e - a| <= 1e-9 * max(1, |e|)}, with the same undefined warm-up rows.
 */
class RealizedVolatilityReferenceTest {

  private static final double TOL = 1e-9;
  private static final int W = 20;
  private static final double A = 252;

  private static double[] open;
  private static double[] high;
  private static double[] low;
  private static double[] close;

  @BeforeAll
  static void load() {
    ReferenceTable orcl = ReferenceTable.orclDaily();
    open = orcl.column("open");
    high = orcl.column("high");
    low = orcl.column("low");
    close = orcl.column("close");
  }

  @Test
  void closeToClose() {
    check("rv_close_to_close_20.csv", VolatilityEstimator.CLOSE_TO_CLOSE,
        RealizedVolatility.closeToClose(close, W, A));
  }

  @Test
  void parkinson() {
    check("rv_parkinson_20.csv", VolatilityEstimator.PARKINSON,
        RealizedVolatility.parkinson(high, low, W, A));
  }

  @Test
  void garmanKlass() {
    check("rv_garman_klass_20.csv", VolatilityEstimator.GARMAN_KLASS,
        RealizedVolatility.garmanKlass(open, high, low, close, W, A));
  }

  @Test
  void rogersSatchell() {
    check("rv_rogers_satchell_20.csv", VolatilityEstimator.ROGERS_SATCHELL,
        RealizedVolatility.rogersSatchell(open, high, low, close, W, A));
  }

  @Test
  void yangZhang() {
    check("rv_yang_zhang_20.csv", VolatilityEstimator.YANG_ZHANG,
        RealizedVolatility.yangZhang(open, high, low, close, W, A));
  }

  @Test
  void seriesFormEqualsTheArrayForms() {
    long[] t = new long[close.length];
    double[] volume = new double[close.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * 86_400_000L;
    }
    BarSeries series = BarSeries.of("ORCL", t, open, high, low, close, volume);
    assertArrayEquals(RealizedVolatility.yangZhang(open, high, low, close, W, A),
        RealizedVolatility.estimate(VolatilityEstimator.YANG_ZHANG, series, W, A));
    assertArrayEquals(RealizedVolatility.closeToClose(close, W, A),
        RealizedVolatility.estimate(VolatilityEstimator.CLOSE_TO_CLOSE, series, W, A));
    assertArrayEquals(RealizedVolatility.parkinson(high, low, W, A),
        RealizedVolatility.estimate(VolatilityEstimator.PARKINSON, series, W, A));
  }

  private static void check(String file, VolatilityEstimator estimator, double[] actual) {
    ReferenceTable ref = ReferenceTable.indicator(file);
    ref.assertMatches("vol", actual, TOL);
    assertEquals(ref.firstDefined("vol"), estimator.lookback(W));
    assertEquals(ref.firstDefined("vol"), new RealizedVolatility(estimator, W, A).lookback());
  }
}
