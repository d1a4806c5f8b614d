package io.quantor.core.regime;

import io.quantor.core.internal.Args;

/**
 * The regime of a market at one bar: trend direction, volatility level and trend strength.
 *
 * <p>There are only 27 regimes; {@link #of(TrendRegime, VolatilityRegime, TrendStrength)} returns shared
 * instances, so a streaming classifier can report one per bar without allocating.
 *
 * @param trend the trend direction
 * @param volatility the volatility level
 * @param strength the trend strength
 */
public record MarketRegime(TrendRegime trend, VolatilityRegime volatility, TrendStrength strength) {

  private static final MarketRegime[] ALL = new MarketRegime[27];

  static {
    for (TrendRegime t : TrendRegime.values()) {
      for (VolatilityRegime v : VolatilityRegime.values()) {
        for (TrendStrength s : TrendStrength.values()) {
          ALL[index(t, v, s)] = new MarketRegime(t, v, s);
        }
      }
    }
  }

  /**
   * Validates the parts.
   *
   * @param trend the trend direction, not null
   * @param volatility the volatility level, not null
   * @param strength the trend strength, not null
   * @throws IllegalArgumentException if a part is null
   */
  public MarketRegime {
    Args.notNull(trend, "trend");
    Args.notNull(volatility, "volatility");
    Args.notNull(strength, "strength");
  }

  /**
   * The regime with these parts (a shared instance).
   *
   * @param trend the trend direction
   * @param volatility the volatility level
   * @param strength the trend strength
   * @return the regime
   * @throws IllegalArgumentException if a part is null
   */
  public static MarketRegime of(TrendRegime trend, VolatilityRegime volatility, TrendStrength strength) {
    Args.notNull(trend, "trend");
    Args.notNull(volatility, "volatility");
    Args.notNull(strength, "strength");
    return ALL[index(trend, volatility, strength)];
  }

  private static int index(TrendRegime t, VolatilityRegime v, TrendStrength s) {
    return (t.ordinal() * 3 + v.ordinal()) * 3 + s.ordinal();
  }

  /**
   * The confidence multiplier of this regime's trend direction.
   *
   * @param multipliers the multipliers per trend regime
   * @return {@code multipliers.multiplier(trend())}
   * @throws IllegalArgumentException if {@code multipliers} is null
   */
  public double multiplier(RegimeMultipliers multipliers) {
    return Args.notNull(multipliers, "multipliers").multiplier(trend);
  }
}
