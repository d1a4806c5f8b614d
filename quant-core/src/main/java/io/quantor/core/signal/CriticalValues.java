package io.quantor.core.signal;

import io.quantor.core.internal.Args;

/**
 * Critical values of a unit-root or cointegration test statistic at the usual levels: the null is rejected
 * at a level when the statistic is below (more negative than) the value.
 *
 * <p>MacKinnon's response surfaces give {@code onePercent < fivePercent < tenPercent} for the sample sizes
 * they were fitted on (20 and more); extrapolated to a handful of observations they can lose that order,
 * so it is not enforced here.
 *
 * @param onePercent the 1 % critical value
 * @param fivePercent the 5 % critical value
 * @param tenPercent the 10 % critical value
 */
public record CriticalValues(double onePercent, double fivePercent, double tenPercent) {

  /**
   * Validates the values.
   *
   * @param onePercent the 1 % critical value
   * @param fivePercent the 5 % critical value
   * @param tenPercent the 10 % critical value
   * @throws IllegalArgumentException if a value is NaN or infinite
   */
  public CriticalValues {
    Args.finite(onePercent, "onePercent");
    Args.finite(fivePercent, "fivePercent");
    Args.finite(tenPercent, "tenPercent");
  }
}
