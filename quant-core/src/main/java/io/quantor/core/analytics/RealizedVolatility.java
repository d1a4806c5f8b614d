package io.quantor.core.analytics;

import io.quantor.core.indicator.BarIndicator;
import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;

/**
 * Rolling realized volatility over the last {@code window} bars, annualized, by one of five estimators
 * (see {@link VolatilityEstimator} for the formulas and their sources).
 *
 * <p>Streaming: each update is O(1) with no allocation. Close to close and Yang-Zhang keep rolling sample
 * variances (sliding Welford updates, divisor {@code W - 1}); Parkinson, Garman-Klass, Rogers-Satchell and
 * the Rogers-Satchell part of Yang-Zhang keep a running sum of per-bar terms. The value is
 * {@code sqrt(periodsPerYear * variance)}, an annualized fraction (0.35 = 35 %); warm-up values are
 * {@code NaN} for {@link VolatilityEstimator#lookback(int)} bars. The static methods are the batch forms
 * and run this class, so the two agree exactly.
 *
 * <p>Inputs: the prices an estimator reads must be finite and {@code > 0} (they go into logarithms);
 * fields it does not read are ignored (close to close reads only the close, Parkinson only high and low).
 * Bars are not checked for {@code low <= open, close <= high}: for such valid bars every per-bar term is
 * {@code >= 0}; if invalid bars make a variance estimate negative it is reported as 0, as is the roundoff
 * residue of a flat window (which is snapped to exactly 0).
 *
 * <pre>{@code
 * RealizedVolatility yz = new RealizedVolatility(VolatilityEstimator.YANG_ZHANG, 20);   // 252 a year
 * for (int i = 0; i < series.size(); i++) {
 *   yz.update(series, i);
 * }
 * double[] parkinson = RealizedVolatility.parkinson(series.highs(), series.lows(), 20, 252);
 * }</pre>
 */
public final class RealizedVolatility implements BarIndicator {

  /** The default annualization: 252 trading days a year. */
  public static final double DEFAULT_PERIODS_PER_YEAR = 252;

  private static final double LN2 = Math.log(2);
  private static final double GK_CLOSE_WEIGHT = 2 * LN2 - 1;

  private final VolatilityEstimator estimator;
  private final int window;
  private final double periodsPerYear;
  private final int lookback;
  /** The factor turning the running sum into an annualized variance (sum-based estimators). */
  private final double sumScale;
  /** Yang-Zhang's weight k of the open-to-close variance. */
  private final double k;
  /** Close-to-close returns, or Yang-Zhang's overnight returns. */
  private final RollingVariance first;
  /** Yang-Zhang's open-to-close returns. */
  private final RollingVariance second;
  /** Per-bar terms of Parkinson, Garman-Klass, Rogers-Satchell, and Yang-Zhang's RS part. */
  private final RollingSum terms;
  private double prevClose;
  private boolean hasPrevClose;
  private double value = Double.NaN;

  /**
   * Creates the estimator, annualized with 252 periods a year.
   *
   * @param estimator the estimator
   * @param window the number of bars (returns, for close to close) in the window, {@code >=
   *     estimator.minWindow()}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public RealizedVolatility(VolatilityEstimator estimator, int window) {
    this(estimator, window, DEFAULT_PERIODS_PER_YEAR);
  }

  /**
   * Creates the estimator.
   *
   * @param estimator the estimator
   * @param window the number of bars (returns, for close to close) in the window, {@code >=
   *     estimator.minWindow()}
   * @param periodsPerYear the annualization factor: bars per year (252 for daily bars), finite and
   *     {@code > 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public RealizedVolatility(VolatilityEstimator estimator, int window, double periodsPerYear) {
    this.estimator = Args.notNull(estimator, "estimator");
    this.window = Args.atLeast(window, estimator.minWindow(), "window");
    this.periodsPerYear = Args.positive(periodsPerYear, "periodsPerYear");
    this.lookback = estimator.lookback(window);
    this.sumScale = estimator == VolatilityEstimator.PARKINSON
        ? periodsPerYear / (4 * window * LN2)
        : periodsPerYear / window;
    this.k = 0.34 / (1.34 + (window + 1.0) / (window - 1.0));
    boolean variances = estimator == VolatilityEstimator.CLOSE_TO_CLOSE
        || estimator == VolatilityEstimator.YANG_ZHANG;
    this.first = variances ? new RollingVariance(window) : null;
    this.second = estimator == VolatilityEstimator.YANG_ZHANG ? new RollingVariance(window) : null;
    this.terms = estimator == VolatilityEstimator.CLOSE_TO_CLOSE ? null : new RollingSum(window);
  }

  /**
   * Feeds the next bar; the volume is ignored.
   *
   * @param open the open
   * @param high the high
   * @param low the low
   * @param close the close
   * @param volume ignored
   * @return the annualized volatility after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if a price the estimator reads is not finite and {@code > 0}
   */
  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(open, high, low, close);
  }

  /**
   * Feeds the next bar. Fields the estimator does not read are ignored and not checked.
   *
   * @param open the open
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the annualized volatility after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if a price the estimator reads is not finite and {@code > 0} (the
   *     state is then unchanged)
   */
  public double update(double open, double high, double low, double close) {
    switch (estimator) {
      case CLOSE_TO_CLOSE:
        positive(close, "close");
        if (hasPrevClose) {
          first.add(Math.log(close / prevClose));
        }
        prevClose = close;
        hasPrevClose = true;
        if (first.isFull()) {
          value = Math.sqrt(periodsPerYear * first.sampleVariance());
        }
        return value;
      case PARKINSON:
        positive(high, "high");
        positive(low, "low");
        double hl = Math.log(high / low);
        terms.add(hl * hl);
        return sumValue();
      case GARMAN_KLASS:
        checkBar(open, high, low, close);
        double range = Math.log(high / low);
        double body = Math.log(close / open);
        terms.add(0.5 * range * range - GK_CLOSE_WEIGHT * body * body);
        return sumValue();
      case ROGERS_SATCHELL:
        checkBar(open, high, low, close);
        terms.add(rogersSatchell(open, high, low, close));
        return sumValue();
      default:
        return updateYangZhang(open, high, low, close);
    }
  }

  private double updateYangZhang(double open, double high, double low, double close) {
    checkBar(open, high, low, close);
    if (hasPrevClose) {
      first.add(Math.log(open / prevClose));
      second.add(Math.log(close / open));
      terms.add(rogersSatchell(open, high, low, close));
    }
    prevClose = close;
    hasPrevClose = true;
    if (terms.isFull()) {
      double rs = Math.max(0.0, terms.sum() / window);
      double variance = first.sampleVariance() + k * second.sampleVariance() + (1 - k) * rs;
      value = Math.sqrt(periodsPerYear * variance);
    }
    return value;
  }

  private static double rogersSatchell(double open, double high, double low, double close) {
    return Math.log(high / close) * Math.log(high / open) + Math.log(low / close) * Math.log(low / open);
  }

  private double sumValue() {
    if (terms.isFull()) {
      double variance = sumScale * terms.sum();
      value = variance > 0 ? Math.sqrt(variance) : 0.0;
    }
    return value;
  }

  private static void checkBar(double open, double high, double low, double close) {
    positive(open, "open");
    positive(high, "high");
    positive(low, "low");
    positive(close, "close");
  }

  private static void positive(double price, String name) {
    if (!(price > 0 && price <= Double.MAX_VALUE)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + price);
    }
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return !Double.isNaN(value);
  }

  @Override
  public int lookback() {
    return lookback;
  }

  @Override
  public void reset() {
    if (first != null) {
      first.reset();
    }
    if (second != null) {
      second.reset();
    }
    if (terms != null) {
      terms.reset();
    }
    prevClose = 0;
    hasPrevClose = false;
    value = Double.NaN;
  }

  /**
   * The estimator.
   *
   * @return the estimator
   */
  public VolatilityEstimator estimator() {
    return estimator;
  }

  /**
   * The window length.
   *
   * @return the window
   */
  public int window() {
    return window;
  }

  /**
   * The annualization factor.
   *
   * @return the periods per year
   */
  public double periodsPerYear() {
    return periodsPerYear;
  }

  // ---------------------------------------------------------------------------------------------
  // Batch forms.
  // ---------------------------------------------------------------------------------------------

  /**
   * Close-to-close volatility of a close series. See {@link VolatilityEstimator#CLOSE_TO_CLOSE}.
   *
   * @param close the closes, {@code > 0}
   * @param window the number of returns, {@code >= 2}
   * @param periodsPerYear the annualization factor, {@code > 0}
   * @return the annualized volatility, {@code NaN} for the first {@code window} rows
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] closeToClose(double[] close, int window, double periodsPerYear) {
    Args.notNull(close, "close");
    RealizedVolatility rv = new RealizedVolatility(VolatilityEstimator.CLOSE_TO_CLOSE, window,
        periodsPerYear);
    double[] out = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      double c = close[i];
      out[i] = rv.update(c, c, c, c);
    }
    return out;
  }

  /**
   * Parkinson volatility. See {@link VolatilityEstimator#PARKINSON}.
   *
   * @param high the highs, {@code > 0}
   * @param low the lows, {@code > 0}
   * @param window the number of bars, {@code >= 1}
   * @param periodsPerYear the annualization factor, {@code > 0}
   * @return the annualized volatility, {@code NaN} for the first {@code window - 1} rows
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] parkinson(double[] high, double[] low, int window, double periodsPerYear) {
    int n = Args.sameLength("high, low", high, low);
    RealizedVolatility rv = new RealizedVolatility(VolatilityEstimator.PARKINSON, window, periodsPerYear);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = rv.update(high[i], high[i], low[i], low[i]);
    }
    return out;
  }

  /**
   * Garman-Klass volatility. See {@link VolatilityEstimator#GARMAN_KLASS}.
   *
   * @param open the opens, {@code > 0}
   * @param high the highs, {@code > 0}
   * @param low the lows, {@code > 0}
   * @param close the closes, {@code > 0}
   * @param window the number of bars, {@code >= 1}
   * @param periodsPerYear the annualization factor, {@code > 0}
   * @return the annualized volatility, {@code NaN} for the first {@code window - 1} rows
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] garmanKlass(double[] open, double[] high, double[] low, double[] close,
      int window, double periodsPerYear) {
    return ohlc(VolatilityEstimator.GARMAN_KLASS, open, high, low, close, window, periodsPerYear);
  }

  /**
   * Rogers-Satchell volatility. See {@link VolatilityEstimator#ROGERS_SATCHELL}.
   *
   * @param open the opens, {@code > 0}
   * @param high the highs, {@code > 0}
   * @param low the lows, {@code > 0}
   * @param close the closes, {@code > 0}
   * @param window the number of bars, {@code >= 1}
   * @param periodsPerYear the annualization factor, {@code > 0}
   * @return the annualized volatility, {@code NaN} for the first {@code window - 1} rows
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] rogersSatchell(double[] open, double[] high, double[] low, double[] close,
      int window, double periodsPerYear) {
    return ohlc(VolatilityEstimator.ROGERS_SATCHELL, open, high, low, close, window, periodsPerYear);
  }

  /**
   * Yang-Zhang volatility. See {@link VolatilityEstimator#YANG_ZHANG}.
   *
   * @param open the opens, {@code > 0}
   * @param high the highs, {@code > 0}
   * @param low the lows, {@code > 0}
   * @param close the closes, {@code > 0}
   * @param window the number of bars, {@code >= 2}
   * @param periodsPerYear the annualization factor, {@code > 0}
   * @return the annualized volatility, {@code NaN} for the first {@code window} rows
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] yangZhang(double[] open, double[] high, double[] low, double[] close,
      int window, double periodsPerYear) {
    return ohlc(VolatilityEstimator.YANG_ZHANG, open, high, low, close, window, periodsPerYear);
  }

  /**
   * Any estimator over a bar series.
   *
   * @param estimator the estimator
   * @param series the bars
   * @param window the window, {@code >= estimator.minWindow()}
   * @param periodsPerYear the annualization factor, {@code > 0}
   * @return one annualized volatility per bar, {@code NaN} for the first
   *     {@code estimator.lookback(window)}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] estimate(VolatilityEstimator estimator, BarSeries series, int window,
      double periodsPerYear) {
    Args.notNull(series, "series");
    RealizedVolatility rv = new RealizedVolatility(estimator, window, periodsPerYear);
    double[] out = new double[series.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rv.update(series.open(i), series.high(i), series.low(i), series.close(i));
    }
    return out;
  }

  private static double[] ohlc(VolatilityEstimator estimator, double[] open, double[] high, double[] low,
      double[] close, int window, double periodsPerYear) {
    int n = Args.sameLength("open, high, low, close", open, high, low, close);
    RealizedVolatility rv = new RealizedVolatility(estimator, window, periodsPerYear);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = rv.update(open[i], high[i], low[i], close[i]);
    }
    return out;
  }
}
