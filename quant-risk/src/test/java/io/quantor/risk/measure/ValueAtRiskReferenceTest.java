package io.quantor.risk.measure;

import static io.quantor.risk.measure.RiskReference.assertRelative;
import static io.quantor.risk.measure.RiskReference.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every closed-form number of {@code shared/reference/risk/risk.json} (numpy/scipy, cross-checked against
 * base R and fPortfolio 3042.83.1 in {@code crosscheck_r.json}) on its exact input
 * {@code log_returns.csv}: ORCL and the 50/50 ORCL/YHOO portfolio at 95 % and 99 %, every historical
 * convention, Gaussian with both divisors, Cornish-Fisher VaR, raw and operational ES, and the Euler
 * decompositions of the Gaussian VaR and ES (both divisors) and of the modified VaR. Tolerance: 1e-10
 * relative for every value (the reference itself agrees with R to 1.4e-14); counts exactly.
 */
class ValueAtRiskReferenceTest {

  private static final double TOL = 1e-10;
  private static final String[] ASSETS = {"ORCL", "YHOO"};
  private static final double[] WEIGHTS = {0.5, 0.5};

  private static RiskReference ref;

  @BeforeAll
  static void load() {
    ref = RiskReference.load();
    assertEquals(4712, ref.orcl.length);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"ORCL, 0.95", "ORCL, 0.99", "PORTFOLIO_ORCL50_YHOO50, 0.95", "PORTFOLIO_ORCL50_YHOO50, 0.99"})
  void historicalLowerQuantileAndFractional(String name, String level) {
    JsonNode lower = block(name, level, "historical_lower_empirical_quantile");
    double[] r = series(name);
    double lvl = Double.parseDouble(level);
    HistoricalEstimate h = RiskMeasures.historical(r, lvl);
    String what = name + " " + level + " lower quantile ";
    assertRelative(number(lower, "var"), h.valueAtRisk(), TOL, what + "VaR");
    assertRelative(number(lower, "es"), h.expectedShortfall(), TOL, what + "ES");
    assertEquals((int) number(lower, "es_count"), h.tailCount(), what + "tail count");
    assertEquals(HistoricalConvention.LOWER_QUANTILE, h.convention());
    assertEquals(r.length, h.observations());

    HistoricalEstimate f = RiskMeasures.historical(r, lvl, HistoricalConvention.FRACTIONAL);
    assertRelative(number(lower, "var"), f.valueAtRisk(), TOL, what + "VaR (fractional)");
    assertRelative(number(lower, "es_fractional"), f.expectedShortfall(), TOL, what + "fractional ES");
    assertEquals((int) number(lower, "k"), f.tailCount(), what + "k");

    assertEquals(h.valueAtRisk(), ValueAtRisk.historical(r, lvl));
    assertEquals(h.expectedShortfall(), ExpectedShortfall.historical(r, lvl));
    assertEquals(f.expectedShortfall(), ExpectedShortfall.historicalFractional(r, lvl));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"ORCL, 0.95", "ORCL, 0.99", "PORTFOLIO_ORCL50_YHOO50, 0.95", "PORTFOLIO_ORCL50_YHOO50, 0.99"})
  void historicalLinearAndEmpyrical(String name, String level) {
    double[] r = series(name);
    double lvl = Double.parseDouble(level);
    String what = name + " " + level;

    JsonNode linear = block(name, level, "historical_numpy_linear");
    HistoricalEstimate l = RiskMeasures.historical(r, lvl, HistoricalConvention.LINEAR);
    assertRelative(number(linear, "var"), l.valueAtRisk(), TOL, what + " linear VaR");
    assertRelative(number(linear, "es"), l.expectedShortfall(), TOL, what + " linear ES");
    assertEquals((int) number(linear, "es_count"), l.tailCount(), what + " linear tail count");
    assertEquals(l.valueAtRisk(), ValueAtRisk.historicalLinear(r, lvl));
    assertEquals(l.expectedShortfall(), ExpectedShortfall.historicalLinear(r, lvl));

    JsonNode empyrical = block(name, level, "historical_empyrical");
    HistoricalEstimate e = RiskMeasures.historical(r, lvl, HistoricalConvention.EMPYRICAL);
    assertRelative(number(empyrical, "var"), e.valueAtRisk(), TOL, what + " empyrical VaR");
    assertRelative(number(empyrical, "es"), e.expectedShortfall(), TOL, what + " empyrical ES");
    assertEquals((int) number(empyrical, "es_count"), e.tailCount(), what + " empyrical count");
    assertEquals(e.expectedShortfall(), ExpectedShortfall.historicalEmpyrical(r, lvl));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"ORCL, 0.95", "ORCL, 0.99", "PORTFOLIO_ORCL50_YHOO50, 0.95", "PORTFOLIO_ORCL50_YHOO50, 0.99"})
  void gaussianWithBothDivisors(String name, String level) {
    double[] r = series(name);
    double lvl = Double.parseDouble(level);
    JsonNode series = ref.seriesNode(name);
    String what = name + " " + level;

    JsonNode sample = block(name, level, "gaussian_sample_sd");
    ParametricEstimate g = RiskMeasures.gaussian(r, lvl);
    assertRelative(number(sample, "var"), g.valueAtRisk(), TOL, what + " Gaussian VaR (n-1)");
    assertRelative(number(sample, "es"), g.expectedShortfall(), TOL, what + " Gaussian ES (n-1)");
    assertRelative(number(series, "mean"), g.mean(), TOL, what + " mean");
    assertRelative(number(series, "std_sample"), g.standardDeviation(), TOL, what + " sd (n-1)");
    assertEquals(RiskMethod.GAUSSIAN, g.method());
    assertEquals(g.valueAtRisk(), ValueAtRisk.gaussian(r, lvl));
    assertEquals(g.expectedShortfall(), ExpectedShortfall.gaussian(r, lvl));

    JsonNode population = block(name, level, "gaussian_population_sd");
    ParametricEstimate p = RiskMeasures.gaussian(r, lvl, VarianceEstimator.POPULATION);
    assertRelative(number(population, "var"), p.valueAtRisk(), TOL, what + " Gaussian VaR (n)");
    assertRelative(number(population, "es"), p.expectedShortfall(), TOL, what + " Gaussian ES (n)");
    assertRelative(number(series, "std_population"), p.standardDeviation(), TOL, what + " sd (n)");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"ORCL, 0.95", "ORCL, 0.99", "PORTFOLIO_ORCL50_YHOO50, 0.95", "PORTFOLIO_ORCL50_YHOO50, 0.99"})
  void cornishFisher(String name, String level) {
    double[] r = series(name);
    double lvl = Double.parseDouble(level);
    JsonNode series = ref.seriesNode(name);
    JsonNode cf = block(name, level, "cornish_fisher");
    String what = name + " " + level + " Cornish-Fisher ";
    CornishFisherEstimate c = RiskMeasures.cornishFisher(r, lvl);
    assertRelative(number(series, "skewness_population"), c.skewness(), TOL, what + "skewness");
    assertRelative(number(series, "excess_kurtosis_population"), c.excessKurtosis(), TOL, what + "kurtosis");
    assertRelative(Math.sqrt(number(series, "m2")), c.standardDeviation(), TOL, what + "sd");
    assertRelative(number(series, "mean"), c.mean(), TOL, what + "mean");
    assertRelative(number(cf, "z_cornish_fisher"), c.quantile(), TOL, what + "quantile g");
    assertRelative(number(cf, "modified_var"), c.valueAtRisk(), TOL, what + "VaR");
    assertRelative(number(cf, "modified_es"), c.rawExpectedShortfall(), TOL, what + "raw ES");
    assertRelative(number(cf, "modified_es_operational"), c.expectedShortfall(), TOL, what + "operational ES");
    // E = (ES + mean) alpha / sd: the Edgeworth tail integral and its Ipower() form.
    double alpha = 1 - lvl;
    double tailIntegral = (c.rawExpectedShortfall() + c.mean()) * alpha / c.standardDeviation();
    assertRelative(number(cf, "edgeworth_tail_integral_E"), tailIntegral, TOL, what + "E");
    assertRelative(number(cf, "ipower_form_E"), tailIntegral, TOL, what + "E (Ipower)");

    // The README: the raw ES falls below the VaR at 99 % for both series (so it is capped), not at 95 %.
    assertEquals(lvl == 0.99, c.shortfallCapped(), what + "capped");
    assertEquals(number(cf, "modified_es") < number(cf, "modified_var"), c.shortfallCapped());
    // ORCL's excess kurtosis 11.4 is outside the monotone domain (0 <= K <= 8 for S = 0); 5.0 is inside.
    assertEquals(!name.equals("ORCL"), c.monotone(), what + "monotone");
    assertFalse(name.equals("ORCL") && c.expansionValid());
    assertEquals(c.valueAtRisk(), ValueAtRisk.cornishFisher(r, lvl));
    assertEquals(c.expectedShortfall(), ExpectedShortfall.cornishFisher(r, lvl));
    assertEquals(c.rawExpectedShortfall(), ExpectedShortfall.cornishFisherRaw(r, lvl));
  }

  @Test
  void sampleMomentsOfThePortfolioDecomposition() {
    JsonNode d = RiskReference.node(ref.json.path("portfolio_decomposition"));
    double[][] m = ref.assets();
    double[] mean = ReturnData.columnMeans(m);
    double[][] cov1 = ReturnData.covariance(m, mean, m.length - 1);
    double[][] cov0 = ReturnData.covariance(m, mean, m.length);
    for (int i = 0; i < 2; i++) {
      assertRelative(number(d, "mean", ASSETS[i]), mean[i], TOL, "mean " + ASSETS[i]);
      for (int j = 0; j < 2; j++) {
        assertRelative(d.path("covariance_ddof1").path(i).path(j).asDouble(), cov1[i][j], TOL, "cov1");
        assertRelative(d.path("covariance_ddof0").path(i).path(j).asDouble(), cov0[i][j], TOL, "cov0");
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"0.95, SAMPLE, ddof1", "0.99, SAMPLE, ddof1", "0.95, POPULATION, ddof0",
      "0.99, POPULATION, ddof0"})
  void gaussianEulerDecomposition(String level, VarianceEstimator covariance, String suffix) {
    double lvl = Double.parseDouble(level);
    PortfolioEstimate p = PortfolioRisk.gaussian(ref.assets(), WEIGHTS, lvl, covariance);
    JsonNode var = ref.decomposition(level, "gaussian_var_cov_" + suffix);
    JsonNode es = ref.decomposition(level, "gaussian_es_cov_" + suffix);
    ParametricEstimate portfolio = (ParametricEstimate) p.portfolio();
    assertRelative(number(var, "portfolio_sd"), portfolio.standardDeviation(), TOL, "portfolio sd");
    assertContributions(var, p.valueAtRiskContributions(), level + " " + suffix + " Gaussian VaR");
    assertContributions(es, p.expectedShortfallContributions(), level + " " + suffix + " Gaussian ES");
    assertEquals(p.valueAtRisk(), p.valueAtRiskContributions().total());
    assertEquals(p.expectedShortfall(), p.expectedShortfallContributions().total());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.95", "0.99"})
  void modifiedVarEulerDecomposition(String level) {
    double lvl = Double.parseDouble(level);
    PortfolioEstimate p = PortfolioRisk.cornishFisher(ref.assets(), WEIGHTS, lvl);
    JsonNode var = ref.decomposition(level, "modified_var_sample_cov_population_comoments");
    CornishFisherEstimate portfolio = (CornishFisherEstimate) p.portfolio();
    String what = level + " modified VaR ";
    assertRelative(number(var, "portfolio_skewness"), portfolio.skewness(), TOL, what + "skewness");
    assertRelative(number(var, "portfolio_excess_kurtosis"), portfolio.excessKurtosis(), TOL,
        what + "kurtosis");
    assertRelative(number(var, "z_cornish_fisher"), portfolio.quantile(), TOL, what + "quantile g");
    assertContributions(var, p.valueAtRiskContributions(), what);
  }

  /**
   * With population covariance the portfolio moments are those of the portfolio series, so the totals are
   * the univariate Cornish-Fisher numbers of {@code portfolio_log_return} in risk.json.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.95", "0.99"})
  void populationCovarianceReproducesTheUnivariatePortfolioSeries(String level) {
    double lvl = Double.parseDouble(level);
    PortfolioEstimate p = PortfolioRisk.cornishFisher(ref.assets(), WEIGHTS, lvl, VarianceEstimator.POPULATION);
    JsonNode cf = block(RiskReference.PORTFOLIO, level, "cornish_fisher");
    CornishFisherEstimate c = (CornishFisherEstimate) p.portfolio();
    assertRelative(number(cf, "modified_var"), p.valueAtRisk(), TOL, level + " VaR");
    assertRelative(number(cf, "modified_es_operational"), p.expectedShortfall(), TOL, level + " ES");
    assertRelative(number(cf, "modified_es"), c.rawExpectedShortfall(), TOL, level + " raw ES");
    assertRelative(p.valueAtRisk(), sum(p.valueAtRiskContributions()), 1e-12, "VaR components");
    assertRelative(p.expectedShortfall(), sum(p.expectedShortfallContributions()), 1e-12, "ES components");
  }

  /** The historical portfolio totals are the lower-quantile numbers of the portfolio series. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.95", "0.99"})
  void historicalPortfolioTotalsMatchThePortfolioSeries(String level) {
    double lvl = Double.parseDouble(level);
    PortfolioEstimate p = PortfolioRisk.historical(ref.assets(), WEIGHTS, lvl);
    JsonNode h = block(RiskReference.PORTFOLIO, level,
        "historical_lower_empirical_quantile");
    assertRelative(number(h, "var"), p.valueAtRisk(), TOL, level + " VaR");
    assertRelative(number(h, "es"), p.expectedShortfall(), TOL, level + " ES");
    assertEquals((int) number(h, "es_count"), ((HistoricalEstimate) p.portfolio()).tailCount());
    assertRelative(p.valueAtRisk(), sum(p.valueAtRiskContributions()), 1e-12, "VaR components");
    assertRelative(p.expectedShortfall(), sum(p.expectedShortfallContributions()), 1e-12, "ES components");
  }

  private static void assertContributions(JsonNode expected, RiskContributions actual, String what) {
    assertRelative(number(expected, "total"), actual.total(), TOL, what + " total");
    for (int i = 0; i < 2; i++) {
      String asset = ASSETS[i];
      assertRelative(number(expected, "marginal", asset), actual.marginal(i), TOL, what + " marginal " + asset);
      assertRelative(number(expected, "component", asset), actual.component(i), TOL,
          what + " component " + asset);
      assertRelative(number(expected, "percent_contribution", asset), actual.percent(i), TOL,
          what + " percent " + asset);
    }
    assertTrue(Math.abs(sum(actual) - actual.total()) <= 1e-12 * actual.total(), what + " Euler sum");
  }

  private static double sum(RiskContributions c) {
    double s = 0;
    for (int i = 0; i < c.assets(); i++) {
      s += c.component(i);
    }
    return s;
  }

  private static double[] series(String name) {
    return ref.series(name);
  }

  /** {@code series.<name>.levels.<level>.<block>}. */
  private static JsonNode block(String name, String level, String block) {
    return RiskReference.node(ref.level(name, level).path(block));
  }
}
