package io.quantor.risk.gate;

/**
 * One pre-trade check of an order against the portfolio, the market context and the gate state. Pure:
 * the same input gives the same check, so decisions replay from a journal. Expected outcomes (a limit
 * reached, a missing input) are checks, never exceptions.
 *
 * <p>Limit gates keep one promise the pipeline relies on: the quantities they allow form a range from
 * zero up, so that the smallest allowance among several gates satisfies all of them. They allow an order
 * when the limited measure after it stays within the limit, or is no worse than before the order (so an
 * order that reduces a breach is never blocked by it).
 *
 * <pre>{@code
 * PreTradeGate gate = ExposureGate.gross(2.0, BreachPolicy.SCALE);
 * GateCheck check = gate.check(GateInput.of(order, book.snapshot(), market, GateState.initial()));
 * }</pre>
 */
public interface PreTradeGate {

  /**
   * Checks an order.
   *
   * @param input the order, portfolio, market context and state
   * @return the check
   * @throws IllegalArgumentException if {@code input} is null
   */
  GateCheck check(GateInput input);

  /**
   * The gate's name, as it appears in {@link GateCheck#gate()}.
   *
   * @return the name
   */
  String name();
}
