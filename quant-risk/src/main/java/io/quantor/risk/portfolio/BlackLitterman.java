package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Black-Litterman expected returns (Black and Litterman 1992; He and Litterman 1999, "The intuition behind
 * Black-Litterman model portfolios", Goldman Sachs): equilibrium returns implied by market weights, blended
 * with investor views.
 *
 * <ul>
 *   <li>Equilibrium (reverse optimization): {@code Pi = delta Sigma w_mkt}.</li>
 *   <li>Posterior mean: {@code mu_BL = Pi + tau Sigma P' (P tau Sigma P' + Omega)^-1 (Q - P Pi)}, the same as
 *       {@code [(tau Sigma)^-1 + P' Omega^-1 P]^-1 [(tau Sigma)^-1 Pi + P' Omega^-1 Q]} but without inverting
 *       {@code Sigma}.</li>
 *   <li>Posterior covariance of returns: {@code Sigma + M}, {@code M = tau Sigma - tau Sigma P' (P tau Sigma
 *       P' + Omega)^-1 P tau Sigma} (He and Litterman's {@code Sigma_p}).</li>
 * </ul>
 *
 * <p>Without views the posterior mean is {@code Pi} exactly and the covariance {@code (1 + tau) Sigma}. Feed
 * the posterior to {@link MeanVariance}: with {@code delta}, the budget only and {@code Sigma}, mean-variance
 * gives back {@code w_mkt}.
 */
public final class BlackLitterman {

  private BlackLitterman() {
  }

  /**
   * The equilibrium returns {@code Pi = delta Sigma w_mkt}.
   *
   * @param covariance the covariance of the returns
   * @param marketWeights the market-capitalisation weights, finite
   * @param riskAversion the market's risk aversion {@code delta}, {@code > 0} (He and Litterman use 2.5)
   * @return the implied excess returns
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] equilibriumReturns(CovarianceMatrix covariance, double[] marketWeights,
      double riskAversion) {
    Args.notNull(covariance, "covariance");
    covariance.checkLength(marketWeights, "marketWeights");
    for (int i = 0; i < marketWeights.length; i++) {
      Args.finite(marketWeights[i], "marketWeights[" + i + "]");
    }
    Args.positive(riskAversion, "riskAversion");
    double[] pi = covariance.times(marketWeights);
    for (int i = 0; i < pi.length; i++) {
      pi[i] *= riskAversion;
    }
    return pi;
  }

  /**
   * The posterior without views: {@code Pi} and {@code (1 + tau) Sigma}.
   *
   * @param covariance the covariance of the returns
   * @param equilibriumReturns the prior mean {@code Pi}
   * @param tau the prior's scale, {@code > 0} (often 0.025 to 0.05)
   * @return the posterior
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static BlackLittermanPosterior posterior(CovarianceMatrix covariance, double[] equilibriumReturns,
      double tau) {
    Args.notNull(covariance, "covariance");
    double[] pi = QuadraticProgram.checkReturns(equilibriumReturns, covariance.size(), "equilibriumReturns");
    Args.positive(tau, "tau");
    double[][] s = covariance.toArray();
    for (double[] row : s) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= 1 + tau;
      }
    }
    return new BlackLittermanPosterior(pi, CovarianceMatrix.wrap(s));
  }

  /**
   * The posterior with views.
   *
   * @param covariance the covariance of the returns, n x n
   * @param equilibriumReturns the prior mean {@code Pi}, n entries
   * @param tau the prior's scale, {@code > 0}
   * @param views the views, on n assets
   * @return the posterior mean and covariance
   * @throws IllegalArgumentException if an argument is invalid or the sizes differ
   */
  public static BlackLittermanPosterior posterior(CovarianceMatrix covariance, double[] equilibriumReturns,
      double tau, BlackLittermanViews views) {
    Args.notNull(covariance, "covariance");
    int n = covariance.size();
    double[] pi = QuadraticProgram.checkReturns(equilibriumReturns, n, "equilibriumReturns");
    Args.positive(tau, "tau");
    Args.notNull(views, "views");
    if (views.assets() != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "views must be on %d assets (the covariance's size), was %d", n, views.assets()));
    }
    int k = views.count();
    double[][] p = views.rawPick();
    double[][] s = covariance.raw();
    // tsp = tau Sigma P' (n x k)
    double[][] tsp = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < k; r++) {
        double v = 0;
        for (int j = 0; j < n; j++) {
          v += s[i][j] * p[r][j];
        }
        tsp[i][r] = tau * v;
      }
    }
    // a = P tau Sigma P' + Omega (k x k)
    double[][] a = new double[k][k];
    double[][] om = views.rawOmega();
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < k; c++) {
        double v = om[r][c];
        for (int j = 0; j < n; j++) {
          v += p[r][j] * tsp[j][c];
        }
        a[r][c] = v;
      }
    }
    if (!CholeskySolve.factor(a)) {
      throw new IllegalArgumentException("P tau Sigma P' + Omega must be positive definite");
    }
    double[] resid = new double[k];
    double[] q = views.rawExpected();
    for (int r = 0; r < k; r++) {
      double v = q[r];
      for (int j = 0; j < n; j++) {
        v -= p[r][j] * pi[j];
      }
      resid[r] = v;
    }
    double[] coef = new double[k];
    CholeskySolve.substitute(a, resid, coef);
    double[] mu = pi.clone();
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < k; r++) {
        mu[i] += tsp[i][r] * coef[r];
      }
    }
    // M = tau Sigma - tsp a^-1 tsp'
    double[][] ainvT = new double[n][k];
    for (int i = 0; i < n; i++) {
      CholeskySolve.substitute(a, tsp[i], ainvT[i]);
    }
    double[][] post = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double v = (1 + tau) * s[i][j];
        for (int r = 0; r < k; r++) {
          v -= tsp[i][r] * ainvT[j][r];
        }
        post[i][j] = v;
        post[j][i] = v;
      }
    }
    return new BlackLittermanPosterior(mu, CovarianceMatrix.wrap(post));
  }
}
