package io.quantor.broker.journal;

import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.ExecutionListener;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted broker event stream for journal tests: each call moves one order through
 * {@link OrderState}'s transitions, numbers the event and hands it to the listeners, as a broker does.
 * It also keeps the live order states, for comparison with a replay.
 */
final class EventScript {

  private final List<ExecutionListener> listeners = new ArrayList<>();
  private final Map<String, OrderState> orders = new LinkedHashMap<>();
  private final List<ExecutionEvent> events = new ArrayList<>();
  private long sequence;
  private int brokerIds;

  EventScript listen(ExecutionListener listener) {
    listeners.add(listener);
    return this;
  }

  Map<String, OrderState> orders() {
    return orders;
  }

  List<ExecutionEvent> events() {
    return events;
  }

  OrderState accept(OrderRequest order, Instant time) {
    return emit(OrderState.created(order), OrderState.created(order).accept("B-" + (++brokerIds), time),
        null);
  }

  OrderState rejectNew(OrderRequest order, String why, Instant time) {
    return emit(OrderState.created(order), OrderState.created(order).reject(why, time), null);
  }

  OrderState fill(String id, double quantity, double price, double fees, Instant time) {
    OrderState before = orders.get(id);
    Fill fill = Fill.of(before.request(), quantity, price, fees, time);
    return emit(before, before.fill(fill), fill);
  }

  OrderState cancel(String id, String why, Instant time) {
    OrderState before = orders.get(id);
    return emit(before, before.cancel(why, time), null);
  }

  OrderState expire(String id, String why, Instant time) {
    OrderState before = orders.get(id);
    return emit(before, before.expire(why, time), null);
  }

  OrderState reject(String id, String why, Instant time) {
    OrderState before = orders.get(id);
    return emit(before, before.reject(why, time), null);
  }

  OrderState replace(OrderRequest replacement, Instant time) {
    OrderState before = orders.get(replacement.clientOrderId());
    return emit(before, before.replace(replacement, time), null);
  }

  /** Delivers an earlier event again, as a broker that re-sends after a reconnect does. */
  void redeliver(int index) {
    ExecutionEvent event = events.get(index);
    for (ExecutionListener l : listeners) {
      l.onEvent(event);
    }
  }

  private OrderState emit(OrderState before, OrderState after, Fill fill) {
    OrderStatus previous = before.status();
    ExecutionEvent event = new ExecutionEvent(++sequence, after, previous, fill);
    orders.put(after.clientOrderId(), after);
    events.add(event);
    for (ExecutionListener l : listeners) {
      l.onEvent(event);
    }
    return after;
  }
}
