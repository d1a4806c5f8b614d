package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Risk parity: long-only, fully invested weights whose Euler contributions to volatility,
 * {@code RC_i = w_i (Sigma w)_i / sqrt(w' Sigma w)}, are equal (equal risk contribution, Maillard, Roncalli
 * and Teiletche 2010, "The properties of equally weighted risk contribution portfolios", Journal of Portfolio
 * Management 36(4)), or proportional to given risk budgets.
 *
 * <p>Solved by Newton's method on the strictly convex problem of Spinu (2013, "An algorithm for computing
 * risk parity weights", SSRN 2297383): {@code min 0.5 y' Sigma y - sum_i b_i ln y_i} over {@code y > 0},
 * whose stationarity condition {@code y_i (Sigma y)_i = b_i} is the risk-budget condition; then {@code w = y
 * / sum y}. Steps are damped (backtracking) to keep {@code y > 0}; convergence is quadratic, and the
 * contributions match their budgets to rounding (about 1e-14 relative). The covariance must be positive
 * definite.
 *
 * <p>Risk parity takes no other constraints: the weights are positive and add up to 1 by construction.
 * {@link OptimizationResult#objective()} is the portfolio volatility.
 */
public final class RiskParity {

  private static final int MAX_ITERATIONS = 200;

  private RiskParity() {
  }

  /**
   * Equal risk contribution weights.
   *
   * @param covariance the covariance of the returns, positive definite
   * @return the result
   * @throws IllegalArgumentException if the covariance is null
   */
  public static OptimizationResult equalRiskContribution(CovarianceMatrix covariance) {
    Args.notNull(covariance, "covariance");
    double[] b = new double[covariance.size()];
    java.util.Arrays.fill(b, 1.0 / b.length);
    return solve(covariance, b);
  }

  /**
   * Risk budgeting weights: contributions proportional to {@code budgets}.
   *
   * @param covariance the covariance of the returns, positive definite
   * @param budgets the risk budgets, one per asset, finite and {@code > 0} (normalised to add up to 1)
   * @return the result
   * @throws IllegalArgumentException if an argument is null, the length differs or a budget is not positive
   */
  public static OptimizationResult riskBudgeting(CovarianceMatrix covariance, double[] budgets) {
    Args.notNull(covariance, "covariance");
    covariance.checkLength(budgets, "budgets");
    double total = 0;
    for (int i = 0; i < budgets.length; i++) {
      total += Args.positive(budgets[i], "budgets[" + i + "]");
    }
    double[] b = new double[budgets.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = budgets[i] / total;
    }
    return solve(covariance, b);
  }

  private static OptimizationResult solve(CovarianceMatrix covariance, double[] b) {
    int n = b.length;
    double[][] s = covariance.raw();
    for (int i = 0; i < n; i++) {
      if (!(s[i][i] > 0)) {
        return OptimizationResult.failed(OptimizationStatus.NOT_CONVERGED, String.format(Locale.ROOT,
            "asset %d has variance %s: risk parity needs a positive definite covariance", i, s[i][i]), 0);
      }
    }
    // Start from inverse-volatility weights scaled so that y' Sigma y = 1 (the solution has y' Sigma y =
    // sum b = 1).
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Math.sqrt(b[i]) / Math.sqrt(s[i][i]);
    }
    scaleToUnitVariance(covariance, y);
    double[] g = new double[n];
    double[] step = new double[n];
    double[][] h = new double[n][n];
    double[] trial = new double[n];
    double f = objective(covariance, y, b);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[] sy = covariance.times(y);
      for (int i = 0; i < n; i++) {
        g[i] = sy[i] - b[i] / y[i];
        for (int j = 0; j < n; j++) {
          h[i][j] = s[i][j];
        }
        h[i][i] += b[i] / (y[i] * y[i]);
      }
      // Converged when y_i (Sigma y)_i = b_i holds to rounding (the risk-budget condition itself).
      double worst = 0;
      for (int i = 0; i < n; i++) {
        worst = Math.max(worst, Math.abs(y[i] * g[i]) / b[i]);
      }
      if (worst < 1e-13) {
        return finish(covariance, y, it);
      }
      if (!CholeskySolve.solve(h, g, step)) {
        return OptimizationResult.failed(OptimizationStatus.NOT_CONVERGED,
            "the Newton matrix is not positive definite: the covariance is singular", it);
      }
      double decrement = 0;
      for (int i = 0; i < n; i++) {
        decrement += g[i] * step[i];
      }
      double t = 1.0;
      for (int i = 0; i < n; i++) {
        if (step[i] > 0) {
          t = Math.min(t, 0.99 * y[i] / step[i]);
        }
      }
      // Backtracking (Armijo) far from the optimum; near it (small decrement) the full step converges
      // quadratically and function values no longer resolve the progress.
      while (decrement > 1e-12 && t > 1e-12) {
        for (int i = 0; i < n; i++) {
          trial[i] = y[i] - t * step[i];
        }
        if (objective(covariance, trial, b) <= f - 0.25 * t * decrement) {
          break;
        }
        t *= 0.5;
      }
      for (int i = 0; i < n; i++) {
        y[i] -= t * step[i];
      }
      f = objective(covariance, y, b);
    }
    return OptimizationResult.failed(OptimizationStatus.NOT_CONVERGED, "Newton's method did not converge in "
        + MAX_ITERATIONS + " iterations", MAX_ITERATIONS);
  }

  private static OptimizationResult finish(CovarianceMatrix covariance, double[] y, int iterations) {
    double sum = 0;
    for (double v : y) {
      sum += v;
    }
    double[] w = new double[y.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = y[i] / sum;
    }
    return OptimizationResult.optimal(w, Math.sqrt(covariance.variance(w)), covariance.riskContributions(w),
        iterations, "risk parity, Newton's method on Spinu's convex formulation");
  }

  private static double objective(CovarianceMatrix covariance, double[] y, double[] b) {
    double f = 0.5 * covariance.variance(y);
    for (int i = 0; i < y.length; i++) {
      f -= b[i] * Math.log(y[i]);
    }
    return f;
  }

  private static void scaleToUnitVariance(CovarianceMatrix covariance, double[] y) {
    double v = covariance.variance(y);
    double k = 1 / Math.sqrt(v);
    for (int i = 0; i < y.length; i++) {
      y[i] *= k;
    }
  }
}
