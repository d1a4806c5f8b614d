package io.quantor.backtest.internal;

/**
 * The simple return of one bar of an equity curve, shared by the engine's and the vectorized backtest's
 * results so that both treat a ruin alike: {@code current / previous - 1} while the previous equity is
 * positive, floored at {@code -1} (a position that loses more than the equity has lost everything), and
 * {@code 0} once the previous equity is zero or negative (a return on no capital is undefined, and ruin
 * stays absorbing when the returns are compounded). Not API.
 */
public final class EquityReturns {

  private EquityReturns() {
  }

  /**
   * The return from {@code previous} to {@code current}.
   *
   * @param previous the equity at the previous close (the initial cash for the first bar)
   * @param current the equity at this close
   * @return the return, finite for finite equity and {@code >= -1}
   */
  public static double simple(double previous, double current) {
    if (!(previous > 0)) {
      return 0.0;
    }
    return Math.max(current / previous - 1, -1.0);
  }
}
