package io.quantor.backtest.engine;

import io.quantor.broker.Account;
import io.quantor.broker.Broker;
import io.quantor.broker.BrokerCapabilities;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.ExecutionListener;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.Subscription;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal live broker: it accepts orders (refusing those above 1000 units), and the test makes it fill
 * them, from another thread if it likes. Events are delivered on the thread that causes them.
 */
final class FakeBroker implements Broker {

  final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();
  final Map<String, OrderState> orders = new LinkedHashMap<>();
  private long sequence;
  int subscriptions;

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public BrokerCapabilities capabilities() {
    return BrokerCapabilities.all();
  }

  @Override
  public Account account() {
    return new Account("fake", 0, 0, 0, Instant.EPOCH);
  }

  @Override
  public List<Position> positions() {
    return List.of();
  }

  @Override
  public List<OrderState> openOrders() {
    return orders.values().stream().filter(o -> !o.isTerminal()).toList();
  }

  @Override
  public Optional<OrderState> order(String clientOrderId) {
    return Optional.ofNullable(orders.get(clientOrderId));
  }

  @Override
  public synchronized OrderState submit(OrderRequest order) {
    if (order.quantity() > 1000) {
      throw new BrokerException(BrokerException.Code.REJECTED, "quantity above 1000");
    }
    OrderState s = OrderState.created(order).accept("B-" + (orders.size() + 1), order.createdAt());
    orders.put(order.clientOrderId(), s);
    emit(new ExecutionEvent(++sequence, s, OrderStatus.NEW, null));
    return s;
  }

  /** Fills an order and reports it; returns the event. */
  synchronized ExecutionEvent fill(String id, double quantity, double price, Instant time) {
    OrderState before = orders.get(id);
    Fill fill = Fill.of(before.request(), quantity, price, 1.0, time);
    OrderState after = before.fill(fill);
    orders.put(id, after);
    ExecutionEvent e = new ExecutionEvent(++sequence, after, before.status(), fill);
    emit(e);
    return e;
  }

  /** Reports an event again (a duplicate delivery). */
  void redeliver(ExecutionEvent e) {
    emit(e);
  }

  /** Reports an event of an order someone else placed. */
  synchronized void foreign(OrderRequest other, double price, Instant time) {
    OrderState s = OrderState.created(other).accept("B-x", time);
    OrderState f = s.fill(Fill.of(other, other.quantity(), price, 0, time));
    emit(new ExecutionEvent(++sequence, f, OrderStatus.ACCEPTED, Fill.of(other, other.quantity(), price, 0,
        time)));
  }

  private void emit(ExecutionEvent e) {
    for (ExecutionListener l : listeners) {
      l.onEvent(e);
    }
  }

  @Override
  public synchronized OrderState cancel(String clientOrderId) {
    OrderState before = orders.get(clientOrderId);
    OrderState after = before.cancel("client", before.updatedAt());
    orders.put(clientOrderId, after);
    emit(new ExecutionEvent(++sequence, after, before.status(), null));
    return after;
  }

  @Override
  public OrderState replace(OrderRequest replacement) {
    throw new BrokerException(BrokerException.Code.REJECTED, "no replace");
  }

  @Override
  public Subscription subscribe(ExecutionListener listener) {
    listeners.add(listener);
    subscriptions++;
    return () -> listeners.remove(listener);
  }

  @Override
  public void close() {
  }

  List<String> ids() {
    return new ArrayList<>(orders.keySet());
  }
}
