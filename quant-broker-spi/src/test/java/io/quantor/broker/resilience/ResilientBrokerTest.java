package io.quantor.broker.resilience;

import static io.quantor.broker.resilience.ScriptedBroker.Step.fail;
import static io.quantor.broker.resilience.ScriptedBroker.Step.failAfterEffect;
import static io.quantor.broker.resilience.ScriptedBroker.Step.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.BrokerException;
import io.quantor.broker.BrokerException.Code;
import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResilientBrokerTest {

  private final FakeTime time = new FakeTime();
  private final InMemoryDeadLetterJournal deadLetters = new InMemoryDeadLetterJournal();

  private static OrderRequest order(String id) {
    return OrderRequest.limit(id, Instrument.stock("ORCL"), Side.BUY, 100, 41.2,
        Instant.parse("2024-06-03T13:59:00Z"));
  }

  private static RetryPolicy noJitter(int maxAttempts) {
    return RetryPolicy.builder().maxAttempts(maxAttempts).initialDelay(Duration.ofMillis(100)).multiplier(2)
        .maxDelay(Duration.ofSeconds(1)).jitter(RetryPolicy.Jitter.NONE).build();
  }

  private ResilientBroker.Builder builder(ScriptedBroker delegate) {
    return ResilientBroker.builder(delegate).retryPolicy(noJitter(4)).withoutCircuitBreaker().clock(time)
        .sleeper(time.sleeper()).deadLetters(deadLetters);
  }

  @Test
  void retriesRetryableFailuresWithTheExactBackoff() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time, fail(Code.UNAVAILABLE), fail(Code.RATE_LIMITED),
        fail(Code.UNAVAILABLE), ok());
    ResilientBroker broker = builder(delegate).build();
    OrderState state = broker.submit(order("o-1"));
    assertEquals(OrderStatus.ACCEPTED, state.status());
    assertEquals(List.of("submit o-1", "submit o-1", "submit o-1", "submit o-1"), delegate.calls());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)),
        time.sleeps());
    assertEquals(List.of(), deadLetters.entries());
  }

  @Test
  void seededJitterRequestsDelaysWithinTheCeilingsAndRepeats() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).initialDelay(Duration.ofMillis(100))
        .multiplier(3).maxDelay(Duration.ofMillis(500)).jitter(RetryPolicy.Jitter.FULL).seed(99).build();
    List<List<Duration>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      FakeTime t = new FakeTime();
      ScriptedBroker delegate = ScriptedBroker.of("s", t, fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE),
          fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE), ok());
      ResilientBroker.builder(delegate).retryPolicy(policy).withoutCircuitBreaker().clock(t)
          .sleeper(t.sleeper()).build().account();
      runs.add(t.sleeps());
    }
    assertEquals(runs.get(0), runs.get(1), "same seed, same delays");
    long[] ceilings = {100, 300, 500, 500};   // 100 * 3^(n-2) ms capped at 500 ms
    List<Duration> sleeps = runs.get(0);
    assertEquals(4, sleeps.size());
    UniformRandomProvider rng = policy.newRandom();
    for (int i = 0; i < 4; i++) {
      Duration d = sleeps.get(i);
      assertTrue(!d.isNegative() && d.compareTo(Duration.ofMillis(ceilings[i])) <= 0, d.toString());
      assertEquals(policy.delayBefore(i + 2, rng), d, "drawn from the policy's seeded generator in order");
    }
  }

  @Test
  void nonRetryableFailuresAreNotRetriedAndDeadLettered() {
    for (Code code : new Code[] {Code.AUTH, Code.REJECTED, Code.UNKNOWN}) {
      FakeTime t = new FakeTime();
      InMemoryDeadLetterJournal letters = new InMemoryDeadLetterJournal();
      ScriptedBroker delegate = ScriptedBroker.of("s", t, fail(code), ok());
      ResilientBroker broker = ResilientBroker.builder(delegate).retryPolicy(noJitter(4))
          .withoutCircuitBreaker().clock(t).sleeper(t.sleeper()).deadLetters(letters).build();
      BrokerException e = assertThrows(BrokerException.class, () -> broker.submit(order("o-1")));
      assertEquals(code, e.code());
      assertEquals(List.of("submit o-1"), delegate.calls(), code + " must not be retried");
      assertEquals(List.of(), t.sleeps());
      assertEquals(1, letters.entries().size());
      DeadLetter letter = letters.entries().get(0);
      assertEquals(order("o-1"), letter.order());
      assertEquals(code, letter.code());
      assertEquals(e.getMessage(), letter.message());
      assertEquals(1, letter.attempts());
    }
  }

  @Test
  void exhaustedRetriesDeadLetterTheOrderAndRethrowTheLastFailure() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time, fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE),
        fail(Code.UNAVAILABLE), fail(Code.RATE_LIMITED), ok());
    ResilientBroker broker = builder(delegate).build();
    BrokerException e = assertThrows(BrokerException.class, () -> broker.submit(order("o-7")));
    assertEquals(Code.RATE_LIMITED, e.code(), "the fourth and last failure");
    assertEquals(4, delegate.calls().size());
    assertEquals(3, time.sleeps().size());
    DeadLetter letter = deadLetters.entries().get(0);
    assertEquals(4, letter.attempts());
    assertEquals(Code.RATE_LIMITED, letter.code());
    assertEquals("RATE_LIMITED: scripted RATE_LIMITED on submit o-7", letter.message());
    assertEquals(Instant.parse("2024-06-03T14:00:00.700Z"), letter.time(), "after 100 + 200 + 400 ms");
  }

  @Test
  void retriedSubmitIsIdempotentWhenTheFirstCallPlacedTheOrder() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time, failAfterEffect(Code.UNAVAILABLE), ok());
    ResilientBroker broker = builder(delegate).build();
    OrderState state = broker.submit(order("o-1"));
    assertEquals(OrderStatus.ACCEPTED, state.status());
    assertEquals(2, delegate.calls().size());
    assertEquals(1, delegate.submissionsPlaced(), "one order at the broker, not two");
  }

  @Test
  void everyRemoteCallIsRetried() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time);
    ResilientBroker broker = builder(delegate).build();
    broker.submit(order("o-1"));
    delegate.then(fail(Code.UNAVAILABLE), ok(), fail(Code.UNAVAILABLE), ok(), fail(Code.UNAVAILABLE), ok(),
        fail(Code.UNAVAILABLE), ok(), fail(Code.UNAVAILABLE), ok(), fail(Code.UNAVAILABLE), ok());
    assertEquals("ACC-1", broker.account().accountId());
    assertEquals(List.of(), broker.positions());
    assertEquals(1, broker.openOrders().size());
    assertEquals(OrderStatus.ACCEPTED, broker.order("o-1").orElseThrow().status());
    assertEquals(200.0, broker.replace(order("o-1").withQuantity(200)).request().quantity());
    assertEquals(OrderStatus.CANCELED, broker.cancel("o-1").status());
    assertEquals(List.of("submit o-1", "account", "account", "positions", "positions", "openOrders",
        "openOrders", "order o-1", "order o-1", "replace o-1", "replace o-1", "cancel o-1", "cancel o-1"),
        delegate.calls());
    assertEquals("s", broker.name());
  }

  @Test
  void breakerOpensAfterTheThresholdAndFailsFastWithoutCallingOrRetrying() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time, fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE),
        fail(Code.UNAVAILABLE));
    CircuitBreaker breaker = CircuitBreaker.builder("s").failureThreshold(3)
        .openDuration(Duration.ofSeconds(30)).clock(time).build();
    ResilientBroker broker = builder(delegate).retryPolicy(RetryPolicy.none()).circuitBreaker(breaker)
        .build();
    for (int i = 0; i < 3; i++) {
      assertThrows(BrokerException.class, () -> broker.account());
    }
    assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    BrokerException fast = assertThrows(BrokerException.class, () -> broker.submit(order("o-9")));
    assertEquals(3, delegate.calls().size(), "not called while open");
    assertFalse(fast.isRetryable());
    DeadLetter letter = deadLetters.entries().get(0);
    assertEquals(0, letter.attempts(), "the order never reached the broker");
    assertEquals(Code.UNAVAILABLE, letter.code());
    assertTrue(letter.message().contains("circuit breaker 's' is OPEN"), letter.message());
  }

  @Test
  void breakerOpeningHalfWayStopsTheRetries() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time, fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE),
        fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE));
    CircuitBreaker breaker = CircuitBreaker.builder("s").failureThreshold(2).clock(time).build();
    ResilientBroker broker = builder(delegate).retryPolicy(noJitter(5)).circuitBreaker(breaker).build();
    BrokerException e = assertThrows(BrokerException.class, () -> broker.submit(order("o-1")));
    assertEquals(List.of("submit o-1", "submit o-1"), delegate.calls());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), time.sleeps(),
        "two backoffs, then the third attempt met the open breaker");
    assertFalse(e.isRetryable());
    assertEquals(2, deadLetters.entries().get(0).attempts());
  }

  @Test
  void halfOpenTrialClosesOrReopensTheBreaker() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time, fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE));
    CircuitBreaker breaker = CircuitBreaker.builder("s").failureThreshold(2)
        .openDuration(Duration.ofSeconds(10)).clock(time).build();
    ResilientBroker broker = builder(delegate).retryPolicy(RetryPolicy.none()).circuitBreaker(breaker)
        .build();
    assertThrows(BrokerException.class, broker::account);
    assertThrows(BrokerException.class, broker::account);
    assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    time.advance(Duration.ofSeconds(10));
    delegate.then(fail(Code.UNAVAILABLE));
    assertThrows(BrokerException.class, broker::account);   // the trial fails
    assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    assertThrows(BrokerException.class, broker::account);   // fails fast, not called
    assertEquals(3, delegate.calls().size());
    time.advance(Duration.ofSeconds(10));
    assertEquals("ACC-1", broker.account().accountId());     // the trial succeeds
    assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    assertEquals(4, delegate.calls().size());
  }

  @Test
  void rateLimiterTimesEveryAttemptWithTheFakeClock() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time);
    RateLimiter limiter = RateLimiter.of(2, 1, time, time.sleeper());
    ResilientBroker broker = builder(delegate).rateLimiter(limiter, Duration.ofSeconds(2)).build();
    broker.account();
    broker.account();
    assertEquals(List.of(), time.sleeps(), "a burst of 2 passes at once");
    broker.account();
    assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps(), "the third waits for the refill");
    // A retry takes its own token: the backoff (100 ms) is shorter than the refill, so it waits 900 ms more.
    delegate.then(fail(Code.UNAVAILABLE));
    time.advance(Duration.ofSeconds(1));
    broker.account();
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofMillis(900)),
        time.sleeps());
  }

  @Test
  void rateLimitTimeoutIsNotRetriedAndDoesNotCall() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time);
    RateLimiter limiter = RateLimiter.of(1, 1, time, time.sleeper());
    ResilientBroker broker = builder(delegate).rateLimiter(limiter, Duration.ofMillis(500)).build();
    broker.submit(order("o-1"));
    BrokerException e = assertThrows(BrokerException.class, () -> broker.submit(order("o-2")));
    assertEquals(Code.RATE_LIMITED, e.code());
    assertEquals(List.of("submit o-1"), delegate.calls());
    assertEquals(List.of(), time.sleeps());
    assertEquals(0, deadLetters.entries().get(0).attempts());
  }

  @Test
  void deadLettersGoToTheJsonLinesFile(@TempDir Path dir) {
    Path file = dir.resolve("dead.jsonl");
    ScriptedBroker delegate = ScriptedBroker.of("s", time, fail(Code.UNAVAILABLE), fail(Code.UNAVAILABLE),
        fail(Code.AUTH));
    try (JsonLinesDeadLetterJournal journal = JsonLinesDeadLetterJournal.open(file)) {
      ResilientBroker broker = builder(delegate).deadLetters(journal).build();
      assertThrows(BrokerException.class, () -> broker.submit(order("o-1")));
    }
    List<DeadLetter> read = JsonLinesDeadLetterJournal.readAll(file);
    assertEquals(1, read.size());
    assertEquals(new DeadLetter(order("o-1"), Code.AUTH, "AUTH: scripted AUTH on submit o-1", 3,
        Instant.parse("2024-06-03T14:00:00.300Z")), read.get(0));
  }

  @Test
  void closeCancelsOpenOrdersFlushesThenClosesTheDelegateOnce() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time);
    List<String> steps = new ArrayList<>();
    ResilientBroker broker = builder(delegate).cancelOpenOrdersOnClose(true)
        .flushOnClose(() -> steps.add("flush after " + delegate.calls().get(delegate.calls().size() - 1)))
        .build();
    broker.submit(order("o-1"));
    broker.submit(order("o-2"));
    broker.submit(order("o-3"));
    broker.cancel("o-2");
    delegate.then(fail(Code.UNAVAILABLE));   // listing the open orders on close is retried
    broker.close();
    assertEquals(List.of("submit o-1", "submit o-2", "submit o-3", "cancel o-2", "openOrders",
        "openOrders", "cancel o-1", "cancel o-3", "close"), delegate.calls());
    assertEquals(List.of("flush after cancel o-3"), steps, "flushed after cancelling, before closing");
    assertEquals(1, delegate.closeCount());
    broker.close();
    assertEquals(1, delegate.closeCount(), "close is idempotent");
    assertEquals(1, steps.size());
    BrokerException closed = assertThrows(BrokerException.class, () -> broker.submit(order("o-4")));
    assertEquals("UNAVAILABLE: broker 's' is closed", closed.getMessage());
    assertFalse(closed.isRetryable());
    assertEquals(1, deadLetters.entries().size(), "a refused order is a dead letter too");
  }

  @Test
  void closeLeavesOpenOrdersAloneByDefault() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time);
    ResilientBroker broker = builder(delegate).build();
    broker.submit(order("o-1"));
    broker.close();
    assertEquals(List.of("submit o-1", "close"), delegate.calls());
  }

  @Test
  void closeRunsEveryStepAndReportsTheFailures() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time);
    ResilientBroker broker = builder(delegate).cancelOpenOrdersOnClose(true).flushOnClose(() -> {
      throw new IOException("disk full");
    }).build();
    broker.submit(order("o-1"));
    broker.submit(order("o-2"));
    delegate.then(ok(), fail(Code.AUTH));   // openOrders works, cancelling o-1 is refused
    BrokerException e = assertThrows(BrokerException.class, broker::close);
    assertEquals(Code.UNKNOWN, e.code());
    assertTrue(e.getMessage().startsWith("UNKNOWN: closing broker 's' finished with 2 failure(s), the first: "
        + "io.quantor.broker.BrokerException: AUTH: scripted AUTH on cancel o-1"), e.getMessage());
    assertEquals(Code.AUTH, ((BrokerException) e.getCause()).code());
    assertEquals("disk full", e.getSuppressed()[0].getMessage());
    assertEquals(List.of("submit o-1", "submit o-2", "openOrders", "cancel o-1", "cancel o-2", "close"),
        delegate.calls(), "o-2 is still cancelled and the delegate still closed");
    broker.close();
    assertEquals(1, delegate.closeCount());
  }

  @Test
  void subscribePassesThrough() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time);
    ResilientBroker broker = builder(delegate).build();
    List<String> events = new ArrayList<>();
    broker.subscribe(e -> events.add(e.clientOrderId() + " " + e.status()));
    broker.submit(order("o-1"));
    assertEquals(List.of("o-1 ACCEPTED"), events);
  }

  @Test
  void interruptedBackoffStopsRetrying() {
    ScriptedBroker delegate = ScriptedBroker.of("s", time, fail(Code.UNAVAILABLE), ok());
    ResilientBroker broker = builder(delegate).sleeper(d -> {
      throw new InterruptedException("stop");
    }).build();
    BrokerException e = assertThrows(BrokerException.class, () -> broker.submit(order("o-1")));
    assertTrue(Thread.interrupted(), "the interrupt flag is set again (and cleared here)");
    assertEquals(Code.UNKNOWN, e.code());
    assertFalse(e.isRetryable());
    assertEquals(Code.UNAVAILABLE, ((BrokerException) e.getCause()).code());
    assertEquals(1, delegate.calls().size());
    assertEquals(1, deadLetters.entries().get(0).attempts());
  }

  @Test
  void defaultBuilderHasABreakerNamedAfterTheDelegate() {
    ScriptedBroker delegate = ScriptedBroker.of("paperish", time);
    ResilientBroker broker = ResilientBroker.builder(delegate).build();
    assertEquals("paperish", broker.circuitBreaker().orElseThrow().name());
    assertEquals(RetryPolicy.defaults(), broker.retryPolicy());
    assertEquals(delegate.capabilities(), broker.capabilities());
  }
}
