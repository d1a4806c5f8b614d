package io.quantor.risk.measure;

import static io.quantor.risk.measure.RiskReference.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Monte Carlo against closed forms: the multivariate normal with the ORCL/YHOO sample covariance of
 * {@code shared/reference/risk/risk.json} against its Gaussian portfolio VaR and ES (the reference's
 * {@code gaussian_*_cov_ddof1} totals), and a multivariate Student-t against the closed-form Student-t
 * VaR and ES (Commons Statistics {@code TDistribution}), each with one million scenarios and within three
 * standard errors; the standard errors against their asymptotic values.
 */
class MonteCarloTest {

  private static final int MILLION = 1_000_000;
  private static final double[] W = {0.5, 0.5};
  private static final double[] MEAN = {0.0005688599525544969, 0.0007647957482524005};
  private static final double[][] COV = {
      {0.0008522244692398892, 0.0004027639579498591}, {0.0004027639579498591, 0.0013995212216503657}};

  @ParameterizedTest(name = "{0} antithetic={1}")
  @CsvSource({"0.95, false", "0.99, false", "0.95, true", "0.99, true"})
  void gaussianWithinThreeStandardErrorsOfTheReferenceClosedForm(String level, boolean antithetic) {
    double lvl = Double.parseDouble(level);
    RiskReference ref = RiskReference.load();
    JsonNode var = ref.decomposition(level, "gaussian_var_cov_ddof1");
    JsonNode es = ref.decomposition(level, "gaussian_es_cov_ddof1");
    MonteCarloSettings settings = MonteCarloSettings.of(MILLION, 20240611L).withAntithetic(antithetic);
    MonteCarloEstimate mc = RiskMeasures.monteCarlo(MonteCarloModel.gaussian(MEAN, COV), W, lvl, settings);
    assertWithin(number(var, "total"), mc.valueAtRisk(), mc.valueAtRiskStandardError(), "VaR");
    assertWithin(number(es, "total"), mc.expectedShortfall(), mc.expectedShortfallStandardError(), "ES");
    assertEquals(RiskMethod.MONTE_CARLO, mc.method());
    assertEquals(settings, mc.settings());

    // The batch standard errors against the asymptotic ones of independent scenarios: for the quantile
    // sigma sqrt(alpha (1 - alpha) / N) / phi(z); for ES sqrt((Var[L | tail] + (1 - alpha)(ES - VaR)^2)
    // / (alpha N)), Var[L | tail] = sigma^2 (1 - z lambda - lambda^2), lambda = phi(z) / alpha. Antithetic
    // pairs (z, -z) never share the lower tail, so the same values hold.
    double sigma = number(var, "portfolio_sd");
    double alpha = 1 - lvl;
    NormalDistribution n = NormalDistribution.of(0, 1);
    double z = n.inverseCumulativeProbability(alpha);
    double lambda = n.density(z) / alpha;
    double seVar = sigma * Math.sqrt(alpha * (1 - alpha) / MILLION) / n.density(z);
    double tailVar = sigma * sigma * (1 - z * lambda - lambda * lambda);
    double gap = sigma * (lambda + z);
    double seEs = Math.sqrt((tailVar + (1 - alpha) * gap * gap) / (alpha * MILLION));
    assertRatio(seVar, mc.valueAtRiskStandardError(), "VaR standard error");
    assertRatio(seEs, mc.expectedShortfallStandardError(), "ES standard error");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0.95", "0.99"})
  void studentTWithinThreeStandardErrorsOfTheClosedForm(String level) {
    double lvl = Double.parseDouble(level);
    double nu = 5;
    MonteCarloEstimate mc = RiskMeasures.monteCarlo(MonteCarloModel.studentT(MEAN, COV, nu), W, lvl,
        MonteCarloSettings.of(MILLION, 7L).withAntithetic(true));
    // The portfolio of a multivariate t is a t with the portfolio's standard deviation:
    // VaR = -mu - s t_q, ES = -mu + s f(t_q) (nu + t_q^2) / ((nu - 1) alpha), s = sigma sqrt((nu - 2) / nu).
    double mu = W[0] * MEAN[0] + W[1] * MEAN[1];
    double sigma = Math.sqrt(W[0] * W[0] * COV[0][0] + 2 * W[0] * W[1] * COV[0][1] + W[1] * W[1] * COV[1][1]);
    double s = sigma * Math.sqrt((nu - 2) / nu);
    double alpha = 1 - lvl;
    TDistribution t = TDistribution.of(nu);
    double tq = t.inverseCumulativeProbability(alpha);
    double var = -mu - s * tq;
    double es = -mu + s * t.density(tq) * (nu + tq * tq) / ((nu - 1) * alpha);
    assertWithin(var, mc.valueAtRisk(), mc.valueAtRiskStandardError(), "t VaR");
    assertWithin(es, mc.expectedShortfall(), mc.expectedShortfallStandardError(), "t ES");
    // Same covariance, fatter tails: the t's 99 % ES exceeds the normal's.
    if (lvl == 0.99) {
      assertTrue(es > RiskMeasures.gaussian(mu, sigma, lvl).expectedShortfall());
    }
  }

  @Test
  void scenariosHaveTheModelCovariance() {
    for (MonteCarloModel model : new MonteCarloModel[] {
        MonteCarloModel.gaussian(MEAN, COV), MonteCarloModel.studentT(MEAN, COV, 8)}) {
      double[][] x = model.scenarios(MonteCarloSettings.of(200_000, 11L));
      double[] mean = ReturnData.columnMeans(x);
      double[][] cov = ReturnData.covariance(x, mean, x.length - 1);
      for (int i = 0; i < 2; i++) {
        assertEquals(MEAN[i], mean[i], 4 * Math.sqrt(COV[i][i] / x.length), "mean " + i);
        for (int j = 0; j < 2; j++) {
          assertEquals(COV[i][j], cov[i][j], 0.03 * Math.sqrt(COV[i][i] * COV[j][j]), "cov " + i + j);
        }
      }
    }
  }

  @Test
  void antitheticPairsMirrorTheMean() {
    MonteCarloModel model = MonteCarloModel.studentT(MEAN, COV, 4);
    MonteCarloSettings settings = MonteCarloSettings.of(1001, 3L).withAntithetic(true);
    double[][] x = model.scenarios(settings);
    double[] p = model.portfolioReturns(W, settings);
    double center = W[0] * MEAN[0] + W[1] * MEAN[1];
    for (int t = 0; t + 1 < x.length; t += 2) {
      for (int i = 0; i < 2; i++) {
        assertEquals(2 * MEAN[i], x[t][i] + x[t + 1][i], 1e-15);
      }
      assertEquals(2 * center, p[t] + p[t + 1], 1e-15);
    }
    // The fast path and the full scenarios agree up to rounding.
    for (int t = 0; t < x.length; t++) {
      assertEquals(W[0] * x[t][0] + W[1] * x[t][1], p[t], 1e-15);
    }
  }

  @Test
  void seedsReproduce() {
    MonteCarloModel model = MonteCarloModel.gaussian(MEAN, COV);
    MonteCarloSettings a = MonteCarloSettings.of(5000, 1L);
    assertArrayEquals(model.portfolioReturns(W, a), model.portfolioReturns(W, a));
    assertEquals(RiskMeasures.monteCarlo(model, W, 0.99, a), RiskMeasures.monteCarlo(model, W, 0.99, a));
    assertNotEquals(RiskMeasures.monteCarlo(model, W, 0.99, a).valueAtRisk(),
        RiskMeasures.monteCarlo(model, W, 0.99, MonteCarloSettings.of(5000, 2L)).valueAtRisk());
  }

  @Test
  void portfolioMonteCarloDecomposesTheSameScenarios() {
    MonteCarloModel model = MonteCarloModel.studentT(MEAN, COV, 6);
    MonteCarloSettings settings = MonteCarloSettings.of(100_000, 5L);
    PortfolioEstimate p = PortfolioRisk.monteCarlo(model, W, 0.975, settings);
    MonteCarloEstimate direct = RiskMeasures.monteCarlo(model, W, 0.975, settings);
    assertEquals(direct.valueAtRisk(), p.valueAtRisk(), 1e-15);
    assertEquals(direct.expectedShortfall(), p.expectedShortfall(), 1e-15);
    MonteCarloEstimate inner = (MonteCarloEstimate) p.portfolio();
    assertEquals(direct.expectedShortfallStandardError(), inner.expectedShortfallStandardError(), 1e-15);
    RiskContributions es = p.expectedShortfallContributions();
    assertEquals(p.expectedShortfall(), es.component(0) + es.component(1), 1e-14);
    RiskContributions var = p.valueAtRiskContributions();
    assertEquals(p.valueAtRisk(), var.component(0) + var.component(1), 1e-14);
    // YHOO, the more volatile asset, carries the larger share of the tail.
    assertTrue(es.percent(1) > es.percent(0));
  }

  @Test
  void positiveSemidefiniteCovariancesAreAccepted() {
    // Two perfectly correlated assets: the second column of the factor is zero.
    double[][] singular = {{0.04, 0.06}, {0.06, 0.09}};
    MonteCarloModel model = MonteCarloModel.gaussian(new double[] {0, 0}, singular);
    double[][] x = model.scenarios(MonteCarloSettings.of(1000, 1L));
    for (double[] row : x) {
      assertEquals(1.5 * row[0], row[1], 1e-15);
    }
    double[][] l = Cholesky.lower(singular);
    assertEquals(0.0, l[1][1]);
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(IllegalArgumentException.class,
        () -> MonteCarloModel.gaussian(MEAN, new double[][] {{1, 2}, {2, 1}}));
    assertThrows(IllegalArgumentException.class,
        () -> MonteCarloModel.gaussian(MEAN, new double[][] {{0, 1}, {1, 0}}));
    assertThrows(IllegalArgumentException.class,
        () -> MonteCarloModel.gaussian(new double[] {0}, COV));
    assertEquals("degreesOfFreedom must be finite and > 2, was 2.0", assertThrows(
        IllegalArgumentException.class, () -> MonteCarloModel.studentT(MEAN, COV, 2)).getMessage());
    MonteCarloModel model = MonteCarloModel.gaussian(MEAN, COV);
    assertEquals("weights must hold 2 values (one per asset of the model), was 1", assertThrows(
        IllegalArgumentException.class, () -> RiskMeasures.monteCarlo(model, new double[] {1}, 0.99,
            MonteCarloSettings.of(1000, 1L))).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> RiskMeasures.monteCarlo(model, W, 0.99, null));
    assertEquals(Double.POSITIVE_INFINITY, model.degreesOfFreedom());
    assertEquals(2, model.assets());
    double[][] cov = model.covariance();
    cov[0][0] = 1;
    assertEquals(COV[0][0], model.covariance()[0][0]);
    assertArrayEquals(MEAN, model.mean());
  }

  private static void assertWithin(double expected, double actual, double standardError, String what) {
    assertTrue(standardError > 0, what + " standard error");
    assertTrue(Math.abs(actual - expected) <= 3 * standardError, String.format(
        "%s: %.8f vs closed form %.8f, %.2f standard errors", what, actual, expected,
        (actual - expected) / standardError));
  }

  private static void assertRatio(double expected, double actual, String what) {
    double ratio = actual / expected;
    assertTrue(ratio > 0.6 && ratio < 1.6, what + ": " + actual + " vs asymptotic " + expected);
  }
}
