package io.quantor.backtest.engine;

import io.quantor.broker.Broker;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderState;
import io.quantor.broker.Subscription;
import io.quantor.core.trade.OrderRequest;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Executes through a {@link Broker} (PAPER and LIVE). The broker may report events on any thread, so the
 * listener only queues them; the session applies them on its own thread at the start of each bar, after
 * pushing bars into a paper broker, and at the end. Only events of the session's own orders are applied,
 * each once (by the broker's sequence number); fills are booked from events only, never from the state
 * {@code submit} returns, so nothing is counted twice.
 */
class BrokerExecutor extends Executor {

  private final Broker broker;
  private final ConcurrentLinkedQueue<ExecutionEvent> queue = new ConcurrentLinkedQueue<>();
  private Subscription subscription;
  private long lastSequence;

  BrokerExecutor(Broker broker) {
    this(broker, false);
  }

  BrokerExecutor(Broker broker, boolean seesEveryBar) {
    super(true, seesEveryBar);
    this.broker = broker;
  }

  @Override
  void start() {
    subscription = broker.subscribe(queue::add);
  }

  @Override
  void onBar(int k) {
    // A live broker watches its own market; nothing to push.
  }

  @Override
  void onMark(int k, double price) {
    // A live broker prices its own instruments; nothing to push.
  }

  @Override
  void drain() {
    ExecutionEvent e;
    while ((e = queue.poll()) != null) {
      if (e.sequence() <= lastSequence || !session.isOwnOrder(e.clientOrderId())) {
        continue;
      }
      lastSequence = e.sequence();
      session.update(e.order());
      if (e.lastFill() != null) {
        session.book(e.lastFill());
      }
      session.event(e);
    }
  }

  @Override
  OrderState submit(OrderRequest order) {
    try {
      return broker.submit(order);
    } catch (BrokerException e) {
      if (e.code() != BrokerException.Code.REJECTED) {
        throw e;
      }
      return OrderState.created(order).reject(String.valueOf(e.getMessage()), session.instant());
    }
  }

  @Override
  OrderState cancel(String clientOrderId) {
    OrderState s = broker.cancel(clientOrderId);
    session.update(s);
    return s;
  }

  @Override
  void finish() {
    if (subscription != null) {
      subscription.close();
    }
  }
}
