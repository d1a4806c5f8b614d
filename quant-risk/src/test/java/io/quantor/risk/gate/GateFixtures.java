package io.quantor.risk.gate;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Side;
import java.time.Instant;

/** Shared fixtures: a 100,000 account long 200 ORCL bought at 100, and order shorthands. */
final class GateFixtures {

  /** Monday 2024-06-03 10:00 New York: inside the NYSE window. */
  static final Instant T = Instant.parse("2024-06-03T14:00:00Z");
  static final Instrument ORCL = Instrument.stock("ORCL");
  static final Instrument YHOO = Instrument.stock("YHOO");
  static final Instrument CALL = Instrument.option("ORCL240621C00100000", "ORCL");

  private GateFixtures() {
  }

  /** Cash 80,000 and 200 ORCL at 100: equity 100,000, gross and net exposure 20,000. */
  static PortfolioSnapshot longOrcl() {
    Portfolio p = Portfolio.create(100_000);
    p.apply(new Fill("seed", ORCL, Side.BUY, 200, 100, 0, T));
    return p.snapshot();
  }

  static OrderRequest buy(Instrument i, double quantity) {
    return OrderRequest.market("o-" + quantity, i, Side.BUY, quantity, T);
  }

  static OrderRequest sell(Instrument i, double quantity) {
    return OrderRequest.market("o-" + quantity, i, Side.SELL, quantity, T);
  }

  static GateCheck check(PreTradeGate gate, OrderRequest order, PortfolioSnapshot book,
      MarketContext market) {
    return gate.check(GateInput.of(order, book, market, GateState.initial()));
  }

  static GateCheck check(PreTradeGate gate, OrderRequest order, PortfolioSnapshot book, double price) {
    return check(gate, order, book, MarketContext.of(T, price));
  }
}
