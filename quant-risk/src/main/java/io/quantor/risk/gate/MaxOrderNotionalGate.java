package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Caps one order's notional, {@code quantity * price * multiplier}, in account currency
 * ({@link ReasonCode#MAX_ORDER_NOTIONAL}): a guard against fat fingers and runaway sizing. The largest
 * quantity allowed is {@code maxNotional / (price * multiplier)}.
 *
 * <pre>{@code
 * PreTradeGate fatFinger = new MaxOrderNotionalGate(250_000, BreachPolicy.REJECT);
 * }</pre>
 */
public final class MaxOrderNotionalGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "max-order-notional";

  private final double maxNotional;
  private final BreachPolicy policy;

  /**
   * Creates the gate.
   *
   * @param maxNotional the largest order notional, finite and {@code > 0}
   * @param policy reject or scale an order that does not fit
   * @throws IllegalArgumentException if an argument is invalid
   */
  public MaxOrderNotionalGate(double maxNotional, BreachPolicy policy) {
    this.maxNotional = Args.positive(maxNotional, "maxNotional");
    this.policy = Args.notNull(policy, "policy");
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    double notional = input.order().notional(input.market().price());
    String detail = String.format(Locale.ROOT, "order notional %.2f, maximum %.2f", notional, maxNotional);
    return input.limit(NAME, maxNotional / input.unitValue(), policy, ReasonCode.MAX_ORDER_NOTIONAL, detail);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The cap.
   *
   * @return the largest order notional
   */
  public double maxNotional() {
    return maxNotional;
  }
}
