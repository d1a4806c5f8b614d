package io.quantor.backtest.metrics;

import static io.quantor.backtest.metrics.ReturnMetricsTest.expectMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-worked rolling metrics over a window of two, the warm-up and bad input. */
class RollingMetricsTest {

  private static final double[] R = {0.01, 0.03, -0.01, 0.05};
  private static final double[] B = {0.0, 0.01, 0.01, 0.02};

  @Test
  void windowOfTwo() {
    // Two values a, b: mean (a + b) / 2, sample sd |b - a| / sqrt(2).
    double[] vol = RollingMetrics.volatility(R, 2, 1);
    assertTrue(Double.isNaN(vol[0]), "warm-up");
    assertEquals(0.02 / Math.sqrt(2), vol[1], 1e-15);
    assertEquals(0.04 / Math.sqrt(2), vol[2], 1e-15);
    assertEquals(0.06 / Math.sqrt(2), vol[3], 1e-15);
    double[] sharpe = RollingMetrics.sharpeRatio(R, 2, 0, 1);
    assertTrue(Double.isNaN(sharpe[0]), "warm-up");
    assertEquals(Math.sqrt(2), sharpe[1], 1e-12);
    assertEquals(1 / (2 * Math.sqrt(2)), sharpe[2], 1e-12);
    assertEquals(Math.sqrt(2) / 3, sharpe[3], 1e-12);
    // Annualized: times sqrt(252).
    assertEquals(Math.sqrt(2) * Math.sqrt(252), RollingMetrics.sharpeRatio(R, 2)[1], 1e-12);
    assertEquals(0.02 / Math.sqrt(2) * Math.sqrt(252), RollingMetrics.volatility(R, 2)[1], 1e-15);
    // With a risk-free rate 0.01 a period: (0.02 - 0.01) / (0.02 / sqrt(2)).
    assertEquals(Math.sqrt(2) / 2, RollingMetrics.sharpeRatio(R, 2, 0.01, 1)[1], 1e-12);
  }

  @Test
  void betaOverTwoPoints() {
    // Over two points beta is the slope between them; a constant benchmark window has none.
    double[] beta = RollingMetrics.beta(R, B, 2);
    assertTrue(Double.isNaN(beta[0]), "warm-up");
    assertEquals(2, beta[1], 1e-12);
    assertTrue(Double.isNaN(beta[2]), "benchmark constant over the window");
    assertEquals(6, beta[3], 1e-12);
  }

  @Test
  void constantWindowsAndLongWindows() {
    double[] r = {0.01, 0.01, 0.01, 0.02};
    double[] vol = RollingMetrics.volatility(r, 3, 1);
    assertEquals(0.0, vol[2]);
    double[] sharpe = RollingMetrics.sharpeRatio(r, 3, 0, 1);
    assertTrue(Double.isNaN(sharpe[2]), "no dispersion");
    assertTrue(sharpe[3] > 0);
    // A window longer than the series is all warm-up.
    for (double v : RollingMetrics.volatility(r, 5)) {
      assertTrue(Double.isNaN(v));
    }
  }

  @Test
  void badInputIsRejected() {
    expectMessage("window must be >= 2, was 1", () -> RollingMetrics.volatility(R, 1));
    expectMessage("returns must not be empty", () -> RollingMetrics.sharpeRatio(new double[0], 5));
    expectMessage("returns[0] must be finite, was NaN",
        () -> RollingMetrics.sharpeRatio(new double[] {Double.NaN, 0.1}, 2));
    expectMessage("benchmark must have the length of returns (4), was 2",
        () -> RollingMetrics.beta(R, new double[] {0.1, 0.2}, 2));
    expectMessage("periodsPerYear must be >= 1, was 0", () -> RollingMetrics.volatility(R, 2, 0));
  }
}
