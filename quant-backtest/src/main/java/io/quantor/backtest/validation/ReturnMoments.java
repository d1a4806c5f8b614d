package io.quantor.backtest.validation;

import io.quantor.backtest.metrics.ReturnMetrics;
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
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(returns[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "returns must be finite, was %s at index %d", returns[i], i));
      }
    }
    // The moments themselves are the metrics package's (compensated sums); NaN there means no variation.
    double sharpe = ReturnMetrics.sharpeRatio(returns, 0, 1);
    double skewness = ReturnMetrics.skewness(returns);
    if (Double.isNaN(sharpe) || Double.isNaN(skewness)) {
      throw new IllegalArgumentException("returns must not be constant, all were " + returns[0]);
    }
    return new ReturnMoments(sharpe, n, skewness, ReturnMetrics.excessKurtosis(returns) + 3);
  }
}
