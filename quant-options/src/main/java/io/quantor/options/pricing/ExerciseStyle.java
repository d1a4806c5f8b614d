package io.quantor.options.pricing;

/** When an option may be exercised. */
public enum ExerciseStyle {
  /** Only at expiry; priced in closed form by {@link BlackScholes} and {@link Black76}. */
  EUROPEAN,
  /** At any time up to and including expiry; worth at least the European option. */
  AMERICAN
}
