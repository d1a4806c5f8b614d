package io.quantor.broker;

/**
 * A listener's registration with a broker. Closing it stops delivery; closing twice does nothing.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Stops delivering events to the listener. Idempotent. */
  @Override
  void close();
}
