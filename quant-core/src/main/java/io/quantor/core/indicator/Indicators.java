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

  /**
   * True range, TA-Lib {@code TRANGE}. See {@link TrueRange}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @return the true ranges, {@code NaN} at index 0
   */
  public static double[] trueRange(double[] high, double[] low, double[] close) {
    int n = Args.sameLength("high, low, close", high, low, close);
    TrueRange ind = new TrueRange();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Average true range, TA-Lib {@code ATR} (Wilder, SMA-seeded). See {@link Atr}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period the period, {@code >= 1}
   * @return the ATR, {@code NaN} for the first {@code period}
   */
  public static double[] atr(double[] high, double[] low, double[] close, int period) {
    int n = Args.sameLength("high, low, close", high, low, close);
    Atr ind = new Atr(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Normalized average true range in percent of the close, TA-Lib {@code NATR}. See {@link Natr}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period the period, {@code >= 1}
   * @return the NATR, {@code NaN} for the first {@code period}
   */
  public static double[] natr(double[] high, double[] low, double[] close, int period) {
    int n = Args.sameLength("high, low, close", high, low, close);
    Natr ind = new Natr(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Average directional movement index, TA-Lib {@code ADX}. See {@link Adx}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period the period, {@code >= 1}
   * @return the ADX, {@code NaN} for the first {@code 2*period - 1}
   */
  public static double[] adx(double[] high, double[] low, double[] close, int period) {
    int n = Args.sameLength("high, low, close", high, low, close);
    Adx ind = new Adx(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Plus directional indicator, TA-Lib {@code PLUS_DI}. See {@link PlusDi}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period the period, {@code >= 1}
   * @return +DI, {@code NaN} for the first {@code period}
   */
  public static double[] plusDi(double[] high, double[] low, double[] close, int period) {
    int n = Args.sameLength("high, low, close", high, low, close);
    PlusDi ind = new PlusDi(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Minus directional indicator, TA-Lib {@code MINUS_DI}. See {@link MinusDi}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period the period, {@code >= 1}
   * @return -DI, {@code NaN} for the first {@code period}
   */
  public static double[] minusDi(double[] high, double[] low, double[] close, int period) {
    int n = Args.sameLength("high, low, close", high, low, close);
    MinusDi ind = new MinusDi(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Slow stochastic %K and %D of {@link #stoch}.
   *
   * @param slowK slow %K, the SMA of fast %K, in [0, 100]
   * @param slowD slow %D, the SMA of slow %K, in [0, 100]
   */
  public record Stochastic(double[] slowK, double[] slowD) {
  }

  /**
   * Stochastic oscillator with SMA smoothing, TA-Lib {@code STOCH} (MA types SMA). See
   * {@link io.quantor.core.indicator.Stochastic}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param fastKPeriod the highest-high/lowest-low window, {@code >= 1}
   * @param slowKPeriod the SMA period of slow %K, {@code >= 1}
   * @param slowDPeriod the SMA period of slow %D, {@code >= 1}
   * @return slow %K and %D, both {@code NaN} for the first
   *     {@code (fastKPeriod-1) + (slowKPeriod-1) + (slowDPeriod-1)}
   */
  public static Stochastic stoch(double[] high, double[] low, double[] close, int fastKPeriod,
      int slowKPeriod, int slowDPeriod) {
    int n = Args.sameLength("high, low, close", high, low, close);
    io.quantor.core.indicator.Stochastic ind =
        new io.quantor.core.indicator.Stochastic(fastKPeriod, slowKPeriod, slowDPeriod);
    double[] k = new double[n];
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      k[i] = ind.update(high[i], low[i], close[i]);
      d[i] = ind.slowD();
    }
    return new Stochastic(k, d);
  }

  /**
   * Commodity channel index, TA-Lib {@code CCI}. See {@link Cci}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period the period, {@code >= 2}
   * @return the CCI, {@code NaN} for the first {@code period - 1}
   */
  public static double[] cci(double[] high, double[] low, double[] close, int period) {
    int n = Args.sameLength("high, low, close", high, low, close);
    Cci ind = new Cci(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Williams' %R in [-100, 0], TA-Lib {@code WILLR}. See {@link WilliamsR}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period the period, {@code >= 1}
   * @return %R, {@code NaN} for the first {@code period - 1}
   */
  public static double[] willR(double[] high, double[] low, double[] close, int period) {
    int n = Args.sameLength("high, low, close", high, low, close);
    WilliamsR ind = new WilliamsR(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Aroon down and up of {@link #aroon}.
   *
   * @param down Aroon down, in [0, 100]
   * @param up Aroon up, in [0, 100]
   */
  public record Aroon(double[] down, double[] up) {
  }

  /**
   * Aroon down and up, TA-Lib {@code AROON}. See {@link io.quantor.core.indicator.Aroon}.
   *
   * @param high the highs
   * @param low the lows
   * @param period the period, {@code >= 1}; the window is {@code period + 1} bars
   * @return down and up, both {@code NaN} for the first {@code period}
   */
  public static Aroon aroon(double[] high, double[] low, int period) {
    int n = Args.sameLength("high, low", high, low);
    io.quantor.core.indicator.Aroon ind = new io.quantor.core.indicator.Aroon(period);
    double[] down = new double[n];
    double[] up = new double[n];
    for (int i = 0; i < n; i++) {
      ind.update(high[i], low[i]);
      down[i] = ind.down();
      up[i] = ind.up();
    }
    return new Aroon(down, up);
  }

  /**
   * Aroon oscillator {@code up - down}, TA-Lib {@code AROONOSC}. See
   * {@link io.quantor.core.indicator.Aroon}.
   *
   * @param high the highs
   * @param low the lows
   * @param period the period, {@code >= 1}
   * @return the oscillator in [-100, 100], {@code NaN} for the first {@code period}
   */
  public static double[] aroonOsc(double[] high, double[] low, int period) {
    int n = Args.sameLength("high, low", high, low);
    io.quantor.core.indicator.Aroon ind = new io.quantor.core.indicator.Aroon(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i]);
    }
    return out;
  }

  /**
   * Parabolic SAR, TA-Lib {@code SAR}. See {@link ParabolicSar}.
   *
   * @param high the highs
   * @param low the lows
   * @param acceleration the initial acceleration factor and its step, {@code > 0} (usually 0.02)
   * @param maximum the largest acceleration factor, {@code >= acceleration} (usually 0.2)
   * @return the SAR, {@code NaN} at index 0
   */
  public static double[] sar(double[] high, double[] low, double acceleration, double maximum) {
    int n = Args.sameLength("high, low", high, low);
    ParabolicSar ind = new ParabolicSar(acceleration, maximum);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i]);
    }
    return out;
  }

  /**
   * Midpoint of the highest high and lowest low, TA-Lib {@code MIDPRICE}. See {@link MidPrice}.
   *
   * @param high the highs
   * @param low the lows
   * @param period the period, {@code >= 1}
   * @return the midpoints, {@code NaN} for the first {@code period - 1}
   */
  public static double[] midPrice(double[] high, double[] low, int period) {
    int n = Args.sameLength("high, low", high, low);
    MidPrice ind = new MidPrice(period);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i]);
    }
    return out;
  }

  /**
   * Ultimate oscillator, TA-Lib {@code ULTOSC} (weights 4/2/1 on the sorted periods). See
   * {@link UltimateOscillator}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period1 a period, {@code >= 1} (usually 7)
   * @param period2 a period, {@code >= 1} (usually 14)
   * @param period3 a period, {@code >= 1} (usually 28)
   * @return the oscillator, {@code NaN} for the first {@code max(period1, period2, period3)}
   */
  public static double[] ultOsc(double[] high, double[] low, double[] close, int period1, int period2,
      int period3) {
    int n = Args.sameLength("high, low, close", high, low, close);
    UltimateOscillator ind = new UltimateOscillator(period1, period2, period3);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = ind.update(high[i], low[i], close[i]);
    }
    return out;
  }

  /**
   * Donchian channel lines of {@link #donchian}.
   *
   * @param upper the highest highs
   * @param middle the midpoints {@code (upper + lower)/2}
   * @param lower the lowest lows
   */
  public record Donchian(double[] upper, double[] middle, double[] lower) {
  }

  /**
   * Donchian channel, R TTR {@code DC} (current bar included). See {@link DonchianChannel}.
   *
   * @param high the highs
   * @param low the lows
   * @param period the period, {@code >= 1}
   * @return the three lines, all {@code NaN} for the first {@code period - 1}
   */
  public static Donchian donchian(double[] high, double[] low, int period) {
    int n = Args.sameLength("high, low", high, low);
    DonchianChannel ind = new DonchianChannel(period);
    double[] upper = new double[n];
    double[] middle = new double[n];
    double[] lower = new double[n];
    for (int i = 0; i < n; i++) {
      middle[i] = ind.update(high[i], low[i]);
      upper[i] = ind.upper();
      lower[i] = ind.lower();
    }
    return new Donchian(upper, middle, lower);
  }

  /**
   * Keltner channel lines of {@link #keltner}.
   *
   * @param upper the upper band, {@code middle + atrMultiplier * ATR}
   * @param middle the EMA of the typical price
   * @param lower the lower band, {@code middle - atrMultiplier * ATR}
   */
  public record Keltner(double[] upper, double[] middle, double[] lower) {
  }

  /**
   * Keltner channel, R TTR {@code keltnerChannels} (EMA of the typical price +/- a multiple of the ATR).
   * See {@link KeltnerChannel}.
   *
   * @param high the highs
   * @param low the lows
   * @param close the closes
   * @param period the EMA and ATR period, {@code >= 1}
   * @param atrMultiplier the band width in ATRs, {@code > 0} (usually 2)
   * @return the three lines: middle {@code NaN} for the first {@code period - 1}, the bands for the first
   *     {@code period}
   */
  public static Keltner keltner(double[] high, double[] low, double[] close, int period,
      double atrMultiplier) {
    int n = Args.sameLength("high, low, close", high, low, close);
    KeltnerChannel ind = new KeltnerChannel(period, atrMultiplier);
    double[] upper = new double[n];
    double[] middle = new double[n];
    double[] lower = new double[n];
    for (int i = 0; i < n; i++) {
      middle[i] = ind.update(high[i], low[i], close[i]);
      upper[i] = ind.upper();
      lower[i] = ind.lower();
    }
    return new Keltner(upper, middle, lower);
  }

  // --- end of section B ------------------------------------------------------------------------



  // ---------------------------------------------------------------------------------------------
  // Section C: volume indicators, VWAP and Chaikin volatility.
  // ---------------------------------------------------------------------------------------------

  // --- end of section C ------------------------------------------------------------------------
}
