package io.quantor.broker.resilience;

import io.quantor.broker.BrokerException;
import io.quantor.core.trade.OrderRequest;
import java.time.Instant;

/**
 * An order that failed for good: the request, how the last attempt failed, how many calls were made and
 * when it was given up. What a {@link DeadLetterJournal} keeps so that someone can look at it (and resubmit
 * it under the same client order id, which is safe: submission is idempotent on that id).
 *
 * <pre>{@code
 * DeadLetter letter = new DeadLetter(order, BrokerException.Code.UNAVAILABLE,
 *     "UNAVAILABLE: connection refused", 4, clock.instant());
 * }</pre>
 *
 * @param order the order as it was submitted
 * @param code the last failure's code
 * @param message the last failure's message (broker messages never carry credentials)
 * @param attempts the submit calls that reached the broker, {@code >= 0} (0 when a circuit breaker or the
 *     rate limiter stopped the order before any call)
 * @param time when the order was given up
 */
public record DeadLetter(OrderRequest order, BrokerException.Code code, String message, int attempts,
    Instant time) {

  /**
   * Validates the entry.
   *
   * @param order not null
   * @param code not null
   * @param message not null
   * @param attempts {@code >= 0}
   * @param time not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public DeadLetter {
    Arguments.notNull(order, "order");
    Arguments.notNull(code, "code");
    Arguments.notNull(message, "message");
    Arguments.atLeast(attempts, 0, "attempts");
    Arguments.notNull(time, "time");
  }

  /**
   * The entry for an order whose submission ended with an exception.
   *
   * @param order the order
   * @param failure the final failure
   * @param attempts the submit calls made
   * @param time when
   * @return the entry; a non-broker failure is recorded with code UNKNOWN and its class name and message
   */
  public static DeadLetter of(OrderRequest order, RuntimeException failure, int attempts, Instant time) {
    Arguments.notNull(failure, "failure");
    if (failure instanceof BrokerException) {
      BrokerException e = (BrokerException) failure;
      return new DeadLetter(order, e.code(), String.valueOf(e.getMessage()), attempts, time);
    }
    return new DeadLetter(order, BrokerException.Code.UNKNOWN,
        failure.getClass().getName() + ": " + failure.getMessage(), attempts, time);
  }
}
