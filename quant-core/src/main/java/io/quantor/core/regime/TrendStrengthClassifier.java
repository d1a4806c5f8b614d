package io.quantor.core.regime;

import io.quantor.core.indicator.Adx;
import io.quantor.core.internal.Args;

/**
 * Streaming trend strength from the average directional movement index ({@link Adx}, TA-Lib {@code ADX};
 * Wilder, <i>New Concepts in Technical Trading Systems</i>, 1978).
 *
 * <p>The rule ({@link #classify(double, double, double)}): {@code adx < weak} is
 * {@link TrendStrength#WEAK}, {@code weak <= adx < strong} is {@link TrendStrength#MODERATE},
 * {@code adx >= strong} is {@link TrendStrength#STRONG}; defaults 20 and 25. The ADX is known from bar
 * {@code 2 * period - 1} (0-based); before it {@link #strength()} is {@code null} and {@link #adx()}
 * {@code NaN}. O(1) per update without allocation.
 *
 * <pre>{@code
 * TrendStrengthClassifier adx = new TrendStrengthClassifier(14, 20, 25);
 * TrendStrength s = adx.update(high, low, close);   // null for the first 27 bars
 * }</pre>
 */
public final class TrendStrengthClassifier {

  private final Adx adx;
  private final double weak;
  private final double strong;
  private TrendStrength strength;

  /**
   * Creates the classifier.
   *
   * @param period the ADX period, {@code >= 1}
   * @param weakAdx the ADX below which a trend is WEAK, in [0, 100]
   * @param strongAdx the ADX from which a trend is STRONG, in [{@code weakAdx}, 100]
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public TrendStrengthClassifier(int period, double weakAdx, double strongAdx) {
    RegimeConfig.checkStrength(period, weakAdx, strongAdx);
    this.adx = new Adx(period);
    this.weak = weakAdx;
    this.strong = strongAdx;
  }

  /**
   * The strength of an ADX value.
   *
   * @param adx the ADX, in [0, 100]
   * @param weakAdx the WEAK threshold, in [0, 100]
   * @param strongAdx the STRONG threshold, in [{@code weakAdx}, 100]
   * @return WEAK if {@code adx < weakAdx}, STRONG if {@code adx >= strongAdx}, else MODERATE
   * @throws IllegalArgumentException if an argument is out of range or NaN
   */
  public static TrendStrength classify(double adx, double weakAdx, double strongAdx) {
    Args.inRange(adx, 0.0, 100.0, "adx");
    Args.inRange(weakAdx, 0.0, 100.0, "weakAdx");
    Args.inRange(strongAdx, weakAdx, 100.0, "strongAdx");
    return strengthOf(adx, weakAdx, strongAdx);
  }

  static TrendStrength strengthOf(double adx, double weak, double strong) {
    if (adx < weak) {
      return TrendStrength.WEAK;
    }
    return adx < strong ? TrendStrength.MODERATE : TrendStrength.STRONG;
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the strength after this update, {@code null} during warm-up
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public TrendStrength update(double high, double low, double close) {
    double a = adx.update(high, low, close);
    if (adx.isReady()) {
      strength = strengthOf(a, weak, strong);
    }
    return strength;
  }

  /**
   * The latest strength.
   *
   * @return the strength, {@code null} during warm-up
   */
  public TrendStrength strength() {
    return strength;
  }

  /**
   * The latest ADX.
   *
   * @return the ADX in [0, 100], {@code NaN} during warm-up
   */
  public double adx() {
    return adx.value();
  }

  /**
   * Whether the strength is known.
   *
   * @return true from bar {@code 2 * period - 1} on
   */
  public boolean isReady() {
    return strength != null;
  }

  /**
   * The number of bars before the first strength: {@code 2 * period - 1}.
   *
   * @return the lookback
   */
  public int lookback() {
    return adx.lookback();
  }

  /** Forgets every bar, as if newly created. */
  public void reset() {
    adx.reset();
    strength = null;
  }
}
