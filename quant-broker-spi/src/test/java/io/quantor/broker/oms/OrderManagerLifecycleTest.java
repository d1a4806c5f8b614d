package io.quantor.broker.oms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.Broker;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.broker.Subscription;
import io.quantor.broker.journal.FixedClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Registration and closing of an {@link OrderManager} that overlap. */
class OrderManagerLifecycleTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");

  /**
   * A manager closed while {@code addBroker} is subscribing (outside its lock) must still close that
   * subscription: otherwise the broker keeps the manager's listener for good.
   */
  @Test
  void aSubscriptionMadeWhileTheManagerClosesIsClosedToo() {
    ScriptedBroker target = new ScriptedBroker("paper", new FixedClock(T0));
    OrderManager oms = OrderManager.create(new FixedClock(T0), null);
    AtomicBoolean subscriptionClosed = new AtomicBoolean();
    Broker closingOnSubscribe = (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(),
        new Class<?>[] {Broker.class}, (proxy, method, args) -> {
          if (method.getName().equals("subscribe")) {
            oms.close(); // another thread closes the manager while it subscribes
            Subscription real = target.subscribe((io.quantor.broker.ExecutionListener) args[0]);
            return (Subscription) () -> {
              subscriptionClosed.set(true);
              real.close();
            };
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    try {
      oms.addBroker("paper", closingOnSubscribe);
    } catch (IllegalStateException closed) {
      // Refusing the late registration is fine too, as long as the subscription does not leak.
    }
    assertTrue(subscriptionClosed.get(), "the subscription made during close() was left open");
    assertThrows(IllegalStateException.class, () -> oms.addBroker("live", target));
  }

  /**
   * A broker call that ends in an {@link Error} leaves it unknown whether the order was placed, like any
   * other failure without a verdict: the order must stay unconfirmed and a resubmission must ask the
   * broker again, not be answered NEW for good as if a submission were still in flight.
   */
  @Test
  void anErrorFromTheBrokerLeavesTheOrderUnconfirmedAndRetryable() {
    ScriptedBroker target = new ScriptedBroker("paper", new FixedClock(T0));
    AtomicInteger failuresLeft = new AtomicInteger(1);
    Broker failingOnce = (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(),
        new Class<?>[] {Broker.class}, (proxy, method, args) -> {
          if (method.getName().equals("submit") && failuresLeft.getAndDecrement() > 0) {
            throw new StackOverflowError("deep in the adapter");
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    OrderManager oms = OrderManager.create(new FixedClock(T0), null);
    oms.addBroker("paper", failingOnce);
    OrderRequest order = OrderRequest.limit("o-1", Instrument.stock("ORCL"), Side.BUY, 10, 41.2, T0);
    assertThrows(StackOverflowError.class, () -> oms.submit("paper", order));
    assertEquals(1, oms.unconfirmedOrders().size(), "the order must be listed as unconfirmed");
    OrderState again = oms.submit("paper", order);
    assertEquals(OrderStatus.ACCEPTED, again.status());
    assertEquals(1, target.submitCalls("o-1"));
  }
}
