/**
 * The broker conformance kit, published in {@code quant-broker-spi}'s test-jar: the abstract
 * {@link io.quantor.broker.conformance.BrokerConformanceTest}, whose scripted sessions check the
 * {@link io.quantor.broker.Broker} contract (idempotent submit, the order state machine, ordered events,
 * rejections, accounting, thread safety) for any adapter.
 *
 * <pre>{@code
 * class MyBrokerConformanceTest extends BrokerConformanceTest {
 *   @Override protected Broker openBroker() { return Brokers.open("mybroker", sandboxConfig()); }
 *   @Override protected void advanceMarket(Broker broker, Instrument instrument, Bar bar) {
 *     ((MyBroker) broker).onBar(instrument.symbol(), bar);
 *   }
 * }
 * }</pre>
 */
package io.quantor.broker.conformance;
