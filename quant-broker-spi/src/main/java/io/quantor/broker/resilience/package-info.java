/**
 * Keeping a strategy's broker calls working when the broker is not: {@link
 * io.quantor.broker.resilience.RetryPolicy} (capped exponential backoff with full or equal jitter, only for
 * retryable {@link io.quantor.broker.BrokerException}s), {@link io.quantor.broker.resilience.CircuitBreaker}
 * (CLOSED, OPEN, HALF_OPEN), {@link io.quantor.broker.resilience.RateLimiter} (token bucket), a
 * {@link io.quantor.broker.resilience.DeadLetterJournal} for orders that failed for good (JSON Lines file
 * or in memory), and {@link io.quantor.broker.resilience.ResilientBroker}, a {@link io.quantor.broker.Broker}
 * decorator that composes them and closes gracefully.
 *
 * <p>Time is injected: a {@link java.time.Clock} for reading it and a {@link
 * io.quantor.broker.resilience.Sleeper} for waiting, so tests run deterministically and never sleep.
 * Jitter is drawn from a generator seeded by the policy.
 *
 * <pre>{@code
 * Clock clock = Clock.systemUTC();
 * Broker broker = ResilientBroker.builder(Brokers.open("mybroker", config))
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(4).initialDelay(Duration.ofMillis(100))
 *         .maxDelay(Duration.ofSeconds(2)).jitter(RetryPolicy.Jitter.FULL).seed(7).build())
 *     .circuitBreaker(CircuitBreaker.builder("mybroker").failureThreshold(5)
 *         .openDuration(Duration.ofSeconds(30)).clock(clock).build())
 *     .rateLimiter(RateLimiter.of(10, 5, clock, Sleeper.system()), Duration.ofSeconds(1))
 *     .deadLetters(JsonLinesDeadLetterJournal.open(Path.of("dead-letters.jsonl")))
 *     .cancelOpenOrdersOnClose(true)
 *     .flushOnClose(journal)
 *     .clock(clock)
 *     .build();
 * broker.submit(order);   // retried on UNAVAILABLE; dead-lettered and rethrown if it fails for good
 * broker.close();         // cancels open orders, flushes the journal, closes the delegate
 * }</pre>
 */
package io.quantor.broker.resilience;
