package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One maximal run of non-zero exposure in a position series: the bars {@code start .. start+length-1}
 * all hold a position (long, short or both, of any size) and the bars just before and after the run, if
 * any, are flat. A trade in the wide sense: from leaving flat to returning to flat.
 *
 * <pre>{@code
 * List<PositionRun> runs = PositionRun.find(new double[] {0, 1, 1, 0, -0.5, 0});
 * // [PositionRun[start=1, length=2], PositionRun[start=4, length=1]]
 * }</pre>
 *
 * @param start the first bar of the run, {@code >= 0}
 * @param length the number of bars, {@code >= 1}
 */
public record PositionRun(int start, int length) {

  /**
   * Validates the run.
   *
   * @param start the first bar, {@code >= 0}
   * @param length the number of bars, {@code >= 1}
   */
  public PositionRun {
    Args.atLeast(start, 0, "start");
    Args.atLeast(length, 1, "length");
  }

  /**
   * The bar after the run's last bar, {@code start + length}.
   *
   * @return the exclusive end
   */
  public int end() {
    return start + length;
  }

  /**
   * The maximal runs of non-zero exposure of a position series, in order. An exposure of {@code 0.0}
   * or {@code -0.0} is flat.
   *
   * @param exposure the position per bar, finite, not empty
   * @return the runs, in increasing order of start, possibly empty; unmodifiable
   * @throws IllegalArgumentException if {@code exposure} is invalid
   */
  public static List<PositionRun> find(double[] exposure) {
    Inputs.finiteSeries(exposure, "exposure");
    List<PositionRun> runs = new ArrayList<>();
    int start = -1;
    for (int t = 0; t <= exposure.length; t++) {
      boolean held = t < exposure.length && exposure[t] != 0;
      if (held && start < 0) {
        start = t;
      } else if (!held && start >= 0) {
        runs.add(new PositionRun(start, t - start));
        start = -1;
      }
    }
    return Collections.unmodifiableList(runs);
  }
}
