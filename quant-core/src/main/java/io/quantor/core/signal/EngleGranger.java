package io.quantor.core.signal;

import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * The two-step Engle-Granger cointegration test (Engle and Granger, "Co-integration and error
 * correction", Econometrica 55(2), 1987).
 *
 * <p>Step 1: ordinary least squares of {@code y} on a constant and {@code x} gives the hedge ratio and the
 * residual spread {@code u}. Step 2: the augmented Dickey-Fuller regression of {@code u} without
 * deterministic terms ({@link AugmentedDickeyFuller}, {@link DeterministicTerms#NONE}; the residuals
 * already have mean zero) with {@code k} lagged differences. The statistic's distribution is not the ADF
 * one, since {@code u} is estimated: the p-value is MacKinnon's (1994) for {@code N = 2} series and a
 * constant, the critical values MacKinnon's (2010) for {@code N = 2}, constant and {@code T = n - 1}.
 * This is statsmodels' {@code coint(y, x, trend="c", maxlag=k, autolag=None)}; the statistic equals R's
 * {@code urca::ur.df(u, type="none", lags=k)} on the residuals of {@code lm(y ~ x)} (see the tests).
 *
 * <p>The default lag order is {@link AugmentedDickeyFuller#defaultLags(int)} ({@code tseries}' rule);
 * statsmodels picks its lag by AIC unless told otherwise, which this class does not do.
 */
public final class EngleGranger {

  /** statsmodels' collinearity threshold on {@code R^2}: {@code 1 - 100 * sqrt(machine epsilon)}. */
  private static final double COLLINEAR_R_SQUARED = 1 - 100 * Math.sqrt(Math.ulp(1.0));

  private EngleGranger() {
  }

  /**
   * The test with the default lag order {@code trunc((n-1)^(1/3))}.
   *
   * @param y the dependent series (the first leg)
   * @param x the regressor (the hedge leg), as long as {@code y}
   * @return the result
   * @throws IllegalArgumentException if an argument is invalid (see {@link #test(double[], double[], int)})
   */
  public static CointegrationResult test(double[] y, double[] x) {
    Args.notNull(y, "y");
    return test(y, x, AugmentedDickeyFuller.defaultLags(Math.max(2, y.length)));
  }

  /**
   * The test with a given lag order.
   *
   * @param y the dependent series (the first leg); finite values
   * @param x the regressor (the hedge leg), as long as {@code y}; finite values
   * @param lags the number of lagged differences of the residual regression, {@code >= 0}; the series
   *     need more than {@code 2*lags + 2} values
   * @return the result; undefined, with hedge ratio 0 and intercept {@code mean(y)}, when {@code x} is
   *     constant (to {@code 1e-10} of its norm), since no hedge ratio can be estimated
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static CointegrationResult test(double[] y, double[] x, int lags) {
    int n = Args.sameLength("y, x", y, x);
    Args.atLeast(lags, 0, "lags");
    if (n <= 2 * lags + 2) {
      throw new IllegalArgumentException("y must have more than " + (2 * lags + 2) + " values for " + lags
          + " lags, was " + n);
    }
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    OrdinaryLeastSquares.Fit fit = OrdinaryLeastSquares.fit(y, new double[][] {ones, x});
    CriticalValues critical = MacKinnon.criticalValues(DeterministicTerms.CONSTANT, 2, n - 1);
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    if (!fit.fullRank()) {
      return new CointegrationResult(mean, 0.0, Double.NaN, Double.NaN, lags, n, critical, false, false);
    }
    double intercept = fit.coefficients()[0];
    double slope = fit.coefficients()[1];
    double total = 0;
    for (double v : y) {
      total += (v - mean) * (v - mean);
    }
    double rSquared = 1 - fit.sumOfSquaredResiduals() / total;
    if (!(rSquared < COLLINEAR_R_SQUARED)) {
      return new CointegrationResult(intercept, slope, Double.NEGATIVE_INFINITY, 0.0, lags, n, critical,
          true, true);
    }
    AdfResult adf = AugmentedDickeyFuller.test(fit.residuals(), DeterministicTerms.NONE, lags);
    if (!adf.defined()) {
      return new CointegrationResult(intercept, slope, Double.NaN, Double.NaN, lags, n, critical, false,
          false);
    }
    double p = MacKinnon.pValue(adf.statistic(), DeterministicTerms.CONSTANT, 2);
    return new CointegrationResult(intercept, slope, adf.statistic(), p, lags, n, critical, false, true);
  }
}
