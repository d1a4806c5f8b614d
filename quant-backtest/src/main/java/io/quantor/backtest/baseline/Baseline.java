package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import java.util.Arrays;

/**
 * A named series of per-bar returns to compare a strategy with, on the same bars: cash, buy-and-hold,
 * the median draw of random entry ({@link Baselines}), or any series the caller has (an index, another
 * strategy). Immutable: the returns are copied in and out.
 *
 * <pre>{@code
 * Baseline hold = Baselines.buyAndHold(assetReturns, 5);
 * Baseline index = Baseline.of("S&P 500", spxReturns);
 * hold.wealth();                                          // 1, 1 + r_0, ...
 * }</pre>
 *
 * @param name the name shown in reports, not blank
 * @param returns the simple returns per bar, finite, each {@code > -1}, not empty
 */
public record Baseline(String name, double[] returns) {

  /**
   * Validates and copies the series.
   *
   * @param name the name, not blank
   * @param returns the simple returns per bar, finite, each {@code > -1}, not empty
   */
  public Baseline {
    Inputs.name(name, "name");
    returns = Inputs.loggable(returns, "returns").clone();
  }

  /**
   * A baseline from a name and its returns.
   *
   * @param name the name shown in reports, not blank
   * @param returns the simple returns per bar, finite, each {@code > -1}, not empty
   * @return the baseline
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Baseline of(String name, double[] returns) {
    return new Baseline(name, returns);
  }

  /**
   * The returns per bar.
   *
   * @return a copy of the returns
   */
  @Override
  public double[] returns() {
    return returns.clone();
  }

  /**
   * The number of bars.
   *
   * @return the length of the series
   */
  public int size() {
    return returns.length;
  }

  /**
   * The wealth path {@code W_0 = 1, W_t = W_{t-1} (1 + r_{t-1})}, one longer than the returns.
   *
   * @return the wealth, {@code size() + 1} values
   */
  public double[] wealth() {
    return Regret.wealth(returns);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Baseline b && name.equals(b.name) && Arrays.equals(returns, b.returns);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(returns);
  }

  @Override
  public String toString() {
    return "Baseline[name=" + name + ", bars=" + returns.length + "]";
  }
}
