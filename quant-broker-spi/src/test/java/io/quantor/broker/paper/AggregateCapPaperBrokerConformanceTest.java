package io.quantor.broker.paper;

import io.quantor.broker.Broker;
import io.quantor.broker.BrokerConfig;
import io.quantor.broker.conformance.BrokerConformanceTest;
import io.quantor.core.series.Bar;
import io.quantor.core.trade.Instrument;
import java.util.Map;

/**
 * The conformance kit against a paper account whose participation cap is shared by the working orders
 * of a symbol ({@code participationCapScope=AGGREGATE}), with a per-order commission minimum, so that
 * the kit's sessions with several working orders and replacements run under the shared cap.
 */
class AggregateCapPaperBrokerConformanceTest extends BrokerConformanceTest {

  @Override
  protected Broker openBroker() {
    return PaperBroker.create(BrokerConfig.of(Map.of(
        "participationCap", "0.5",
        "participationCapScope", "AGGREGATE",
        "commissionPerShare", "0.005",
        "commissionMinimum", "1")));
  }

  @Override
  protected void advanceMarket(Broker broker, Instrument instrument, Bar bar) {
    ((PaperBroker) broker).onBar(instrument.symbol(), bar);
  }
}
