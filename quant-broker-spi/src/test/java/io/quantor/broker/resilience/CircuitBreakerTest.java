package io.quantor.broker.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.broker.BrokerException;
import io.quantor.broker.BrokerException.Code;
import io.quantor.broker.resilience.CircuitBreaker.State;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final FakeTime time = new FakeTime();
  private final AtomicInteger calls = new AtomicInteger();

  private CircuitBreaker.Builder builder() {
    return CircuitBreaker.builder("test").failureThreshold(3).window(Duration.ofSeconds(10))
        .openDuration(Duration.ofSeconds(30)).clock(time);
  }

  private String succeed(CircuitBreaker b) {
    return b.execute(() -> {
      calls.incrementAndGet();
      return "ok";
    });
  }

  private BrokerException fail(CircuitBreaker b, Code code) {
    return assertThrows(BrokerException.class, () -> b.execute(() -> {
      calls.incrementAndGet();
      throw new BrokerException(code, "scripted");
    }));
  }

  @Test
  void opensAfterTheThresholdAndFailsFastWithoutCalling() {
    CircuitBreaker b = builder().build();
    fail(b, Code.UNAVAILABLE);
    fail(b, Code.UNAVAILABLE);
    assertEquals(State.CLOSED, b.state());
    fail(b, Code.RATE_LIMITED);
    assertEquals(State.OPEN, b.state());
    assertEquals(Instant.parse("2024-06-03T14:00:30Z"), b.openUntil());
    int before = calls.get();
    BrokerException fast = assertThrows(BrokerException.class, () -> succeed(b));
    assertEquals(before, calls.get(), "an open breaker does not call");
    assertEquals(Code.UNAVAILABLE, fast.code());
    assertFalse(fast.isRetryable(), "fail-fast must not be retried by a retry loop");
    assertEquals("UNAVAILABLE: circuit breaker 'test' is OPEN until 2024-06-03T14:00:30Z", fast.getMessage());
  }

  @Test
  void failuresOutsideTheWindowDoNotCount() {
    CircuitBreaker b = builder().build();
    fail(b, Code.UNAVAILABLE);
    fail(b, Code.UNAVAILABLE);
    time.advance(Duration.ofSeconds(10));   // both now exactly one window old: out
    fail(b, Code.UNAVAILABLE);
    fail(b, Code.UNAVAILABLE);
    assertEquals(State.CLOSED, b.state());
    time.advance(Duration.ofSeconds(9));
    fail(b, Code.UNAVAILABLE);
    assertEquals(State.OPEN, b.state());
  }

  @Test
  void answersAndBugsAreNotFailures() {
    CircuitBreaker b = builder().build();
    for (int i = 0; i < 5; i++) {
      fail(b, Code.REJECTED);
      fail(b, Code.AUTH);
      assertThrows(IllegalArgumentException.class, () -> b.execute(() -> {
        throw new IllegalArgumentException("bad argument");
      }));
    }
    assertEquals(State.CLOSED, b.state());
    assertEquals("ok", succeed(b));
  }

  @Test
  void failureRateNeedsTheMinimumCalls() {
    CircuitBreaker b = builder().failureThreshold(0).failureRate(0.5, 10).build();
    for (int i = 0; i < 5; i++) {
      succeed(b);
    }
    for (int i = 0; i < 4; i++) {
      fail(b, Code.UNAVAILABLE);
    }
    assertEquals(State.CLOSED, b.state(), "4 of 9 calls failed: below the minimum of 10 calls");
    fail(b, Code.UNAVAILABLE);
    assertEquals(State.OPEN, b.state(), "5 of 10 calls failed: rate 0.5 reached");
  }

  @Test
  void failureRateBelowTheThresholdStaysClosed() {
    CircuitBreaker b = builder().failureThreshold(0).failureRate(0.5, 4).build();
    for (int i = 0; i < 20; i++) {
      succeed(b);
      succeed(b);
      fail(b, Code.UNAVAILABLE);   // one in three fail
    }
    assertEquals(State.CLOSED, b.state());
  }

  @Test
  void halfOpenTrialSuccessCloses() {
    CircuitBreaker b = builder().halfOpenTrials(2).build();
    openIt(b);
    time.advance(Duration.ofSeconds(29));
    assertEquals(State.OPEN, b.state());
    time.advance(Duration.ofSeconds(1));
    assertEquals(State.HALF_OPEN, b.state());
    assertEquals(Instant.MIN, b.openUntil());
    succeed(b);
    assertEquals(State.HALF_OPEN, b.state(), "one of two trials done");
    succeed(b);
    assertEquals(State.CLOSED, b.state());
    fail(b, Code.UNAVAILABLE);
    fail(b, Code.UNAVAILABLE);
    assertEquals(State.CLOSED, b.state(), "the window starts empty after closing");
  }

  @Test
  void halfOpenTrialFailureReopens() {
    CircuitBreaker b = builder().build();
    openIt(b);
    time.advance(Duration.ofSeconds(45));
    assertEquals(State.HALF_OPEN, b.state());
    fail(b, Code.UNAVAILABLE);
    assertEquals(State.OPEN, b.state());
    assertEquals(Instant.parse("2024-06-03T14:01:15Z"), b.openUntil(), "open for another 30 s from now");
  }

  @Test
  void halfOpenLetsOnlyItsTrialsThrough() {
    CircuitBreaker b = builder().halfOpenTrials(2).build();
    openIt(b);
    time.advance(Duration.ofSeconds(30));
    // Nested calls stand for concurrent ones: while two trials are in flight a third fails fast.
    String outer = b.execute(() -> b.execute(() -> {
      BrokerException third = assertThrows(BrokerException.class, () -> b.execute(() -> "never"));
      assertEquals("UNAVAILABLE: circuit breaker 'test' is HALF_OPEN and its 2 trial call(s) are taken",
          third.getMessage());
      assertFalse(third.isRetryable());
      return "trial 2";
    }));
    assertEquals("trial 2", outer);
    assertEquals(State.CLOSED, b.state(), "both trials succeeded");
  }

  @Test
  void aTrialThatSaysNothingAboutTheBrokerGivesItsPermitBack() {
    CircuitBreaker b = builder().build();
    openIt(b);
    time.advance(Duration.ofSeconds(30));
    assertThrows(IllegalArgumentException.class, () -> b.execute(() -> {
      throw new IllegalArgumentException("bad argument");
    }));
    assertEquals(State.HALF_OPEN, b.state());
    assertEquals("ok", succeed(b), "the trial permit came back");
    assertEquals(State.CLOSED, b.state());
  }

  @Test
  void outcomesOfCallsFromAnEarlierStateAreIgnored() {
    CircuitBreaker b = builder().build();
    String result = b.execute(() -> {
      openIt(b);   // other calls open the breaker while this one is in flight
      return "late success";
    });
    assertEquals("late success", result);
    assertEquals(State.OPEN, b.state(), "a success that began while CLOSED does not close it");
  }

  @Test
  void rethrowsTheCallsOwnException() {
    CircuitBreaker b = builder().build();
    BrokerException thrown = new BrokerException(Code.UNAVAILABLE, "x");
    assertSame(thrown, assertThrows(BrokerException.class, () -> b.execute(() -> {
      throw thrown;
    })));
  }

  @Test
  void rejectsInvalidSettings() {
    RetryPolicyTest.assertMessage("name must not be blank, was ' '", () -> CircuitBreaker.builder(" "));
    RetryPolicyTest.assertMessage("a circuit breaker needs a failure threshold or a failure rate",
        () -> builder().failureThreshold(0).build());
    RetryPolicyTest.assertMessage("failureRate must be in (0.0, 1.0], was 1.5",
        () -> builder().failureRate(1.5, 10));
    RetryPolicyTest.assertMessage("minimumCalls must be >= 1, was 0", () -> builder().failureRate(0.5, 0));
    RetryPolicyTest.assertMessage("openDuration must be > 0, was PT0S",
        () -> builder().openDuration(Duration.ZERO).build());
    RetryPolicyTest.assertMessage("halfOpenTrials must be >= 1, was 0",
        () -> builder().halfOpenTrials(0).build());
  }

  private void openIt(CircuitBreaker b) {
    for (int i = 0; i < 3; i++) {
      fail(b, Code.UNAVAILABLE);
    }
    assertEquals(State.OPEN, b.state());
  }
}
