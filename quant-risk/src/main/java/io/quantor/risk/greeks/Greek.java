package io.quantor.risk.greeks;

/**
 * The exposures a {@link GreeksCap} can limit, each with its unit. For a position of {@code n} signed
 * units of the underlying ({@code quantity * multiplier}) at spot {@code S} with per-unit Greeks
 * {@code Delta, Gamma, Vega, Theta} (per 1.00 of spot, per 1.00 of volatility, per year):
 */
public enum Greek {
  /**
   * Shares-equivalent delta {@code Delta * n}: the number of shares with the same first-order exposure.
   * Meaningful within one underlying; across underlyings use {@link #DOLLAR_DELTA} or
   * {@link #BETA_WEIGHTED_DOLLAR_DELTA}.
   */
  DELTA,
  /**
   * Dollar delta {@code Delta * n * S}: the first-order P&amp;L of a 100 % spot move, so 1 % of it per 1 %
   * move.
   */
  DOLLAR_DELTA,
  /**
   * Beta-weighted dollar delta {@code Delta * n * S * beta}: dollar delta in benchmark terms; divided by
   * the benchmark's price it is the beta-weighted delta in benchmark shares.
   */
  BETA_WEIGHTED_DOLLAR_DELTA,
  /** Gamma {@code Gamma * n}: the change of the shares-equivalent delta per 1.00 rise of the spot. */
  GAMMA,
  /**
   * Dollar gamma per 1 % move {@code Gamma * n * S^2 / 100}: the change of the dollar value of the delta
   * ({@code Delta * n * S} at the current spot) when the spot rises 1 %. The second-order P&amp;L of a move
   * of {@code x} % is {@code dollarGamma * x^2 / 200}.
   */
  DOLLAR_GAMMA,
  /** Vega {@code Vega * n}, money per 1.00 of volatility (divide by 100 for money per vol point). */
  VEGA,
  /** Theta {@code Theta * n}, money per year of calendar time (divide by 365 for money per day). */
  THETA
}
