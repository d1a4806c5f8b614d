package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Investor views for {@link BlackLitterman}: {@code P mu = Q + e}, {@code e ~ N(0, Omega)}. Immutable.
 *
 * <p>Each row of {@code P} is one view's portfolio (an absolute view on asset 2 is the row {@code e_2};
 * "asset 0 outperforms asset 1 by 2 %" is {@code (1, -1, 0, ...)} with {@code Q = 0.02}); {@code Omega} is
 * the covariance of the views' errors (diagonal for independent views; smaller means more confident).
 */
public final class BlackLittermanViews {

  private final double[][] p;
  private final double[] q;
  private final double[][] omega;

  private BlackLittermanViews(double[][] p, double[] q, double[][] omega) {
    this.p = p;
    this.q = q;
    this.omega = omega;
  }

  /**
   * Views with an explicit error covariance.
   *
   * @param pick the k x n pick matrix {@code P}, finite, k {@code >= 1} (copied)
   * @param expected the k view returns {@code Q}, finite (copied)
   * @param omega the k x k error covariance, symmetric positive definite (copied)
   * @return the views
   * @throws IllegalArgumentException if a dimension or value is invalid
   */
  public static BlackLittermanViews of(double[][] pick, double[] expected, double[][] omega) {
    Args.notNull(pick, "pick");
    Args.atLeast(pick.length, 1, "pick rows");
    int k = pick.length;
    Args.notNull(pick[0], "pick[0]");
    int n = pick[0].length;
    Args.atLeast(n, 1, "pick columns");
    double[][] pc = new double[k][];
    for (int r = 0; r < k; r++) {
      Args.notNull(pick[r], "pick[" + r + "]");
      if (pick[r].length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "pick rows must all have length %d, row %d has length %d", n, r, pick[r].length));
      }
      pc[r] = pick[r].clone();
      for (int i = 0; i < n; i++) {
        Args.finite(pc[r][i], "pick[" + r + "][" + i + "]");
      }
    }
    Args.notNull(expected, "expected");
    if (expected.length != k) {
      throw new IllegalArgumentException("expected must have one entry per view (" + k + "), was "
          + expected.length);
    }
    for (int r = 0; r < k; r++) {
      Args.finite(expected[r], "expected[" + r + "]");
    }
    CovarianceMatrix om = CovarianceMatrix.of(omega);
    if (om.size() != k) {
      throw new IllegalArgumentException("omega must be " + k + " x " + k + ", was " + om.size() + " x "
          + om.size());
    }
    if (!CholeskySolve.factor(om.toArray())) {
      throw new IllegalArgumentException("omega must be positive definite");
    }
    return new BlackLittermanViews(pc, expected.clone(), om.toArray());
  }

  /**
   * Views with He and Litterman's error covariance {@code Omega = diag(P (tau Sigma) P')}: each view as
   * uncertain as the prior of its own portfolio.
   *
   * @param pick the k x n pick matrix
   * @param expected the k view returns
   * @param tau the prior's scale {@code tau}, {@code > 0}
   * @param covariance the covariance of the returns, n x n
   * @return the views
   * @throws IllegalArgumentException if a dimension or value is invalid
   */
  public static BlackLittermanViews withProportionalUncertainty(double[][] pick, double[] expected,
      double tau,
      CovarianceMatrix covariance) {
    Args.positive(tau, "tau");
    Args.notNull(covariance, "covariance");
    Args.notNull(pick, "pick");
    int k = pick.length;
    double[][] om = new double[k][k];
    for (int r = 0; r < k; r++) {
      Args.notNull(pick[r], "pick[" + r + "]");
      covariance.checkLength(pick[r], "pick[" + r + "]");
      om[r][r] = tau * covariance.variance(pick[r]);
    }
    return of(pick, expected, om);
  }

  /**
   * The number of views.
   *
   * @return k
   */
  public int count() {
    return q.length;
  }

  /**
   * The number of assets.
   *
   * @return n
   */
  public int assets() {
    return p[0].length;
  }

  /**
   * The pick matrix.
   *
   * @return a copy of {@code P}
   */
  public double[][] pick() {
    double[][] c = new double[p.length][];
    for (int r = 0; r < p.length; r++) {
      c[r] = p[r].clone();
    }
    return c;
  }

  /**
   * The view returns.
   *
   * @return a copy of {@code Q}
   */
  public double[] expected() {
    return q.clone();
  }

  /**
   * The error covariance.
   *
   * @return a copy of {@code Omega}
   */
  public double[][] omega() {
    double[][] c = new double[omega.length][];
    for (int r = 0; r < omega.length; r++) {
      c[r] = omega[r].clone();
    }
    return c;
  }

  double[][] rawPick() {
    return p;
  }

  double[] rawExpected() {
    return q;
  }

  double[][] rawOmega() {
    return omega;
  }
}
