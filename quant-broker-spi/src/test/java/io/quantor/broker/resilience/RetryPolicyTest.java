package io.quantor.broker.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerException;
import io.quantor.broker.BrokerException.Code;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static RetryPolicy policy(RetryPolicy.Jitter jitter, long seed) {
    return RetryPolicy.builder().maxAttempts(8).initialDelay(Duration.ofMillis(100)).multiplier(2)
        .maxDelay(Duration.ofMillis(1000)).jitter(jitter).seed(seed).build();
  }

  @Test
  void withoutJitterTheDelaysDoubleUpToTheCap() {
    RetryPolicy p = policy(RetryPolicy.Jitter.NONE, 0);
    UniformRandomProvider rng = p.newRandom();
    // 100 * 2^(n-2) ms, capped at 1000 ms.
    long[] expectedMillis = {100, 200, 400, 800, 1000, 1000, 1000};
    for (int attempt = 2; attempt <= 8; attempt++) {
      assertEquals(Duration.ofMillis(expectedMillis[attempt - 2]), p.delayBefore(attempt, rng));
      assertEquals(Duration.ofMillis(expectedMillis[attempt - 2]), p.ceiling(attempt));
    }
    assertEquals(Duration.ofMillis(1000), p.delayBefore(1_000_000, rng), "huge attempts stay capped");
  }

  @Test
  void fractionalMultiplier() {
    RetryPolicy p = RetryPolicy.builder().initialDelay(Duration.ofMillis(1000)).multiplier(1.5)
        .maxDelay(Duration.ofSeconds(60)).jitter(RetryPolicy.Jitter.NONE).build();
    assertEquals(Duration.ofMillis(1000), p.ceiling(2));
    assertEquals(Duration.ofMillis(1500), p.ceiling(3));
    assertEquals(Duration.ofMillis(2250), p.ceiling(4));
    assertEquals(Duration.ofMillis(3375), p.ceiling(5));
  }

  @Test
  void fullJitterIsSeededAndWithinTheCeiling() {
    RetryPolicy p = policy(RetryPolicy.Jitter.FULL, 42);
    List<Duration> first = draws(p, p.newRandom());
    List<Duration> again = draws(p, p.newRandom());
    assertEquals(first, again, "same seed, same delays");
    assertNotEquals(first, draws(p, policy(RetryPolicy.Jitter.FULL, 43).newRandom()));
    for (int i = 0; i < first.size(); i++) {
      Duration d = first.get(i);
      assertFalse(d.isNegative());
      assertTrue(d.compareTo(p.ceiling(i + 2)) <= 0, d + " > ceiling " + p.ceiling(i + 2));
    }
  }

  @Test
  void equalJitterKeepsAtLeastHalfTheCeiling() {
    RetryPolicy p = policy(RetryPolicy.Jitter.EQUAL, 7);
    UniformRandomProvider rng = p.newRandom();
    for (int attempt = 2; attempt <= 8; attempt++) {
      for (int i = 0; i < 200; i++) {
        Duration d = p.delayBefore(attempt, rng);
        Duration c = p.ceiling(attempt);
        assertTrue(d.compareTo(c.dividedBy(2)) >= 0 && d.compareTo(c) <= 0, d + " outside [c/2, c], c=" + c);
      }
    }
  }

  /**
   * The sample mean of full-jitter delays is within 5 standard errors of the ceiling / 2: a uniform on
   * [0, c] has standard deviation c / sqrt(12), so the mean of n draws has c / sqrt(12 n).
   */
  @Test
  void fullJitterAveragesHalfTheCeiling() {
    RetryPolicy p = policy(RetryPolicy.Jitter.FULL, 11);
    UniformRandomProvider rng = p.newRandom();
    int n = 20_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += p.delayBefore(4, rng).toNanos();
    }
    double c = 400e6;
    double standardError = c / Math.sqrt(12.0 * n);
    assertEquals(c / 2, sum / n, 5 * standardError);
    assertEquals(Duration.ofMillis(200), p.expectedDelay(4));
    assertEquals(Duration.ofMillis(300), policy(RetryPolicy.Jitter.EQUAL, 0).expectedDelay(4));
    assertEquals(Duration.ofMillis(400), policy(RetryPolicy.Jitter.NONE, 0).expectedDelay(4));
  }

  @Test
  void retriesOnlyRetryableBrokerExceptions() {
    RetryPolicy p = RetryPolicy.defaults();
    assertTrue(p.isRetryable(new BrokerException(Code.UNAVAILABLE, "down")));
    assertTrue(p.isRetryable(new BrokerException(Code.RATE_LIMITED, "slow down")));
    assertFalse(p.isRetryable(new BrokerException(Code.REJECTED, "no")));
    assertFalse(p.isRetryable(new BrokerException(Code.AUTH, "bad key")));
    assertFalse(p.isRetryable(new BrokerException(Code.UNKNOWN, "?")));
    assertTrue(p.isRetryable(new BrokerException(Code.UNKNOWN, "flaky", true, null)), "the flag decides");
    assertFalse(p.isRetryable(new BrokerException(Code.UNAVAILABLE, "circuit open", false, null)));
    assertFalse(p.isRetryable(new IllegalStateException("bug")));
    assertTrue(p.allowsAttemptAfter(3));
    assertFalse(p.allowsAttemptAfter(4));
    assertFalse(RetryPolicy.none().allowsAttemptAfter(1));
  }

  @Test
  void defaults() {
    RetryPolicy p = RetryPolicy.defaults();
    assertEquals(4, p.maxAttempts());
    assertEquals(Duration.ofMillis(100), p.initialDelay());
    assertEquals(2.0, p.multiplier());
    assertEquals(Duration.ofSeconds(5), p.maxDelay());
    assertEquals(RetryPolicy.Jitter.FULL, p.jitter());
    assertEquals(0L, p.seed());
    assertEquals(RetryPolicy.defaults(), p);
    assertEquals(RetryPolicy.defaults().hashCode(), p.hashCode());
    assertEquals("RetryPolicy[maxAttempts=4, initialDelay=PT0.1S, multiplier=2.0, maxDelay=PT5S, "
        + "jitter=FULL, seed=0]", p.toString());
  }

  @Test
  void rejectsInvalidSettings() {
    assertMessage("maxAttempts must be >= 1, was 0", () -> RetryPolicy.builder().maxAttempts(0).build());
    assertMessage("multiplier must be in [1, 1000], was 0.5",
        () -> RetryPolicy.builder().multiplier(0.5).build());
    assertMessage("multiplier must be in [1, 1000], was NaN",
        () -> RetryPolicy.builder().multiplier(Double.NaN).build());
    assertMessage("initialDelay must be in [0, PT24H], was PT-1S",
        () -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(-1)).build());
    assertMessage("maxDelay must be >= initialDelay PT10S, was PT5S",
        () -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(10)).build());
    assertMessage("jitter must not be null", () -> RetryPolicy.builder().jitter(null).build());
    assertMessage("attempt must be >= 2, was 1", () -> RetryPolicy.defaults().ceiling(1));
  }

  private static List<Duration> draws(RetryPolicy p, UniformRandomProvider rng) {
    List<Duration> out = new ArrayList<>();
    for (int attempt = 2; attempt <= 8; attempt++) {
      out.add(p.delayBefore(attempt, rng));
    }
    return out;
  }

  static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
  }
}
