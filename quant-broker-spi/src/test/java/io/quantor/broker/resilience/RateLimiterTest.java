package io.quantor.broker.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final FakeTime time = new FakeTime();

  @Test
  void startsFullAndRefillsAtItsRate() {
    RateLimiter limiter = RateLimiter.of(3, 5, time, time.sleeper());
    assertTrue(limiter.tryAcquire());
    assertTrue(limiter.tryAcquire());
    assertTrue(limiter.tryAcquire());
    assertFalse(limiter.tryAcquire(), "a burst of 3 empties the bucket");
    time.advance(Duration.ofMillis(199));
    assertFalse(limiter.tryAcquire(), "5 tokens/s: the next after 200 ms");
    time.advance(Duration.ofMillis(1));
    assertTrue(limiter.tryAcquire());
    time.advance(Duration.ofSeconds(60));
    assertEquals(3.0, limiter.availableTokens(), "never above capacity");
  }

  @Test
  void acquireSleepsExactlyUntilTheTokenAccrues() {
    RateLimiter limiter = RateLimiter.of(2, 4, time, time.sleeper());
    limiter.acquire(Duration.ZERO);
    limiter.acquire(Duration.ZERO);
    assertEquals(List.of(), time.sleeps());
    limiter.acquire(Duration.ofSeconds(1));
    limiter.acquire(Duration.ofSeconds(1));
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(250)), time.sleeps());
  }

  @Test
  void waitingCallersQueueBehindEachOther() {
    time.sleepAdvancesClock(false);   // the waits overlap, as for concurrent callers
    RateLimiter limiter = RateLimiter.of(1, 10, time, time.sleeper());
    limiter.acquire(Duration.ZERO);
    limiter.acquire(Duration.ofSeconds(1));
    limiter.acquire(Duration.ofSeconds(1));
    limiter.acquire(Duration.ofSeconds(1));
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300)),
        time.sleeps());
    assertEquals(-3.0, limiter.availableTokens(), 1e-12);
    assertFalse(limiter.tryAcquire(), "reservations come first");
  }

  @Test
  void timeoutFailsAtOnceAndTakesNothing() {
    RateLimiter limiter = RateLimiter.of(1, 2, time, time.sleeper());
    limiter.acquire(Duration.ZERO);
    BrokerException e = assertThrows(BrokerException.class, () -> limiter.acquire(Duration.ofMillis(499)));
    assertEquals(BrokerException.Code.RATE_LIMITED, e.code());
    assertTrue(e.isRetryable());
    assertEquals("RATE_LIMITED: rate limit of 2.0/s (burst 1.0): the next request is allowed in 0.500 s, "
        + "more than the timeout PT0.499S", e.getMessage());
    assertEquals(List.of(), time.sleeps(), "nothing waited in vain");
    assertEquals(0.0, limiter.availableTokens());
    limiter.acquire(Duration.ofMillis(500));
    assertEquals(List.of(Duration.ofMillis(500)), time.sleeps());
  }

  @Test
  void aClockSteppingBackAddsNoTokens() {
    RateLimiter limiter = RateLimiter.of(1, 1, time, time.sleeper());
    assertTrue(limiter.tryAcquire());
    time.advance(Duration.ofSeconds(-3600));
    assertFalse(limiter.tryAcquire());
    time.advance(Duration.ofSeconds(3600));
    assertFalse(limiter.tryAcquire(), "back where it was: no time has passed for the bucket");
    time.advance(Duration.ofSeconds(1));
    assertTrue(limiter.tryAcquire());
  }

  @Test
  void interruptedWaitGivesTheTokenBack() throws InterruptedException {
    RateLimiter limiter = RateLimiter.of(1, 1, time, d -> {
      throw new InterruptedException("test");
    });
    limiter.acquire(Duration.ZERO);
    BrokerException e = assertThrows(BrokerException.class, () -> limiter.acquire(Duration.ofSeconds(5)));
    assertTrue(Thread.interrupted(), "the interrupt flag is set again (and cleared here)");
    assertEquals(BrokerException.Code.UNKNOWN, e.code());
    assertFalse(e.isRetryable());
    assertEquals(0.0, limiter.availableTokens(), "the reservation was undone");
  }

  @Test
  void rejectsInvalidSettings() {
    RetryPolicyTest.assertMessage("capacity must be finite and >= 1, was 0.5",
        () -> RateLimiter.of(0.5, 1, time, time.sleeper()));
    RetryPolicyTest.assertMessage("refillPerSecond must be finite and > 0, was 0.0",
        () -> RateLimiter.of(1, 0, time, time.sleeper()));
    RetryPolicyTest.assertMessage("clock must not be null", () -> RateLimiter.of(1, 1, null, time.sleeper()));
    RetryPolicyTest.assertMessage("timeout must be in [0, PT24H], was PT-1S",
        () -> RateLimiter.of(1, 1, time, time.sleeper()).acquire(Duration.ofSeconds(-1)));
  }
}
