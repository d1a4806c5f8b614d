package io.quantor.options.structure;

import io.quantor.core.internal.Args;

/**
 * A structure order filled under a {@link CostModel}: the legs at their fill prices, the commission and
 * the slippage cost those prices contain.
 *
 * @param structure the order with each leg's price replaced by its fill price
 * @param commission the commission of the order, {@code >= 0}
 * @param slippage the cost of filling away from mid, {@code sum of |quantity| * multiplier * (fill - mid)
 *     against you}, {@code >= 0}; already contained in the fill prices (reported, not charged twice)
 */
public record StructureFill(OptionStructure structure, double commission, double slippage) {

  /**
   * Validates the fill.
   *
   * @param structure the filled structure
   * @param commission the commission
   * @param slippage the slippage cost
   * @throws IllegalArgumentException if the structure is null or an amount negative or not finite
   */
  public StructureFill {
    Args.notNull(structure, "structure");
    Args.finite(Args.atLeast(commission, 0, "commission"), "commission");
    Args.finite(Args.atLeast(slippage, 0, "slippage"), "slippage");
  }

  /**
   * The net premium at the fill prices (positive paid), {@code structure().netPremium()}.
   *
   * @return the net premium
   */
  public double netPremium() {
    return structure.netPremium();
  }

  /**
   * The change in cash from the order: {@code -netPremium() - commission()} (negative when paying).
   *
   * @return the cash flow
   */
  public double cashFlow() {
    return -structure.netPremium() - commission;
  }
}
