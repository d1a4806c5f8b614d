package io.quantor.core.indicator;

import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;

/**
 * An indicator fed one OHLCV bar per update, such as ATR or MFI. Fields an indicator does not use are
 * ignored (ATR ignores open and volume).
 *
 * <pre>{@code
 * BarIndicator atr = new Atr(14);
 * for (int i = 0; i < series.size(); i++) {
 *   atr.update(series, i);
 * }
 * double last = atr.value();
 * }</pre>
 */
public interface BarIndicator extends Indicator {

  /**
   * Feeds the next bar.
   *
   * @param open the open price
   * @param high the high price
   * @param low the low price
   * @param close the close price
   * @param volume the volume
   * @return {@link #value()} after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if a field the indicator uses is NaN or infinite
   */
  double update(double open, double high, double low, double close, double volume);

  /**
   * Feeds the next bar.
   *
   * @param bar the bar
   * @return {@link #value()} after this update
   */
  default double update(Bar bar) {
    return update(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
  }

  /**
   * Feeds bar {@code index} of a series.
   *
   * @param series the series
   * @param index the bar index in the series
   * @return {@link #value()} after this update
   */
  default double update(BarSeries series, int index) {
    return update(series.open(index), series.high(index), series.low(index), series.close(index),
        series.volume(index));
  }
}
