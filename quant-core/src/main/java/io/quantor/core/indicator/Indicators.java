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

  // --- end of section C ------------------------------------------------------------------------
}
