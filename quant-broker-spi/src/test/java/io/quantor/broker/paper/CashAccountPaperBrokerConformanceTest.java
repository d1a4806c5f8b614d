package io.quantor.broker.paper;

import io.quantor.broker.Broker;
import io.quantor.broker.BrokerConfig;
import io.quantor.broker.conformance.BrokerConformanceTest;
import io.quantor.core.series.Bar;
import io.quantor.core.trade.Instrument;
import java.util.Map;

/**
 * The conformance kit against a restricted paper account, so that the sessions about refused orders run:
 * no shorting, whole quantities, no options, no stop-limit orders, no FOK, with costs (slippage,
 * commission with a minimum), a participation cap and the trade-through limit rule.
 */
class CashAccountPaperBrokerConformanceTest extends BrokerConformanceTest {

  @Override
  protected Broker openBroker() {
    return PaperBroker.create(BrokerConfig.of(Map.of(
        "shorting", "false",
        "fractionalQuantities", "false",
        "options", "false",
        "orderTypes", "MARKET, LIMIT, STOP",
        "timesInForce", "DAY,GTC,IOC",
        "slippageBps", "5",
        "commissionPerShare", "0.005",
        "commissionMinimum", "1",
        "participationCap", "0.5",
        "limitFillRule", "trade_through")).with("initialCash", "50000"));
  }

  @Override
  protected void advanceMarket(Broker broker, Instrument instrument, Bar bar) {
    ((PaperBroker) broker).onBar(instrument.symbol(), bar);
  }
}
