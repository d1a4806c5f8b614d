package io.quantor.backtest.engine;

import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.Quote;
import io.quantor.broker.sim.SimulatedOrder;
import io.quantor.core.series.Bar;
import io.quantor.core.series.SessionCalendar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes inside the engine with the {@link ExecutionSimulator} (BACKTEST). Each instrument keeps its
 * working orders in submission order; at each new bar of the instrument the executor expires DAY orders
 * whose trading day ended, then matches the rest against the bar. An order submitted during a bar is
 * added after that bar's matching, so it meets the instrument's next bar first. Instruments without bars
 * are matched against a one-price quote at their mark (bid = ask = mark, unlimited size). The executor
 * numbers its own execution events from 1 for the journal. With no working order a bar costs one empty
 * check and allocates nothing.
 */
final class SimExecutor extends Executor {

  /** The size of a mark quote: no size limit, since a model or a mid price says nothing of depth. */
  private static final double UNLIMITED = Double.MAX_VALUE;

  private final ExecutionSimulator simulator;
  private final SessionCalendar calendar;
  private List<Working>[] working;
  private long sequence;

  SimExecutor(ExecutionSimulator simulator, SessionCalendar calendar) {
    super(false, false);
    this.simulator = simulator;
    this.calendar = calendar;
  }

  @Override
  @SuppressWarnings("unchecked")
  void start() {
    working = new List[session.tracks.length];
    for (int k = 0; k < working.length; k++) {
      working[k] = new ArrayList<>(2);
    }
  }

  @Override
  void onBar(int k) {
    List<Working> list = working[k];
    if (list.isEmpty()) {
      return;
    }
    Track t = session.tracks[k];
    int i = t.count - 1;
    Bar bar = new Bar(session.instant(), t.open(i), t.high(i), t.low(i), t.close(i), t.volume(i));
    for (int j = 0; j < list.size(); j++) {
      Working w = list.get(j);
      if (simulator.expireIfDayEnded(w.order, bar.timestamp(), calendar)) {
        transition(w, w.state.expire("end of trading day", bar.timestamp()), null);
      } else {
        Fill f = simulator.match(w.order, bar);
        settle(w, f, bar.timestamp());
      }
      if (w.state.isTerminal()) {
        list.remove(j--);
      }
    }
  }

  @Override
  void onMark(int k, double price) {
    List<Working> list = working[k];
    if (list.isEmpty()) {
      return;
    }
    Quote quote = new Quote(session.instant(), price, price, UNLIMITED, UNLIMITED);
    for (int j = 0; j < list.size(); j++) {
      Working w = list.get(j);
      if (simulator.expireIfDayEnded(w.order, quote.time(), calendar)) {
        transition(w, w.state.expire("end of trading day", quote.time()), null);
      } else {
        settle(w, simulator.match(w.order, quote), quote.time());
      }
      if (w.state.isTerminal()) {
        list.remove(j--);
      }
    }
  }

  /** Books a fill (if any) and closes an order the simulator finished without filling it in full. */
  private void settle(Working w, Fill f, Instant time) {
    if (f != null) {
      session.book(f);
      transition(w, w.state.fill(f), f);
    }
    if (w.order.isDone() && !w.state.isTerminal()) {
      // IOC remainder, FOK that could not fill in full.
      transition(w, w.state.cancel(w.order.request().timeInForce() + " remainder cancelled", time), null);
    }
  }

  private void transition(Working w, OrderState next, Fill fill) {
    OrderStatus previous = w.state.status();
    w.state = next;
    session.update(next);
    ++sequence;
    if (session.wantsEvents()) {
      session.event(new ExecutionEvent(sequence, next, previous, fill));
    }
  }

  @Override
  void drain() {
    // Fills are booked as they happen.
  }

  @Override
  OrderState submit(OrderRequest order) {
    int k = session.indexOf(order.instrument().symbol());
    // NEW and ACCEPTED happen together: the session records the accepted state only.
    Working w = new Working(SimulatedOrder.of(order), null);
    OrderState accepted = new OrderState(order, OrderStatus.ACCEPTED, 0, Double.NaN, 0, "", "",
        session.instant());
    w.state = accepted;
    session.update(accepted);
    ++sequence;
    if (session.wantsEvents()) {
      session.event(new ExecutionEvent(sequence, accepted, OrderStatus.NEW, null));
    }
    working[k].add(w);
    return w.state;
  }

  @Override
  OrderState cancel(String clientOrderId) {
    for (List<Working> list : working) {
      for (int j = 0; j < list.size(); j++) {
        Working w = list.get(j);
        if (w.order.request().clientOrderId().equals(clientOrderId)) {
          simulator.cancel(w.order);
          transition(w, w.state.cancel("cancelled by the strategy", session.instant()), null);
          list.remove(j);
          return w.state;
        }
      }
    }
    throw new IllegalStateException("order " + clientOrderId + " is not working");
  }

  @Override
  void finish() {
    // Orders still working stay as they are; the result reports their last state.
  }

  /** An order working in the simulator and its state as reported to the session. */
  private static final class Working {

    final SimulatedOrder order;
    OrderState state;

    Working(SimulatedOrder order, OrderState state) {
      this.order = order;
      this.state = state;
    }
  }
}
