package io.quantor.core.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of the trade vocabulary: positions, fees, portfolio accounting, validation. */
class TradeExamplesTest {

  private static final Instant T = Instant.parse("2024-06-03T14:00:00Z");
  private static final Instrument ORCL = Instrument.stock("ORCL");
  private static final Instrument CALL = Instrument.option("ORCL240621C00125000", "ORCL");

  private static Fill fill(Instrument i, Side side, double qty, double price, double fees) {
    return new Fill("o", i, side, qty, price, fees, T);
  }

  @Test
  void buyThenAddAveragesTheCost() {
    Position p = Position.flat(ORCL).apply(fill(ORCL, Side.BUY, 100, 10, 0));
    assertEquals(new Position(ORCL, 100, 10, 0), p);
    p = p.apply(fill(ORCL, Side.BUY, 300, 12, 0));
    // (100 * 10 + 300 * 12) / 400 = 11.5
    assertEquals(400, p.quantity());
    assertEquals(11.5, p.averageCost(), 1e-15);
    assertEquals(0, p.realizedPnl());
    assertEquals(400 * (13 - 11.5), p.unrealizedPnl(13), 1e-12);
  }

  @Test
  void partialCloseRealizesAndKeepsTheCost() {
    Position p = Position.of(ORCL, 400, 11.5).apply(fill(ORCL, Side.SELL, 150, 14, 0));
    assertEquals(250, p.quantity());
    assertEquals(11.5, p.averageCost());
    assertEquals(150 * 2.5, p.realizedPnl(), 1e-12);
    p = p.apply(fill(ORCL, Side.SELL, 250, 9, 0));
    assertEquals(Position.flat(ORCL).quantity(), p.quantity());
    assertEquals(0, p.averageCost());
    assertEquals(375 - 250 * 2.5, p.realizedPnl(), 1e-12);
    assertTrue(p.isFlat());
  }

  @Test
  void reversalThroughZeroClosesThenOpensAtTheFillPrice() {
    Position p = Position.flat(ORCL)
        .apply(fill(ORCL, Side.BUY, 100, 10, 0))
        .apply(fill(ORCL, Side.BUY, 100, 12, 0))
        .apply(fill(ORCL, Side.SELL, 300, 13, 0));
    assertEquals(new Position(ORCL, -100, 13, 400), p);
    assertEquals(50, p.unrealizedPnl(12.5), 1e-12);
    // And back through zero from short to long: covering 100 at 11 realizes 200 more.
    p = p.apply(fill(ORCL, Side.BUY, 160, 11, 0));
    assertEquals(new Position(ORCL, 60, 11, 600), p);
  }

  @Test
  void shortGainsWhenThePriceFalls() {
    Position p = Position.flat(ORCL).apply(fill(ORCL, Side.SELL, 200, 50, 0));
    assertTrue(p.isShort());
    assertEquals(-200, p.quantity());
    assertEquals(50, p.averageCost());
    assertEquals(-10_000, p.costBasis());
    assertEquals(-9_000, p.marketValue(45));
    assertEquals(1_000, p.unrealizedPnl(45));
    p = p.apply(fill(ORCL, Side.SELL, 200, 40, 0));   // adds to the short: cost 45
    assertEquals(45, p.averageCost(), 1e-15);
    p = p.apply(fill(ORCL, Side.BUY, 100, 42, 0));    // covers 100: realizes 300
    assertEquals(new Position(ORCL, -300, 45, 300), p);
  }

  @Test
  void optionMultiplierScalesMoney() {
    Position p = Position.flat(CALL).apply(fill(CALL, Side.BUY, 3, 2.50, 1.95));
    assertEquals(750, p.costBasis(), 1e-12);
    assertEquals(3 * 100 * 1.50, p.unrealizedPnl(4.0), 1e-12);
    Portfolio book = Portfolio.create(10_000);
    book.apply(fill(CALL, Side.BUY, 3, 2.50, 1.95));
    assertEquals(10_000 - 750 - 1.95, book.cash(), 1e-9);
    assertEquals(750, book.marketValue(), 1e-12);
  }

  @Test
  void feesAreCountedOnceInCash() {
    Portfolio book = Portfolio.create(100_000);
    book.apply(fill(ORCL, Side.BUY, 100, 120, 1.00));
    book.mark("ORCL", 125);
    assertEquals(87_999, book.cash(), 1e-9);
    assertEquals(12_500, book.marketValue(), 1e-9);
    assertEquals(100_499, book.equity(), 1e-9);
    assertEquals(500, book.unrealizedPnl("ORCL"), 1e-9);
    assertEquals(1, book.fees());
    book.apply(fill(ORCL, Side.SELL, 100, 126, 1.00));
    assertTrue(book.position("ORCL").orElseThrow().isFlat());
    assertEquals(600, book.realizedPnl(), 1e-9);
    assertEquals(2, book.fees());
    assertEquals(100_598, book.equity(), 1e-9);
    // equity - initial = realized + unrealized - fees, with fees subtracted only once
    assertEquals(book.equity() - 100_000, book.realizedPnl() + book.unrealizedPnl() - book.fees(), 1e-9);
  }

  @Test
  void packageExampleNumbers() {
    Portfolio book = Portfolio.create(100_000);
    OrderRequest order = OrderRequest.limit("ord-1", ORCL, Side.BUY, 100, 120.0, T);
    book.apply(Fill.of(order, 100, 119.95, 1.00, T));
    assertEquals(88_004, book.cash(), 1e-9);
    book.mark("ORCL", 125.0);
    assertEquals(100_504, book.equity(), 1e-9);
    assertEquals(505, book.unrealizedPnl("ORCL"), 1e-9);
    OrderRequest exit = OrderRequest.market("ord-2", ORCL, Side.SELL, 150, T);
    book.apply(Fill.of(exit, 150, 124.0, 1.50, T));
    assertEquals(-50, book.position("ORCL").orElseThrow().quantity());
    assertEquals(405, book.realizedPnl(), 1e-9);
  }

  @Test
  void exposuresCountShortsNegativeInNetAndPositiveInGross() {
    Portfolio book = Portfolio.create(50_000);
    book.apply(fill(ORCL, Side.BUY, 100, 100, 0));
    Instrument yhoo = Instrument.stock("YHOO");
    book.apply(fill(yhoo, Side.SELL, 200, 40, 0));
    assertEquals(10_000 + 8_000, book.grossExposure(), 1e-9);
    assertEquals(10_000 - 8_000, book.netExposure(), 1e-9);
    assertEquals(50_000 - 10_000 + 8_000, book.cash(), 1e-9);
    assertEquals(50_000, book.equity(), 1e-9);
    PortfolioSnapshot s = book.snapshot();
    assertEquals(18_000, s.grossExposure(), 1e-9);
    assertEquals(2_000, s.netExposure(), 1e-9);
    assertEquals(-8_000, s.marketValue("YHOO"), 1e-9);
    assertEquals(-200, s.quantity("YHOO"));
    assertEquals(0, s.quantity("MSFT"));
    assertEquals(2, s.openPositions().size());
  }

  @Test
  void firstFillSetsTheMarkLaterFillsDoNot() {
    Portfolio book = Portfolio.create(10_000);
    assertEquals(OptionalDouble.empty(), book.markPrice("ORCL"));
    book.apply(fill(ORCL, Side.BUY, 10, 100, 0));
    assertEquals(OptionalDouble.of(100), book.markPrice("ORCL"));
    book.apply(fill(ORCL, Side.BUY, 10, 101, 0));
    assertEquals(OptionalDouble.of(100), book.markPrice("ORCL"));
    // Bought 10 at 101 while marked at 100: 10 of unrealized loss at once.
    assertEquals(-10, book.unrealizedPnl(), 1e-12);
  }

  @Test
  void highWaterMarkAndDrawdown() {
    Portfolio book = Portfolio.create(10_000);
    book.apply(fill(ORCL, Side.BUY, 100, 50, 0));
    book.mark("ORCL", 60);       // equity 11,000: a new peak
    assertEquals(11_000, book.highWaterMark(), 1e-9);
    book.mark("ORCL", 38);       // equity 8,800: 20 % below the peak
    assertEquals(0.2, book.drawdown(), 1e-12);
    book.mark("ORCL", 55);       // equity 10,500
    assertEquals(0.5 / 11, book.drawdown(), 1e-12);
    assertEquals(0.2, book.maxDrawdown(), 1e-12);
    assertEquals(0.2, book.snapshot().maxDrawdown(), 1e-12);
  }

  @Test
  void markingSeveralSymbolsAtOnceSetsNoIntermediatePeak() {
    Instrument yhoo = Instrument.stock("YHOO");
    Portfolio one = Portfolio.create(10_000);
    Portfolio each = Portfolio.create(10_000);
    for (Portfolio p : new Portfolio[] {one, each}) {
      p.apply(fill(ORCL, Side.BUY, 100, 50, 0));
      p.apply(fill(yhoo, Side.BUY, 100, 50, 0));
    }
    Map<String, Double> bar = new LinkedHashMap<>();
    bar.put("ORCL", 60.0);
    bar.put("YHOO", 40.0);
    one.mark(bar);
    each.mark("ORCL", 60);
    each.mark("YHOO", 40);
    assertEquals(10_000, one.highWaterMark(), 1e-9);
    assertEquals(0, one.drawdown(), 1e-15);
    assertEquals(11_000, each.highWaterMark(), 1e-9);
  }

  @Test
  void invalidMarksAreRejectedBeforeAnyIsApplied() {
    Portfolio book = Portfolio.create(10_000);
    Map<String, Double> bar = new LinkedHashMap<>();
    bar.put("ORCL", 60.0);
    bar.put("YHOO", Double.NaN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.mark(bar));
    assertEquals("prices[YHOO] must be finite and > 0, was NaN", e.getMessage());
    assertEquals(OptionalDouble.empty(), book.markPrice("ORCL"));
  }

  @Test
  void dustRemainderRoundsToFlat() {
    Instrument btc = Instrument.of("BTC", AssetClass.CRYPTO);
    Position p = Position.flat(btc)
        .apply(fill(btc, Side.BUY, 0.1, 60_000, 0))
        .apply(fill(btc, Side.BUY, 0.2, 60_000, 0))
        .apply(fill(btc, Side.SELL, 0.3, 61_000, 0));
    assertTrue(p.isFlat());
    assertEquals(0, p.averageCost());
    assertEquals(300, p.realizedPnl(), 1e-9);
  }

  @Test
  void snapshotIsIndependentOfTheLivePortfolio() {
    Portfolio book = Portfolio.create(10_000);
    book.apply(fill(ORCL, Side.BUY, 10, 100, 1));
    PortfolioSnapshot before = book.snapshot();
    book.apply(fill(ORCL, Side.BUY, 10, 100, 1));
    assertEquals(10, before.quantity("ORCL"));
    assertEquals(20, book.snapshot().quantity("ORCL"));
    PortfolioSnapshot whatIf = before.apply(fill(ORCL, Side.BUY, 10, 100, 1));
    assertEquals(book.snapshot(), whatIf);
    assertEquals(10, before.quantity("ORCL"));
    assertThrows(UnsupportedOperationException.class, () -> before.positions().clear());
  }

  @Test
  void portfolioFromSnapshotContinuesIdentically() {
    Portfolio book = Portfolio.create(10_000);
    book.apply(fill(ORCL, Side.BUY, 10, 100, 1));
    book.mark("ORCL", 90);
    Portfolio copy = Portfolio.from(book.snapshot());
    for (Portfolio p : new Portfolio[] {book, copy}) {
      p.apply(fill(ORCL, Side.SELL, 25, 95, 1));
      p.mark("ORCL", 97);
    }
    assertEquals(book.snapshot(), copy.snapshot());
    assertEquals(book.maxDrawdown(), copy.maxDrawdown());
  }

  @Test
  void aFillForAnotherInstrumentUnderTheSameSymbolIsRejectedWithoutChange() {
    Portfolio book = Portfolio.create(10_000);
    book.apply(fill(ORCL, Side.BUY, 10, 100, 1));
    PortfolioSnapshot before = book.snapshot();
    Instrument clash = Instrument.of("ORCL", AssetClass.ETF);
    assertThrows(IllegalArgumentException.class, () -> book.apply(fill(clash, Side.BUY, 1, 100, 1)));
    assertEquals(before, book.snapshot());
  }

  @Test
  void orderRequestValidatesPricesByType() {
    OrderRequest m = OrderRequest.market("a", ORCL, Side.SELL, 5, T);
    assertEquals(-5, m.signedQuantity());
    assertEquals(OrderType.MARKET, m.type());
    assertEquals(TimeInForce.DAY, m.timeInForce());
    assertEquals(OrderRequest.DEFAULT_STRATEGY, m.strategyId());
    assertTrue(Double.isNaN(m.limitPrice()) && Double.isNaN(m.stopPrice()));
    OrderRequest sl = OrderRequest.stopLimit("b", ORCL, Side.BUY, 5, 101, 102, T);
    assertEquals(101, sl.stopPrice());
    assertEquals(102, sl.limitPrice());
    assertEquals(5 * 102, sl.notional(sl.limitPrice()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OrderRequest("c",
        ORCL, Side.BUY, 1, OrderType.MARKET, 100, Double.NaN, TimeInForce.DAY, "s", T));
    assertEquals("limitPrice must be NaN for a MARKET order, was 100.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> OrderRequest.limit("d", ORCL, Side.BUY, 1, Double.NaN, T));
    assertEquals("limitPrice must be finite and > 0, was NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> OrderRequest.stop("e", ORCL, Side.BUY, 1, -1, T));
    assertEquals("stopPrice must be finite and > 0, was -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OrderRequest.market("f", ORCL, Side.BUY, 0, T));
    assertEquals("quantity must be finite and > 0, was 0.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OrderRequest.market(" ", ORCL, Side.BUY, 1, T));
    assertEquals("clientOrderId must not be blank, was ' '", e.getMessage());
  }

  @Test
  void orderRequestWithersChangeOneThing() {
    OrderRequest o = OrderRequest.limit("a", ORCL, Side.BUY, 100, 50, T);
    OrderRequest scaled = o.withQuantity(40);
    assertEquals(40, scaled.quantity());
    assertEquals(o, scaled.withQuantity(100));
    assertEquals(TimeInForce.IOC, o.withTimeInForce(TimeInForce.IOC).timeInForce());
    assertEquals("trend", o.withStrategyId("trend").strategyId());
    assertEquals("b", o.withClientOrderId("b").clientOrderId());
    assertNotEquals(o, o.withClientOrderId("b"));
  }

  @Test
  void enumsAndInstruments() {
    assertEquals(Side.SELL, Side.BUY.opposite());
    assertEquals(Side.BUY, Side.of(3));
    assertEquals(Side.SELL, Side.of(-0.5));
    assertThrows(IllegalArgumentException.class, () -> Side.of(0));
    assertThrows(IllegalArgumentException.class, () -> Side.of(Double.NaN));
    assertTrue(OrderType.STOP_LIMIT.hasLimitPrice() && OrderType.STOP_LIMIT.hasStopPrice());
    assertFalse(OrderType.MARKET.hasLimitPrice() || OrderType.MARKET.hasStopPrice());
    assertTrue(TimeInForce.IOC.isImmediate() && TimeInForce.IOC.allowsPartialFill());
    assertFalse(TimeInForce.FOK.allowsPartialFill());
    assertFalse(TimeInForce.GTC.isImmediate());
    assertEquals(100, CALL.multiplier());
    assertEquals(Optional.of("ORCL"), CALL.underlyingSymbol());
    assertEquals(Optional.empty(), ORCL.underlyingSymbol());
    assertEquals(1, ORCL.multiplier());
    Instrument es = Instrument.future("ESZ4", "SPX", 50);
    assertEquals(-2 * 5000.0 * 50, es.value(-2, 5000));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Instrument("X", AssetClass.FUTURE, 0, null));
    assertEquals("multiplier must be finite and > 0, was 0.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Instrument.stock(""));
    assertThrows(IllegalArgumentException.class, () -> Instrument.option("C", null));
  }

  @Test
  void fillMoneyAndValidation() {
    Fill f = Fill.of(OrderRequest.market("ord", CALL, Side.SELL, 2, T), 2, 3.10, 1.30, T);
    assertEquals("ord", f.orderId());
    assertEquals(-2, f.signedQuantity());
    assertEquals(620, f.notional(), 1e-12);
    assertEquals(620 - 1.30, f.cashFlow(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> fill(ORCL, Side.BUY, 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> fill(ORCL, Side.BUY, 1, 10, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> fill(ORCL, Side.BUY, Double.POSITIVE_INFINITY, 10, 0));
  }

  @Test
  void positionAndSnapshotValidation() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Position(ORCL, 0, 5, 0));
    assertEquals("averageCost must be 0 exactly when quantity is 0, was 5.0 with quantity 0.0",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Position(ORCL, 5, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Position.flat(ORCL).apply(fill(CALL, Side.BUY, 1,
        1, 0)));
    Map<String, Position> positions = Map.of("ORCL", Position.of(ORCL, 10, 100));
    e = assertThrows(IllegalArgumentException.class,
        () -> new PortfolioSnapshot(1000, 0, positions, Map.of(), 0, 1000, 0));
    assertEquals("marks must hold a price for the open position in ORCL", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new PortfolioSnapshot(1000, 0,
        Map.of("YHOO", Position.of(ORCL, 10, 100)), Map.of("ORCL", 100.0), 0, 1000, 0));
    assertEquals("positions key must be the position's symbol ORCL, was YHOO", e.getMessage());
    // The high-water mark and maximum drawdown are raised to what the components imply.
    PortfolioSnapshot s = new PortfolioSnapshot(1000, 0, positions, Map.of("ORCL", 80.0), 0, 900, 0);
    assertEquals(900, s.highWaterMark());
    assertEquals(100.0 / 900, s.maxDrawdown(), 1e-15);
    assertEquals(1200, s.withMark("ORCL", 120).highWaterMark(), 1e-9);
    assertEquals(PortfolioSnapshot.of(500), Portfolio.create(500).snapshot());
  }

  /** Same terms: everything but the creation time; a market order's NaN prices equal each other. */
  @Test
  void sameTermsIgnoreOnlyTheCreationTime() {
    OrderRequest order = OrderRequest.limit("ord-1", ORCL, Side.BUY, 100, 120.0, T);
    assertTrue(order.sameTermsAs(OrderRequest.limit("ord-1", ORCL, Side.BUY, 100, 120.0, T.plusSeconds(5))));
    assertFalse(order.sameTermsAs(OrderRequest.limit("ord-1", ORCL, Side.BUY, 101, 120.0, T)));
    assertFalse(order.sameTermsAs(OrderRequest.limit("ord-1", ORCL, Side.BUY, 100, 120.5, T)));
    assertFalse(order.sameTermsAs(order.withStrategyId("other")));
    assertFalse(order.sameTermsAs(order.withClientOrderId("ord-2")));
    OrderRequest market = OrderRequest.market("ord-3", ORCL, Side.SELL, 50, T);
    assertTrue(market.sameTermsAs(OrderRequest.market("ord-3", ORCL, Side.SELL, 50, T.plusSeconds(1))));
    assertFalse(market.sameTermsAs(OrderRequest.market("ord-3", ORCL, Side.BUY, 50, T)));
  }
}
