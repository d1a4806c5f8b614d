package io.quantor.core.signal;

import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming alpha model of a pair of instruments: fed one bar of each leg at a time (bars of the same
 * time), it emits one {@link Signal} about the spread per pair of bars.
 *
 * <p>{@link Direction#BUY} means buy the spread (long the first leg, short the hedge ratio's worth of the
 * second), {@link Direction#SELL} the opposite. The warm-up contract is {@link AlphaModel}'s: the first
 * {@link #warmUp()} updates return {@link Signal#abstain}.
 *
 * <pre>{@code
 * PairAlphaModel pairs = PairsTrading.builder().build();
 * List<Signal> signals = pairs.run("ORCL/YHOO", orcl, yhoo);
 * }</pre>
 */
public interface PairAlphaModel {

  /**
   * The model's name, the {@link Signal#source()} of its signals, including its parameters.
   *
   * @return the name
   */
  String name();

  /**
   * The number of updates that only warm the model up.
   *
   * @return the warm-up length, {@code >= 0}
   */
  int warmUp();

  /**
   * The horizon of the model's signals.
   *
   * @return the number of bars each signal is for, {@code >= 1}
   */
  int horizonBars();

  /**
   * Whether the warm-up is over.
   *
   * @return true once {@link #warmUp()} + 1 pairs of bars have been seen since construction or reset
   */
  boolean isReady();

  /** Forgets every bar seen, as if newly constructed. */
  void reset();

  /**
   * Feeds the next pair of bars and returns the signal on the spread at their close.
   *
   * @param instrument the name of the pair, such as {@code "ORCL/YHOO"}; not blank
   * @param first the first leg's bar
   * @param second the second (hedge) leg's bar, with the same timestamp
   * @return the signal
   * @throws IllegalArgumentException if an argument is invalid or the timestamps differ (the state is then
   *     unchanged)
   */
  Signal update(String instrument, Bar first, Bar second);

  /**
   * Batch form: resets the model, then feeds the two series bar by bar.
   *
   * @param instrument the name of the pair; not blank
   * @param first the first leg
   * @param second the second leg, with the same timestamps as {@code first}
   * @return one signal per bar, in order
   * @throws IllegalArgumentException if the series differ in length or timestamps, or a bar is invalid
   */
  default List<Signal> run(String instrument, BarSeries first, BarSeries second) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException("second must have the length of first (" + first.size()
          + "), was " + second.size());
    }
    reset();
    List<Signal> out = new ArrayList<>(first.size());
    for (int i = 0; i < first.size(); i++) {
      out.add(update(instrument, first.bar(i), second.bar(i)));
    }
    return out;
  }
}
