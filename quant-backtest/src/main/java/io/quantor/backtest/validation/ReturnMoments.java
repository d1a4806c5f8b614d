package io.quantor.backtest.validation;

import java.util.Locale;

/**
 * The sample moments the Sharpe-ratio statistics need: the per-period Sharpe ratio
 * {@code mean / std} (standard deviation with divisor {@code n-1}), the skewness {@code m3 / m2^1.5} and
 * the (non-excess) kurtosis {@code m4 / m2^2} from population central moments {@code m_k}, as scipy's
 * {@code skew} and {@code kurtosis(fisher=False)} defaults.
 */
record ReturnMoments(double sharpe, int observations, double skewness, double kurtosis) {

  static ReturnMoments of(double[] returns) {
    if (returns == null) {
      throw new IllegalArgumentException("returns must not be null");
    }
    int n = returns.length;
    if (n < 2) {
      throw new IllegalArgumentException("returns must hold at least 2 values, had " + n);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(returns[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "returns must be finite, was %s at index %d", returns[i], i));
      }
      sum += returns[i];
    }
    double mean = sum / n;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double r : returns) {
      double d = r - mean;
      double d2 = d * d;
      m2 += d2;
      m3 += d2 * d;
      m4 += d2 * d2;
    }
    if (!(m2 > 0)) {
      throw new IllegalArgumentException("returns must not be constant, all were " + returns[0]);
    }
    double sd = Math.sqrt(m2 / (n - 1));
    m2 /= n;
    m3 /= n;
    m4 /= n;
    return new ReturnMoments(mean / sd, n, m3 / (m2 * Math.sqrt(m2)), m4 / (m2 * m2));
  }
}
