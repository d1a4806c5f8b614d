package io.quantor.core.regime;

import io.quantor.core.indicator.Sma;
import io.quantor.core.internal.Args;

/**
 * Streaming trend regime from a fast simple moving average against a slow one.
 *
 * <p>The rule ({@link #classify(double, double, double)}): with {@code d = (fast - slow) / slow},
 * {@code d > band} is {@link TrendRegime#BULL}, {@code d < -band} is {@link TrendRegime#BEAR}, and
 * {@code -band <= d <= band} (the edges included) is {@link TrendRegime#SIDEWAYS}. The averages are
 * {@link Sma} over the closes (TA-Lib {@code SMA}), so the regime is known from bar {@code slowPeriod - 1}
 * (0-based) on. Because {@code d} is a ratio of averages, multiplying every price by the same factor
 * leaves it unchanged (exactly for powers of two; otherwise up to rounding in the last bits).
 *
 * <p>Each update is O(1) without allocation. Before the slow average is ready, {@link #regime()} is
 * {@code null} and {@link #spread()} is {@code NaN}; {@link #isReady()} says which.
 *
 * <pre>{@code
 * TrendClassifier trend = new TrendClassifier(20, 50, 0.005);
 * for (int i = 0; i < series.size(); i++) {
 *   TrendRegime r = trend.update(series.close(i));   // null during warm-up
 * }
 * }</pre>
 */
public final class TrendClassifier {

  private final double band;
  private final Sma fast;
  private final Sma slow;
  private double spread = Double.NaN;
  private TrendRegime regime;

  /**
   * Creates the classifier.
   *
   * @param fastPeriod the fast SMA period, {@code >= 1}
   * @param slowPeriod the slow SMA period, {@code > fastPeriod}
   * @param band the neutral band as a fraction of the slow average, finite and {@code >= 0}
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public TrendClassifier(int fastPeriod, int slowPeriod, double band) {
    RegimeConfig.checkTrend(fastPeriod, slowPeriod, band);
    this.band = band;
    this.fast = new Sma(fastPeriod);
    this.slow = new Sma(slowPeriod);
  }

  /**
   * The trend regime of two averages.
   *
   * @param fast the fast average
   * @param slow the slow average, {@code > 0}
   * @param band the neutral band, {@code >= 0}
   * @return BULL if {@code (fast - slow)/slow > band}, BEAR if {@code < -band}, else SIDEWAYS
   * @throws IllegalArgumentException if {@code slow} is not finite and {@code > 0}, {@code fast} is not
   *     finite or {@code band} is negative or not finite
   */
  public static TrendRegime classify(double fast, double slow, double band) {
    Args.finite(fast, "fast");
    Args.positive(slow, "slow");
    Args.finite(Args.atLeast(band, 0.0, "band"), "band");
    return regimeOf((fast - slow) / slow, band);
  }

  static TrendRegime regimeOf(double spread, double band) {
    if (spread > band) {
      return TrendRegime.BULL;
    }
    if (spread < -band) {
      return TrendRegime.BEAR;
    }
    return TrendRegime.SIDEWAYS;
  }

  /**
   * Feeds the next close.
   *
   * @param close the close, finite and {@code > 0}
   * @return the regime after this update, {@code null} during warm-up
   * @throws IllegalArgumentException if {@code close} is not finite and {@code > 0} (the state is then
   *     unchanged)
   */
  public TrendRegime update(double close) {
    Args.positive(close, "close");
    double f = fast.update(close);
    double s = slow.update(close);
    if (slow.isReady()) {
      spread = (f - s) / s;
      regime = regimeOf(spread, band);
    }
    return regime;
  }

  /**
   * The latest regime.
   *
   * @return the regime, {@code null} during warm-up
   */
  public TrendRegime regime() {
    return regime;
  }

  /**
   * The latest relative spread {@code (fast - slow) / slow}.
   *
   * @return the spread, {@code NaN} during warm-up
   */
  public double spread() {
    return spread;
  }

  /**
   * The latest fast average.
   *
   * @return the fast SMA, {@code NaN} for the first {@code fastPeriod - 1} closes
   */
  public double fast() {
    return fast.value();
  }

  /**
   * The latest slow average.
   *
   * @return the slow SMA, {@code NaN} for the first {@code slowPeriod - 1} closes
   */
  public double slow() {
    return slow.value();
  }

  /**
   * Whether the regime is known.
   *
   * @return true once {@code slowPeriod} closes have been fed
   */
  public boolean isReady() {
    return regime != null;
  }

  /**
   * The number of closes before the first regime: {@code slowPeriod - 1}.
   *
   * @return the lookback
   */
  public int lookback() {
    return slow.lookback();
  }

  /** Forgets every close, as if newly created. */
  public void reset() {
    fast.reset();
    slow.reset();
    spread = Double.NaN;
    regime = null;
  }

  /**
   * The neutral band.
   *
   * @return the band
   */
  public double band() {
    return band;
  }
}
