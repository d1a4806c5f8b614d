package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Caps what one position puts at risk as a fraction of equity ({@link ReasonCode#MAX_POSITION}); by
 * default an order is rejected when the position after it would risk more than 5 % of equity.
 *
 * <p>The amount at risk of a position {@code q} is {@code |q| * r * multiplier}, where {@code r} is the
 * context's stop distance if the order has a protective stop, else the whole price (without a stop the
 * whole value can be lost). The order passes when the amount at risk after it is at most
 * {@code maxFraction * equity}, or no more than before the order. Closed form: with
 * {@code A = max(maxFraction * equity / (r * multiplier), |q0|)} the largest quantity allowed is
 * {@code A - direction * q0}.
 *
 * <pre>{@code
 * PreTradeGate size = MaxPositionGate.defaults();                       // 5 %, reject
 * PreTradeGate sizeScaled = new MaxPositionGate(0.05, BreachPolicy.SCALE);
 * }</pre>
 */
public final class MaxPositionGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "max-position";
  /** The default fraction of equity one position may risk: {@value}. */
  public static final double DEFAULT_MAX_FRACTION = 0.05;

  private static final MaxPositionGate DEFAULTS = new MaxPositionGate(DEFAULT_MAX_FRACTION,
      BreachPolicy.REJECT);

  private final double maxFraction;
  private final BreachPolicy policy;

  /**
   * Creates the gate.
   *
   * @param maxFraction the largest fraction of equity one position may risk, finite and {@code > 0}
   * @param policy reject or scale an order that does not fit
   * @throws IllegalArgumentException if an argument is invalid
   */
  public MaxPositionGate(double maxFraction, BreachPolicy policy) {
    this.maxFraction = Args.positive(maxFraction, "maxFraction");
    this.policy = Args.notNull(policy, "policy");
  }

  /**
   * The default gate: 5 % of equity, rejecting.
   *
   * @return the gate
   */
  public static MaxPositionGate defaults() {
    return DEFAULTS;
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    double perUnit = input.market().stopDistance().orElse(input.market().price())
        * input.order().instrument().multiplier();
    double q0 = input.currentQuantity();
    double equity = input.equity();
    double limit = maxFraction * equity;
    double bound = Math.max(limit / perUnit, Math.abs(q0));
    double max = bound - input.direction() * q0;
    double after = Math.abs(q0 + input.order().signedQuantity()) * perUnit;
    String detail = String.format(Locale.ROOT,
        "%s at risk after the order %.2f (%s per unit), limit %.2f = %s of equity %.2f",
        input.symbol(), after, perUnit, limit, maxFraction, equity);
    return input.limit(NAME, max, policy, ReasonCode.MAX_POSITION, detail);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The limit.
   *
   * @return the largest fraction of equity at risk in one position
   */
  public double maxFraction() {
    return maxFraction;
  }

  /**
   * The policy for orders that do not fit.
   *
   * @return the policy
   */
  public BreachPolicy policy() {
    return policy;
  }
}
