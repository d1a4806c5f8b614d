package io.quantor.risk.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Worked examples and argument checks of the portfolio decompositions. */
class PortfolioRiskTest {

  /** Five days of two assets; portfolio 0.6/0.4 returns: 0.006, -0.018, 0.016, -0.032, -0.004. */
  private static final double[][] DAYS = {
      {0.01, 0.0}, {-0.02, -0.015}, {0.02, 0.01}, {-0.04, -0.02}, {0.0, -0.01}};
  private static final double[] W = {0.6, 0.4};

  @Test
  void historicalContributionsAreTheTailScenariosByHand() {
    // level 0.6: alpha = 0.4, k = ceil(2) = 2, q = -0.018 (day 2); tail = days 2 and 4.
    PortfolioEstimate p = PortfolioRisk.historical(DAYS, W, 0.6);
    assertEquals(0.018, p.valueAtRisk(), 1e-15);
    assertEquals((0.018 + 0.032) / 2, p.expectedShortfall(), 1e-15);
    RiskContributions es = p.expectedShortfallContributions();
    assertEquals(0.03, es.marginal(0), 1e-15);      // -mean(-0.02, -0.04)
    assertEquals(0.0175, es.marginal(1), 1e-15);    // -mean(-0.015, -0.02)
    assertEquals(0.018, es.component(0), 1e-15);
    assertEquals(0.007, es.component(1), 1e-15);
    RiskContributions var = p.valueAtRiskContributions();
    assertArrayEquals(new double[] {0.02, 0.015}, var.marginal(), 1e-15);   // day 2 alone
    assertEquals(0.012 / 0.018, var.percent(0), 1e-14);
    assertEquals(p.valueAtRisk(), var.total());
    assertEquals(0.6, p.level());
  }

  @Test
  void tiedScenariosShareTheValueAtRiskContribution() {
    double[][] days = {{-0.02, 0.0}, {0.0, -0.02}, {0.01, 0.01}, {0.02, 0.03}};
    PortfolioEstimate p = PortfolioRisk.historical(days, new double[] {0.5, 0.5}, 0.75);
    assertEquals(0.01, p.valueAtRisk(), 1e-15);
    assertArrayEquals(new double[] {0.01, 0.01}, p.valueAtRiskContributions().marginal(), 1e-15);
    assertArrayEquals(new double[] {0.005, 0.005}, p.expectedShortfallContributions().component(), 1e-15);
  }

  @Test
  void oneAssetWithWeightOneIsTheUnivariateMeasure() {
    double[] r = {0.01, -0.02, 0.015, -0.03, 0.002, -0.011, 0.007};
    double[][] m = new double[r.length][];
    for (int t = 0; t < r.length; t++) {
      m[t] = new double[] {r[t]};
    }
    double[] one = {1};
    assertEquals(RiskMeasures.historical(r, 0.8).expectedShortfall(),
        PortfolioRisk.historical(m, one, 0.8).expectedShortfall());
    assertEquals(RiskMeasures.gaussian(r, 0.95).valueAtRisk(), PortfolioRisk.gaussian(m, one, 0.95).valueAtRisk(),
        1e-15);
    assertEquals(RiskMeasures.cornishFisher(r, 0.95).valueAtRisk(),
        PortfolioRisk.cornishFisher(m, one, 0.95, VarianceEstimator.POPULATION).valueAtRisk(), 1e-15);
  }

  @Test
  void gaussianFromGivenMomentsByHand() {
    // sigma_p = sqrt(0.5^2 0.04 + 0.5^2 0.09) with zero correlation; z(0.99) from scipy.
    double z = -2.3263478740408408;
    PortfolioEstimate p = PortfolioRisk.gaussian(new double[] {0, 0}, new double[][] {{0.04, 0}, {0, 0.09}},
        new double[] {0.5, 0.5}, 0.99);
    double sigma = Math.sqrt(0.25 * 0.13);
    assertEquals(-z * sigma, p.valueAtRisk(), 1e-15);
    assertEquals(-z * 0.5 * 0.04 / sigma, p.valueAtRiskContributions().marginal(0), 1e-15);
    assertEquals(-z * 0.5 * 0.09 / sigma, p.valueAtRiskContributions().marginal(1), 1e-15);
  }

  @Test
  void argumentsAreChecked() {
    assertEquals("weights must hold 2 values (one per asset), was 3", assertThrows(
        IllegalArgumentException.class, () -> PortfolioRisk.gaussian(new double[] {0, 0},
            new double[][] {{0.04, 0}, {0, 0.09}}, new double[] {1, 0, 0}, 0.99)).getMessage());
    assertEquals("scenarios[1] must hold 2 values (one per weight), was 1", assertThrows(
        IllegalArgumentException.class, () -> PortfolioRisk.historical(new double[][] {{0, 0}, {0}}, W, 0.9))
        .getMessage());
    assertEquals("returns[0][1] must be finite, was NaN", assertThrows(IllegalArgumentException.class,
        () -> PortfolioRisk.gaussian(new double[][] {{0, Double.NaN}, {0, 0}}, W, 0.9)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> PortfolioRisk.gaussian(new double[][] {{0, 0}}, W, 0.9));
    assertThrows(IllegalArgumentException.class,
        () -> PortfolioRisk.historical(DAYS, new double[] {Double.NaN, 1}, 0.9));
    // Zero weights: no portfolio variance, no derivative.
    assertThrows(IllegalArgumentException.class,
        () -> PortfolioRisk.gaussian(DAYS, new double[] {0, 0}, 0.9));
    assertThrows(IllegalArgumentException.class,
        () -> PortfolioRisk.cornishFisher(DAYS, new double[] {0, 0}, 0.9));
    // Not symmetric, not positive semidefinite.
    assertThrows(IllegalArgumentException.class, () -> PortfolioRisk.gaussian(new double[] {0, 0},
        new double[][] {{0.04, 0.01}, {0, 0.09}}, W, 0.99));
    assertThrows(IllegalArgumentException.class, () -> PortfolioRisk.gaussian(new double[] {0, 0},
        new double[][] {{0.04, 0.1}, {0.1, 0.09}}, W, 0.99));
  }

  @Test
  void contributionsAreCopiedInAndOut() {
    double[] marginal = {0.01, 0.02};
    double[] component = {0.005, 0.01};
    RiskContributions c = new RiskContributions(0.015, marginal, component);
    marginal[0] = 99;
    c.component()[1] = 99;
    assertEquals(0.01, c.marginal(0));
    assertEquals(0.01, c.component(1));
    assertEquals(c, new RiskContributions(0.015, new double[] {0.01, 0.02}, new double[] {0.005, 0.01}));
    assertEquals(c.hashCode(),
        new RiskContributions(0.015, new double[] {0.01, 0.02}, new double[] {0.005, 0.01}).hashCode());
    assertNotEquals(c, new RiskContributions(0.015, new double[] {0.01, 0.02}, new double[] {0.005, 0.0}));
    assertThrows(IllegalArgumentException.class,
        () -> new RiskContributions(0.015, new double[] {0.01}, new double[] {0.005, 0.01}));
  }
}
