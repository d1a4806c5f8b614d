package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Halts new risk while the portfolio's drawdown from its high-water mark is above a threshold
 * ({@link ReasonCode#DRAWDOWN_HALT}). During the halt an order that only reduces a position passes; one
 * that opens, adds to or reverses a position is rejected, or with {@link BreachPolicy#SCALE} a reversal is
 * cut to the quantity that closes the position. A drawdown equal to the threshold does not halt.
 *
 * <pre>{@code
 * PreTradeGate halt = new DrawdownHaltGate(0.20, BreachPolicy.REJECT);
 * }</pre>
 */
public final class DrawdownHaltGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "drawdown-halt";

  private final double maxDrawdown;
  private final BreachPolicy policy;

  /**
   * Creates the gate.
   *
   * @param maxDrawdown the drawdown above which new risk halts, a fraction in (0, 1]
   * @param policy reject, or cut a reversal to a close
   * @throws IllegalArgumentException if an argument is invalid
   */
  public DrawdownHaltGate(double maxDrawdown, BreachPolicy policy) {
    if (!(maxDrawdown > 0 && maxDrawdown <= 1)) {
      throw new IllegalArgumentException("maxDrawdown must be in (0, 1], was " + maxDrawdown);
    }
    this.maxDrawdown = maxDrawdown;
    this.policy = Args.notNull(policy, "policy");
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    double drawdown = input.portfolio().drawdown();
    String detail = String.format(Locale.ROOT, "drawdown %.6f, halt above %.6f", drawdown, maxDrawdown);
    if (!(drawdown > maxDrawdown)) {
      return GateCheck.approve(NAME, input.order().quantity(), detail);
    }
    double q0 = input.currentQuantity();
    double max = input.direction() * q0 < 0 ? Math.abs(q0) : 0;
    return input.limit(NAME, max, policy, ReasonCode.DRAWDOWN_HALT, detail + ": only reducing orders pass");
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The threshold.
   *
   * @return the drawdown above which new risk halts
   */
  public double maxDrawdown() {
    return maxDrawdown;
  }
}
