package io.quantor.core.sim;

import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import java.util.Arrays;

/**
 * The output of {@link SyntheticMarket#generate(MarketConfig, int)}: the bars, the regime of each bar and
 * the number of jumps.
 *
 * <p>The regime array is copied in and out, so the value is immutable; {@link #regime(int)} reads one entry
 * without copying. Equality compares the regime arrays by content and the series as {@code BarSeries}
 * does (by identity).
 *
 * @param config the configuration that generated the bars
 * @param bars the generated bars
 * @param regimes for each bar, the index of its regime in {@link MarketConfig#regimes()}
 * @param jumpCount the number of jumps in the whole path (overnight gaps included)
 */
public record SyntheticSeries(MarketConfig config, BarSeries bars, int[] regimes, long jumpCount) {

  /**
   * Validates and copies.
   *
   * @param config the configuration, not null
   * @param bars the bars, not null
   * @param regimes one regime index per bar (copied)
   * @param jumpCount the number of jumps, {@code >= 0}
   * @throws IllegalArgumentException if a field is null, the lengths differ or the count is negative
   */
  public SyntheticSeries {
    Args.notNull(config, "config");
    Args.notNull(bars, "bars");
    Args.notNull(regimes, "regimes");
    if (regimes.length != bars.size()) {
      throw new IllegalArgumentException("regimes must have one entry per bar (" + bars.size() + "), had "
          + regimes.length);
    }
    if (jumpCount < 0) {
      throw new IllegalArgumentException("jumpCount must be >= 0, was " + jumpCount);
    }
    regimes = regimes.clone();
  }

  /**
   * The regime of each bar (a copy).
   *
   * @return a new array of {@code bars().size()} regime indices
   */
  @Override
  public int[] regimes() {
    return regimes.clone();
  }

  /**
   * The regime of bar {@code i}.
   *
   * @param i the bar index
   * @return its regime index
   */
  public int regime(int i) {
    return regimes[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SyntheticSeries other && config.equals(other.config) && bars.equals(other.bars)
        && Arrays.equals(regimes, other.regimes) && jumpCount == other.jumpCount;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * config.hashCode() + bars.hashCode()) + Arrays.hashCode(regimes);
  }

  @Override
  public String toString() {
    return "SyntheticSeries[" + bars + ", " + config.regimes().size() + " regimes, " + jumpCount
        + " jumps]";
  }
}
