package io.quantor.broker.oms;

import io.quantor.broker.Account;
import io.quantor.broker.Broker;
import io.quantor.broker.BrokerCapabilities;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.ExecutionListener;
import io.quantor.broker.OrderState;
import io.quantor.broker.Subscription;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Position;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A broker whose behaviour the test scripts: it accepts what is submitted (or rejects, or fails, as told),
 * fills, cancels, expires and replaces when the test says, moves every order through {@link OrderState}'s
 * transitions, and delivers numbered events synchronously to its listeners. It counts submit calls per
 * client order id. Thread-safe (one lock).
 */
final class ScriptedBroker implements Broker {

  private final String name;
  private final Clock clock;
  private final Map<String, OrderState> orders = new LinkedHashMap<>();
  private final Map<String, Position> positions = new LinkedHashMap<>();
  private final Map<String, Integer> submitCalls = new HashMap<>();
  private final Set<String> refuse = new HashSet<>();
  private final Deque<BrokerException> failures = new ArrayDeque<>();
  private final List<ExecutionEvent> events = new ArrayList<>();
  private final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();
  private long sequence;
  private int brokerIds;
  private double cash = 1_000_000;

  ScriptedBroker(String name, Clock clock) {
    this.name = name;
    this.clock = clock;
  }

  /** The next submission of this id is refused with REJECTED. */
  synchronized void refuse(String clientOrderId) {
    refuse.add(clientOrderId);
  }

  /** The next submit call fails with this exception. */
  synchronized void failNextSubmit(BrokerException failure) {
    failures.add(failure);
  }

  synchronized int submitCalls(String clientOrderId) {
    return submitCalls.getOrDefault(clientOrderId, 0);
  }

  synchronized int totalSubmitCalls() {
    int sum = 0;
    for (int n : submitCalls.values()) {
      sum += n;
    }
    return sum;
  }

  synchronized List<ExecutionEvent> events() {
    return List.copyOf(events);
  }

  synchronized OrderState fill(String id, double quantity, double price, double fees) {
    OrderState before = known(id);
    Fill fill = Fill.of(before.request(), quantity, price, fees, clock.instant());
    Position position = positions.getOrDefault(fill.instrument().symbol(), Position.flat(fill.instrument()));
    positions.put(fill.instrument().symbol(), position.apply(fill));
    cash += fill.cashFlow();
    return emit(before, before.fill(fill), fill);
  }

  synchronized OrderState expire(String id) {
    OrderState before = known(id);
    return emit(before, before.expire("end of day", clock.instant()), null);
  }

  synchronized OrderState rejectLater(String id, String why) {
    OrderState before = known(id);
    return emit(before, before.reject(why, clock.instant()), null);
  }

  /** Accepts an order nobody submitted through the order manager (placed by hand at the broker). */
  synchronized OrderState placeDirectly(OrderRequest order) {
    OrderState state = OrderState.created(order).accept("B-" + (++brokerIds), clock.instant());
    return emit(OrderState.created(order), state, null);
  }

  /** Forgets an order, as a broker that lost it would. */
  synchronized void forget(String id) {
    orders.remove(id);
  }

  /** Overwrites a position, as a broker with a booking error would show it. */
  synchronized void setPosition(Position position) {
    positions.put(position.symbol(), position);
  }

  /** Delivers an earlier event again, as brokers do after a reconnect. */
  void redeliver(int index) {
    ExecutionEvent event;
    synchronized (this) {
      event = events.get(index);
    }
    for (ExecutionListener l : listeners) {
      l.onEvent(event);
    }
  }

  private OrderState known(String id) {
    OrderState state = orders.get(id);
    if (state == null) {
      throw new BrokerException(BrokerException.Code.REJECTED, "unknown order " + id);
    }
    return state;
  }

  private OrderState emit(OrderState before, OrderState after, Fill fill) {
    ExecutionEvent event = new ExecutionEvent(++sequence, after, before.status(), fill);
    orders.put(after.clientOrderId(), after);
    events.add(event);
    for (ExecutionListener l : listeners) {
      l.onEvent(event);
    }
    return after;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public BrokerCapabilities capabilities() {
    return BrokerCapabilities.all();
  }

  @Override
  public synchronized Account account() {
    double value = 0;
    for (Position p : positions.values()) {
      value += p.costBasis();
    }
    return new Account("SIM-1", cash, cash + value, Math.max(0, cash), clock.instant());
  }

  @Override
  public synchronized List<Position> positions() {
    List<Position> open = new ArrayList<>();
    for (Position p : positions.values()) {
      if (!p.isFlat()) {
        open.add(p);
      }
    }
    return List.copyOf(open);
  }

  @Override
  public synchronized List<OrderState> openOrders() {
    List<OrderState> open = new ArrayList<>();
    for (OrderState o : orders.values()) {
      if (!o.isTerminal()) {
        open.add(o);
      }
    }
    return List.copyOf(open);
  }

  @Override
  public synchronized Optional<OrderState> order(String clientOrderId) {
    return Optional.ofNullable(orders.get(clientOrderId));
  }

  @Override
  public synchronized OrderState submit(OrderRequest order) {
    submitCalls.merge(order.clientOrderId(), 1, Integer::sum);
    if (!failures.isEmpty()) {
      throw failures.poll();
    }
    OrderState known = orders.get(order.clientOrderId());
    if (known != null) {
      return known;
    }
    if (refuse.remove(order.clientOrderId())) {
      throw new BrokerException(BrokerException.Code.REJECTED, "insufficient buying power");
    }
    OrderState created = OrderState.created(order);
    return emit(created, created.accept("B-" + (++brokerIds), clock.instant()), null);
  }

  @Override
  public synchronized OrderState cancel(String clientOrderId) {
    OrderState before = known(clientOrderId);
    if (before.isTerminal()) {
      return before;
    }
    return emit(before, before.cancel("client request", clock.instant()), null);
  }

  @Override
  public synchronized OrderState replace(OrderRequest replacement) {
    OrderState before = known(replacement.clientOrderId());
    try {
      return emit(before, before.replace(replacement, clock.instant()), null);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new BrokerException(BrokerException.Code.REJECTED, e.getMessage());
    }
  }

  @Override
  public Subscription subscribe(ExecutionListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public void close() {
    listeners.clear();
  }
}
