package io.quantor.broker.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.rng.UniformRandomProvider;

class RetryPolicyProperties {

  private static RetryPolicy policy(long initialMillis, double multiplier, long extraMillis,
      RetryPolicy.Jitter jitter, long seed) {
    return RetryPolicy.builder().maxAttempts(10).initialDelay(Duration.ofMillis(initialMillis))
        .multiplier(multiplier).maxDelay(Duration.ofMillis(initialMillis + extraMillis)).jitter(jitter)
        .seed(seed).build();
  }

  /** Every delay lies in [0, maxDelay], and within [floor, ceiling] for its jitter. */
  @Property(tries = 200)
  void delaysStayWithinTheirBounds(@ForAll @LongRange(min = 0, max = 60_000) long initialMillis,
      @ForAll @DoubleRange(min = 1, max = 10) double multiplier,
      @ForAll @LongRange(min = 0, max = 600_000) long extraMillis, @ForAll RetryPolicy.Jitter jitter,
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 500) int attempt) {
    RetryPolicy p = policy(initialMillis, multiplier, extraMillis, jitter, seed);
    UniformRandomProvider rng = p.newRandom();
    Duration c = p.ceiling(attempt);
    assertTrue(c.compareTo(p.maxDelay()) <= 0);
    for (int i = 0; i < 20; i++) {
      Duration d = p.delayBefore(attempt, rng);
      assertTrue(!d.isNegative() && d.compareTo(p.maxDelay()) <= 0, d + " outside [0, maxDelay]");
      assertTrue(d.compareTo(c) <= 0, d + " > ceiling " + c);
      if (jitter == RetryPolicy.Jitter.NONE) {
        assertEquals(c, d);
      } else if (jitter == RetryPolicy.Jitter.EQUAL) {
        assertTrue(d.toNanos() >= c.toNanos() - c.toNanos() / 2, d + " < ceiling / 2");
      }
    }
  }

  /** The ceiling and the expected delay never decrease from one attempt to the next. */
  @Property(tries = 200)
  void expectedDelaysAreNonDecreasing(@ForAll @LongRange(min = 0, max = 60_000) long initialMillis,
      @ForAll @DoubleRange(min = 1, max = 10) double multiplier,
      @ForAll @LongRange(min = 0, max = 600_000) long extraMillis, @ForAll RetryPolicy.Jitter jitter) {
    RetryPolicy p = policy(initialMillis, multiplier, extraMillis, jitter, 0);
    for (int attempt = 2; attempt < 80; attempt++) {
      assertTrue(p.ceiling(attempt + 1).compareTo(p.ceiling(attempt)) >= 0, "ceiling at " + attempt);
      assertTrue(p.expectedDelay(attempt + 1).compareTo(p.expectedDelay(attempt)) >= 0,
          "expected delay at " + attempt);
    }
  }

  /** The same seed gives the same delays. */
  @Property(tries = 100)
  void seededDrawsRepeat(@ForAll long seed, @ForAll RetryPolicy.Jitter jitter) {
    RetryPolicy p = policy(100, 2, 10_000, jitter, seed);
    UniformRandomProvider a = p.newRandom();
    UniformRandomProvider b = p.newRandom();
    for (int attempt = 2; attempt < 12; attempt++) {
      assertEquals(p.delayBefore(attempt, a), p.delayBefore(attempt, b));
    }
  }
}
