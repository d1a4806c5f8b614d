package io.quantor.core.indicator;

/**
 * A streaming indicator: fed one input at a time, O(1) per update, no allocation after construction.
 *
 * <p>The life cycle is the same for every indicator. The first {@link #lookback()} updates only warm the
 * indicator up: {@link #value()} is {@code NaN} and {@link #isReady()} is false. From update number
 * {@code lookback() + 1} on, {@code value()} is defined (finite for finite input). {@link #reset()} returns
 * the indicator to its freshly constructed state. The lookback equals TA-Lib's: the 0-based index of the
 * first defined output of the batch form.
 *
 * <p>Inputs are fed through the sub-interfaces: {@link ValueIndicator} takes one number per update (a
 * close, a spread), {@link BarIndicator} takes a whole bar. Indicators with several outputs (MACD,
 * Bollinger Bands) expose each through its own accessor; {@code value()} is the main one.
 *
 * <p>Instances are mutable and not thread-safe: use one per thread and series.
 */
public interface Indicator {

  /**
   * The latest main output.
   *
   * @return the latest value, or {@code NaN} while {@link #isReady()} is false
   */
  double value();

  /**
   * Whether the warm-up is over.
   *
   * @return true once {@link #lookback()} + 1 inputs have been seen since construction or reset
   */
  boolean isReady();

  /**
   * The number of inputs consumed before the first defined value (TA-Lib's lookback).
   *
   * @return the warm-up length, {@code >= 0}
   */
  int lookback();

  /** Forgets every input seen, as if newly constructed. */
  void reset();
}
