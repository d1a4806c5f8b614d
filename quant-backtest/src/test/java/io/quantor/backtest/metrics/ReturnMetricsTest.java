package io.quantor.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hand-worked examples of {@link ReturnMetrics} on four returns, the NaN policy and bad input.
 *
 * <p>The sample: {@code r = (0.02, -0.01, 0.03, -0.02)}, benchmark {@code b = (0.01, -0.01, 0.02,
 * -0.01)}. {@code mean r = 0.005}; deviations {@code ±0.015, ±0.025}, sum of squares {@code 1.7e-3},
 * sample variance {@code 1.7e-3 / 3}. Expected values are worked by hand in the comments; where the
 * arithmetic is long they were evaluated with numpy/scipy (named). Tolerance 1e-12 relative.
 */
class ReturnMetricsTest {

  private static final double[] R = {0.02, -0.01, 0.03, -0.02};
  private static final double[] B = {0.01, -0.01, 0.02, -0.01};
  private static final double TOL = 1e-12;

  private static void close(double expected, double actual) {
    assertEquals(expected, actual, TOL * Math.max(1e-300, Math.abs(expected)));
  }

  @Test
  void growthAndCagr() {
    // 1.02 * 0.99 * 1.03 * 0.98 = 1.01929212
    close(0.01929212, ReturnMetrics.cumulativeReturn(R));
    // Four returns at 4 a year are one year: CAGR = cumulative return.
    close(0.01929212, ReturnMetrics.annualReturn(R, 4));
    // Two years: sqrt(1.01929212) - 1
    close(Math.sqrt(1.01929212) - 1, ReturnMetrics.annualReturn(R, 2));
    // 1.01929212^(252/4) - 1 (numpy: 2.3328518240355924)
    close(2.3328518240355924, ReturnMetrics.annualReturn(R));
    // A total loss compounds to -1.
    assertEquals(-1.0, ReturnMetrics.annualReturn(new double[] {0.5, -1.0, 0.2}));
  }

  @Test
  void volatilitySharpeSortino() {
    double sd = Math.sqrt(1.7e-3 / 3);
    close(sd, ReturnMetrics.annualVolatility(R, 1));
    close(sd * Math.sqrt(252), ReturnMetrics.annualVolatility(R));
    close(0.005 / sd, ReturnMetrics.sharpeRatio(R, 0, 1));
    close(0.005 / sd * Math.sqrt(252), ReturnMetrics.sharpeRatio(R));
    // A constant risk-free rate shifts the mean only: (0.005 - 0.001) / sd.
    close(0.004 / sd, ReturnMetrics.sharpeRatio(R, 0.001, 1));
    // Downside: (0.01^2 + 0.02^2) / 4 over ALL four returns = 1.25e-4.
    close(Math.sqrt(1.25e-4), ReturnMetrics.downsideRisk(R, 0, 1));
    close(Math.sqrt(1.25e-4 * 252), ReturnMetrics.downsideRisk(R));
    // Sortino = 0.005 / sqrt(1.25e-4) = 1 / sqrt(5) at one period a year.
    close(1 / Math.sqrt(5), ReturnMetrics.sortinoRatio(R, 0, 1));
    close(0.005 * 252 / Math.sqrt(1.25e-4 * 252), ReturnMetrics.sortinoRatio(R));
    // Target 0.01: r - 0.01 = 0.01, -0.02, 0.02, -0.03 -> (4 + 9)e-4 / 4 = 3.25e-4; mean excess -0.005.
    close(-0.005 / Math.sqrt(3.25e-4), ReturnMetrics.sortinoRatio(R, 0.01, 1));
  }

  @Test
  void drawdownAndCalmar() {
    // Wealth 100, 102, 100.98, 104.0094, 101.929212: the worst fall is 104.0094 -> 101.929212, -2 %.
    close(-0.02, ReturnMetrics.maxDrawdown(R));
    close(0.01929212 / 0.02, ReturnMetrics.calmarRatio(R, 4));
  }

  @Test
  void alphaBetaAgainstTheBenchmark() {
    // mean b = 0.0025; b deviations 0.0075, -0.0125, 0.0175, -0.0125 (squares sum 6.75e-4);
    // cross products with the r deviations sum to 1.05e-3: beta = 1.05e-3 / 6.75e-4 = 14/9.
    AlphaBeta ab = ReturnMetrics.alphaBeta(R, B, 0, 1);
    close(14.0 / 9, ab.beta());
    // alpha per period = 0.005 - 14/9 * 0.0025 = 1/900; at one period a year alpha is the same.
    close(1.0 / 900, ab.alphaPerPeriod());
    close(1.0 / 900, ab.alpha());
    // R^2 = 1.05e-3^2 / (6.75e-4 * 1.7e-3) = 49/51.
    close(49.0 / 51, ab.rSquared());
    // Compounded: (1 + 1/900)^252 - 1.
    close(Math.pow(1 + 1.0 / 900, 252) - 1, ReturnMetrics.alphaBeta(R, B).alpha());
    // A risk-free rate leaves beta and moves alpha by -rf (1 - beta): 1/900 - 0.001 * (1 - 14/9).
    AlphaBeta withRf = ReturnMetrics.alphaBeta(R, B, 0.001, 1);
    close(14.0 / 9, withRf.beta());
    close(1.0 / 900 + 0.001 * 5 / 9, withRf.alphaPerPeriod());
  }

  @Test
  void informationRatioAndTrackingError() {
    // Active returns 0.01, 0, 0.01, -0.01: mean 0.0025; deviations 0.0075, -0.0025, 0.0075, -0.0125,
    // squares sum 2.75e-4, sample sd sqrt(2.75e-4 / 3).
    double te = Math.sqrt(2.75e-4 / 3);
    close(0.0025 / te, ReturnMetrics.informationRatio(R, B));
    close(0.0025 / te * Math.sqrt(252), ReturnMetrics.informationRatioAnnualized(R, B));
    close(te * Math.sqrt(252), ReturnMetrics.trackingError(R, B));
    close(te, ReturnMetrics.trackingError(R, B, 1));
  }

  @Test
  void quantilesTailRatioVarCvar() {
    // Sorted -0.02, -0.01, 0.02, 0.03. P95: h = 3 * 0.95 = 2.85 -> 0.02 + 0.85 * 0.01 = 0.0285.
    // P5: h = 0.15 -> -0.02 + 0.15 * 0.01 = -0.0185.
    close(0.0285, ReturnMetrics.quantile(R, 0.95));
    close(-0.0185, ReturnMetrics.quantile(R, 0.05));
    close(-0.02, ReturnMetrics.quantile(R, 0));
    close(0.03, ReturnMetrics.quantile(R, 1));
    close(0.005, ReturnMetrics.quantile(R, 0.5));
    close(0.0285 / 0.0185, ReturnMetrics.tailRatio(R));
    // VaR is a positive loss: -P5.
    close(0.0185, ReturnMetrics.valueAtRisk(R, 0.95));
    // CVaR: k = floor(3 * 0.05) = 0, the mean of the single smallest return, negated.
    close(0.02, ReturnMetrics.conditionalValueAtRisk(R, 0.95));
    // At 0.5: k = floor(1.5) = 1, mean of -0.02 and -0.01.
    close(0.015, ReturnMetrics.conditionalValueAtRisk(R, 0.5));
  }

  @Test
  void omegaProfitFactorWinRate() {
    // Gains 0.02 + 0.03, losses 0.01 + 0.02.
    close(5.0 / 3, ReturnMetrics.omegaRatio(R));
    close(5.0 / 3, ReturnMetrics.profitFactor(R));
    // Threshold 0.01: above 0.01 + 0.02 = 0.03, below 0.02 + 0.03 = 0.05.
    close(0.6, ReturnMetrics.omegaRatio(R, 0.01));
    double[] withZeros = {0.01, 0, -0.01, 0, 0.02};
    assertEquals(0.4, ReturnMetrics.winRate(withZeros));
    close(2.0 / 3, ReturnMetrics.winRateExcludingZero(withZeros));
  }

  @Test
  void momentsAndStability() {
    // Symmetric deviations: m3 = 0 (to rounding).
    assertEquals(0, ReturnMetrics.skewness(R), 1e-14);
    assertEquals(0, ReturnMetrics.sampleAdjustedSkewness(R), 1e-14);
    // m2 = 1.7e-3 / 4 = 4.25e-4; m4 = (2 * 0.015^4 + 2 * 0.025^4) / 4 = 2.20625e-7;
    // g2 = 2.20625e-7 / 4.25e-4^2 - 3 = 2.20625 / 1.80625 - 3.
    double g2 = 2.20625 / 1.80625 - 3;
    close(g2, ReturnMetrics.excessKurtosis(R));
    // G2 = ((n + 1) g2 + 6)(n - 1) / ((n - 2)(n - 3)) = (5 g2 + 6) * 3 / 2.
    close((5 * g2 + 6) * 1.5, ReturnMetrics.sampleAdjustedExcessKurtosis(R));
    // An asymmetric sample: 0, 0, 3 -> mean 1, deviations -1, -1, 2: m2 = 2, m3 = 2, g1 = 2 / 2^1.5.
    double[] skewed = {0, 0, 3};
    close(1 / Math.sqrt(2), ReturnMetrics.skewness(skewed));
    // G1 = g1 sqrt(3 * 2) / 1.
    close(Math.sqrt(6) / Math.sqrt(2), ReturnMetrics.sampleAdjustedSkewness(skewed));
    // R^2 of cumsum(log1p r) on 0..3 (scipy linregress: 0.08154934149362057).
    close(0.08154934149362057, ReturnMetrics.stability(R));
    // Steady growth is a perfect fit.
    close(1.0, ReturnMetrics.stability(new double[] {0.01, 0.01, 0.01, 0.01, 0.01}));
  }

  @Test
  void undefinedStatisticsAreNaN() {
    double[] flat = {0.0, 0.0, 0.0};
    double[] gains = {0.01, 0.02, 0.03};
    double[] one = {0.01};
    assertNaN(ReturnMetrics.sharpeRatio(flat));
    assertNaN(ReturnMetrics.sharpeRatio(new double[] {0.01, 0.01, 0.01}));
    assertEquals(0.0, ReturnMetrics.annualVolatility(new double[] {0.003, 0.003, 0.003}));
    assertNaN(ReturnMetrics.annualVolatility(one));
    assertNaN(ReturnMetrics.sharpeRatio(one));
    assertNaN(ReturnMetrics.sortinoRatio(gains));
    assertNaN(ReturnMetrics.calmarRatio(gains));
    assertNaN(ReturnMetrics.omegaRatio(gains));
    assertNaN(ReturnMetrics.profitFactor(gains));
    assertNaN(ReturnMetrics.winRateExcludingZero(flat));
    assertNaN(ReturnMetrics.stability(flat));
    assertNaN(ReturnMetrics.stability(one));
    assertNaN(ReturnMetrics.skewness(flat));
    assertNaN(ReturnMetrics.excessKurtosis(flat));
    assertNaN(ReturnMetrics.sampleAdjustedSkewness(new double[] {0.01, 0.02}));
    assertNaN(ReturnMetrics.sampleAdjustedExcessKurtosis(gains));
    assertNaN(ReturnMetrics.tailRatio(new double[] {0, 0, 0, 0, 0.1}));
    assertNaN(ReturnMetrics.alphaBeta(gains, new double[] {0.004, 0.004, 0.004}).beta());
    assertNaN(ReturnMetrics.alphaBeta(flat, gains).rSquared());
    assertEquals(0.0, ReturnMetrics.alphaBeta(flat, gains).beta());
    assertNaN(ReturnMetrics.informationRatio(gains, gains));
    assertEquals(0.0, ReturnMetrics.maxDrawdown(gains));
  }

  @Test
  void badInputIsRejectedWithAClearMessage() {
    expectMessage("returns must not be null", () -> ReturnMetrics.sharpeRatio(null));
    expectMessage("returns must not be empty", () -> ReturnMetrics.sharpeRatio(new double[0]));
    expectMessage("returns[1] must be finite, was NaN",
        () -> ReturnMetrics.annualVolatility(new double[] {0.01, Double.NaN}));
    expectMessage("returns[0] must be finite, was Infinity",
        () -> ReturnMetrics.skewness(new double[] {Double.POSITIVE_INFINITY}));
    expectMessage("benchmark must have the length of returns (4), was 3",
        () -> ReturnMetrics.alphaBeta(R, new double[] {0.1, 0.2, 0.3}));
    expectMessage("benchmark[2] must be finite, was NaN",
        () -> ReturnMetrics.informationRatio(R, new double[] {0.1, 0.2, Double.NaN, 0.1}));
    expectMessage("returns[1] must be >= -1", () -> ReturnMetrics.cumulativeReturn(new double[] {0, -1.5}));
    expectMessage("returns[1] must be >= -1", () -> ReturnMetrics.maxDrawdown(new double[] {0, -1.5}));
    expectMessage("returns[0] must be > -1", () -> ReturnMetrics.stability(new double[] {-1, 0.5}));
    expectMessage("periodsPerYear must be >= 1, was 0", () -> ReturnMetrics.annualReturn(R, 0));
    expectMessage("riskFreePerPeriod must be finite, was NaN",
        () -> ReturnMetrics.sharpeRatio(R, Double.NaN, 252));
    expectMessage("confidence must be in (0, 1), was 95.0", () -> ReturnMetrics.valueAtRisk(R, 95));
    expectMessage("confidence must be in (0, 1), was 1.0",
        () -> ReturnMetrics.conditionalValueAtRisk(R, 1));
    expectMessage("p must be in [0, 1], was NaN", () -> ReturnMetrics.quantile(R, Double.NaN));
  }

  private static void assertNaN(double value) {
    assertTrue(Double.isNaN(value), "expected NaN, was " + value);
  }

  static void expectMessage(String start, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().startsWith(start), "message '" + e.getMessage() + "' should start with '"
        + start + "'");
  }
}
