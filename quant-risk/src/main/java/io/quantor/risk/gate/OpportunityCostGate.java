package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Rejects trades whose expected edge after costs is below a hurdle
 * ({@link ReasonCode#OPPORTUNITY_COST_FAIL}): capital and risk budget spent on a trade that barely covers
 * its costs are not available to a better one. The context supplies the expected return before costs and
 * the expected round-trip cost, both as fractions of the notional; the trade passes when
 * {@code edge - cost >= hurdle}. Orders that only reduce a position pass without inputs (exits are not
 * held to a hurdle); other orders without them are rejected with {@link ReasonCode#MISSING_INPUT}.
 *
 * <pre>{@code
 * PreTradeGate hurdle = new OpportunityCostGate(0.001);   // at least 10 bp after costs
 * }</pre>
 */
public final class OpportunityCostGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "opportunity-cost";

  private final double hurdle;

  /**
   * Creates the gate.
   *
   * @param hurdle the smallest expected return after costs, as a fraction of notional, finite
   * @throws IllegalArgumentException if {@code hurdle} is not finite
   */
  public OpportunityCostGate(double hurdle) {
    this.hurdle = Args.finite(hurdle, "hurdle");
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    double quantity = input.order().quantity();
    if (input.isReducing(quantity)) {
      return GateCheck.approve(NAME, quantity, "the order only reduces the position");
    }
    MarketContext m = input.market();
    if (m.expectedEdge().isEmpty() || m.expectedCost().isEmpty()) {
      return GateCheck.reject(NAME, ReasonCode.MISSING_INPUT,
          "the market context lacks the expected edge or the expected cost");
    }
    double edge = m.expectedEdge().getAsDouble();
    double cost = m.expectedCost().getAsDouble();
    String detail = String.format(Locale.ROOT, "expected edge %s - cost %s = %s, hurdle %s", edge, cost,
        edge - cost, hurdle);
    return edge - cost >= hurdle ? GateCheck.approve(NAME, quantity, detail)
        : GateCheck.reject(NAME, ReasonCode.OPPORTUNITY_COST_FAIL, detail);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The hurdle.
   *
   * @return the smallest expected return after costs
   */
  public double hurdle() {
    return hurdle;
  }
}
