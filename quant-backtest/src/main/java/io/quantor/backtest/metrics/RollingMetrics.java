package io.quantor.backtest.metrics;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * Rolling (moving-window) Sharpe ratio, volatility and beta over the last {@code window} returns, in
 * O(n) time for the whole series.
 *
 * <p>{@code out[t]} is the metric of {@code returns[t - window + 1 .. t]}, the same number as the
 * full-sample function of {@link ReturnMetrics} on that slice up to rounding: the running moments keep
 * 1e-12 relative precision, so results agree to about 1e-11 relative (the Sharpe ratio of a window of
 * nearly equal returns is ill-conditioned in any method and agrees to what its conditioning allows).
 * {@code out[t]} is {@code NaN} during the warm-up {@code t < window - 1}, and afterwards where the
 * metric is undefined for the window (a Sharpe ratio of a constant window, a beta against a constant
 * benchmark); the volatility of a constant window is exactly 0.
 *
 * <p><b>Algorithm.</b> One pass, O(1) per bar amortized, no allocation per bar: sliding updates of the
 * mean, second moments and co-moment around a shifted origin (no {@code sum(x^2) - n mean^2}
 * cancellation), with a running bound of their rounding error; when the bound exceeds 1e-12 of a
 * moment (a large return has left a quiet window) or once per window in any case, the moments are
 * recomputed exactly from the window by the corrected two-pass formula (Chan, Golub and LeVeque 1983).
 * Ordinary data recompute once per window; long series do not drift.
 *
 * <pre>{@code
 * double[] sharpe = RollingMetrics.sharpeRatio(returns, 126);         // 6-month rolling Sharpe
 * double[] vol = RollingMetrics.volatility(returns, 21);              // 1-month rolling volatility
 * double[] beta = RollingMetrics.beta(returns, benchmark, 252);
 * }</pre>
 */
public final class RollingMetrics {

  private RollingMetrics() {
  }

  /**
   * The rolling annualized volatility with {@value ReturnMetrics#DEFAULT_PERIODS_PER_YEAR} periods a
   * year.
   *
   * @param returns simple returns, finite, not empty
   * @param window the window length, {@code >= 2}
   * @return one value per return, NaN during the warm-up
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] volatility(double[] returns, int window) {
    return volatility(returns, window, ReturnMetrics.DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The rolling annualized volatility: {@link ReturnMetrics#annualVolatility(double[], int)} of each
   * window.
   *
   * @param returns simple returns, finite, not empty
   * @param window the window length, {@code >= 2}
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return one value per return, NaN during the warm-up, {@code >= 0} after it
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] volatility(double[] returns, int window, int periodsPerYear) {
    Inputs.finiteSeries(returns, "returns");
    checkWindow(window);
    Inputs.periodsPerYear(periodsPerYear);
    double scale = Math.sqrt(periodsPerYear);
    double[] out = warmUp(returns.length);
    SlidingMoments m = new SlidingMoments(window);
    for (int t = 0; t < returns.length; t++) {
      m.add(returns[t], returns[t]);
      if (m.isFull()) {
        out[t] = Math.sqrt(m.m2x() / (window - 1)) * scale;
      }
    }
    return out;
  }

  /**
   * The rolling annualized Sharpe ratio with a zero risk-free rate and
   * {@value ReturnMetrics#DEFAULT_PERIODS_PER_YEAR} periods a year.
   *
   * @param returns simple returns, finite, not empty
   * @param window the window length, {@code >= 2}
   * @return one value per return, NaN during the warm-up and for constant windows
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] sharpeRatio(double[] returns, int window) {
    return sharpeRatio(returns, window, 0, ReturnMetrics.DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The rolling annualized Sharpe ratio: {@link ReturnMetrics#sharpeRatio(double[], double, int)} of each
   * window, {@code (mean(r) - rf) / std(r) * sqrt(periodsPerYear)}.
   *
   * @param returns simple returns, finite, not empty
   * @param window the window length, {@code >= 2}
   * @param riskFreePerPeriod the risk-free rate per period, finite
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return one value per return, NaN during the warm-up and for constant windows
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] sharpeRatio(double[] returns, int window, double riskFreePerPeriod,
      int periodsPerYear) {
    Inputs.finiteSeries(returns, "returns");
    checkWindow(window);
    Args.finite(riskFreePerPeriod, "riskFreePerPeriod");
    Inputs.periodsPerYear(periodsPerYear);
    double scale = Math.sqrt(periodsPerYear);
    double[] out = warmUp(returns.length);
    SlidingMoments m = new SlidingMoments(window);
    for (int t = 0; t < returns.length; t++) {
      m.add(returns[t], returns[t]);
      if (m.isFull()) {
        double sd = Math.sqrt(m.m2x() / (window - 1));
        out[t] = ReturnMetrics.ratio(m.meanX() - riskFreePerPeriod, sd) * scale;
      }
    }
    return out;
  }

  /**
   * The rolling beta: {@link ReturnMetrics#alphaBeta(double[], double[])}{@code .beta()} of each window,
   * {@code cov(r, b) / var(b)}.
   *
   * @param returns simple returns, finite, not empty
   * @param benchmark the benchmark's returns, finite, same length
   * @param window the window length, {@code >= 2}
   * @return one value per return, NaN during the warm-up and where the benchmark's window is constant
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] beta(double[] returns, double[] benchmark, int window) {
    int n = Inputs.pair(returns, "returns", benchmark, "benchmark");
    checkWindow(window);
    double[] out = warmUp(n);
    SlidingMoments m = new SlidingMoments(window);
    for (int t = 0; t < n; t++) {
      m.add(returns[t], benchmark[t]);
      if (m.isFull()) {
        out[t] = ReturnMetrics.ratio(m.cxy(), m.m2y());
      }
    }
    return out;
  }

  private static void checkWindow(int window) {
    if (window < 2) {
      throw new IllegalArgumentException("window must be >= 2, was " + window);
    }
  }

  private static double[] warmUp(int n) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    return out;
  }
}
