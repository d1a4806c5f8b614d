package io.quantor.broker.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerException;
import io.quantor.broker.BrokerException.Code;
import io.quantor.broker.resilience.CircuitBreaker.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CircuitBreakerProperties {

  private static final Duration WINDOW = Duration.ofSeconds(10);
  private static final Duration OPEN = Duration.ofSeconds(30);

  /**
   * For any sequence of clock steps, successful and failing calls: an OPEN breaker never calls and
   * fails fast with a non-retryable UNAVAILABLE; no call reaches the broker within the open duration after
   * the breaker opened; and a CLOSED breaker opens exactly when the failures since it last closed that lie
   * in the window reach the threshold.
   */
  @Property(tries = 200)
  void openBreakerNeverCallsAndOpensAtTheThreshold(@ForAll("actions") List<Integer> actions,
      @ForAll @IntRange(min = 1, max = 6) int threshold) {
    FakeTime time = new FakeTime();
    CircuitBreaker b = CircuitBreaker.builder("p").failureThreshold(threshold).window(WINDOW)
        .openDuration(OPEN).clock(time).build();
    List<Instant> failuresSinceClosed = new ArrayList<>();
    Instant openedAt = null;
    for (int action : actions) {
      if (action >= 2) {
        time.advance(Duration.ofSeconds(action - 2));
        continue;
      }
      boolean failing = action == 1;
      State before = b.state();
      int[] invoked = new int[1];
      BrokerException thrown = null;
      try {
        b.execute(() -> {
          invoked[0]++;
          if (failing) {
            throw new BrokerException(Code.UNAVAILABLE, "down");
          }
          return "ok";
        });
      } catch (BrokerException e) {
        thrown = e;
      }
      Instant now = time.instant();
      if (before == State.OPEN) {
        assertEquals(0, invoked[0], "an OPEN breaker called the broker");
        assertFalse(thrown.isRetryable());
        assertEquals(Code.UNAVAILABLE, thrown.code());
        assertTrue(now.isBefore(openedAt.plus(OPEN)), "OPEN after the open duration");
        continue;
      }
      assertEquals(1, invoked[0]);
      State after = b.state();
      if (before == State.CLOSED && failing) {
        failuresSinceClosed.add(now);
        failuresSinceClosed.removeIf(t -> !t.isAfter(now.minus(WINDOW)));
        assertEquals(failuresSinceClosed.size() >= threshold, after == State.OPEN,
            failuresSinceClosed.size() + " failures in the window, threshold " + threshold);
      }
      if (before == State.HALF_OPEN) {
        assertEquals(failing ? State.OPEN : State.CLOSED, after, "one trial decides");
      }
      if (after == State.OPEN) {
        openedAt = now;
        failuresSinceClosed.clear();
      }
    }
  }

  /** 0: successful call, 1: failing call, k >= 2: advance the clock by k - 2 seconds. */
  @Provide
  Arbitrary<List<Integer>> actions() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(5, Arbitraries.just(1)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(2, 42)))
        .list().ofMinSize(1).ofMaxSize(80);
  }
}
