package io.quantor.broker.resilience;

import io.quantor.broker.BrokerException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * When to try a failed broker call again, and how long to wait first: capped exponential backoff with
 * jitter. Immutable and thread-safe; the randomness comes from a generator the caller passes (or
 * {@link #newRandom()}, seeded with {@link #seed()}), so a run is reproducible.
 *
 * <p><b>What is retried.</b> Only a {@link BrokerException} whose {@link BrokerException#isRetryable()} is
 * true (by default UNAVAILABLE and RATE_LIMITED), and only while fewer than {@link #maxAttempts()} calls
 * were made. REJECTED, AUTH, an open circuit breaker (non-retryable by design) and every other exception
 * end the call at once.
 *
 * <p><b>Delays.</b> Attempt 1 is the first call; before attempt {@code n >= 2} the policy waits
 * <pre>
 *   ceiling(n) = min(maxDelay, initialDelay * multiplier^(n - 2))
 *   NONE:   delay = ceiling(n)
 *   FULL:   delay = U * ceiling(n)                         U ~ uniform [0, 1)
 *   EQUAL:  delay = ceiling(n) / 2 + U * ceiling(n) / 2
 * </pre>
 * so every delay lies in {@code [0, maxDelay]}, the ceiling never decreases with {@code n} (the multiplier
 * is at least 1) and neither does the expected delay ({@link #expectedDelay(int)}: {@code ceiling},
 * {@code ceiling / 2}, {@code 3 ceiling / 4}). Full and equal jitter are the "Full Jitter" and
 * "Equal Jitter" of M. Brooker, <i>Exponential Backoff And Jitter</i>, AWS Architecture Blog, 2015: jitter
 * spreads the retries of many clients that failed together, and full jitter does that best for the least
 * total work. Delays are whole nanoseconds, rounded down.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxAttempts(5)
 *     .initialDelay(Duration.ofMillis(200))
 *     .multiplier(2)
 *     .maxDelay(Duration.ofSeconds(5))
 *     .jitter(RetryPolicy.Jitter.FULL)
 *     .seed(42)
 *     .build();
 * UniformRandomProvider rng = policy.newRandom();
 * policy.delayBefore(2, rng);   // between 0 and 200 ms
 * policy.delayBefore(4, rng);   // between 0 and 800 ms
 * }</pre>
 */
public final class RetryPolicy {

  /** How the wait before a retry is randomized. */
  public enum Jitter {
    /** No randomness: wait exactly the exponential ceiling. */
    NONE,
    /** Uniform between 0 and the ceiling (Brooker's "Full Jitter"). */
    FULL,
    /** Half the ceiling plus uniform between 0 and half the ceiling (Brooker's "Equal Jitter"). */
    EQUAL
  }

  private final int maxAttempts;
  private final Duration initialDelay;
  private final double multiplier;
  private final Duration maxDelay;
  private final Jitter jitter;
  private final long seed;

  private RetryPolicy(Builder b) {
    this.maxAttempts = Arguments.atLeast(b.maxAttempts, 1, "maxAttempts");
    this.initialDelay = Arguments.nonNegative(b.initialDelay, "initialDelay");
    if (!(b.multiplier >= 1) || b.multiplier > 1000) {
      throw new IllegalArgumentException("multiplier must be in [1, 1000], was " + b.multiplier);
    }
    this.multiplier = b.multiplier;
    this.maxDelay = Arguments.nonNegative(b.maxDelay, "maxDelay");
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be >= initialDelay " + initialDelay + ", was "
          + maxDelay);
    }
    this.jitter = Arguments.notNull(b.jitter, "jitter");
    this.seed = b.seed;
  }

  /**
   * A builder starting from the {@linkplain #defaults() defaults}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The defaults: 4 attempts, 100 ms initial delay, multiplier 2, at most 5 s, full jitter, seed 0.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * No retries: one attempt.
   *
   * @return a policy with {@code maxAttempts = 1}
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * The most calls made for one operation, the first included.
   *
   * @return {@code >= 1}
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The ceiling of the wait before the first retry (attempt 2).
   *
   * @return the initial delay
   */
  public Duration initialDelay() {
    return initialDelay;
  }

  /**
   * The factor by which the ceiling grows per retry.
   *
   * @return the multiplier, {@code >= 1}
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * The largest wait.
   *
   * @return the cap on every delay
   */
  public Duration maxDelay() {
    return maxDelay;
  }

  /**
   * How delays are randomized.
   *
   * @return the jitter
   */
  public Jitter jitter() {
    return jitter;
  }

  /**
   * The seed of {@link #newRandom()}.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * A new generator seeded with {@link #seed()} (XoRoShiRo128++); not thread-safe, one per user.
   *
   * @return the generator
   */
  public UniformRandomProvider newRandom() {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
  }

  /**
   * Whether a failure may be retried: a retryable {@link BrokerException}.
   *
   * @param failure what the call threw
   * @return true for a {@link BrokerException} with {@code isRetryable()}
   */
  public boolean isRetryable(Throwable failure) {
    return failure instanceof BrokerException && ((BrokerException) failure).isRetryable();
  }

  /**
   * Whether another attempt is allowed after this many.
   *
   * @param attemptsMade the calls made so far, {@code >= 1}
   * @return true if {@code attemptsMade < maxAttempts()}
   */
  public boolean allowsAttemptAfter(int attemptsMade) {
    return attemptsMade < maxAttempts;
  }

  /**
   * The exponential ceiling of the wait before an attempt: {@code min(maxDelay, initialDelay *
   * multiplier^(attempt - 2))}.
   *
   * @param attempt the attempt about to be made, {@code >= 2}
   * @return the ceiling
   * @throws IllegalArgumentException if {@code attempt < 2}
   */
  public Duration ceiling(int attempt) {
    return Duration.ofNanos(ceilingNanos(attempt));
  }

  /**
   * The mean wait before an attempt: the ceiling without jitter, half of it with full jitter, three
   * quarters with equal jitter (before rounding to whole nanoseconds).
   *
   * @param attempt the attempt about to be made, {@code >= 2}
   * @return the expected delay
   * @throws IllegalArgumentException if {@code attempt < 2}
   */
  public Duration expectedDelay(int attempt) {
    long c = ceilingNanos(attempt);
    switch (jitter) {
      case FULL:
        return Duration.ofNanos(c / 2);
      case EQUAL:
        return Duration.ofNanos(c - c / 4);
      default:
        return Duration.ofNanos(c);
    }
  }

  /**
   * The wait before an attempt, drawn with the policy's jitter.
   *
   * @param attempt the attempt about to be made, {@code >= 2}
   * @param random the source of randomness (one draw for FULL and EQUAL jitter, none for NONE)
   * @return the delay, in {@code [0, maxDelay]}
   * @throws IllegalArgumentException if {@code attempt < 2} or {@code random} is null
   */
  public Duration delayBefore(int attempt, UniformRandomProvider random) {
    Arguments.notNull(random, "random");
    long c = ceilingNanos(attempt);
    switch (jitter) {
      case FULL:
        return Duration.ofNanos((long) (random.nextDouble() * c));
      case EQUAL: {
        long half = c / 2;
        return Duration.ofNanos(c - half + (long) (random.nextDouble() * half));
      }
      default:
        return Duration.ofNanos(c);
    }
  }

  private long ceilingNanos(int attempt) {
    Arguments.atLeast(attempt, 2, "attempt");
    double max = maxDelay.toNanos();
    // pow may overflow to infinity for large attempts; min() then gives the cap.
    double c = Math.min(max, initialDelay.toNanos() * Math.pow(multiplier, attempt - 2));
    return (long) c;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy p = (RetryPolicy) o;
    return maxAttempts == p.maxAttempts && initialDelay.equals(p.initialDelay)
        && Double.compare(multiplier, p.multiplier) == 0 && maxDelay.equals(p.maxDelay)
        && jitter == p.jitter && seed == p.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialDelay, multiplier, maxDelay, jitter, seed);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "RetryPolicy[maxAttempts=%d, initialDelay=%s, multiplier=%s, maxDelay=%s, jitter=%s, seed=%d]",
        maxAttempts, initialDelay, multiplier, maxDelay, jitter, seed);
  }

  /** Builds a {@link RetryPolicy}; validation happens in {@link #build()}. */
  public static final class Builder {

    private int maxAttempts = 4;
    private Duration initialDelay = Duration.ofMillis(100);
    private double multiplier = 2;
    private Duration maxDelay = Duration.ofSeconds(5);
    private Jitter jitter = Jitter.FULL;
    private long seed;

    private Builder() {
    }

    /**
     * The most calls per operation, the first included.
     *
     * @param value {@code >= 1}
     * @return this builder
     */
    public Builder maxAttempts(int value) {
      this.maxAttempts = value;
      return this;
    }

    /**
     * The ceiling of the first retry's wait.
     *
     * @param value in {@code [0, 1 day]}
     * @return this builder
     */
    public Builder initialDelay(Duration value) {
      this.initialDelay = value;
      return this;
    }

    /**
     * The growth factor of the ceiling per retry.
     *
     * @param value in {@code [1, 1000]}
     * @return this builder
     */
    public Builder multiplier(double value) {
      this.multiplier = value;
      return this;
    }

    /**
     * The cap on every wait.
     *
     * @param value in {@code [initialDelay, 1 day]}
     * @return this builder
     */
    public Builder maxDelay(Duration value) {
      this.maxDelay = value;
      return this;
    }

    /**
     * How waits are randomized.
     *
     * @param value not null
     * @return this builder
     */
    public Builder jitter(Jitter value) {
      this.jitter = value;
      return this;
    }

    /**
     * The seed of {@link RetryPolicy#newRandom()}.
     *
     * @param value any
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the policy
     * @throws IllegalArgumentException if a setting is invalid
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
