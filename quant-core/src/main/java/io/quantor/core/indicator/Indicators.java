package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Batch forms of every indicator: whole arrays in, arrays of the same length out, {@code NaN} in the
 * warm-up. Each method runs the streaming form over the input, so batch and streaming agree by
 * construction.
 *
 * <pre>{@code
 * double[] close = series.closes();
 * double[] sma = Indicators.sma(close, 20);          // sma[0..18] are NaN
 * Indicators.Macd macd = Indicators.macd(close, 12, 26, 9);
 * double lastHistogram = macd.histogram()[close.length - 1];
 * }</pre>
 *
 * <p>Inputs must be finite; a NaN or infinite input raises {@link IllegalArgumentException}. Arrays of
 * one call must have the same length. Results that hold several arrays are records; their arrays belong
 * to the caller.
 */
public final class Indicators {

  private Indicators() {
  }

  // ---------------------------------------------------------------------------------------------
  // Section A: moving averages and single-input oscillators.
  // ---------------------------------------------------------------------------------------------

  /**
   * Simple moving average, TA-Lib {@code SMA}. See {@link Sma}.
   *
   * @param values the inputs
   * @param period the period, {@code >= 1}
   * @return the averages, {@code NaN} for the first {@code period - 1}
   */
  public static double[] sma(double[] values, int period) {
    Args.notNull(values, "values");
    Sma ind = new Sma(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Exponential moving average, TA-Lib {@code EMA} (SMA-seeded). See {@link Ema}.
   *
   * @param values the inputs
   * @param period the period, {@code >= 1}
   * @return the averages, {@code NaN} for the first {@code period - 1}
   */
  public static double[] ema(double[] values, int period) {
    Args.notNull(values, "values");
    Ema ind = new Ema(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  // --- end of section A ------------------------------------------------------------------------



  // ---------------------------------------------------------------------------------------------
  // Section B: range, trend, directional indicators and channels on bars (high, low, close).
  // ---------------------------------------------------------------------------------------------

  // --- end of section B ------------------------------------------------------------------------



  // ---------------------------------------------------------------------------------------------
  // Section C: volume indicators, VWAP and Chaikin volatility.
  // ---------------------------------------------------------------------------------------------

  /**
   * On-balance volume, TA-Lib {@code OBV}. See {@link Obv}. Lookback 0 (the first value is the first
   * volume).
   *
   * @param close the prices compared from bar to bar (normally closes)
   * @param volume the volumes, {@code >= 0}
   * @return the on-balance volume, defined from index 0
   */
  public static double[] obv(double[] close, double[] volume) {
    int n = Args.sameLength("close, volume", close, volume);
    Obv ind = new Obv();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(close[i], volume[i]);
    }
    return out;
  }

  /**
   * Chaikin accumulation/distribution line, TA-Lib {@code AD}. See {@link AccumulationDistribution}.
   * Lookback 0.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param volume the volumes, {@code >= 0}
   * @return the A/D line, defined from index 0
   */
  public static double[] ad(double[] high, double[] low, double[] close, double[] volume) {
    int n = Args.sameLength("high, low, close, volume", high, low, close, volume);
    AccumulationDistribution ind = new AccumulationDistribution();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i], volume[i]);
    }
    return out;
  }

  /**
   * Chaikin A/D oscillator, TA-Lib {@code ADOSC}. See {@link ChaikinOscillator}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param volume the volumes, {@code >= 0}
   * @param fastPeriod the fast EMA period, {@code >= 1} (TA-Lib default 3)
   * @param slowPeriod the slow EMA period, {@code >= 1} (TA-Lib default 10)
   * @return the oscillator, {@code NaN} for the first {@code max(fastPeriod, slowPeriod) - 1}
   */
  public static double[] adOsc(double[] high, double[] low, double[] close, double[] volume,
      int fastPeriod, int slowPeriod) {
    int n = Args.sameLength("high, low, close, volume", high, low, close, volume);
    ChaikinOscillator ind = new ChaikinOscillator(fastPeriod, slowPeriod);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i], volume[i]);
    }
    return out;
  }

  /**
   * Money flow index, TA-Lib {@code MFI} (0..100). See {@link Mfi}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param volume the volumes, {@code >= 0}
   * @param period the period, {@code >= 1} (TA-Lib default 14)
   * @return the index, {@code NaN} for the first {@code period}
   */
  public static double[] mfi(double[] high, double[] low, double[] close, double[] volume, int period) {
    int n = Args.sameLength("high, low, close, volume", high, low, close, volume);
    Mfi ind = new Mfi(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i], volume[i]);
    }
    return out;
  }

  /**
   * Rolling volume-weighted average price, R TTR {@code VWAP(price, volume, n)}; not session-anchored. A
   * window whose volumes are all zero gives its equal-weight average price. See {@link Vwap}.
   *
   * @param price the prices (closes, or typical prices {@code (high + low + close)/3})
   * @param volume the volumes, {@code >= 0}
   * @param period the window length, {@code >= 1}
   * @return the VWAP, {@code NaN} for the first {@code period - 1}
   */
  public static double[] vwap(double[] price, double[] volume, int period) {
    int n = Args.sameLength("price, volume", price, volume);
    Vwap ind = new Vwap(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(price[i], volume[i]);
    }
    return out;
  }

  /**
   * Chaikin volatility, R TTR {@code chaikinVolatility(HL, n)}: {@code EMA_n(high - low)} over its value
   * {@code n} bars earlier, minus 1 (a fraction). See {@link ChaikinVolatility}.
   *
   * @param high the highs
   * @param low the lows
   * @param period the period, {@code >= 1} (TTR default 10)
   * @return the values, {@code NaN} for the first {@code 2*period - 1}
   */
  public static double[] chaikinVolatility(double[] high, double[] low, int period) {
    int n = Args.sameLength("high, low", high, low);
    ChaikinVolatility ind = new ChaikinVolatility(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i]);
    }
    return out;
  }

  // --- end of section C ------------------------------------------------------------------------
}
