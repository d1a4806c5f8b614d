package io.quantor.core.regime;

import io.quantor.core.internal.Args;

/**
 * Confidence multipliers per trend regime: a signal's confidence is multiplied by the factor of the
 * regime it was produced in, so that signals count fully in a rising market and less in a flat or
 * falling one. Immutable.
 *
 * <p>The defaults ({@link #defaults()}) are 1.0 for {@link TrendRegime#BULL}, 0.7 for
 * {@link TrendRegime#SIDEWAYS} and 0.5 for {@link TrendRegime#BEAR}.
 *
 * @param bull the multiplier in a {@link TrendRegime#BULL} market, finite and {@code >= 0}
 * @param sideways the multiplier in a {@link TrendRegime#SIDEWAYS} market, finite and {@code >= 0}
 * @param bear the multiplier in a {@link TrendRegime#BEAR} market, finite and {@code >= 0}
 */
public record RegimeMultipliers(double bull, double sideways, double bear) {

  private static final RegimeMultipliers DEFAULTS = new RegimeMultipliers(1.0, 0.7, 0.5);

  /**
   * Validates the multipliers.
   *
   * @param bull the multiplier in a bull market, finite and {@code >= 0}
   * @param sideways the multiplier in a sideways market, finite and {@code >= 0}
   * @param bear the multiplier in a bear market, finite and {@code >= 0}
   * @throws IllegalArgumentException if a multiplier is negative, NaN or infinite
   */
  public RegimeMultipliers {
    Args.finite(Args.atLeast(bull, 0.0, "bull"), "bull");
    Args.finite(Args.atLeast(sideways, 0.0, "sideways"), "sideways");
    Args.finite(Args.atLeast(bear, 0.0, "bear"), "bear");
  }

  /**
   * The multipliers with the given values.
   *
   * @param bull the multiplier in a bull market, finite and {@code >= 0}
   * @param sideways the multiplier in a sideways market, finite and {@code >= 0}
   * @param bear the multiplier in a bear market, finite and {@code >= 0}
   * @return the multipliers
   * @throws IllegalArgumentException if a multiplier is negative, NaN or infinite
   */
  public static RegimeMultipliers of(double bull, double sideways, double bear) {
    return new RegimeMultipliers(bull, sideways, bear);
  }

  /**
   * The default multipliers: 1.0 (bull), 0.7 (sideways), 0.5 (bear).
   *
   * @return the default multipliers
   */
  public static RegimeMultipliers defaults() {
    return DEFAULTS;
  }

  /**
   * The multiplier of a regime.
   *
   * @param regime the trend regime
   * @return {@link #bull()}, {@link #sideways()} or {@link #bear()}
   * @throws IllegalArgumentException if {@code regime} is null
   */
  public double multiplier(TrendRegime regime) {
    switch (Args.notNull(regime, "regime")) {
      case BULL:
        return bull;
      case BEAR:
        return bear;
      default:
        return sideways;
    }
  }
}
