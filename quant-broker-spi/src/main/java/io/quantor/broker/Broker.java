package io.quantor.broker;

import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Position;
import java.util.List;
import java.util.Optional;

/**
 * A connection to a broker: the one interface a strategy trades through, whether the broker is the
 * backtest's simulator, the paper broker or a live adapter. Obtain one with
 * {@link Brokers#open(String, BrokerConfig)}.
 *
 * <p><b>Contract</b> (checked for every adapter by the conformance kit in this module's test-jar,
 * {@code io.quantor.broker.conformance.BrokerConformanceTest}):
 * <ul>
 *   <li>{@link #submit} is idempotent on the client order id: submitting an id the broker already knows
 *       returns that order's current state and places nothing new.</li>
 *   <li>Every order's states follow {@link OrderStatus}'s state machine; fills never exceed the order.</li>
 *   <li>Listeners receive every event once, in order, with strictly increasing sequence numbers.</li>
 *   <li>Failures are {@link BrokerException}s with a code; an order the broker refuses after it was
 *       submitted ends REJECTED and is reported as an event.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 *
 * <pre>{@code
 * try (Broker broker = Brokers.open("paper", BrokerConfig.of(Map.of("initialCash", "100000")))) {
 *   Subscription sub = broker.subscribe(e -> System.out.println(e));
 *   OrderState placed = broker.submit(OrderRequest.market("o-1", Instrument.stock("ORCL"), Side.BUY, 10,
 *       Instant.now()));
 * }
 * }</pre>
 */
public interface Broker extends AutoCloseable {

  /**
   * The broker's name, as its provider registers it.
   *
   * @return the name, for example {@code "paper"}
   */
  String name();

  /**
   * What the broker accepts.
   *
   * @return the capabilities
   */
  BrokerCapabilities capabilities();

  /**
   * The account's money now.
   *
   * @return the account
   * @throws BrokerException if the broker cannot answer
   */
  Account account();

  /**
   * The open positions (not flat ones).
   *
   * @return an unmodifiable list
   * @throws BrokerException if the broker cannot answer
   */
  List<Position> positions();

  /**
   * The orders that can still fill.
   *
   * @return an unmodifiable list of non-terminal orders
   * @throws BrokerException if the broker cannot answer
   */
  List<OrderState> openOrders();

  /**
   * One order by client order id, including finished ones the broker still remembers.
   *
   * @param clientOrderId the id
   * @return the order's current state, or empty if unknown
   * @throws BrokerException if the broker cannot answer
   */
  Optional<OrderState> order(String clientOrderId);

  /**
   * Places an order. Idempotent: a client order id the broker already knows returns that order's state.
   *
   * @param order the order
   * @return the order's state after submission (ACCEPTED, or further if it filled at once)
   * @throws BrokerException REJECTED if the order is refused on submission, or another code if the broker
   *     could not be reached (then it is unknown whether the order was placed: resubmit the same id)
   */
  OrderState submit(OrderRequest order);

  /**
   * Asks to cancel a working order. Cancelling an order that is already terminal returns its state.
   *
   * @param clientOrderId the id
   * @return the order's state after the request
   * @throws BrokerException REJECTED if the id is unknown, or another code on failure
   */
  OrderState cancel(String clientOrderId);

  /**
   * Modifies a working order: new quantity or prices, same id, instrument, side and type.
   *
   * @param replacement the new terms, with the client order id of the order to modify
   * @return the order's state after the change
   * @throws BrokerException REJECTED if the order is unknown, terminal or the replacement is invalid
   */
  OrderState replace(OrderRequest replacement);

  /**
   * Registers a listener for execution events of all orders.
   *
   * @param listener the listener
   * @return the registration; close it to stop delivery
   */
  Subscription subscribe(ExecutionListener listener);

  /**
   * Disconnects and releases resources. Orders stay as they are at the broker. Idempotent.
   */
  @Override
  void close();
}
