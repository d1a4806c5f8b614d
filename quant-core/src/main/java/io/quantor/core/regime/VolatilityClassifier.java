package io.quantor.core.regime;

import io.quantor.core.analytics.RealizedVolatility;
import io.quantor.core.analytics.VolatilityEstimator;
import io.quantor.core.internal.Args;

/**
 * Streaming volatility regime: the percentile rank of the current realized volatility among the
 * {@code percentileWindow} realized volatilities before it.
 *
 * <p><b>Volatility.</b> {@link RealizedVolatility} with the chosen estimator and window, annualized with 252
 * periods a year (the annualization multiplies every value by the same factor, so it does not change a
 * rank).
 *
 * <p><b>Percentile rank</b> (mid-rank, so ties count half): with {@code v_t} the current volatility and
 * {@code v_(t-W) .. v_(t-1)} the {@code W = percentileWindow} volatilities before it,
 * {@code p_t = (#{j : v_j < v_t} + 0.5 #{j : v_j = v_t}) / W}, in [0, 1]. A new high has rank 1, a new
 * low 0, and a volatility equal to all earlier ones (a flat market) 0.5. The current value is not part of
 * the window it is ranked against. Unlike {@link io.quantor.core.analytics.IvPercentile}, which counts
 * ties as not below, ties count half here, so that a market whose volatility does not change is NORMAL
 * rather than LOW.
 *
 * <p><b>Regime</b> ({@link #classify(double, double, double)}): {@code p < low} is
 * {@link VolatilityRegime#LOW}, {@code p > high} is {@link VolatilityRegime#HIGH}, otherwise (the
 * thresholds included) {@link VolatilityRegime#NORMAL}.
 *
 * <p>Warm-up: the first rank needs {@code W} earlier volatilities, so it comes at bar
 * {@code estimator.lookback(volatilityWindow) + W} (0-based; 272 for close to close over 20 returns and
 * {@code W = 252}); before it {@link #regime()} is {@code null} and {@link #percentile()} {@code NaN}.
 * Each update scans the window once: O(W) without allocation (the ring buffer is preallocated).
 *
 * <pre>{@code
 * VolatilityClassifier vol = new VolatilityClassifier(VolatilityEstimator.CLOSE_TO_CLOSE, 20, 252,
 *     0.25, 0.75);
 * for (int i = 0; i < series.size(); i++) {
 *   VolatilityRegime r = vol.update(series.open(i), series.high(i), series.low(i), series.close(i));
 * }
 * }</pre>
 */
public final class VolatilityClassifier {

  private final RealizedVolatility volatility;
  private final double low;
  private final double high;
  private final int window;
  private final double[] previous;
  private int next;
  private int count;
  private double percentile = Double.NaN;
  private VolatilityRegime regime;

  /**
   * Creates the classifier.
   *
   * @param estimator the realized-volatility estimator
   * @param volatilityWindow the realized-volatility window, {@code >= estimator.minWindow()}
   * @param percentileWindow the number of earlier volatilities ranked against, {@code >= 1}
   * @param lowPercentile the rank below which volatility is LOW, in [0, 1]
   * @param highPercentile the rank above which volatility is HIGH, in [{@code lowPercentile}, 1]
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public VolatilityClassifier(VolatilityEstimator estimator, int volatilityWindow, int percentileWindow,
      double lowPercentile, double highPercentile) {
    RegimeConfig.checkVolatility(estimator, volatilityWindow, percentileWindow, lowPercentile,
        highPercentile);
    this.volatility = new RealizedVolatility(estimator, volatilityWindow);
    this.low = lowPercentile;
    this.high = highPercentile;
    this.window = percentileWindow;
    this.previous = new double[percentileWindow];
  }

  /**
   * The volatility regime of a percentile rank.
   *
   * @param percentile the rank, in [0, 1]
   * @param lowPercentile the LOW threshold, in [0, 1]
   * @param highPercentile the HIGH threshold, in [{@code lowPercentile}, 1]
   * @return LOW if {@code percentile < lowPercentile}, HIGH if {@code percentile > highPercentile}, else
   *     NORMAL
   * @throws IllegalArgumentException if an argument is out of range or NaN
   */
  public static VolatilityRegime classify(double percentile, double lowPercentile, double highPercentile) {
    Args.inRange(percentile, 0.0, 1.0, "percentile");
    Args.inRange(lowPercentile, 0.0, 1.0, "lowPercentile");
    Args.inRange(highPercentile, lowPercentile, 1.0, "highPercentile");
    return regimeOf(percentile, lowPercentile, highPercentile);
  }

  static VolatilityRegime regimeOf(double percentile, double low, double high) {
    if (percentile < low) {
      return VolatilityRegime.LOW;
    }
    if (percentile > high) {
      return VolatilityRegime.HIGH;
    }
    return VolatilityRegime.NORMAL;
  }

  /**
   * The mid-rank of {@code value} among {@code values[from .. to-1]}; see the class comment.
   *
   * @param values the values
   * @param from the first index
   * @param to one past the last index, {@code > from}
   * @param value the value ranked
   * @return the rank in [0, 1]
   */
  static double midRank(double[] values, int from, int to, double value) {
    int below = 0;
    int equal = 0;
    for (int j = from; j < to; j++) {
      if (values[j] < value) {
        below++;
      } else if (values[j] == value) {
        equal++;
      }
    }
    // 2 * below + equal is exact in int for any array length, and one division rounds once.
    return (2.0 * below + equal) / (2.0 * (to - from));
  }

  /**
   * Feeds the next bar; the fields the estimator does not read are not checked.
   *
   * @param open the open
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the regime after this update, {@code null} during warm-up
   * @throws IllegalArgumentException if a price the estimator reads is not finite and {@code > 0} (the
   *     state is then unchanged)
   */
  public VolatilityRegime update(double open, double high, double low, double close) {
    double v = volatility.update(open, high, low, close);
    if (!volatility.isReady()) {
      return regime;
    }
    if (count == window) {
      percentile = midRank(previous, 0, window, v);
      regime = regimeOf(percentile, this.low, this.high);
    } else {
      count++;
    }
    previous[next] = v;
    if (++next == window) {
      next = 0;
    }
    return regime;
  }

  /**
   * The latest regime.
   *
   * @return the regime, {@code null} during warm-up
   */
  public VolatilityRegime regime() {
    return regime;
  }

  /**
   * The latest percentile rank of the realized volatility.
   *
   * @return the rank in [0, 1], {@code NaN} during warm-up
   */
  public double percentile() {
    return percentile;
  }

  /**
   * The latest realized volatility, annualized with 252 periods a year.
   *
   * @return the volatility, {@code NaN} during the estimator's own warm-up
   */
  public double volatility() {
    return volatility.value();
  }

  /**
   * Whether the regime is known.
   *
   * @return true once the first rank has been computed
   */
  public boolean isReady() {
    return regime != null;
  }

  /**
   * The number of bars before the first regime: the estimator's lookback plus the percentile window.
   *
   * @return the lookback
   */
  public int lookback() {
    return volatility.lookback() + window;
  }

  /** Forgets every bar, as if newly created. */
  public void reset() {
    volatility.reset();
    next = 0;
    count = 0;
    percentile = Double.NaN;
    regime = null;
  }
}
