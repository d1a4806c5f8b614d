package io.quantor.broker.paper;

import io.quantor.broker.Broker;
import io.quantor.broker.BrokerConfig;
import io.quantor.broker.Brokers;
import io.quantor.broker.conformance.BrokerConformanceTest;
import io.quantor.core.series.Bar;
import io.quantor.core.trade.Instrument;

/**
 * The conformance kit against the paper broker with its default settings (every capability, no costs),
 * opened by name through {@link Brokers}, as an application would.
 */
class PaperBrokerConformanceTest extends BrokerConformanceTest {

  @Override
  protected Broker openBroker() {
    return Brokers.open("paper", BrokerConfig.empty());
  }

  @Override
  protected void advanceMarket(Broker broker, Instrument instrument, Bar bar) {
    ((PaperBroker) broker).onBar(instrument.symbol(), bar);
  }
}
