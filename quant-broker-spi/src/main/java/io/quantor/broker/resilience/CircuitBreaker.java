package io.quantor.broker.resilience;

import io.quantor.broker.BrokerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a broker that keeps failing, so a strategy fails fast instead of piling up timeouts, and
 * lets a few trial calls through after a pause to see whether it is back. Thread-safe.
 *
 * <p><b>States.</b>
 * <pre>
 *   CLOSED --(failures in the window reach the threshold)--&gt; OPEN
 *   OPEN --(openDuration has passed; checked on the next call or state())--&gt; HALF_OPEN
 *   HALF_OPEN --(halfOpenTrials trial calls all succeed)--&gt; CLOSED   (the window starts empty)
 *   HALF_OPEN --(a trial call fails)--&gt; OPEN                          (for another openDuration)
 * </pre>
 * While OPEN, and in HALF_OPEN once the trial calls are taken, {@link #execute(Supplier)} throws at once
 * without calling: {@link BrokerException} with code {@link BrokerException.Code#UNAVAILABLE} and
 * {@code isRetryable() == false}. Not retryable on purpose: a retry loop that retried it would only burn
 * its attempts (or, waiting out the open duration, hold the caller far longer than its backoff says).
 * The caller may try again after {@link #openUntil()}.
 *
 * <p><b>What counts as a failure.</b> A retryable {@link BrokerException} (the broker is unreachable,
 * overloaded or flaky). A non-retryable one (REJECTED, AUTH) means the broker answered: it counts as a
 * success. Any other exception (a bad argument, a bug) is not counted at all.
 *
 * <p><b>Threshold.</b> In CLOSED the breaker remembers the calls of the last {@code window} (by the
 * injected clock) and opens when either configured condition holds: at least {@code failureThreshold}
 * failures, or at least {@code minimumCalls} calls of which a fraction {@code >= failureRate} failed.
 * Outcomes of calls that began in an earlier state (a call that started before the breaker opened) are
 * ignored.
 *
 * <pre>{@code
 * CircuitBreaker breaker = CircuitBreaker.builder("ib")
 *     .failureThreshold(5)                      // 5 failures within the window open it
 *     .window(Duration.ofSeconds(60))
 *     .openDuration(Duration.ofSeconds(30))
 *     .halfOpenTrials(2)
 *     .build();
 * Account account = breaker.execute(broker::account);   // fails fast while OPEN
 * }</pre>
 */
public final class CircuitBreaker {

  private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

  /** The breaker's state. */
  public enum State {
    /** Calls pass; failures are counted. */
    CLOSED,
    /** Calls fail fast without reaching the broker. */
    OPEN,
    /** A limited number of trial calls pass; their outcome closes or reopens the breaker. */
    HALF_OPEN
  }

  private final String name;
  private final int failureThreshold;
  private final double failureRate;
  private final int minimumCalls;
  private final long windowNanos;
  private final Duration openDuration;
  private final int halfOpenTrials;
  private final Clock clock;

  // Guarded by "this".
  private State state = State.CLOSED;
  /** Incremented on every transition, so outcomes of calls from an earlier state are recognized. */
  private long generation;
  private final ArrayDeque<Long> callTimes = new ArrayDeque<>();
  private final ArrayDeque<Long> failureTimes = new ArrayDeque<>();
  private long openedAtNanos;
  private int trialsStarted;
  private int trialsSucceeded;

  private CircuitBreaker(Builder b) {
    this.name = b.name;
    if (b.failureThreshold == 0 && Double.isNaN(b.failureRate)) {
      throw new IllegalArgumentException("a circuit breaker needs a failure threshold or a failure rate");
    }
    this.failureThreshold = b.failureThreshold;
    this.failureRate = b.failureRate;
    this.minimumCalls = b.minimumCalls;
    this.windowNanos = Arguments.positive(b.window, "window").toNanos();
    this.openDuration = Arguments.positive(b.openDuration, "openDuration");
    this.halfOpenTrials = Arguments.atLeast(b.halfOpenTrials, 1, "halfOpenTrials");
    this.clock = Arguments.notNull(b.clock, "clock");
  }

  /**
   * A builder with the defaults: 5 failures within 60 s open the breaker for 30 s, then 1 trial call;
   * the system UTC clock.
   *
   * @param name the breaker's name for logs and messages, not blank
   * @return a new builder
   * @throws IllegalArgumentException if {@code name} is null or blank
   */
  public static Builder builder(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
    }
    return new Builder(name);
  }

  /**
   * The breaker's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The state now; an OPEN breaker whose open duration has passed becomes HALF_OPEN here.
   *
   * @return the state
   */
  public synchronized State state() {
    halfOpenIfDue(now());
    return state;
  }

  /**
   * When an OPEN breaker lets trial calls through.
   *
   * @return the end of the open period, or {@link Instant#MIN} unless the state is OPEN
   */
  public synchronized Instant openUntil() {
    halfOpenIfDue(now());
    return state == State.OPEN ? instantOf(openedAtNanos + openDuration.toNanos()) : Instant.MIN;
  }

  /**
   * Whether a throwable counts as a broker failure: a retryable {@link BrokerException}.
   *
   * @param failure what a call threw
   * @return true if it counts toward opening the breaker
   */
  public static boolean isFailure(Throwable failure) {
    return failure instanceof BrokerException && ((BrokerException) failure).isRetryable();
  }

  /**
   * Runs a call if the breaker allows it and records its outcome.
   *
   * @param <T> the result type
   * @param call the broker call
   * @return what the call returned
   * @throws BrokerException UNAVAILABLE, not retryable, if the breaker is OPEN (or HALF_OPEN with all
   *     trial calls taken); otherwise whatever the call throws
   */
  public <T> T execute(Supplier<T> call) {
    long permit = acquirePermission();
    T result;
    try {
      result = call.get();
    } catch (RuntimeException | Error e) {
      if (isFailure(e)) {
        onFailure(permit);
      } else if (e instanceof BrokerException) {
        onSuccess(permit);
      } else {
        onIgnored(permit);
      }
      throw e;
    }
    onSuccess(permit);
    return result;
  }

  private synchronized long acquirePermission() {
    long now = now();
    halfOpenIfDue(now);
    switch (state) {
      case CLOSED:
        return generation;
      case HALF_OPEN:
        if (trialsStarted < halfOpenTrials) {
          trialsStarted++;
          return generation;
        }
        throw new BrokerException(BrokerException.Code.UNAVAILABLE, String.format(Locale.ROOT,
            "circuit breaker '%s' is HALF_OPEN and its %d trial call(s) are taken", name, halfOpenTrials),
            false, null);
      default:
        throw new BrokerException(BrokerException.Code.UNAVAILABLE, String.format(Locale.ROOT,
            "circuit breaker '%s' is OPEN until %s", name,
            instantOf(openedAtNanos + openDuration.toNanos())), false, null);
    }
  }

  private synchronized void onSuccess(long permit) {
    if (permit != generation) {
      return;
    }
    long now = now();
    if (state == State.CLOSED) {
      record(now, false);
    } else if (state == State.HALF_OPEN) {
      trialsSucceeded++;
      if (trialsSucceeded >= halfOpenTrials) {
        transition(State.CLOSED, now);
        LOG.info("circuit breaker '{}' CLOSED after {} successful trial call(s)", name, halfOpenTrials);
      }
    }
  }

  private synchronized void onFailure(long permit) {
    if (permit != generation) {
      return;
    }
    long now = now();
    if (state == State.CLOSED) {
      record(now, true);
      if (tripped()) {
        int failures = failureTimes.size();
        int calls = callTimes.size();
        transition(State.OPEN, now);
        LOG.warn("circuit breaker '{}' OPEN for {} after {} failure(s) in {} call(s)", name, openDuration,
            failures, calls);
      }
    } else if (state == State.HALF_OPEN) {
      transition(State.OPEN, now);
      LOG.warn("circuit breaker '{}' OPEN again for {}: a trial call failed", name, openDuration);
    }
  }

  private synchronized void onIgnored(long permit) {
    if (permit == generation && state == State.HALF_OPEN) {
      trialsStarted--;   // give the trial back: the call said nothing about the broker
    }
  }

  private void record(long now, boolean failed) {
    callTimes.addLast(now);
    if (failed) {
      failureTimes.addLast(now);
    }
    long oldest = now - windowNanos;
    while (!callTimes.isEmpty() && callTimes.peekFirst() <= oldest) {
      callTimes.removeFirst();
    }
    while (!failureTimes.isEmpty() && failureTimes.peekFirst() <= oldest) {
      failureTimes.removeFirst();
    }
  }

  private boolean tripped() {
    int failures = failureTimes.size();
    if (failureThreshold > 0 && failures >= failureThreshold) {
      return true;
    }
    int calls = callTimes.size();
    return !Double.isNaN(failureRate) && calls >= minimumCalls && failures >= failureRate * calls;
  }

  private void halfOpenIfDue(long now) {
    if (state == State.OPEN && now - openedAtNanos >= openDuration.toNanos()) {
      transition(State.HALF_OPEN, now);
      LOG.info("circuit breaker '{}' HALF_OPEN: letting {} trial call(s) through", name, halfOpenTrials);
    }
  }

  private void transition(State next, long now) {
    state = next;
    generation++;
    trialsStarted = 0;
    trialsSucceeded = 0;
    callTimes.clear();
    failureTimes.clear();
    if (next == State.OPEN) {
      openedAtNanos = now;
    }
  }

  private long now() {
    return Arguments.epochNanos(clock.instant());
  }

  private static Instant instantOf(long epochNanos) {
    return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
        Math.floorMod(epochNanos, 1_000_000_000L));
  }

  @Override
  public synchronized String toString() {
    return "CircuitBreaker[" + name + ", " + state + "]";
  }

  /** Builds a {@link CircuitBreaker}; validation happens in {@link #build()}. */
  public static final class Builder {

    private final String name;
    private int failureThreshold = 5;
    private double failureRate = Double.NaN;
    private int minimumCalls;
    private Duration window = Duration.ofSeconds(60);
    private Duration openDuration = Duration.ofSeconds(30);
    private int halfOpenTrials = 1;
    private Clock clock = Clock.systemUTC();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Open after this many failures within the window; 0 turns the count condition off (then a failure
     * rate must be set).
     *
     * @param count {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if {@code count < 0}
     */
    public Builder failureThreshold(int count) {
      this.failureThreshold = Arguments.atLeast(count, 0, "failureThreshold");
      return this;
    }

    /**
     * Also open when at least {@code minimumCalls} calls fell in the window and a fraction
     * {@code >= rate} of them failed.
     *
     * @param rate in {@code (0, 1]}
     * @param minimumCalls {@code >= 1}, so one early failure does not open the breaker
     * @return this builder
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Builder failureRate(double rate, int minimumCalls) {
      this.failureRate = Arguments.inRange(rate, 0, 1, "failureRate");
      this.minimumCalls = Arguments.atLeast(minimumCalls, 1, "minimumCalls");
      return this;
    }

    /**
     * How far back failures are counted.
     *
     * @param value in {@code (0, 1 day]}
     * @return this builder
     */
    public Builder window(Duration value) {
      this.window = value;
      return this;
    }

    /**
     * How long the breaker stays OPEN before trial calls.
     *
     * @param value in {@code (0, 1 day]}
     * @return this builder
     */
    public Builder openDuration(Duration value) {
      this.openDuration = value;
      return this;
    }

    /**
     * How many trial calls HALF_OPEN lets through; all must succeed to close.
     *
     * @param value {@code >= 1}
     * @return this builder
     */
    public Builder halfOpenTrials(int value) {
      this.halfOpenTrials = value;
      return this;
    }

    /**
     * The clock that times the window and the open duration.
     *
     * @param value not null
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the breaker, CLOSED
     * @throws IllegalArgumentException if a setting is invalid
     */
    public CircuitBreaker build() {
      return new CircuitBreaker(this);
    }
  }
}
