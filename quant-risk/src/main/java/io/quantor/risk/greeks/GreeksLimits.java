package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of Greeks caps, per underlying and for the portfolio, each on an absolute value.
 *
 * <pre>{@code
 * GreeksLimits limits = GreeksLimits.of(
 *     GreeksCap.portfolio(Greek.BETA_WEIGHTED_DOLLAR_DELTA, 250_000),
 *     GreeksCap.portfolio(Greek.VEGA, 300_000),             // $3,000 per vol point
 *     GreeksCap.underlying("SPY", Greek.DOLLAR_GAMMA, 20_000));
 * List<GreeksCap> breached = limits.breaches(PortfolioGreeks.of(positions, market));
 * }</pre>
 *
 * @param caps the caps, in the order given (the order breaks ties when reporting a binding cap)
 */
public record GreeksLimits(List<GreeksCap> caps) {

  /**
   * Validates and copies the caps.
   *
   * @param caps the caps, not null, no null element
   * @throws IllegalArgumentException if the list or an element is null
   */
  public GreeksLimits {
    Args.notNull(caps, "caps");
    for (GreeksCap c : caps) {
      Args.notNull(c, "cap");
    }
    caps = List.copyOf(caps);
  }

  /**
   * Limits made of the given caps.
   *
   * @param caps the caps
   * @return the limits
   * @throws IllegalArgumentException if a cap is null
   */
  public static GreeksLimits of(GreeksCap... caps) {
    Args.notNull(caps, "caps");
    List<GreeksCap> list = new ArrayList<>(caps.length);
    for (GreeksCap c : caps) {
      list.add(Args.notNull(c, "cap"));
    }
    return new GreeksLimits(list);
  }

  /**
   * The caps that the portfolio does not keep, in the order of {@link #caps()}.
   *
   * @param greeks the portfolio's Greeks, not null
   * @return the breached caps, empty if every cap is kept
   * @throws IllegalArgumentException if {@code greeks} is null
   */
  public List<GreeksCap> breaches(PortfolioGreeks greeks) {
    Args.notNull(greeks, "greeks");
    List<GreeksCap> out = new ArrayList<>();
    for (GreeksCap c : caps) {
      if (!c.isKeptBy(greeks.exposure(c))) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the portfolio keeps every cap.
   *
   * @param greeks the portfolio's Greeks, not null
   * @return true if no cap is breached
   * @throws IllegalArgumentException if {@code greeks} is null
   */
  public boolean isKeptBy(PortfolioGreeks greeks) {
    return breaches(greeks).isEmpty();
  }
}
