package io.quantor.core.signal;

/**
 * What a signal asks for: buy, sell, or no position change.
 */
public enum Direction {
  /** Expect the price (or, for a pair, the spread) to rise: go or stay long. */
  BUY(1),
  /** Expect the price (or the spread) to fall: go or stay short. */
  SELL(-1),
  /** No view strong enough to act on: warm-up, a neutral reading, or a vote below its threshold. */
  ABSTAIN(0);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /**
   * The sign of the direction.
   *
   * @return {@code +1} for {@link #BUY}, {@code -1} for {@link #SELL}, {@code 0} for {@link #ABSTAIN}
   */
  public int sign() {
    return sign;
  }

  /**
   * The direction of the sign of a score.
   *
   * @param score a score; NaN and 0 (either sign) give {@link #ABSTAIN}
   * @return {@link #BUY} if {@code score > 0}, {@link #SELL} if {@code score < 0}, else {@link #ABSTAIN}
   */
  public static Direction of(double score) {
    if (score > 0) {
      return BUY;
    }
    if (score < 0) {
      return SELL;
    }
    return ABSTAIN;
  }
}
