package io.quantor.core.signal;

/**
 * Critical values of a unit-root or cointegration test statistic at the usual levels: the null is rejected
 * at a level when the statistic is below (more negative than) the value.
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
   * @throws IllegalArgumentException unless {@code onePercent <= fivePercent <= tenPercent}, all finite
   */
  public CriticalValues {
    if (!(Double.isFinite(onePercent) && Double.isFinite(tenPercent) && onePercent <= fivePercent
        && fivePercent <= tenPercent)) {
      throw new IllegalArgumentException("critical values must be finite and ordered 1% <= 5% <= 10%, was "
          + onePercent + ", " + fivePercent + ", " + tenPercent);
    }
  }
}
