package io.quantor.broker.resilience;

import io.quantor.broker.Account;
import io.quantor.broker.Broker;
import io.quantor.broker.BrokerCapabilities;
import io.quantor.broker.BrokerException;
import io.quantor.broker.ExecutionListener;
import io.quantor.broker.OrderState;
import io.quantor.broker.Subscription;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Position;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Broker} that wraps another with a rate limiter, a circuit breaker and retries, keeps orders
 * that fail for good in a {@link DeadLetterJournal}, and closes gracefully. Thread-safe if the delegate
 * is.
 *
 * <p><b>One call.</b> Every remote call ({@link #account()}, {@link #positions()}, {@link #openOrders()},
 * {@link #order(String)}, {@link #submit}, {@link #cancel}, {@link #replace}) runs as
 * <pre>
 *   for attempt = 1, 2, ...:
 *     rate limiter: take a token, waiting at most acquireTimeout   (else RATE_LIMITED, not retried)
 *     circuit breaker: OPEN -&gt; UNAVAILABLE at once                  (not retryable: ends the loop)
 *     delegate call; success -&gt; return
 *     retryable failure and attempt &lt; maxAttempts -&gt; sleep policy.delayBefore(attempt + 1)
 *     otherwise rethrow
 * </pre>
 * Each attempt takes its own token and counts in the breaker, because each is a real request to the
 * broker; a breaker that opens half-way stops the remaining retries. A rate-limit timeout is not retried:
 * the limiter already waited as long as it was allowed to. {@link #name()} and {@link #capabilities()}
 * go straight to the delegate, and so does {@link #subscribe} (never retried: a retry after an unknown
 * outcome could register the listener twice).
 *
 * <p><b>Why retrying is safe.</b> {@link Broker#submit} is idempotent on the client order id: when a
 * submission times out it is unknown whether the order was placed, and submitting the same id again
 * either places it or returns the existing order, never a second one. Cancel is idempotent (cancelling a
 * terminal order returns its state) and so is a replace with the same terms; the reads have no effects.
 *
 * <p><b>Dead letters.</b> When {@link #submit} finally fails (retries exhausted, a non-retryable error
 * such as REJECTED or AUTH, the breaker open, the rate limit timed out, or this broker closed), the order
 * is appended to the dead-letter journal with the last error's code and message, the number of calls
 * that reached the delegate and the clock's time, logged at WARN, and the exception is rethrown.
 *
 * <p><b>Closing</b> ({@link #close()}, idempotent; new calls are refused from its start with UNAVAILABLE,
 * not retryable): if {@code cancelOpenOrdersOnClose}, cancel every open order (through the same
 * retries); then run the flush hook (the main journal's {@code flush}); then flush the dead-letter
 * journal; then close the delegate. Every step runs even if an earlier one failed; failures are logged,
 * and afterwards the first is thrown as {@link BrokerException} UNKNOWN with the others suppressed.
 *
 * <p><b>Logging</b> (SLF4J, logger {@code io.quantor.broker.resilience.ResilientBroker}): WARN for each
 * retry (operation, attempt, code and message, delay) and each dead letter; the breaker logs its
 * transitions. Messages carry broker error messages, order ids and symbols, never credentials.
 *
 * <pre>{@code
 * Broker broker = ResilientBroker.builder(Brokers.open("mybroker", config))
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(5).initialDelay(Duration.ofMillis(200)).build())
 *     .circuitBreaker(CircuitBreaker.builder("mybroker").failureThreshold(5).build())
 *     .rateLimiter(RateLimiter.of(10, 5, Clock.systemUTC(), Sleeper.system()), Duration.ofSeconds(2))
 *     .deadLetters(JsonLinesDeadLetterJournal.open(Path.of("dead-letters.jsonl")))
 *     .cancelOpenOrdersOnClose(true)
 *     .flushOnClose(journal)
 *     .build();
 * }</pre>
 */
public final class ResilientBroker implements Broker {

  private static final Logger LOG = LoggerFactory.getLogger(ResilientBroker.class);

  private static final int OPEN = 0;
  /** Closing or closed: new calls are refused. */
  private static final int CLOSED = 1;

  private final Broker delegate;
  private final RetryPolicy policy;
  private final CircuitBreaker breaker;
  private final RateLimiter limiter;
  private final Duration acquireTimeout;
  private final DeadLetterJournal deadLetters;
  private final boolean cancelOpenOrdersOnClose;
  private final Flushable flushHook;
  private final Clock clock;
  private final Sleeper sleeper;
  /** Guarded by itself: one generator for all threads keeps a single-threaded run reproducible. */
  private final UniformRandomProvider random;
  private final AtomicInteger state = new AtomicInteger(OPEN);

  private ResilientBroker(Builder b) {
    this.delegate = b.delegate;
    this.policy = b.policy;
    this.breaker = b.breakerDisabled ? null
        : b.breaker != null ? b.breaker : CircuitBreaker.builder(b.delegate.name()).clock(b.clock).build();
    this.limiter = b.limiter;
    this.acquireTimeout = b.acquireTimeout;
    this.deadLetters = b.deadLetters;
    this.cancelOpenOrdersOnClose = b.cancelOpenOrdersOnClose;
    this.flushHook = b.flushHook;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = policy.newRandom();
  }

  /**
   * A builder around a broker, with the defaults: {@link RetryPolicy#defaults()}, a circuit breaker
   * with {@link CircuitBreaker#builder(String) its defaults} named after the delegate, no rate limiter, no
   * dead-letter journal, open orders left alone on close, no flush hook, the system UTC clock and the
   * real sleeper.
   *
   * @param delegate the broker to wrap, not null
   * @return a new builder
   * @throws IllegalArgumentException if {@code delegate} is null
   */
  public static Builder builder(Broker delegate) {
    return new Builder(Arguments.notNull(delegate, "delegate"));
  }

  /**
   * The circuit breaker in use.
   *
   * @return the breaker, or empty if disabled
   */
  public Optional<CircuitBreaker> circuitBreaker() {
    return Optional.ofNullable(breaker);
  }

  /**
   * The retry policy in use.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return policy;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public BrokerCapabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public Account account() {
    return call("account", delegate::account, null, false);
  }

  @Override
  public List<Position> positions() {
    return call("positions", delegate::positions, null, false);
  }

  @Override
  public List<OrderState> openOrders() {
    return call("openOrders", delegate::openOrders, null, false);
  }

  @Override
  public Optional<OrderState> order(String clientOrderId) {
    return call("order " + clientOrderId, () -> delegate.order(clientOrderId), null, false);
  }

  /**
   * Submits with retries (safe: submission is idempotent on the client order id); an order that fails for
   * good goes to the dead-letter journal before the exception is rethrown.
   *
   * @param order the order
   * @return the order's state after submission
   * @throws BrokerException the last failure
   */
  @Override
  public OrderState submit(OrderRequest order) {
    Arguments.notNull(order, "order");
    int[] attempts = new int[1];
    try {
      return call("submit " + order.clientOrderId(), () -> delegate.submit(order), attempts, false);
    } catch (RuntimeException e) {
      deadLetter(order, e, attempts[0]);
      throw e;
    }
  }

  @Override
  public OrderState cancel(String clientOrderId) {
    return call("cancel " + clientOrderId, () -> delegate.cancel(clientOrderId), null, false);
  }

  @Override
  public OrderState replace(OrderRequest replacement) {
    Arguments.notNull(replacement, "replacement");
    return call("replace " + replacement.clientOrderId(), () -> delegate.replace(replacement), null, false);
  }

  @Override
  public Subscription subscribe(ExecutionListener listener) {
    return delegate.subscribe(listener);
  }

  /**
   * Closes gracefully: cancels open orders if configured, runs the flush hook, flushes the dead-letter
   * journal and closes the delegate. Idempotent: later calls do nothing.
   *
   * @throws BrokerException UNKNOWN, with the first step's failure as cause and the others suppressed, if a
   *     step failed (every step still ran)
   */
  @Override
  public void close() {
    if (!state.compareAndSet(OPEN, CLOSED)) {
      return;
    }
    List<Exception> failures = new ArrayList<>();
    if (cancelOpenOrdersOnClose) {
      cancelOpenOrders(failures);
    }
    if (flushHook != null) {
      try {
        flushHook.flush();
      } catch (IOException | RuntimeException e) {
        LOG.warn("closing broker '{}': the flush hook failed: {}", delegate.name(), e.toString());
        failures.add(e);
      }
    }
    if (deadLetters != null) {
      try {
        deadLetters.flush();
      } catch (IOException | RuntimeException e) {
        LOG.warn("closing broker '{}': flushing dead letters failed: {}", delegate.name(), e.toString());
        failures.add(e);
      }
    }
    try {
      delegate.close();
    } catch (RuntimeException e) {
      LOG.warn("closing broker '{}': the delegate's close failed: {}", delegate.name(), e.toString());
      failures.add(e);
    }
    if (!failures.isEmpty()) {
      BrokerException e = new BrokerException(BrokerException.Code.UNKNOWN, "closing broker '"
          + delegate.name() + "' finished with " + failures.size() + " failure(s), the first: "
          + failures.get(0), false, failures.get(0));
      for (int i = 1; i < failures.size(); i++) {
        e.addSuppressed(failures.get(i));
      }
      throw e;
    }
  }

  private void cancelOpenOrders(List<Exception> failures) {
    List<OrderState> open;
    try {
      open = call("openOrders", delegate::openOrders, null, true);
    } catch (RuntimeException e) {
      LOG.warn("closing broker '{}': cannot list open orders to cancel: {}", delegate.name(),
          e.getMessage());
      failures.add(e);
      return;
    }
    for (OrderState o : open) {
      String id = o.clientOrderId();
      try {
        call("cancel " + id, () -> delegate.cancel(id), null, true);
      } catch (RuntimeException e) {
        LOG.warn("closing broker '{}': cannot cancel order {}: {}", delegate.name(), id, e.getMessage());
        failures.add(e);
      }
    }
  }

  /**
   * Runs one operation with rate limit, breaker and retries.
   *
   * @param attempts if not null, element 0 receives the number of calls that reached the delegate
   * @param closing true for the close steps, which run after new calls are refused
   */
  private <T> T call(String operation, Supplier<T> body, int[] attempts, boolean closing) {
    if (!closing && state.get() != OPEN) {
      throw new BrokerException(BrokerException.Code.UNAVAILABLE, "broker '" + delegate.name()
          + "' is closed", false, null);
    }
    int[] reached = attempts != null ? attempts : new int[1];
    Supplier<T> counted = () -> {
      reached[0]++;
      return body.get();
    };
    for (int attempt = 1; ; attempt++) {
      if (limiter != null) {
        limiter.acquire(acquireTimeout);
      }
      try {
        return breaker == null ? counted.get() : breaker.execute(counted);
      } catch (RuntimeException e) {
        if (!policy.isRetryable(e) || !policy.allowsAttemptAfter(attempt)) {
          throw e;
        }
        Duration delay;
        synchronized (random) {
          delay = policy.delayBefore(attempt + 1, random);
        }
        LOG.warn("broker '{}' {} failed (attempt {} of {}): {}; retrying in {} ms", delegate.name(),
            operation, attempt, policy.maxAttempts(), e.getMessage(), delay.toMillis());
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          BrokerException stop = new BrokerException(BrokerException.Code.UNKNOWN, "interrupted while "
              + "waiting to retry " + operation + " after: " + e.getMessage(), false, e);
          stop.addSuppressed(interrupted);
          throw stop;
        }
      }
    }
  }

  private void deadLetter(OrderRequest order, RuntimeException failure, int attempts) {
    DeadLetter letter = DeadLetter.of(order, failure, attempts, clock.instant());
    LOG.warn("order {} ({} {} {}) failed for good after {} attempt(s): {}", order.clientOrderId(),
        order.side(), order.quantity(), order.instrument().symbol(), attempts, letter.message());
    if (deadLetters == null) {
      return;
    }
    try {
      deadLetters.append(letter);
    } catch (UncheckedIOException | IllegalStateException e) {
      LOG.error("order {} could not be written to the dead-letter journal: {}", order.clientOrderId(),
          e.toString());
      failure.addSuppressed(e);
    }
  }

  @Override
  public String toString() {
    return "ResilientBroker[" + delegate.name() + ", " + policy + ", " + breaker + "]";
  }

  /** Builds a {@link ResilientBroker}. */
  public static final class Builder {

    private final Broker delegate;
    private RetryPolicy policy = RetryPolicy.defaults();
    private CircuitBreaker breaker;
    private boolean breakerDisabled;
    private RateLimiter limiter;
    private Duration acquireTimeout = Duration.ZERO;
    private DeadLetterJournal deadLetters;
    private boolean cancelOpenOrdersOnClose;
    private Flushable flushHook;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder(Broker delegate) {
      this.delegate = delegate;
    }

    /**
     * The retry policy (its seed seeds the jitter).
     *
     * @param value not null; {@link RetryPolicy#none()} for no retries
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder retryPolicy(RetryPolicy value) {
      this.policy = Arguments.notNull(value, "retryPolicy");
      return this;
    }

    /**
     * The circuit breaker (use one breaker per broker connection).
     *
     * @param value not null
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder circuitBreaker(CircuitBreaker value) {
      this.breaker = Arguments.notNull(value, "circuitBreaker");
      this.breakerDisabled = false;
      return this;
    }

    /**
     * No circuit breaker.
     *
     * @return this builder
     */
    public Builder withoutCircuitBreaker() {
      this.breaker = null;
      this.breakerDisabled = true;
      return this;
    }

    /**
     * A rate limiter every attempt takes a token from.
     *
     * @param value not null
     * @param timeout how long an attempt may wait for a token, not negative ({@link Duration#ZERO}: never
     *     wait)
     * @return this builder
     * @throws IllegalArgumentException if an argument is invalid
     */
    public Builder rateLimiter(RateLimiter value, Duration timeout) {
      this.limiter = Arguments.notNull(value, "rateLimiter");
      this.acquireTimeout = Arguments.nonNegative(timeout, "timeout");
      return this;
    }

    /**
     * Where orders that fail for good are appended (the caller keeps ownership: it is flushed on close,
     * not closed).
     *
     * @param value not null
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder deadLetters(DeadLetterJournal value) {
      this.deadLetters = Arguments.notNull(value, "deadLetters");
      return this;
    }

    /**
     * Whether {@link ResilientBroker#close()} cancels every open order first.
     *
     * @param value true to cancel
     * @return this builder
     */
    public Builder cancelOpenOrdersOnClose(boolean value) {
      this.cancelOpenOrdersOnClose = value;
      return this;
    }

    /**
     * What {@link ResilientBroker#close()} flushes after cancelling and before closing the delegate,
     * typically the main journal ({@code journal::flush}).
     *
     * @param value not null
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder flushOnClose(Flushable value) {
      this.flushHook = Arguments.notNull(value, "flushOnClose");
      return this;
    }

    /**
     * The clock that stamps dead letters (and times the default circuit breaker).
     *
     * @param value not null
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder clock(Clock value) {
      this.clock = Arguments.notNull(value, "clock");
      return this;
    }

    /**
     * What waits between retries.
     *
     * @param value not null
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Arguments.notNull(value, "sleeper");
      return this;
    }

    /**
     * Builds the decorator.
     *
     * @return the resilient broker
     */
    public ResilientBroker build() {
      return new ResilientBroker(this);
    }
  }
}
