package io.quantor.core.signal;

import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming alpha model of one instrument: fed one bar at a time, it emits one {@link Signal} per bar.
 *
 * <p><b>Warm-up.</b> The first {@link #warmUp()} updates (since construction or {@link #reset()}) only
 * feed the model's indicators: each returns {@link Signal#abstain} (direction ABSTAIN, score 0, confidence
 * 0). From update {@code warmUp() + 1} on, {@link #isReady()} is true and the signal follows the model's
 * rule. The warm-up equals the lookback of the model's slowest indicator (see each model).
 *
 * <p><b>Scores.</b> Every model maps its statistic to a score in {@code [-1, 1]} that reaches
 * {@code +-1} at a documented level and is clamped beyond it; the direction is the sign of the score
 * ({@link Direction#of(double)}), and the confidence is documented per model (for the single-series
 * models it is {@code |score|}). Entry thresholds belong to the {@link SignalEngine} (per-model minimum
 * confidence), not to the models.
 *
 * <p>Instances are mutable and not thread-safe: use one per instrument and thread. Per update a model
 * allocates only the returned signal (and {@link #update(BarSeries, int)} the {@link Bar} it reads).
 *
 * <pre>{@code
 * AlphaModel rsi = new RsiReversion();
 * for (int i = 0; i < orcl.size(); i++) {
 *   Signal s = rsi.update(orcl, i);
 * }
 * List<Signal> all = new EmaCrossover().run(orcl);   // reset, then one signal per bar
 * }</pre>
 */
public interface AlphaModel {

  /**
   * The model's name, the {@link Signal#source()} of its signals. It includes the parameters, so two
   * differently configured models of one kind have different names.
   *
   * @return the name, such as {@code "rsi-reversion(14,30,70)"}
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
   * @return true once {@link #warmUp()} + 1 bars have been seen since construction or reset
   */
  boolean isReady();

  /** Forgets every bar seen, as if newly constructed. */
  void reset();

  /**
   * Feeds the next bar and returns the signal at its close.
   *
   * @param instrument the instrument the bars belong to; not blank
   * @param bar the next bar
   * @return the signal, with the bar's time
   * @throws IllegalArgumentException if an argument is invalid (the state is then unchanged)
   */
  Signal update(String instrument, Bar bar);

  /**
   * Feeds bar {@code index} of a series, with the series' symbol as the instrument.
   *
   * @param series the series
   * @param index the bar's index
   * @return the signal
   * @throws IllegalArgumentException if an argument is invalid
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  default Signal update(BarSeries series, int index) {
    return update(series.symbol(), series.bar(index));
  }

  /**
   * Batch form: resets the model, then feeds every bar of the series in order.
   *
   * @param series the series
   * @return one signal per bar, in order
   * @throws IllegalArgumentException if a bar is invalid for the model
   */
  default List<Signal> run(BarSeries series) {
    reset();
    List<Signal> out = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      out.add(update(series, i));
    }
    return out;
  }
}
