package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Caps the absolute value of the portfolio's aggregate delta, gamma, vega and theta
 * ({@link ReasonCode#GREEKS_LIMIT}). The context supplies the portfolio's Greeks now and the Greeks of one
 * unit of the order's instrument held long (for example from {@code io.quantor.risk.greeks} aggregation
 * or an options pricer, multiplier included); without them the gate rejects with
 * {@link ReasonCode#MISSING_INPUT}. A cap of {@code +infinity} leaves a Greek free.
 *
 * <p>After an order of signed quantity {@code d}, each Greek is {@code G0 + d * g}. The order passes when
 * every capped Greek is within its cap, or no larger in absolute value than before. Closed form per Greek,
 * with {@code u = direction * g} and {@code C = max(cap, |G0|)}: no bound when {@code u = 0}, else
 * {@code max = (C - G0) / u} for {@code u > 0} and {@code (C + G0) / -u} for {@code u < 0}; the gate allows
 * the smallest.
 *
 * <pre>{@code
 * PreTradeGate greeks = new GreeksGate(
 *     new GreekExposure(5_000, 400, 20_000, Double.POSITIVE_INFINITY), BreachPolicy.SCALE);
 * }</pre>
 */
public final class GreeksGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "greeks-limit";

  private static final String[] NAMES = {"delta", "gamma", "vega", "theta"};

  private final GreekExposure caps;
  private final BreachPolicy policy;

  /**
   * Creates the gate.
   *
   * @param caps the largest absolute value of each aggregate Greek, each {@code >= 0} ({@code +infinity}
   *     for none)
   * @param policy reject or scale an order that does not fit
   * @throws IllegalArgumentException if an argument is invalid
   */
  public GreeksGate(GreekExposure caps, BreachPolicy policy) {
    Args.notNull(caps, "caps");
    for (int i = 0; i < 4; i++) {
      Args.atLeast(caps.get(i), 0.0, "caps." + NAMES[i]);
    }
    this.caps = caps;
    this.policy = Args.notNull(policy, "policy");
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    MarketContext m = input.market();
    if (m.portfolioGreeks().isEmpty() || m.orderGreeks().isEmpty()) {
      return GateCheck.reject(NAME, ReasonCode.MISSING_INPUT,
          "the market context lacks the portfolio's or the order's Greeks");
    }
    GreekExposure now = m.portfolioGreeks().get();
    GreekExposure perUnit = m.orderGreeks().get();
    GreekExposure after = now.plus(input.order().signedQuantity(), perUnit);
    double max = Double.POSITIVE_INFINITY;
    int binding = -1;
    for (int i = 0; i < 4; i++) {
      double cap = caps.get(i);
      double u = input.direction() * perUnit.get(i);
      if (cap == Double.POSITIVE_INFINITY || u == 0) {
        continue;
      }
      double g0 = now.get(i);
      double c = Math.max(cap, Math.abs(g0));
      double bound = u > 0 ? (c - g0) / u : (c + g0) / -u;
      if (bound < max) {
        max = bound;
        binding = i;
      }
    }
    String detail = String.format(Locale.ROOT, "Greeks now %s, after the order %s, caps %s", format(now),
        format(after), format(caps));
    if (binding >= 0) {
      detail += "; " + NAMES[binding] + " binds first";
    }
    return input.limit(NAME, max, policy, ReasonCode.GREEKS_LIMIT, detail);
  }

  private static String format(GreekExposure g) {
    return String.format(Locale.ROOT, "[delta %.4g, gamma %.4g, vega %.4g, theta %.4g]", g.delta(), g.gamma(),
        g.vega(), g.theta());
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The caps.
   *
   * @return the largest absolute value of each Greek
   */
  public GreekExposure caps() {
    return caps;
  }
}
