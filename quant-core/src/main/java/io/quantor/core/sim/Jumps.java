package io.quantor.core.sim;

import io.quantor.core.internal.Args;

/**
 * Merton-style jumps added to the generator's diffusion.
 *
 * <p>Jumps arrive as a Poisson process with {@code intensity} jumps per year (in trading time, see
 * {@link MarketConfig#periodsPerYear()}); each multiplies the price by {@code exp(Y)} with
 * {@code Y ~ Normal(meanLogSize, sdLogSize^2)}. The generator compensates the drift by
 * {@code intensity * }{@link #meanRelativeSize()}, so a regime's drift stays the expected growth rate of
 * the price with jumps included (Merton 1976). {@link #NONE} turns jumps off.
 *
 * @param intensity the expected number of jumps per year, in {@code [0, 10000]}
 * @param meanLogSize the mean of the log jump size, in {@code [-5, 5]} ({@code -0.05}: about -5 %)
 * @param sdLogSize the standard deviation of the log jump size, in {@code [0, 5]}
 */
public record Jumps(double intensity, double meanLogSize, double sdLogSize) {

  /** No jumps. */
  public static final Jumps NONE = new Jumps(0, 0, 0);

  /**
   * Validates the fields.
   *
   * @param intensity the expected number of jumps per year, in {@code [0, 10000]}
   * @param meanLogSize the mean log jump size, in {@code [-5, 5]}
   * @param sdLogSize the standard deviation of the log jump size, in {@code [0, 5]}
   * @throws IllegalArgumentException if a field is out of range, naming it
   */
  public Jumps {
    Args.inRange(intensity, 0, 10_000, "intensity");
    Args.inRange(meanLogSize, -5, 5, "meanLogSize");
    Args.inRange(sdLogSize, 0, 5, "sdLogSize");
  }

  /**
   * Creates a jump specification.
   *
   * @param intensity the expected number of jumps per year
   * @param meanLogSize the mean log jump size
   * @param sdLogSize the standard deviation of the log jump size
   * @return the specification
   * @throws IllegalArgumentException if a field is out of range
   */
  public static Jumps of(double intensity, double meanLogSize, double sdLogSize) {
    return new Jumps(intensity, meanLogSize, sdLogSize);
  }

  /**
   * Whether jumps happen at all ({@code intensity > 0}).
   *
   * @return true if the intensity is positive
   */
  public boolean enabled() {
    return intensity > 0;
  }

  /**
   * The expected relative price change of one jump, {@code E[exp(Y)] - 1 = exp(mean + sd^2/2) - 1}.
   *
   * @return the mean relative jump size (Merton's {@code k})
   */
  public double meanRelativeSize() {
    return Math.expm1(meanLogSize + 0.5 * sdLogSize * sdLogSize);
  }
}
