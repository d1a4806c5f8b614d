package io.quantor.risk.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlackLittermanTest {

  private static final double[][] SIGMA = {
      {0.0400, 0.0120, 0.0060},
      {0.0120, 0.0225, 0.0045},
      {0.0060, 0.0045, 0.0100}};
  private static final double[] MARKET = {0.5, 0.3, 0.2};

  @Test
  void withoutViewsThePosteriorIsTheEquilibrium() {
    CovarianceMatrix cov = CovarianceMatrix.of(SIGMA);
    double[] pi = BlackLitterman.equilibriumReturns(cov, MARKET, 2.5);
    // Pi = delta Sigma w, written out for the first asset.
    assertEquals(2.5 * (0.04 * 0.5 + 0.012 * 0.3 + 0.006 * 0.2), pi[0], 1e-16);
    BlackLittermanPosterior post = BlackLitterman.posterior(cov, pi, 0.05);
    assertArrayEquals(pi, post.expectedReturns(), 0.0);
    assertEquals(1.05 * 0.04, post.covariance().get(0, 0), 1e-17);
    // Mean-variance with the same delta gives the market portfolio back.
    OptimizationResult mv = MeanVariance.forRiskAversion(post.expectedReturns(), cov, 2.5,
        PortfolioConstraints.budgetOnly(3));
    assertTrue(mv.isOptimal(), mv.message());
    assertArrayEquals(MARKET, mv.weights(), 1e-12);
  }

  /** Against the information form {@code [(tau S)^-1 + P' O^-1 P]^-1 [(tau S)^-1 Pi + P' O^-1 Q]}. */
  @Test
  void viewsMatchTheInformationForm() {
    CovarianceMatrix cov = CovarianceMatrix.of(SIGMA);
    double tau = 0.05;
    double[] pi = BlackLitterman.equilibriumReturns(cov, MARKET, 2.5);
    double[][] p = {{1, -1, 0}, {0, 0, 1}};
    double[] q = {0.02, 0.04};
    double[][] om = {{0.0009, 0}, {0, 0.0004}};
    BlackLittermanPosterior post = BlackLitterman.posterior(cov, pi, tau, BlackLittermanViews.of(p, q, om));
    double[][] ts = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        ts[i][j] = tau * SIGMA[i][j];
      }
    }
    double[][] tsInv = ClosedForms.inverse(ts);
    double[][] a = new double[3][3];
    double[] rhs = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        a[i][j] = tsInv[i][j] + p[0][i] * p[0][j] / om[0][0] + p[1][i] * p[1][j] / om[1][1];
        rhs[i] += tsInv[i][j] * pi[j];
      }
      rhs[i] += p[0][i] * q[0] / om[0][0] + p[1][i] * q[1] / om[1][1];
    }
    double[][] aInv = ClosedForms.inverse(a);
    for (int i = 0; i < 3; i++) {
      double mu = 0;
      for (int j = 0; j < 3; j++) {
        mu += aInv[i][j] * rhs[j];
      }
      assertEquals(mu, post.expectedReturns()[i], 1e-12);
      for (int j = 0; j < 3; j++) {
        assertEquals(SIGMA[i][j] + aInv[i][j], post.covariance().get(i, j), 1e-12);
      }
    }
  }
}
