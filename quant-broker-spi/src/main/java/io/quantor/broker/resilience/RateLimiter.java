package io.quantor.broker.resilience;

import io.quantor.broker.BrokerException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * A token bucket that keeps a client under a broker's request limit. Thread-safe.
 *
 * <p>The bucket holds up to {@code capacity} tokens and starts full; it gains {@code refillPerSecond}
 * tokens a second (continuously, by the injected clock) up to the capacity, and every request takes one.
 * So over any period of length {@code T} starting from a full bucket at most
 * {@code capacity + refillPerSecond * T} requests pass: bursts up to the capacity, the refill rate on
 * average.
 *
 * <p>{@link #tryAcquire()} takes a token if one is there and never waits. {@link #acquire(Duration)}
 * reserves the next token and sleeps (with the injected {@link Sleeper}) until it has accrued, in the
 * order callers arrive; if that wait would exceed the timeout it takes nothing and throws
 * {@link BrokerException.Code#RATE_LIMITED} at once instead of waiting in vain. A reservation may drive
 * the balance below zero: later callers queue behind it. A clock that steps backwards adds no tokens
 * (the elapsed time counts as zero), so it can delay requests but never let extra ones through.
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.of(10, 5, Clock.systemUTC(), Sleeper.system());  // burst 10, 5/s
 * if (limiter.tryAcquire()) { broker.account(); }
 * limiter.acquire(Duration.ofSeconds(2));   // waits up to 2 s, else BrokerException RATE_LIMITED
 * }</pre>
 */
public final class RateLimiter {

  private static final double NANOS_PER_SECOND = 1e9;

  private final double capacity;
  private final double refillPerSecond;
  private final Clock clock;
  private final Sleeper sleeper;

  // Guarded by "this".
  private double tokens;
  private long lastRefillNanos;

  private RateLimiter(double capacity, double refillPerSecond, Clock clock, Sleeper sleeper) {
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.clock = clock;
    this.sleeper = sleeper;
    this.tokens = capacity;
    this.lastRefillNanos = Arguments.epochNanos(clock.instant());
  }

  /**
   * A full bucket.
   *
   * @param capacity the most tokens held (the largest burst), finite and {@code >= 1}
   * @param refillPerSecond tokens gained per second, finite and {@code > 0}
   * @param clock the clock that times the refill, not null
   * @param sleeper what {@link #acquire(Duration)} waits with, not null
   * @return the limiter
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static RateLimiter of(double capacity, double refillPerSecond, Clock clock, Sleeper sleeper) {
    if (!(capacity >= 1) || capacity == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("capacity must be finite and >= 1, was " + capacity);
    }
    if (!(refillPerSecond > 0) || refillPerSecond == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("refillPerSecond must be finite and > 0, was " + refillPerSecond);
    }
    return new RateLimiter(capacity, refillPerSecond, Arguments.notNull(clock, "clock"),
        Arguments.notNull(sleeper, "sleeper"));
  }

  /**
   * The bucket's size.
   *
   * @return the capacity
   */
  public double capacity() {
    return capacity;
  }

  /**
   * The refill rate.
   *
   * @return tokens per second
   */
  public double refillPerSecond() {
    return refillPerSecond;
  }

  /**
   * The tokens in the bucket now; negative while reservations wait.
   *
   * @return the balance
   */
  public synchronized double availableTokens() {
    refill();
    return tokens;
  }

  /**
   * Takes a token if one is available now.
   *
   * @return true if a token was taken, false if the caller must slow down
   */
  public synchronized boolean tryAcquire() {
    refill();
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /**
   * Takes a token, waiting for one up to a timeout.
   *
   * @param timeout the longest wait, not negative
   * @throws BrokerException RATE_LIMITED (retryable) if the token would come later than the timeout (then
   *     nothing is taken and nothing waited); UNKNOWN (not retryable) if the thread is interrupted while
   *     waiting (then the token is given back and the interrupt flag set again)
   * @throws IllegalArgumentException if {@code timeout} is null or negative
   */
  public void acquire(Duration timeout) {
    long timeoutNanos = Arguments.nonNegative(timeout, "timeout").toNanos();
    long waitNanos;
    synchronized (this) {
      refill();
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      double wait = Math.ceil((1 - tokens) / refillPerSecond * NANOS_PER_SECOND);
      if (wait > timeoutNanos) {
        throw new BrokerException(BrokerException.Code.RATE_LIMITED, String.format(Locale.ROOT,
            "rate limit of %s/s (burst %s): the next request is allowed in %.3f s, more than the timeout %s",
            refillPerSecond, capacity, wait / NANOS_PER_SECOND, timeout));
      }
      tokens -= 1;
      waitNanos = (long) wait;
    }
    try {
      sleeper.sleep(Duration.ofNanos(waitNanos));
    } catch (InterruptedException e) {
      synchronized (this) {
        tokens = Math.min(capacity, tokens + 1);
      }
      Thread.currentThread().interrupt();
      throw new BrokerException(BrokerException.Code.UNKNOWN,
          "interrupted while waiting for the rate limiter", false, e);
    }
  }

  private void refill() {
    long now = Arguments.epochNanos(clock.instant());
    long elapsed = now - lastRefillNanos;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * refillPerSecond / NANOS_PER_SECOND);
      lastRefillNanos = now;
    }
  }

  @Override
  public synchronized String toString() {
    return String.format(Locale.ROOT, "RateLimiter[capacity=%s, refillPerSecond=%s, tokens=%s]", capacity,
        refillPerSecond, tokens);
  }
}
