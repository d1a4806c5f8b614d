package io.quantor.core.signal;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * The augmented Dickey-Fuller unit-root test.
 *
 * <p>The regression, by ordinary least squares ({@code OrdinaryLeastSquares}: Householder QR),
 * <pre>
 *   dx_t = gamma x_(t-1) [+ alpha] [+ delta t] + sum_(i=1..k) phi_i dx_(t-i) + e_t,   t = k+1 .. n-1
 * </pre>
 * with {@code dx_t = x_t - x_(t-1)}, {@code k} lagged differences and {@code n - 1 - k} rows. The statistic
 * is {@code tau = gamma_hat / se(gamma_hat)}, its p-value MacKinnon's (1994) and its critical values
 * MacKinnon's (2010) ({@link MacKinnon}) for the regression's deterministic terms.
 *
 * <p><b>Lag order.</b> {@link #defaultLags(int)} is R's {@code tseries::adf.test} default
 * {@code trunc((n-1)^(1/3))}; {@link #test(double[])} uses it with a constant and a trend, which is
 * exactly {@code tseries::adf.test(x)} (the statistics agree to 1e-13 relative, see the tests). statsmodels'
 * {@code adfuller(x, maxlag=k, autolag=None, regression="c"|"ct"|"n")} is the same regression.
 */
public final class AugmentedDickeyFuller {

  private AugmentedDickeyFuller() {
  }

  /**
   * R's {@code tseries::adf.test} default lag order, {@code trunc((n-1)^(1/3))} as R evaluates it.
   *
   * <p>R computes {@code (n-1)^(1/3)} in floating point with {@code 1/3} rounded down, so when
   * {@code n - 1} is a perfect cube {@code m^3} with {@code m >= 4} the power falls just below {@code m}
   * and truncates to {@code m - 1} ({@code n = 1001} gives 9, not 10); this method reproduces that with
   * exact integer arithmetic instead of depending on the platform's {@code pow}.
   *
   * @param length the series length {@code n}, {@code >= 2}
   * @return the lag order
   * @throws IllegalArgumentException if {@code length < 2}
   */
  public static int defaultLags(int length) {
    Args.atLeast(length, 2, "length");
    long m = length - 1L;
    long root = (long) Math.cbrt(m);
    while (root * root * root > m) {
      root--;
    }
    while ((root + 1) * (root + 1) * (root + 1) <= m) {
      root++;
    }
    if (root * root * root == m && root >= 4) {
      root--;
    }
    return (int) root;
  }

  /**
   * The test with a constant and a trend and the default lag order: {@code tseries::adf.test(x)}.
   *
   * @param x the series, finite values, long enough for the regression (see
   *     {@link #test(double[], DeterministicTerms, int)})
   * @return the result
   * @throws IllegalArgumentException if {@code x} is null, too short or not finite
   */
  public static AdfResult test(double[] x) {
    Args.notNull(x, "x");
    return test(x, DeterministicTerms.CONSTANT_TREND, defaultLags(Math.max(2, x.length)));
  }

  /**
   * The test with the given deterministic terms and lag order.
   *
   * @param x the series; finite values; {@code x.length > 2*lags + terms.count() + 2}, so that the
   *     regression has at least one residual degree of freedom
   * @param terms the deterministic terms
   * @param lags the number of lagged differences {@code k}, {@code >= 0}
   * @return the result ({@link AdfResult#defined()} false when the regression is rank deficient)
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static AdfResult test(double[] x, DeterministicTerms terms, int lags) {
    Args.notNull(x, "x");
    Args.notNull(terms, "terms");
    Args.atLeast(lags, 0, "lags");
    int n = x.length;
    int rows = n - 1 - lags;
    int p = 1 + terms.count() + lags;
    if (rows <= p) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x must have more than %d values for %d lags and %s, was %d", 2 * lags + terms.count() + 2, lags,
          terms, n));
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException("x[" + i + "] must be finite, was " + x[i]);
      }
    }
    double[] dy = new double[rows];
    double[][] columns = new double[p][rows];
    for (int r = 0; r < rows; r++) {
      int t = lags + 1 + r;
      dy[r] = x[t] - x[t - 1];
      columns[0][r] = x[t - 1];
      int c = 1;
      if (terms.count() >= 1) {
        columns[c++][r] = 1.0;
      }
      if (terms.count() == 2) {
        columns[c++][r] = t;
      }
      for (int i = 1; i <= lags; i++) {
        columns[c++][r] = x[t - i] - x[t - i - 1];
      }
    }
    OrdinaryLeastSquares.Fit fit = OrdinaryLeastSquares.fit(dy, columns);
    CriticalValues critical = MacKinnon.criticalValues(terms, 1, rows);
    double tau = fit.fullRank() ? fit.tStatistic(0) : Double.NaN;
    boolean defined = Double.isFinite(tau);
    if (!defined) {
      return new AdfResult(Double.NaN, Double.NaN, Double.NaN, lags, rows, terms, critical, false);
    }
    return new AdfResult(tau, MacKinnon.pValue(tau, terms, 1), fit.coefficients()[0], lags, rows, terms,
        critical, true);
  }
}
