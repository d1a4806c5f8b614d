package io.quantor.risk.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worked examples of the single-series measures (hand-computed or from numpy 2.4 / scipy 1.17, as noted
 * per test, to 1e-12 relative) and the argument checks.
 */
class RiskMeasuresTest {

  private static final double TOL = 1e-12;

  /** Ten returns; sorted: -0.04, -0.031, -0.025, -0.01, -0.002, 0.005, 0.012, 0.018, 0.02, 0.03. */
  private static final double[] TEN = {0.03, -0.01, 0.02, -0.04, 0.005, -0.025, 0.012, -0.002, 0.018, -0.031};

  @Test
  void historicalConventionsOnTenReturnsByHand() {
    // level 0.75: alpha = 0.25, n alpha = 2.5, k = 3, q = x(3) = -0.025.
    HistoricalEstimate lower = RiskMeasures.historical(TEN, 0.75);
    assertClose(0.025, lower.valueAtRisk());
    assertClose((0.04 + 0.031 + 0.025) / 3, lower.expectedShortfall());
    assertEquals(3, lower.tailCount());
    assertEquals(10, lower.observations());
    // Acerbi-Tasche: (x(1) + x(2) + (2.5 - 2) x(3)) / 2.5.
    HistoricalEstimate fractional = RiskMeasures.historical(TEN, 0.75, HistoricalConvention.FRACTIONAL);
    assertClose(0.025, fractional.valueAtRisk());
    assertClose((0.04 + 0.031 + 0.5 * 0.025) / 2.5, fractional.expectedShortfall());
    // Linear: h = 9 * 0.25 = 2.25, q = x(3) + 0.25 (x(4) - x(3)) = -0.02125 (numpy.quantile agrees).
    HistoricalEstimate linear = RiskMeasures.historical(TEN, 0.75, HistoricalConvention.LINEAR);
    assertClose(0.02125, linear.valueAtRisk());
    assertClose((0.04 + 0.031 + 0.025) / 3, linear.expectedShortfall());
    assertEquals(3, linear.tailCount());
    // empyrical: the int(2.25) + 1 = 3 smallest.
    HistoricalEstimate empyrical = RiskMeasures.historical(TEN, 0.75, HistoricalConvention.EMPYRICAL);
    assertClose(0.02125, empyrical.valueAtRisk());
    assertClose((0.04 + 0.031 + 0.025) / 3, empyrical.expectedShortfall());
    assertEquals(3, empyrical.tailCount());
    assertEquals(RiskMethod.HISTORICAL, empyrical.method());
    // The input is not modified.
    assertEquals(0.03, TEN[0]);
    assertEquals(-0.031, TEN[9]);
  }

  @Test
  void anIntegerTailCountIsNotPushedUpByTheBinaryLevel() {
    // -0.001, ..., -0.100: at 95 % n alpha is 5 (5.000000000000004 in binary), so q = x(5) = -0.096.
    double[] r = new double[100];
    for (int i = 0; i < 100; i++) {
      r[i] = -0.001 * (i + 1);
    }
    HistoricalEstimate h = RiskMeasures.historical(r, 0.95);
    assertEquals(5, h.tailCount());
    assertClose(0.096, h.valueAtRisk());
    assertClose((0.100 + 0.099 + 0.098 + 0.097 + 0.096) / 5, h.expectedShortfall());
    assertClose(h.expectedShortfall(), ExpectedShortfall.historicalFractional(r, 0.95));
    // 99 %: n alpha = 1.0000000000000009 -> k = 1; linear h = 99 * 0.01 = 0.99.
    assertClose(0.100, ValueAtRisk.historical(r, 0.99));
    assertClose(0.100 - 0.99 * 0.001, ValueAtRisk.historicalLinear(r, 0.99));
  }

  @Test
  void tiesWithTheQuantileBelongToTheTail() {
    double[] r = new double[20];
    Arrays.fill(r, 0.01);
    r[3] = -0.05;
    r[7] = -0.05;
    r[11] = -0.05;
    r[15] = -0.02;
    HistoricalEstimate h = RiskMeasures.historical(r, 0.95);   // k = 1, q = -0.05
    assertEquals(3, h.tailCount());
    assertClose(0.05, h.valueAtRisk());
    assertClose(0.05, h.expectedShortfall());
    HistoricalEstimate f = RiskMeasures.historical(r, 0.90, HistoricalConvention.FRACTIONAL);
    assertEquals(2, f.tailCount());
    assertClose(0.05, f.expectedShortfall());
  }

  @Test
  void aSingleReturnIsItsOwnQuantile() {
    for (HistoricalConvention c : HistoricalConvention.values()) {
      HistoricalEstimate h = RiskMeasures.historical(new double[] {-0.03}, 0.99, c);
      assertClose(0.03, h.valueAtRisk());
      assertClose(0.03, h.expectedShortfall());
      assertEquals(1, h.tailCount());
    }
  }

  @Test
  void gaussianFromMomentsMatchesScipy() {
    // scipy.stats.norm: -(0.001 + ppf(alpha) 0.02) and -0.001 + 0.02 pdf(ppf(alpha)) / alpha.
    ParametricEstimate g95 = RiskMeasures.gaussian(0.001, 0.02, 0.95);
    assertClose(0.031897072539029445, g95.valueAtRisk());
    assertClose(0.040254256150148514, g95.expectedShortfall());
    ParametricEstimate g99 = RiskMeasures.gaussian(0.001, 0.02, 0.99);
    assertClose(0.04552695748081682, g99.valueAtRisk());
    assertClose(0.05230428440691612, g99.expectedShortfall());
    assertEquals(0.001, g99.mean());
    assertEquals(0.02, g99.standardDeviation());
    // A zero standard deviation is a point mass: both measures are minus the mean.
    ParametricEstimate point = RiskMeasures.gaussian(0.01, 0, 0.99);
    assertEquals(-0.01, point.valueAtRisk());
    assertEquals(-0.01, point.expectedShortfall());
  }

  @Test
  void ewmaWeightsTheNewestReturnMost() {
    // sigma^2 = (0.94^2 0.01^2 + 0.94 0.02^2 + 0.015^2) / (0.94^2 + 0.94 + 1); numpy and scipy.
    double[] r = {0.01, -0.02, 0.015};
    ParametricEstimate e95 = RiskMeasures.ewma(r, 0.95);
    assertClose(0.015625051352798458, e95.standardDeviation());
    assertClose(0.02570092238895355, e95.valueAtRisk());
    assertClose(0.03222999354337861, e95.expectedShortfall());
    assertEquals(0.0, e95.mean());
    assertEquals(RiskMethod.EWMA, e95.method());
    assertClose(0.03634930499636166, ValueAtRisk.ewma(r, 0.99));
    assertClose(0.041644109059111915, ExpectedShortfall.ewma(r, 0.99));
    // lambda -> 0 keeps only the newest return.
    assertClose(0.015, RiskMeasures.ewma(r, 0.95, 1e-12).standardDeviation());
    // One return: the volatility is its absolute value.
    assertClose(0.02, RiskMeasures.ewma(new double[] {-0.02}, 0.95, 0.97).standardDeviation());
  }

  @Test
  void cornishFisherWithoutSkewOrExcessKurtosisIsGaussian() {
    CornishFisherEstimate c = RiskMeasures.cornishFisher(0.001, 0.02, 0, 0, 0.99);
    ParametricEstimate g = RiskMeasures.gaussian(0.001, 0.02, 0.99);
    assertClose(g.valueAtRisk(), c.valueAtRisk());
    assertClose(g.expectedShortfall(), c.expectedShortfall());
    assertClose(g.expectedShortfall(), c.rawExpectedShortfall());
    assertTrue(c.monotone());
    assertFalse(c.shortfallCapped());
    assertTrue(c.expansionValid());
    assertEquals(RiskMethod.CORNISH_FISHER, c.method());
  }

  @Test
  void cornishFisherDomainOfValidity() {
    // S = 0: g'(z) = (K/8) z^2 + 1 - K/8 >= 0 for all z iff 0 <= K <= 8.
    assertTrue(RiskMeasures.monotone(0, 0));
    assertTrue(RiskMeasures.monotone(0, 8));
    assertFalse(RiskMeasures.monotone(0, 8.01));
    assertFalse(RiskMeasures.monotone(0, -0.01));
    // Skewness needs some kurtosis: with K = 0 any S != 0 makes the leading coefficient negative.
    assertFalse(RiskMeasures.monotone(0.1, 0));
    assertTrue(RiskMeasures.monotone(0.5, 3));
    assertFalse(RiskMeasures.cornishFisher(0, 0.02, 0, 11.4, 0.95).expansionValid());
  }

  @Test
  void aConstantSeriesHasNoSpread() {
    double[] r = {0.002, 0.002, 0.002, 0.002};
    CornishFisherEstimate c = RiskMeasures.cornishFisher(r, 0.99);
    assertEquals(-0.002, c.valueAtRisk());
    assertEquals(-0.002, c.expectedShortfall());
    assertEquals(0.0, c.skewness());
    assertClose(-0.002, RiskMeasures.gaussian(r, 0.99).valueAtRisk());
    assertClose(-0.002, RiskMeasures.historical(r, 0.99).expectedShortfall());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void levelsOutsideTheOpenUnitIntervalAreRejected(double level) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RiskMeasures.historical(TEN, level));
    assertEquals("level must be in (0, 1), was " + level, e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.gaussian(TEN, level));
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.cornishFisher(TEN, level));
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.ewma(TEN, level));
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.gaussian(0, 0.01, level));
  }

  @Test
  void badReturnsAreRejectedWithTheirIndex() {
    double[] r = TEN.clone();
    r[4] = Double.NaN;
    assertEquals("returns[4] must be finite, was NaN",
        assertThrows(IllegalArgumentException.class, () -> RiskMeasures.historical(r, 0.95)).getMessage());
    r[4] = Double.NEGATIVE_INFINITY;
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.gaussian(r, 0.95));
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.historical(new double[0], 0.95));
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.historical(null, 0.95));
    assertEquals("returns must hold at least 2 values, was 1", assertThrows(IllegalArgumentException.class,
        () -> RiskMeasures.gaussian(new double[] {0.01}, 0.95)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.cornishFisher(new double[] {0.01}, 0.95));
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.historical(TEN, 0.95, null));
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.gaussian(TEN, 0.95, null));
    assertThrows(IllegalArgumentException.class, () -> RiskMeasures.gaussian(0, -0.01, 0.95));
    assertEquals("lambda must be in (0, 1), was 1.0", assertThrows(IllegalArgumentException.class,
        () -> RiskMeasures.ewma(TEN, 0.95, 1.0)).getMessage());
  }

  @Test
  void recordsValidateTheirFields() {
    assertThrows(IllegalArgumentException.class,
        () -> new HistoricalEstimate(0.02, 0.03, 0.95, HistoricalConvention.LINEAR, 10, 11));
    assertThrows(IllegalArgumentException.class,
        () -> new HistoricalEstimate(Double.NaN, 0.03, 0.95, HistoricalConvention.LINEAR, 10, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new ParametricEstimate(0.02, 0.03, 0.95, RiskMethod.HISTORICAL, 0, 0.01));
    assertThrows(IllegalArgumentException.class,
        () -> new ParametricEstimate(0.02, 0.03, 1.0, RiskMethod.GAUSSIAN, 0, 0.01));
    assertThrows(IllegalArgumentException.class, () -> MonteCarloSettings.of(999, 1));
    assertTrue(MonteCarloSettings.of(1000, 1).withAntithetic(true).antithetic());
  }

  private static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, TOL * Math.abs(expected));
  }
}
