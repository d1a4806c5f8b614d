package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;

/**
 * Ledoit-Wolf shrinkage of the sample covariance: the convex combination {@code delta F + (1 - delta) S} with
 * the intensity {@code delta} that minimises the expected Frobenius loss, estimated from the data.
 *
 * <p>Both estimators center the returns on their sample means and use the sample covariance with divisor
 * {@code T} (as the papers and scikit-learn do), not {@code T - 1}.
 *
 * <ul>
 *   <li>{@link ShrinkageTarget#SCALED_IDENTITY} (Ledoit and Wolf 2004, JMVA): {@code F = m I},
 *       {@code m = tr(S) / n}; {@code d^2 = ||S - m I||^2}, {@code b^2 = min(d^2, (1/T^2) sum_t ||x_t x_t' -
 *       S||^2)}, {@code delta = b^2 / d^2}, with {@code ||A||^2 = tr(A A') / n}.</li>
 *   <li>{@link ShrinkageTarget#CONSTANT_CORRELATION} (Ledoit and Wolf 2004, JPM, and their {@code covCor.m}):
 *       {@code F_ii = S_ii}, {@code F_ij = rbar sqrt(S_ii S_jj)}; {@code delta = max(0, min(1, (pi - rho) /
 *       (gamma T)))} with {@code pi = sum_ij mean_t((x_ti x_tj - S_ij)^2)}, {@code rho = sum_i pi_ii + rbar
 *       sum_{i != j} sqrt(S_jj / S_ii) theta_ij}, {@code theta_ij = mean_t(x_ti^3 x_tj) - S_ii S_ij},
 *       {@code gamma = ||S - F||_F^2}.</li>
 * </ul>
 */
public final class LedoitWolf {

  private LedoitWolf() {
  }

  /**
   * The shrunk covariance of return observations.
   *
   * @param returns one row per period, one column per asset, at least 2 rows, finite
   * @param target the shrinkage target
   * @return the estimate
   * @throws IllegalArgumentException if the table is invalid or the target null
   */
  public static ShrinkageEstimate estimate(double[][] returns, ShrinkageTarget target) {
    Args.notNull(target, "target");
    double[] mean = CovarianceMatrix.means(returns);
    int t = Args.atLeast(returns.length, 2, "returns rows");
    int n = mean.length;
    double[][] x = new double[t][n];
    for (int r = 0; r < t; r++) {
      for (int i = 0; i < n; i++) {
        x[r][i] = returns[r][i] - mean[i];
      }
    }
    double[][] s = new double[n][n];
    for (double[] row : x) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          s[i][j] += row[i] * row[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        s[i][j] /= t;
        s[j][i] = s[i][j];
      }
    }
    return target == ShrinkageTarget.SCALED_IDENTITY ? identity(x, s) : constantCorrelation(x, s);
  }

  private static ShrinkageEstimate identity(double[][] x, double[][] s) {
    int t = x.length;
    int n = s.length;
    double m = 0;
    for (int i = 0; i < n; i++) {
      m += s[i][i];
    }
    m /= n;
    double d2 = 0;
    double sNorm2 = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = s[i][j] - (i == j ? m : 0.0);
        d2 += v * v;
        sNorm2 += s[i][j] * s[i][j];
      }
    }
    d2 /= n;
    // (1/T^2) sum_t ||x_t x_t' - S||^2 = (1/T) [ (1/T) sum_t ||x_t||^4 - ||S||^2 ], norms scaled by 1/n.
    double fourth = 0;
    for (double[] row : x) {
      double q = 0;
      for (double v : row) {
        q += v * v;
      }
      fourth += q * q;
    }
    double b2bar = (fourth / t - sNorm2) / ((double) t * n);
    double b2 = Math.min(b2bar, d2);
    double delta = d2 > 0 ? Math.max(0.0, b2 / d2) : 0.0;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = (1 - delta) * s[i][j] + (i == j ? delta * m : 0.0);
      }
    }
    return new ShrinkageEstimate(CovarianceMatrix.wrap(out), delta, ShrinkageTarget.SCALED_IDENTITY);
  }

  private static ShrinkageEstimate constantCorrelation(double[][] x, double[][] s) {
    int t = x.length;
    int n = s.length;
    double[] sd = new double[n];
    for (int i = 0; i < n; i++) {
      sd[i] = Math.sqrt(s[i][i]);
    }
    double rbar = 0;
    if (n > 1) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j && sd[i] > 0 && sd[j] > 0) {
            rbar += s[i][j] / (sd[i] * sd[j]);
          }
        }
      }
      rbar /= (double) n * (n - 1);
    }
    double[][] f = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        f[i][j] = i == j ? s[i][i] : rbar * sd[i] * sd[j];
      }
    }
    double[][] y2 = new double[n][n];
    double[][] x3x = new double[n][n];
    for (double[] row : x) {
      for (int i = 0; i < n; i++) {
        double xi = row[i];
        double xi2 = xi * xi;
        double xi3 = xi2 * xi;
        for (int j = 0; j < n; j++) {
          y2[i][j] += xi2 * row[j] * row[j];
          x3x[i][j] += xi3 * row[j];
        }
      }
    }
    double phi = 0;
    double phiDiag = 0;
    double thetaSum = 0;
    double gamma = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double pij = y2[i][j] / t - s[i][j] * s[i][j];
        phi += pij;
        if (i == j) {
          phiDiag += pij;
        } else if (sd[i] > 0) {
          double theta = x3x[i][j] / t - s[i][i] * s[i][j];
          thetaSum += sd[j] / sd[i] * theta;
        }
        double g = s[i][j] - f[i][j];
        gamma += g * g;
      }
    }
    double rho = phiDiag + rbar * thetaSum;
    double delta = gamma > 0 ? Math.max(0.0, Math.min(1.0, (phi - rho) / gamma / t)) : 0.0;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = delta * f[i][j] + (1 - delta) * s[i][j];
      }
    }
    return new ShrinkageEstimate(CovarianceMatrix.wrap(out), delta, ShrinkageTarget.CONSTANT_CORRELATION);
  }
}
