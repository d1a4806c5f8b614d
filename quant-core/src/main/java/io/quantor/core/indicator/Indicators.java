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

  /**
   * Linearly weighted moving average, TA-Lib {@code WMA}. See {@link Wma}.
   *
   * @param values the inputs
   * @param period the period, {@code >= 1}
   * @return the averages, {@code NaN} for the first {@code period - 1}
   */
  public static double[] wma(double[] values, int period) {
    Args.notNull(values, "values");
    Wma ind = new Wma(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Double exponential moving average, TA-Lib {@code DEMA}. See {@link Dema}.
   *
   * @param values the inputs
   * @param period the period of both EMAs, {@code >= 1}
   * @return the averages, {@code NaN} for the first {@code 2*(period-1)}
   */
  public static double[] dema(double[] values, int period) {
    Args.notNull(values, "values");
    Dema ind = new Dema(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Triple exponential moving average, TA-Lib {@code TEMA}. See {@link Tema}.
   *
   * @param values the inputs
   * @param period the period of the three EMAs, {@code >= 1}
   * @return the averages, {@code NaN} for the first {@code 3*(period-1)}
   */
  public static double[] tema(double[] values, int period) {
    Args.notNull(values, "values");
    Tema ind = new Tema(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Kaufman adaptive moving average, TA-Lib {@code KAMA} (fast and slow constants 2 and 30). See
   * {@link Kama}.
   *
   * @param values the inputs
   * @param period the efficiency-ratio period, {@code >= 2}
   * @return the averages, {@code NaN} for the first {@code period}
   */
  public static double[] kama(double[] values, int period) {
    Args.notNull(values, "values");
    Kama ind = new Kama(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Relative strength index, TA-Lib {@code RSI} (Wilder smoothing), 0..100. See {@link Rsi}.
   *
   * @param values the inputs
   * @param period the smoothing period, {@code >= 1}
   * @return the RSI, {@code NaN} for the first {@code period}
   */
  public static double[] rsi(double[] values, int period) {
    Args.notNull(values, "values");
    Rsi ind = new Rsi(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Chande momentum oscillator as TA-Lib computes it ({@code 2*RSI - 100}), -100..100. See {@link Cmo}.
   *
   * @param values the inputs
   * @param period the smoothing period, {@code >= 1}
   * @return the CMO, {@code NaN} for the first {@code period}
   */
  public static double[] cmo(double[] values, int period) {
    Args.notNull(values, "values");
    Cmo ind = new Cmo(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * The three outputs of {@link #macd(double[], int, int, int)}, each as long as the input, all
   * {@code NaN} for the same warm-up rows.
   *
   * @param macd the MACD line, fast EMA minus slow EMA
   * @param signal the signal line, the EMA of the MACD line
   * @param histogram MACD line minus signal
   */
  public record Macd(double[] macd, double[] signal, double[] histogram) {
  }

  /**
   * MACD with TA-Lib's seeding (both EMAs start at row {@code slow-1}), TA-Lib {@code MACD}. See
   * {@link io.quantor.core.indicator.Macd}. If {@code fast > slow} the two are swapped, as in TA-Lib.
   *
   * @param values the inputs
   * @param fast the fast EMA period, {@code >= 1}
   * @param slow the slow EMA period, {@code >= 1}
   * @param signal the signal EMA period, {@code >= 1}
   * @return line, signal and histogram, {@code NaN} for the first
   *     {@code (max(fast, slow)-1) + (signal-1)} rows
   */
  public static Macd macd(double[] values, int fast, int slow, int signal) {
    Args.notNull(values, "values");
    io.quantor.core.indicator.Macd ind = new io.quantor.core.indicator.Macd(fast, slow, signal);
    int n = values.length;
    double[] line = new double[n];
    double[] sig = new double[n];
    double[] hist = new double[n];
    for (int i = 0; i < n; i++) {
      ind.update(values[i]);
      line[i] = ind.macd();
      sig[i] = ind.signal();
      hist[i] = ind.histogram();
    }
    return new Macd(line, sig, hist);
  }

  /**
   * The three bands of {@link #bbands(double[], int, double, double)}, each as long as the input, all
   * {@code NaN} for the same warm-up rows.
   *
   * @param upper the upper band, middle plus {@code nbDevUp} standard deviations
   * @param middle the middle band, the moving average
   * @param lower the lower band, middle minus {@code nbDevDn} standard deviations
   */
  public record BollingerBands(double[] upper, double[] middle, double[] lower) {
  }

  /**
   * Bollinger Bands on a simple moving average, TA-Lib {@code BBANDS} (population standard deviation).
   * See {@link io.quantor.core.indicator.BollingerBands}.
   *
   * @param values the inputs
   * @param period the window length, {@code >= 1}
   * @param nbDevUp the standard deviations above the middle band, finite and {@code >= 0}
   * @param nbDevDn the standard deviations below the middle band, finite and {@code >= 0}
   * @return upper, middle and lower bands, {@code NaN} for the first {@code period - 1} rows
   */
  public static BollingerBands bbands(double[] values, int period, double nbDevUp, double nbDevDn) {
    return bbands(values, period, nbDevUp, nbDevDn, MovingAverageType.SMA);
  }

  /**
   * Bollinger Bands on the given moving average, TA-Lib {@code BBANDS} with {@code MAType}. See
   * {@link io.quantor.core.indicator.BollingerBands}.
   *
   * @param values the inputs
   * @param period the window length, {@code >= 1} ({@code >= 2} for KAMA)
   * @param nbDevUp the standard deviations above the middle band, finite and {@code >= 0}
   * @param nbDevDn the standard deviations below the middle band, finite and {@code >= 0}
   * @param type the moving average of the middle band
   * @return upper, middle and lower bands, {@code NaN} for the average's lookback
   */
  public static BollingerBands bbands(double[] values, int period, double nbDevUp, double nbDevDn,
      MovingAverageType type) {
    Args.notNull(values, "values");
    io.quantor.core.indicator.BollingerBands ind =
        new io.quantor.core.indicator.BollingerBands(period, nbDevUp, nbDevDn, type);
    int n = values.length;
    double[] upper = new double[n];
    double[] middle = new double[n];
    double[] lower = new double[n];
    for (int i = 0; i < n; i++) {
      ind.update(values[i]);
      upper[i] = ind.upper();
      middle[i] = ind.middle();
      lower[i] = ind.lower();
    }
    return new BollingerBands(upper, middle, lower);
  }

  /**
   * Rolling population standard deviation times {@code nbDev}, TA-Lib {@code STDDEV}. See
   * {@link StdDev}.
   *
   * @param values the inputs
   * @param period the window length, {@code >= 1}
   * @param nbDev the factor, finite and {@code >= 0}
   * @return the deviations, {@code NaN} for the first {@code period - 1}
   */
  public static double[] stdDev(double[] values, int period, double nbDev) {
    Args.notNull(values, "values");
    StdDev ind = new StdDev(period, nbDev);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Rolling least-squares line evaluated at the newest input, TA-Lib {@code LINEARREG}. See
   * {@link LinearRegression}.
   *
   * @param values the inputs
   * @param period the window length, {@code >= 2}
   * @return the fitted values, {@code NaN} for the first {@code period - 1}
   */
  public static double[] linearReg(double[] values, int period) {
    Args.notNull(values, "values");
    LinearRegression ind = new LinearRegression(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * TRIX, the one-period percent rate of change of a triple EMA, TA-Lib {@code TRIX}. See {@link Trix}.
   *
   * @param values the inputs
   * @param period the period of the three EMAs, {@code >= 1}
   * @return TRIX, {@code NaN} for the first {@code 3*(period-1) + 1}
   */
  public static double[] trix(double[] values, int period) {
    Args.notNull(values, "values");
    Trix ind = new Trix(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Percentage price oscillator, TA-Lib {@code PPO} (whose default average is the SMA). See {@link Ppo}.
   * If {@code fast > slow} the two are swapped, as in TA-Lib.
   *
   * @param values the inputs
   * @param fast the fast average's period, {@code >= 1}
   * @param slow the slow average's period, {@code >= 1}
   * @param type the moving average of both legs
   * @return the PPO in percent, {@code NaN} for the slow average's lookback
   */
  public static double[] ppo(double[] values, int fast, int slow, MovingAverageType type) {
    Args.notNull(values, "values");
    Ppo ind = new Ppo(fast, slow, type);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Rate of change in percent, TA-Lib {@code ROC}. See {@link Roc}.
   *
   * @param values the inputs
   * @param period the distance to the compared value, {@code >= 1}
   * @return the rates of change, {@code NaN} for the first {@code period}
   */
  public static double[] roc(double[] values, int period) {
    Args.notNull(values, "values");
    Roc ind = new Roc(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * Momentum, TA-Lib {@code MOM}. See {@link Momentum}.
   *
   * @param values the inputs
   * @param period the distance to the compared value, {@code >= 1}
   * @return the differences, {@code NaN} for the first {@code period}
   */
  public static double[] mom(double[] values, int period) {
    Args.notNull(values, "values");
    Momentum ind = new Momentum(period);
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ind.update(values[i]);
    }
    return out;
  }

  /**
   * The two outputs of {@link #stochRsi(double[], int, int, int)}, each as long as the input, both
   * {@code NaN} for the same warm-up rows.
   *
   * @param fastK %K, the position of the RSI in its recent range, 0..100
   * @param fastD %D, the simple moving average of %K
   */
  public record StochRsi(double[] fastK, double[] fastD) {
  }

  /**
   * Stochastic RSI, TA-Lib {@code STOCHRSI} with an SMA for %D. See
   * {@link io.quantor.core.indicator.StochRsi}.
   *
   * @param values the inputs
   * @param rsiPeriod the RSI period, {@code >= 1}
   * @param fastKPeriod the stochastic window, in RSI values, {@code >= 1}
   * @param fastDPeriod the SMA period of %D, {@code >= 1}
   * @return %K and %D, {@code NaN} for the first {@code rsiPeriod + (fastKPeriod-1) + (fastDPeriod-1)}
   */
  public static StochRsi stochRsi(double[] values, int rsiPeriod, int fastKPeriod, int fastDPeriod) {
    Args.notNull(values, "values");
    io.quantor.core.indicator.StochRsi ind =
        new io.quantor.core.indicator.StochRsi(rsiPeriod, fastKPeriod, fastDPeriod);
    int n = values.length;
    double[] k = new double[n];
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      ind.update(values[i]);
      k[i] = ind.fastK();
      d[i] = ind.fastD();
    }
    return new StochRsi(k, d);
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
