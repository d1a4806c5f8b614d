package io.quantor.broker.resilience;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class RateLimiterProperties {

  /** Allowance for the floating-point refill arithmetic, in tokens. */
  private static final double TOLERANCE = 1e-6;

  /**
   * Between any two moments, a bucket that started full grants at most {@code capacity + rate * elapsed}
   * tokens through {@code tryAcquire} (every window, not just from the start).
   */
  @Property(tries = 200)
  void tryAcquireNeverGrantsMoreThanCapacityPlusRefill(
      @ForAll @IntRange(min = 1, max = 20) int capacity,
      @ForAll @DoubleRange(min = 0.1, max = 100) double rate, @ForAll("steps") List<Integer> steps) {
    FakeTime time = new FakeTime();
    RateLimiter limiter = RateLimiter.of(capacity, rate, time, time.sleeper());
    List<Long> grantTimes = new ArrayList<>();
    long start = time.millis();
    for (int step : steps) {
      if (step < 0) {
        time.advance(Duration.ofMillis(-step));
      } else {
        for (int i = 0; i < step; i++) {
          if (limiter.tryAcquire()) {
            grantTimes.add(time.millis() - start);
          }
        }
      }
    }
    assertWithinBound(grantTimes, capacity, rate);
  }

  /**
   * The same bound holds for blocking {@code acquire}, counting each grant when its wait ends, with
   * waits that advance the clock.
   */
  @Property(tries = 100)
  void acquireNeverGrantsMoreThanCapacityPlusRefill(
      @ForAll @IntRange(min = 1, max = 10) int capacity,
      @ForAll @DoubleRange(min = 0.5, max = 50) double rate, @ForAll("steps") List<Integer> steps,
      @ForAll @IntRange(min = 0, max = 3000) int timeoutMillis) {
    FakeTime time = new FakeTime();
    RateLimiter limiter = RateLimiter.of(capacity, rate, time, time.sleeper());
    List<Long> grantTimes = new ArrayList<>();
    long startNanos = Arguments.epochNanos(time.instant());
    for (int step : steps) {
      if (step < 0) {
        time.advance(Duration.ofMillis(-step));
      } else {
        for (int i = 0; i < step; i++) {
          try {
            limiter.acquire(Duration.ofMillis(timeoutMillis));
            grantTimes.add(Arguments.epochNanos(time.instant()) - startNanos);
          } catch (BrokerException e) {
            // timed out: nothing granted
          }
        }
      }
    }
    List<Long> millis = new ArrayList<>();
    for (long nanos : grantTimes) {
      millis.add(nanos / 1_000_000);
    }
    // Grant times in nanos rounded down to millis: bound with one extra millisecond of refill.
    assertWithinBound(millis, capacity, rate, rate * 1e-3);
  }

  private static void assertWithinBound(List<Long> grantMillis, int capacity, double rate) {
    assertWithinBound(grantMillis, capacity, rate, 0);
  }

  private static void assertWithinBound(List<Long> grantMillis, int capacity, double rate, double slack) {
    for (int i = 0; i < grantMillis.size(); i++) {
      for (int j = i; j < grantMillis.size(); j++) {
        int granted = j - i + 1;
        double elapsed = (grantMillis.get(j) - grantMillis.get(i)) / 1000.0;
        assertTrue(granted <= capacity + rate * elapsed + slack + TOLERANCE, granted + " grants in "
            + elapsed + " s with capacity " + capacity + " and rate " + rate);
      }
    }
  }

  /** Negative: advance the clock by that many milliseconds; positive: that many requests. */
  @Provide
  Arbitrary<List<Integer>> steps() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-2000, -1), Arbitraries.integers().between(1, 8))
        .list().ofMinSize(1).ofMaxSize(40);
  }
}
