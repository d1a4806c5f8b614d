package io.quantor.risk.greeks;

/**
 * The outcome of {@link GreeksRiskBudget#largestQuantity}: the largest number of units of the proposed
 * structure that keeps every cap, the smallest such number, and what stops the quantity from growing.
 *
 * <p>The feasible quantities always form one interval {@code [smallestQuantity, quantity]}: the smallest is
 * 0 unless the current portfolio breaks a cap that enough units of the structure would repair.
 *
 * @param quantity the largest feasible quantity; 0 when none is feasible
 * @param smallestQuantity the smallest feasible quantity; 0 when none is feasible
 * @param binding what binds
 * @param bindingCap the cap that binds ({@link Binding#CAP}), or one of the caps that leave no feasible
 *     quantity ({@link Binding#NO_FEASIBLE_QUANTITY}); null when {@link Binding#MAX_QUANTITY} binds
 */
public record RiskBudgetResult(long quantity, long smallestQuantity, Binding binding, GreeksCap bindingCap) {

  /** What limits the quantity. */
  public enum Binding {
    /** A cap: one more unit would break {@link #bindingCap()}. */
    CAP,
    /** The maximum quantity asked for: every cap would allow more (or exactly that much). */
    MAX_QUANTITY,
    /**
     * No quantity in {@code [0, maxQuantity]} keeps every cap: the portfolio breaks a cap the structure
     * cannot repair, or two caps pull in opposite directions.
     */
    NO_FEASIBLE_QUANTITY
  }

  /**
   * Whether some quantity (possibly 0) keeps every cap.
   *
   * @return {@code binding() != NO_FEASIBLE_QUANTITY}
   */
  public boolean isFeasible() {
    return binding != Binding.NO_FEASIBLE_QUANTITY;
  }
}
