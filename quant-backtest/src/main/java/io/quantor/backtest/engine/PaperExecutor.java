package io.quantor.backtest.engine;

import io.quantor.broker.paper.PaperBroker;
import io.quantor.broker.sim.Quote;
import io.quantor.core.series.Bar;
import java.time.Instant;

/**
 * Executes through a {@link PaperBroker} (PAPER): the paper broker is the market's only window, so the
 * engine pushes it every bar that closes (and a one-price quote at the mark of each instrument without
 * bars) before the strategy runs; the broker fills working orders through its simulator and reports the
 * fills as execution events, which the session books as in LIVE mode.
 */
final class PaperExecutor extends BrokerExecutor {

  /** The size of a mark quote: unlimited, as in BACKTEST. */
  private static final double UNLIMITED = Double.MAX_VALUE;

  private final PaperBroker paper;

  PaperExecutor(PaperBroker paper) {
    super(paper, true);
    this.paper = paper;
  }

  @Override
  void onBar(int k) {
    Track t = session.tracks[k];
    int i = t.count - 1;
    paper.onBar(t.instrument.symbol(),
        new Bar(session.instant(), t.open(i), t.high(i), t.low(i), t.close(i), t.volume(i)));
  }

  @Override
  void onMark(int k, double price) {
    Instant now = session.instant();
    paper.onQuote(session.tracks[k].instrument.symbol(), new Quote(now, price, price, UNLIMITED, UNLIMITED));
  }
}
