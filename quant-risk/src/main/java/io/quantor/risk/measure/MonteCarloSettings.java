package io.quantor.risk.measure;

import io.quantor.core.internal.Args;

/**
 * How many scenarios a Monte Carlo estimate draws, from which seed, and whether in antithetic pairs.
 *
 * <p>With {@code antithetic}, scenarios come in pairs that share every random draw except the sign of the
 * normal vector ({@code z} and {@code -z}; a Student-t pair also shares its chi-square draw), which removes
 * the sampling error of the mean and of every odd moment; with an odd count the last scenario has no
 * partner.
 *
 * @param scenarios the number of scenarios, {@code >= 1000}
 * @param seed the seed of the random generator ({@code RandomSource.XO_RO_SHI_RO_128_PP})
 * @param antithetic whether scenarios come in antithetic pairs
 */
public record MonteCarloSettings(int scenarios, long seed, boolean antithetic) {

  /** The fewest scenarios accepted: 50 batches of 20 for the standard error. */
  public static final int MIN_SCENARIOS = 1000;

  /**
   * Validates the fields.
   *
   * @param scenarios the number of scenarios, {@code >= 1000}
   * @param seed the seed
   * @param antithetic whether scenarios come in antithetic pairs
   * @throws IllegalArgumentException if {@code scenarios < 1000}
   */
  public MonteCarloSettings {
    Args.atLeast(scenarios, MIN_SCENARIOS, "scenarios");
  }

  /**
   * Plain (independent) scenarios.
   *
   * @param scenarios the number of scenarios, {@code >= 1000}
   * @param seed the seed
   * @return the settings
   * @throws IllegalArgumentException if {@code scenarios < 1000}
   */
  public static MonteCarloSettings of(int scenarios, long seed) {
    return new MonteCarloSettings(scenarios, seed, false);
  }

  /**
   * These settings with antithetic pairs switched on or off.
   *
   * @param pairs whether scenarios come in antithetic pairs
   * @return the settings
   */
  public MonteCarloSettings withAntithetic(boolean pairs) {
    return new MonteCarloSettings(scenarios, seed, pairs);
  }
}
