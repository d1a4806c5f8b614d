package io.quantor.broker.oms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.Broker;
import io.quantor.broker.Subscription;
import io.quantor.broker.journal.FixedClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
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
}
