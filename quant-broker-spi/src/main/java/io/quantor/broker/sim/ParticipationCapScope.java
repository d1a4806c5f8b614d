package io.quantor.broker.sim;

/**
 * What an {@link ExecutionSimulator}'s participation cap limits: each order on its own, or all of one
 * owner's orders on a symbol together. The cap is {@code cap * volume} of a bar (or {@code cap * size}
 * of a quote's side); with {@link #PER_ORDER} two orders on one bar may take twice that, with
 * {@link #AGGREGATE} they share it, the first matched taking first. A cap of 1 means no cap under either
 * scope.
 *
 * <pre>{@code
 * ExecutionSimulator sim = ExecutionSimulator.builder()
 *     .participationCap(0.10)
 *     .participationCapScope(ParticipationCapScope.AGGREGATE)
 *     .build();
 * double taken = 0;                        // what this bar has given the orders matched before
 * for (SimulatedOrder order : workingOrdersOfTheSymbol) {
 *   Fill fill = sim.match(order, bar, taken);
 *   if (fill != null) {
 *     taken += fill.quantity();
 *   }
 * }
 * }</pre>
 */
public enum ParticipationCapScope {

  /** The cap limits each order by itself; what other orders took from the bar does not count. */
  PER_ORDER,

  /**
   * The cap limits the orders matched against one bar (one side of one quote) together: an order may
   * take the cap less what the orders matched before it took.
   */
  AGGREGATE
}
