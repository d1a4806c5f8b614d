/**
 * The broker SPI: one interface, {@link io.quantor.broker.Broker}, that a strategy trades through in
 * backtest, paper and live mode, with a strict order state machine ({@link io.quantor.broker.OrderStatus},
 * {@link io.quantor.broker.OrderState}), execution events, typed failures
 * ({@link io.quantor.broker.BrokerException}) and discovery of adapters by name through
 * {@link java.util.ServiceLoader} ({@link io.quantor.broker.Brokers}).
 *
 * <pre>{@code
 * try (Broker broker = Brokers.open("paper", BrokerConfig.of(Map.of("initialCash", "100000")))) {
 *   broker.subscribe(event -> journal.record(event));
 *   OrderRequest order = OrderRequest.limit("o-1", Instrument.stock("ORCL"), Side.BUY, 100, 41.20, now);
 *   broker.capabilities().check(order).ifPresent(reason -> { throw new IllegalStateException(reason); });
 *   OrderState state = broker.submit(order);          // ACCEPTED
 *   broker.submit(order);                             // same id: idempotent, places nothing new
 * }
 * }</pre>
 *
 * <p>Sub-packages: {@code sim} (the execution simulator shared by backtest and paper trading),
 * {@code paper} (the paper broker), {@code oms} (order manager, reconciliation, approvals),
 * {@code journal} (crash-safe audit journal), {@code resilience} (retry, circuit breaker, rate limit),
 * {@code algo} (TWAP and VWAP). See {@code docs/broker.md} for writing an adapter.
 */
package io.quantor.broker;
