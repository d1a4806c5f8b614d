package io.quantor.backtest.metrics;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import io.quantor.core.internal.CompensatedSum;
import java.util.Arrays;

/**
 * Performance metrics of a series of simple periodic returns, following the formulas of the
 * {@code empyrical} library (Quantopian, version 0.5.5, {@code empyrical/stats.py}).
 *
 * <p>Every function takes {@code double[] returns}, simple returns {@code r_t = P_t / P_(t-1) - 1} (not
 * percent, not log), one per period, and has an overload with {@code periodsPerYear} where the result
 * is annualized (default {@value #DEFAULT_PERIODS_PER_YEAR}). Means and sums use Neumaier's compensated
 * summation and variances the two-pass formula, so results agree with a careful reference to about
 * {@code 1e-14} relative on thousands of returns.
 *
 * <p><b>Input and NaN policy.</b> A null or empty array, a NaN or infinite return, arrays of different
 * lengths and a return below {@code -1} where returns are compounded are misuse and throw
 * {@link IllegalArgumentException} naming the parameter, index and value (NaN is not skipped: a gap in
 * a return series is a data problem the caller must resolve). A statistic that does not exist for valid
 * data returns {@code NaN}, and every method says when: a ratio whose denominator is zero (no
 * dispersion, no losing period, no drawdown) or a sample too short for it (a standard deviation of one
 * return). No method returns an infinity.
 *
 * <pre>{@code
 * double[] r = {0.01, -0.02, 0.015, 0.003, -0.004};
 * double sharpe = ReturnMetrics.sharpeRatio(r);                      // rf 0, 252 periods a year
 * double cagr = ReturnMetrics.annualReturn(r);
 * AlphaBeta ab = ReturnMetrics.alphaBeta(r, benchmark);
 * double var = ReturnMetrics.valueAtRisk(r, 0.95);                   // a positive loss
 * }</pre>
 */
public final class ReturnMetrics {

  /** The default number of periods per year (trading days): {@value}. */
  public static final int DEFAULT_PERIODS_PER_YEAR = 252;

  private ReturnMetrics() {
  }

  // ---------------------------------------------------------------------------------------- growth

  /**
   * The total compounded return, {@code prod(1 + r) - 1} (empyrical {@code cum_returns_final}).
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @return the cumulative return, {@code >= -1}
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double cumulativeReturn(double[] returns) {
    Inputs.compoundable(returns, "returns");
    return growth(returns) - 1;
  }

  /**
   * The compound annual growth rate with {@value #DEFAULT_PERIODS_PER_YEAR} periods a year.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @return the CAGR
   * @throws IllegalArgumentException if {@code returns} is invalid
   * @see #annualReturn(double[], int)
   */
  public static double annualReturn(double[] returns) {
    return annualReturn(returns, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The compound annual growth rate (CAGR), {@code prod(1 + r)^(1 / (n / periodsPerYear)) - 1} with
   * {@code n} the number of returns (empyrical {@code annual_return}). A series that loses everything
   * has CAGR {@code -1}.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return the CAGR
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double annualReturn(double[] returns, int periodsPerYear) {
    Inputs.compoundable(returns, "returns");
    Inputs.periodsPerYear(periodsPerYear);
    double years = returns.length / (double) periodsPerYear;
    return Math.pow(growth(returns), 1 / years) - 1;
  }

  /** {@code prod(1 + r)}, multiplied in order as numpy's {@code cumprod} does. */
  static double growth(double[] returns) {
    double g = 1;
    for (double r : returns) {
      g *= 1 + r;
    }
    return g;
  }

  // ------------------------------------------------------------------------------------ dispersion

  /**
   * The annualized volatility with {@value #DEFAULT_PERIODS_PER_YEAR} periods a year.
   *
   * @param returns simple returns, finite, not empty
   * @return the annualized volatility, {@code NaN} for a single return
   * @throws IllegalArgumentException if {@code returns} is invalid
   * @see #annualVolatility(double[], int)
   */
  public static double annualVolatility(double[] returns) {
    return annualVolatility(returns, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The annualized volatility, {@code std(r) * sqrt(periodsPerYear)} with the sample standard deviation
   * (divisor {@code n - 1}; empyrical {@code annual_volatility}).
   *
   * @param returns simple returns, finite, not empty
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return the annualized volatility, {@code >= 0}; {@code NaN} for a single return
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double annualVolatility(double[] returns, int periodsPerYear) {
    Inputs.finiteSeries(returns, "returns");
    Inputs.periodsPerYear(periodsPerYear);
    return sampleStandardDeviation(returns) * Math.sqrt(periodsPerYear);
  }

  /**
   * The annualized Sharpe ratio with a zero risk-free rate and {@value #DEFAULT_PERIODS_PER_YEAR} periods
   * a year.
   *
   * @param returns simple returns, finite, not empty
   * @return the Sharpe ratio, {@code NaN} if the returns are all equal or there is only one
   * @throws IllegalArgumentException if {@code returns} is invalid
   * @see #sharpeRatio(double[], double, int)
   */
  public static double sharpeRatio(double[] returns) {
    return sharpeRatio(returns, 0, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The annualized Sharpe ratio (Sharpe 1966, 1994; empyrical {@code sharpe_ratio}):
   * {@code mean(r - rf) / std(r - rf) * sqrt(periodsPerYear)}, sample standard deviation (divisor
   * {@code n - 1}). The risk-free rate is a constant rate <em>per period</em>: for an annual rate
   * {@code R} use {@code (1 + R)^(1/periodsPerYear) - 1} (or {@code R / periodsPerYear}).
   *
   * <p>Invariant under positive scaling of the excess returns: {@code sharpe(c r) == sharpe(r)} for
   * {@code rf = 0} and {@code c > 0} (up to rounding).
   *
   * @param returns simple returns, finite, not empty
   * @param riskFreePerPeriod the risk-free rate per period, finite
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return the Sharpe ratio, {@code NaN} if the excess returns are all equal or there is only one
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double sharpeRatio(double[] returns, double riskFreePerPeriod, int periodsPerYear) {
    Inputs.finiteSeries(returns, "returns");
    Args.finite(riskFreePerPeriod, "riskFreePerPeriod");
    Inputs.periodsPerYear(periodsPerYear);
    double[] excess = minus(returns, riskFreePerPeriod);
    return ratio(CompensatedSum.mean(excess), sampleStandardDeviation(excess))
        * Math.sqrt(periodsPerYear);
  }

  /**
   * The annualized downside risk below a zero target with {@value #DEFAULT_PERIODS_PER_YEAR} periods a
   * year.
   *
   * @param returns simple returns, finite, not empty
   * @return the downside risk, {@code >= 0}
   * @throws IllegalArgumentException if {@code returns} is invalid
   * @see #downsideRisk(double[], double, int)
   */
  public static double downsideRisk(double[] returns) {
    return downsideRisk(returns, 0, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The annualized downside deviation below a target (Sortino and Price 1994; empyrical
   * {@code downside_risk}): {@code sqrt(mean(min(r - target, 0)^2)) * sqrt(periodsPerYear)}, where the
   * mean runs over <em>all</em> {@code n} returns (those above the target contribute 0).
   *
   * @param returns simple returns, finite, not empty
   * @param requiredReturn the target return per period, finite
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return the downside risk, {@code >= 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double downsideRisk(double[] returns, double requiredReturn, int periodsPerYear) {
    Inputs.finiteSeries(returns, "returns");
    Args.finite(requiredReturn, "requiredReturn");
    Inputs.periodsPerYear(periodsPerYear);
    CompensatedSum squares = new CompensatedSum();
    for (double r : returns) {
      double d = Math.min(r - requiredReturn, 0);
      squares.add(d * d);
    }
    return Math.sqrt(squares.value() / returns.length) * Math.sqrt(periodsPerYear);
  }

  /**
   * The annualized Sortino ratio with a zero target and {@value #DEFAULT_PERIODS_PER_YEAR} periods a
   * year.
   *
   * @param returns simple returns, finite, not empty
   * @return the Sortino ratio, {@code NaN} if no return is below 0
   * @throws IllegalArgumentException if {@code returns} is invalid
   * @see #sortinoRatio(double[], double, int)
   */
  public static double sortinoRatio(double[] returns) {
    return sortinoRatio(returns, 0, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The annualized Sortino ratio (Sortino and Price 1994; empyrical {@code sortino_ratio}):
   * {@code mean(r - target) * periodsPerYear / downsideRisk(r, target, periodsPerYear)}.
   *
   * @param returns simple returns, finite, not empty
   * @param requiredReturn the target return per period, finite
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return the Sortino ratio, {@code NaN} if no return is below the target (empyrical gives infinity)
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double sortinoRatio(double[] returns, double requiredReturn, int periodsPerYear) {
    double downside = downsideRisk(returns, requiredReturn, periodsPerYear);
    double mean = CompensatedSum.mean(minus(returns, requiredReturn));
    return ratio(mean * periodsPerYear, downside);
  }

  // ------------------------------------------------------------------------------------- drawdown

  /**
   * The maximum drawdown, a negative fraction (empyrical convention): the worst fall of the wealth index
   * from its running maximum. {@link Drawdown#of(double[])} gives its peak, trough and recovery.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @return the maximum drawdown in {@code [-1, 0]}
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double maxDrawdown(double[] returns) {
    return Drawdown.of(returns).depth();
  }

  /**
   * The Calmar ratio with {@value #DEFAULT_PERIODS_PER_YEAR} periods a year.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @return the Calmar ratio, {@code NaN} if there is no drawdown
   * @throws IllegalArgumentException if {@code returns} is invalid
   * @see #calmarRatio(double[], int)
   */
  public static double calmarRatio(double[] returns) {
    return calmarRatio(returns, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The Calmar ratio (Young 1991; empyrical {@code calmar_ratio}): {@code annualReturn / |maxDrawdown|}
   * over the whole series.
   *
   * @param returns simple returns, finite, each {@code >= -1}, not empty
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return the Calmar ratio, {@code NaN} if there is no drawdown
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double calmarRatio(double[] returns, int periodsPerYear) {
    double cagr = annualReturn(returns, periodsPerYear);
    double depth = maxDrawdown(returns);
    return depth < 0 ? cagr / -depth : Double.NaN;
  }

  // ------------------------------------------------------------------------------------ benchmark

  /**
   * Alpha and beta against a benchmark with a zero risk-free rate and {@value #DEFAULT_PERIODS_PER_YEAR}
   * periods a year.
   *
   * @param returns simple returns, finite, not empty
   * @param benchmark the benchmark's returns over the same periods, finite, same length
   * @return alpha, beta and R squared
   * @throws IllegalArgumentException if an argument is invalid
   * @see #alphaBeta(double[], double[], double, int)
   */
  public static AlphaBeta alphaBeta(double[] returns, double[] benchmark) {
    return alphaBeta(returns, benchmark, 0, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * Alpha and beta (CAPM regression; empyrical {@code alpha_beta_aligned}).
   * {@code beta = mean((b - mean b)(r - mean r)) / mean((b - mean b)^2)}, the OLS slope of {@code r} on
   * {@code b} (a constant risk-free rate does not change it);
   * {@code alphaPerPeriod = mean((r - rf) - beta (b - rf))}, the OLS intercept of the excess returns;
   * {@code alpha = (1 + alphaPerPeriod)^periodsPerYear - 1} (compounded, as empyrical annualizes);
   * {@code rSquared} = the squared correlation.
   *
   * @param returns simple returns, finite, not empty
   * @param benchmark the benchmark's returns over the same periods, finite, same length
   * @param riskFreePerPeriod the risk-free rate per period, finite
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return alpha, beta and R squared; beta and alpha {@code NaN} if the benchmark is constant, R
   *     squared also if the returns are
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static AlphaBeta alphaBeta(double[] returns, double[] benchmark, double riskFreePerPeriod,
      int periodsPerYear) {
    int n = Inputs.pair(returns, "returns", benchmark, "benchmark");
    Args.finite(riskFreePerPeriod, "riskFreePerPeriod");
    Inputs.periodsPerYear(periodsPerYear);
    double meanR = CompensatedSum.mean(returns);
    double meanB = CompensatedSum.mean(benchmark);
    CompensatedSum sxy = new CompensatedSum();
    CompensatedSum sxx = new CompensatedSum();
    CompensatedSum syy = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      double db = benchmark[i] - meanB;
      double dr = returns[i] - meanR;
      sxy.add(db * dr);
      sxx.add(db * db);
      syy.add(dr * dr);
    }
    double beta = ratio(sxy.value(), sxx.value());
    CompensatedSum residual = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      residual.add((returns[i] - riskFreePerPeriod) - beta * (benchmark[i] - riskFreePerPeriod));
    }
    double alphaPerPeriod = residual.value() / n;
    double alpha = Math.pow(1 + alphaPerPeriod, periodsPerYear) - 1;
    double rSquared = ratio(sxy.value(), sxx.value()) * ratio(sxy.value(), syy.value());
    return new AlphaBeta(alpha, alphaPerPeriod, beta, rSquared);
  }

  /**
   * The information ratio per period, <em>not annualized</em> (empyrical {@code excess_sharpe}):
   * {@code mean(r - b) / std(r - b)}, sample standard deviation.
   *
   * @param returns simple returns, finite, not empty
   * @param benchmark the benchmark's returns over the same periods, finite, same length
   * @return the information ratio, {@code NaN} if the active returns are all equal or there is only one
   * @throws IllegalArgumentException if an argument is invalid
   * @see #informationRatioAnnualized(double[], double[], int)
   */
  public static double informationRatio(double[] returns, double[] benchmark) {
    Inputs.pair(returns, "returns", benchmark, "benchmark");
    double[] active = active(returns, benchmark);
    return ratio(CompensatedSum.mean(active), sampleStandardDeviation(active));
  }

  /**
   * The annualized information ratio with {@value #DEFAULT_PERIODS_PER_YEAR} periods a year.
   *
   * @param returns simple returns, finite, not empty
   * @param benchmark the benchmark's returns, finite, same length
   * @return {@code informationRatio(returns, benchmark) * sqrt(252)}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double informationRatioAnnualized(double[] returns, double[] benchmark) {
    return informationRatioAnnualized(returns, benchmark, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The annualized information ratio (Grinold and Kahn 2000): the per-period
   * {@link #informationRatio(double[], double[])} times {@code sqrt(periodsPerYear)}.
   *
   * @param returns simple returns, finite, not empty
   * @param benchmark the benchmark's returns, finite, same length
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return the annualized information ratio, {@code NaN} when the per-period one is
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double informationRatioAnnualized(double[] returns, double[] benchmark,
      int periodsPerYear) {
    Inputs.periodsPerYear(periodsPerYear);
    return informationRatio(returns, benchmark) * Math.sqrt(periodsPerYear);
  }

  /**
   * The annualized tracking error with {@value #DEFAULT_PERIODS_PER_YEAR} periods a year.
   *
   * @param returns simple returns, finite, not empty
   * @param benchmark the benchmark's returns, finite, same length
   * @return the tracking error, {@code NaN} for a single return
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double trackingError(double[] returns, double[] benchmark) {
    return trackingError(returns, benchmark, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * The annualized tracking error, {@code std(r - b) * sqrt(periodsPerYear)}, sample standard deviation.
   *
   * @param returns simple returns, finite, not empty
   * @param benchmark the benchmark's returns, finite, same length
   * @param periodsPerYear periods in a year, {@code >= 1}
   * @return the tracking error, {@code >= 0}; {@code NaN} for a single return
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double trackingError(double[] returns, double[] benchmark, int periodsPerYear) {
    Inputs.pair(returns, "returns", benchmark, "benchmark");
    Inputs.periodsPerYear(periodsPerYear);
    return sampleStandardDeviation(active(returns, benchmark)) * Math.sqrt(periodsPerYear);
  }

  // ------------------------------------------------------------------------------ distribution

  /**
   * The tail ratio (empyrical {@code tail_ratio}): {@code |P95(r)| / |P5(r)|}, percentiles by
   * {@link #quantile(double[], double)}.
   *
   * @param returns simple returns, finite, not empty
   * @return the tail ratio, {@code NaN} if the 5th percentile is 0
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double tailRatio(double[] returns) {
    Inputs.finiteSeries(returns, "returns");
    double[] sorted = sorted(returns);
    return ratio(Math.abs(sortedQuantile(sorted, 0.95)), Math.abs(sortedQuantile(sorted, 0.05)));
  }

  /**
   * A quantile with linear interpolation between order statistics: numpy's default
   * {@code percentile(x, 100 p)} and R's {@code quantile(x, p, type = 7)} (Hyndman and Fan 1996,
   * definition 7). With {@code x} sorted and {@code h = (n - 1) p}, {@code j = floor(h)}, the result is
   * {@code x[j] + (h - j)(x[j+1] - x[j])}, evaluated as numpy's {@code _lerp} does (from the upper
   * neighbour when {@code h - j >= 0.5}) so that results agree to the last bit or two.
   *
   * @param values the sample, finite, not empty (not modified)
   * @param p the probability, in {@code [0, 1]}
   * @return the quantile
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double quantile(double[] values, double p) {
    Inputs.finiteSeries(values, "values");
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], was " + p);
    }
    return sortedQuantile(sorted(values), p);
  }

  private static double sortedQuantile(double[] sorted, double p) {
    int n = sorted.length;
    double h = (n - 1) * p;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, n - 1);
    double t = h - below;
    double a = sorted[below];
    double b = sorted[above];
    double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }

  /**
   * The Omega ratio at a zero threshold.
   *
   * @param returns simple returns, finite, not empty
   * @return the Omega ratio, {@code NaN} if no return is negative
   * @throws IllegalArgumentException if {@code returns} is invalid
   * @see #omegaRatio(double[], double)
   */
  public static double omegaRatio(double[] returns) {
    return omegaRatio(returns, 0);
  }

  /**
   * The Omega ratio (Keating and Shadwick 2002; empyrical {@code omega_ratio}):
   * {@code sum(max(r - L, 0)) / sum(max(L - r, 0))} for a threshold {@code L} per period. empyrical's
   * {@code risk_free} and annual {@code required_return} correspond to
   * {@code L = risk_free + (1 + required_return)^(1/periodsPerYear) - 1}. At {@code L = 0} it equals
   * {@link #profitFactor(double[])}.
   *
   * @param returns simple returns, finite, not empty
   * @param thresholdPerPeriod the threshold return {@code L} per period, finite
   * @return the Omega ratio, {@code NaN} if no return is below the threshold
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double omegaRatio(double[] returns, double thresholdPerPeriod) {
    Inputs.finiteSeries(returns, "returns");
    Args.finite(thresholdPerPeriod, "thresholdPerPeriod");
    CompensatedSum gains = new CompensatedSum();
    CompensatedSum losses = new CompensatedSum();
    for (double r : returns) {
      double d = r - thresholdPerPeriod;
      if (d > 0) {
        gains.add(d);
      } else if (d < 0) {
        losses.add(-d);
      }
    }
    return ratio(gains.value(), losses.value());
  }

  /**
   * The profit factor of the periods: {@code sum(r > 0) / |sum(r < 0)|}. Not in empyrical; the same
   * number as {@link #omegaRatio(double[])} at threshold 0.
   *
   * @param returns simple returns, finite, not empty
   * @return the profit factor, {@code NaN} if no return is negative
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double profitFactor(double[] returns) {
    Inputs.finiteSeries(returns, "returns");
    CompensatedSum gains = new CompensatedSum();
    CompensatedSum losses = new CompensatedSum();
    for (double r : returns) {
      if (r > 0) {
        gains.add(r);
      } else if (r < 0) {
        losses.add(r);
      }
    }
    return ratio(gains.value(), -losses.value());
  }

  /**
   * The fraction of periods with a positive return, {@code count(r > 0) / n}: zero returns count as
   * non-wins and stay in the denominator.
   *
   * @param returns simple returns, finite, not empty
   * @return the win rate in {@code [0, 1]}
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double winRate(double[] returns) {
    Inputs.finiteSeries(returns, "returns");
    return (double) count(returns, 1) / returns.length;
  }

  /**
   * The fraction of non-zero returns that are positive, {@code count(r > 0) / count(r != 0)}.
   *
   * @param returns simple returns, finite, not empty
   * @return the win rate in {@code [0, 1]}, {@code NaN} if every return is 0
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double winRateExcludingZero(double[] returns) {
    Inputs.finiteSeries(returns, "returns");
    int wins = count(returns, 1);
    int decided = wins + count(returns, -1);
    return decided > 0 ? (double) wins / decided : Double.NaN;
  }

  /** The number of returns that are positive ({@code sign > 0}), negative ({@code < 0}) or zero. */
  static int count(double[] returns, int sign) {
    int c = 0;
    for (double r : returns) {
      if (sign > 0 ? r > 0 : sign < 0 ? r < 0 : r == 0) {
        c++;
      }
    }
    return c;
  }

  /**
   * The stability of the wealth curve (empyrical {@code stability_of_timeseries}): the coefficient of
   * determination R<sup>2</sup> of the OLS fit of the cumulative log return
   * {@code y_t = sum_(i<=t) ln(1 + r_i)} on {@code t = 0 .. n-1}. 1 for steady exponential growth.
   *
   * @param returns simple returns, finite, each {@code > -1}, not empty
   * @return R squared in {@code [0, 1]}; {@code NaN} for fewer than two returns or a constant
   *     cumulative log return, e.g. all returns 0 (scipy's {@code linregress} reports 0 there)
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double stability(double[] returns) {
    Inputs.loggable(returns, "returns");
    int n = returns.length;
    double[] y = new double[n];
    CompensatedSum cumulative = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      cumulative.add(Math.log1p(returns[i]));
      y[i] = cumulative.value();
    }
    double meanY = CompensatedSum.mean(y);
    double meanX = (n - 1) / 2.0;
    CompensatedSum sxy = new CompensatedSum();
    CompensatedSum sxx = new CompensatedSum();
    CompensatedSum syy = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      double dx = i - meanX;
      double dy = y[i] - meanY;
      sxy.add(dx * dy);
      sxx.add(dx * dx);
      syy.add(dy * dy);
    }
    return ratio(sxy.value(), sxx.value()) * ratio(sxy.value(), syy.value());
  }

  /**
   * The skewness with population moments (scipy {@code skew}, the one empyrical lists):
   * {@code g1 = m3 / m2^1.5}, {@code m_k = mean((r - mean r)^k)}.
   *
   * @param returns simple returns, finite, not empty
   * @return the skewness, {@code NaN} if the returns are all equal
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double skewness(double[] returns) {
    Inputs.finiteSeries(returns, "returns");
    double[] m = centralMoments(returns);
    return ratio(m[2], Math.pow(m[1], 1.5));
  }

  /**
   * The sample-adjusted skewness (Joanes and Gill 1998, {@code G1}; scipy {@code skew(bias=False)},
   * pandas {@code skew()}, Excel {@code SKEW}): {@code G1 = g1 sqrt(n (n - 1)) / (n - 2)}.
   *
   * @param returns simple returns, finite, not empty
   * @return the adjusted skewness, {@code NaN} for fewer than 3 returns or all equal
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double sampleAdjustedSkewness(double[] returns) {
    double g1 = skewness(returns);
    double n = returns.length;
    return n >= 3 ? g1 * Math.sqrt(n * (n - 1)) / (n - 2) : Double.NaN;
  }

  /**
   * The excess kurtosis with population moments (scipy {@code kurtosis}, Fisher's definition):
   * {@code g2 = m4 / m2^2 - 3}.
   *
   * @param returns simple returns, finite, not empty
   * @return the excess kurtosis, {@code NaN} if the returns are all equal
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double excessKurtosis(double[] returns) {
    Inputs.finiteSeries(returns, "returns");
    double[] m = centralMoments(returns);
    return ratio(m[3], m[1] * m[1]) - 3;
  }

  /**
   * The sample-adjusted excess kurtosis (Joanes and Gill 1998, {@code G2}; scipy
   * {@code kurtosis(bias=False)}, pandas {@code kurt()}, Excel {@code KURT}):
   * {@code G2 = ((n + 1) g2 + 6)(n - 1) / ((n - 2)(n - 3))}.
   *
   * @param returns simple returns, finite, not empty
   * @return the adjusted excess kurtosis, {@code NaN} for fewer than 4 returns or all equal
   * @throws IllegalArgumentException if {@code returns} is invalid
   */
  public static double sampleAdjustedExcessKurtosis(double[] returns) {
    double g2 = excessKurtosis(returns);
    double n = returns.length;
    return n >= 4 ? ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3)) : Double.NaN;
  }

  /** {mean, m2, m3, m4}: the mean and the population central moments, compensated sums. */
  private static double[] centralMoments(double[] x) {
    double mean = CompensatedSum.mean(x);
    CompensatedSum s1 = new CompensatedSum();
    CompensatedSum s2 = new CompensatedSum();
    CompensatedSum s3 = new CompensatedSum();
    CompensatedSum s4 = new CompensatedSum();
    for (double v : x) {
      double d = v - mean;
      double d2 = d * d;
      s1.add(d);
      s2.add(d2);
      s3.add(d2 * d);
      s4.add(d2 * d2);
    }
    int n = x.length;
    // Remove what rounding left in the mean from the second moment (corrected two-pass formula).
    double c = s1.value();
    double m2 = Math.max(0, (s2.value() - c * c / n) / n);
    return new double[] {mean, m2, s3.value() / n, s4.value() / n};
  }

  // ------------------------------------------------------------------------------------- tail risk

  /**
   * The historical value at risk (empyrical {@code value_at_risk}), as a <em>positive loss</em> at a
   * confidence level (project convention): {@code -quantile(r, 1 - confidence)} with linear
   * interpolation. empyrical's {@code value_at_risk(r, cutoff=0.05)} is {@code -valueAtRisk(r, 0.95)}.
   *
   * @param returns simple returns, finite, not empty
   * @param confidence the confidence level, in {@code (0, 1)}, such as 0.95
   * @return the VaR as a fraction of wealth (negative if even the tail quantile is a gain)
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double valueAtRisk(double[] returns, double confidence) {
    Inputs.openUnit(confidence, "confidence");
    return -quantile(returns, 1 - confidence);
  }

  /**
   * The historical conditional value at risk (expected shortfall) as empyrical computes it
   * ({@code conditional_value_at_risk}), as a <em>positive loss</em>: the mean of the {@code k + 1}
   * smallest returns with {@code k = floor((n - 1)(1 - confidence))}, negated. empyrical's
   * {@code conditional_value_at_risk(r, cutoff=0.05)} is {@code -conditionalValueAtRisk(r, 0.95)}.
   *
   * @param returns simple returns, finite, not empty
   * @param confidence the confidence level, in {@code (0, 1)}, such as 0.95
   * @return the CVaR as a fraction of wealth, {@code >= valueAtRisk} up to rounding
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double conditionalValueAtRisk(double[] returns, double confidence) {
    Inputs.finiteSeries(returns, "returns");
    Inputs.openUnit(confidence, "confidence");
    double[] sorted = sorted(returns);
    int k = (int) ((sorted.length - 1) * (1 - confidence));
    CompensatedSum tail = new CompensatedSum();
    for (int i = 0; i <= k; i++) {
      tail.add(sorted[i]);
    }
    return -tail.value() / (k + 1);
  }

  // ------------------------------------------------------------------------------------- internals

  /** Sample standard deviation (divisor n - 1), corrected two-pass; NaN for one value. */
  static double sampleStandardDeviation(double[] x) {
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = CompensatedSum.mean(x);
    CompensatedSum s1 = new CompensatedSum();
    CompensatedSum s2 = new CompensatedSum();
    for (double v : x) {
      double d = v - mean;
      s1.add(d);
      s2.add(d * d);
    }
    double c = s1.value();
    double m2 = s2.value() - c * c / n;
    return m2 > 0 ? Math.sqrt(m2 / (n - 1)) : 0.0;
  }

  /** {@code numerator / denominator}; NaN when the denominator is 0 or the quotient is not finite. */
  static double ratio(double numerator, double denominator) {
    double q = numerator / denominator;
    return Double.isFinite(q) ? q : Double.NaN;
  }

  private static double[] minus(double[] x, double c) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] - c;
    }
    return out;
  }

  private static double[] active(double[] returns, double[] benchmark) {
    double[] out = new double[returns.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = returns[i] - benchmark[i];
    }
    return out;
  }

  private static double[] sorted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }
}
