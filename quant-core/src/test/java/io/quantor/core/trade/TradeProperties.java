package io.quantor.core.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Accounting properties of {@link Portfolio} over random sequences of fills and marks in three
 * instruments (multipliers 1, 100 and 50), with quantities small enough that positions often cross zero.
 * Tolerances are 1e-9 relative to the money scale of the run (the initial cash plus the turnover), the
 * conventions' accounting tolerance.
 */
class TradeProperties {

  private static final Instant T = Instant.parse("2024-06-03T14:00:00Z");
  private static final List<Instrument> INSTRUMENTS = List.of(Instrument.stock("ORCL"),
      Instrument.option("ORCL C", "ORCL"), Instrument.future("ESZ4", "SPX", 50));
  private static final double INITIAL = 1_000_000;

  /** A fill (price, quantity, fees) or, when {@code fill} is false, a mark of the instrument at price. */
  record Event(boolean fill, int instrument, Side side, double quantity, double price, double fees) {
  }

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Double> quantities = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 20).map(i -> (double) i),
        Arbitraries.doubles().between(0.001, 20).ofScale(3));
    Arbitrary<Event> fills = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.of(Side.class), quantities, Arbitraries.doubles().between(1, 500).ofScale(4),
        Arbitraries.doubles().between(-0.5, 5).ofScale(2))
        .as((i, s, q, p, f) -> new Event(true, i, s, q, p, f));
    Arbitrary<Event> marks = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.doubles().between(1, 500).ofScale(4))
        .as((i, p) -> new Event(false, i, Side.BUY, 0, p, 0));
    return Arbitraries.frequencyOf(
        Tuple.of(3, fills), Tuple.of(1, marks)).list().ofMinSize(1).ofMaxSize(60);
  }

  private static Fill toFill(Event e) {
    return new Fill("o", INSTRUMENTS.get(e.instrument()), e.side(), e.quantity(), e.price(), e.fees(), T);
  }

  @Property(tries = 300)
  void accountingIsConserved(@ForAll("events") List<Event> events) {
    Portfolio book = Portfolio.create(INITIAL);
    double cashFlows = 0;
    double turnover = 0;
    double feesPaid = 0;
    double peak = INITIAL;
    double worst = 0;
    int crossings = 0;
    for (Event e : events) {
      if (e.fill()) {
        Fill f = toFill(e);
        double before = book.position(f.instrument().symbol()).map(Position::quantity).orElse(0.0);
        Position after = book.apply(f);
        if (before != 0 && after.quantity() != 0 && (before > 0) != (after.quantity() > 0)) {
          crossings++;
        }
        cashFlows += -f.signedQuantity() * f.price() * f.instrument().multiplier() - f.fees();
        turnover += f.notional();
        feesPaid += f.fees();
      } else {
        book.mark(INSTRUMENTS.get(e.instrument()).symbol(), e.price());
      }
      double equity = book.equity();
      peak = Math.max(peak, equity);
      worst = Math.max(worst, (peak - equity) / peak);
    }
    Statistics.label("reversal through zero").collect(crossings > 0);
    double tol = 1e-9 * (INITIAL + turnover);
    PortfolioSnapshot s = book.snapshot();
    // Cash is the sum of the cash flows; fees were charged once.
    assertEquals(INITIAL + cashFlows, book.cash(), tol);
    assertEquals(feesPaid, book.fees(), tol);
    // cash + market value = equity, the market value summed afresh from positions and marks.
    double mv = 0;
    double gross = 0;
    for (Position p : book.positions()) {
      double v = p.quantity() * book.markPrice(p.symbol()).orElseThrow() * p.instrument().multiplier();
      mv += v;
      gross += Math.abs(v);
    }
    assertEquals(book.cash() + mv, book.equity(), tol);
    assertEquals(mv, book.netExposure(), tol);
    assertEquals(gross, book.grossExposure(), tol);
    assertEquals(s.equity(), book.equity(), tol);
    assertEquals(s.grossExposure(), book.grossExposure(), tol);
    // realized + unrealized - fees = equity - initial cash.
    assertEquals(book.equity() - INITIAL, book.realizedPnl() + book.unrealizedPnl() - book.fees(), tol);
    assertEquals(s.realizedPnl(), book.realizedPnl(), tol);
    assertEquals(s.unrealizedPnl(), book.unrealizedPnl(), tol);
    // The high-water mark and maximum drawdown follow the observed equities.
    assertEquals(peak, book.highWaterMark(), tol);
    assertEquals(worst, book.maxDrawdown(), 1e-9);
  }

  /**
   * Total P&amp;L does not depend on the cost method: average cost (the portfolio) and first-in-first-out
   * lots (computed here from the fills alone) give the same realized plus unrealized P&amp;L per
   * instrument, and the same position.
   */
  @Property(tries = 300)
  void averageCostAndFifoAgreeOnTotalPnl(@ForAll("events") List<Event> events) {
    Portfolio book = Portfolio.create(INITIAL);
    Map<Integer, Deque<double[]>> lots = new HashMap<>();
    Map<Integer, Double> fifoRealized = new HashMap<>();
    double turnover = 0;
    for (Event e : events) {
      if (!e.fill()) {
        book.mark(INSTRUMENTS.get(e.instrument()).symbol(), e.price());
        continue;
      }
      Fill f = toFill(e);
      book.apply(f);
      turnover += f.notional();
      double m = f.instrument().multiplier();
      Deque<double[]> queue = lots.computeIfAbsent(e.instrument(), k -> new ArrayDeque<>());
      double left = f.signedQuantity();
      double realized = 0;
      while (left != 0 && !queue.isEmpty() && Math.signum(queue.peekFirst()[0]) != Math.signum(left)) {
        double[] lot = queue.peekFirst();
        double take = Math.min(Math.abs(lot[0]), Math.abs(left));
        realized += Math.signum(lot[0]) * take * (f.price() - lot[1]) * m;
        lot[0] -= Math.signum(lot[0]) * take;
        left -= Math.signum(left) * take;
        if (Math.abs(lot[0]) <= 1e-9) {
          queue.pollFirst();
        }
        if (Math.abs(left) <= 1e-9) {
          left = 0;
        }
      }
      if (left != 0) {
        queue.addLast(new double[] {left, f.price()});
      }
      fifoRealized.merge(e.instrument(), realized, Double::sum);
    }
    double tol = 1e-9 * (INITIAL + turnover);
    for (Map.Entry<Integer, Deque<double[]>> entry : lots.entrySet()) {
      Instrument instrument = INSTRUMENTS.get(entry.getKey());
      double mark = book.markPrice(instrument.symbol()).orElseThrow();
      double quantity = 0;
      double unrealized = 0;
      for (double[] lot : entry.getValue()) {
        quantity += lot[0];
        unrealized += lot[0] * (mark - lot[1]) * instrument.multiplier();
      }
      Position p = book.position(instrument.symbol()).orElseThrow();
      assertEquals(quantity, p.quantity(), 1e-9);
      assertEquals(fifoRealized.get(entry.getKey()) + unrealized, p.realizedPnl() + p.unrealizedPnl(mark),
          tol);
    }
  }

  /** A portfolio rebuilt from a snapshot continues exactly as the original would. */
  @Property(tries = 200)
  void snapshotRoundTripContinuesAlike(@ForAll("events") List<Event> first,
      @ForAll("events") List<Event> second) {
    Portfolio book = Portfolio.create(INITIAL);
    run(book, first);
    Portfolio copy = Portfolio.from(book.snapshot());
    run(book, second);
    run(copy, second);
    PortfolioSnapshot a = book.snapshot();
    PortfolioSnapshot b = copy.snapshot();
    assertEquals(a.positions(), b.positions());
    assertEquals(a.marks(), b.marks());
    double tol = 1e-9 * INITIAL;
    assertEquals(a.cash(), b.cash(), tol);
    assertEquals(a.equity(), b.equity(), tol);
    assertEquals(a.highWaterMark(), b.highWaterMark(), tol);
    assertEquals(a.maxDrawdown(), b.maxDrawdown(), 1e-9);
    assertTrue(a.drawdown() >= 0 && a.drawdown() <= a.maxDrawdown() + 1e-12);
  }

  private static void run(Portfolio book, List<Event> events) {
    for (Event e : events) {
      if (e.fill()) {
        book.apply(toFill(e));
      } else {
        book.mark(INSTRUMENTS.get(e.instrument()).symbol(), e.price());
      }
    }
  }
}
