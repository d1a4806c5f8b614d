package io.quantor.risk.gate;

import static io.quantor.risk.gate.GateFixtures.CALL;
import static io.quantor.risk.gate.GateFixtures.ORCL;
import static io.quantor.risk.gate.GateFixtures.T;
import static io.quantor.risk.gate.GateFixtures.YHOO;
import static io.quantor.risk.gate.GateFixtures.buy;
import static io.quantor.risk.gate.GateFixtures.check;
import static io.quantor.risk.gate.GateFixtures.longOrcl;
import static io.quantor.risk.gate.GateFixtures.sell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.filter.CompositeFilter;
import io.quantor.core.filter.ExchangeCalendar;
import io.quantor.core.filter.FilterReason;
import io.quantor.core.filter.TradeContext;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.PortfolioSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed examples of every gate and reason code. The book is cash 80,000 plus 200 ORCL at 100
 * (equity 100,000, exposure 20,000) unless a test says otherwise.
 */
class GateExamplesTest {

  private static Verdict verdict(GateCheck c) {
    return c.verdict();
  }

  @Test
  void killSwitchGlobalAndPerStrategy() {
    KillSwitchGate gate = new KillSwitchGate();
    OrderRequest o = buy(ORCL, 10).withStrategyId("momentum");
    MarketContext m = MarketContext.of(T, 100);
    GateState global = GateState.initial().withGlobalKill(true);
    GateCheck c = gate.check(GateInput.of(o, longOrcl(), m, global));
    assertEquals(ReasonCode.KILL_SWITCH, c.reason());
    assertEquals("the global kill switch is on", c.detail());
    GateState strategy = GateState.initial().killStrategy("momentum");
    assertEquals(ReasonCode.KILL_SWITCH, gate.check(GateInput.of(o, longOrcl(), m, strategy)).reason());
    // Exits are blocked too.
    assertEquals(Verdict.REJECT, gate.check(GateInput.of(sell(ORCL, 10).withStrategyId("momentum"),
        longOrcl(), m, strategy)).verdict());
    assertEquals(Verdict.APPROVE, gate.check(GateInput.of(o.withStrategyId("carry"), longOrcl(), m,
        strategy)).verdict());
    assertEquals(Verdict.APPROVE, gate.check(GateInput.of(o, longOrcl(), m,
        strategy.reviveStrategy("momentum"))).verdict());
  }

  @Test
  void circuitBreakerTripsAfterConsecutiveLossesAndCoolsDown() {
    CircuitBreakerGate breaker = new CircuitBreakerGate(3, Duration.ofHours(1));
    GatePipeline pipeline = GatePipeline.of(breaker);
    GateState s = GateState.initial();
    s = pipeline.recordTrade(s, -10, T);
    s = pipeline.recordTrade(s, -10, T);
    assertEquals(2, s.consecutiveLosses());
    assertEquals(Optional.empty(), s.haltedUntil());
    s = pipeline.recordTrade(s, -10, T);
    assertEquals(0, s.consecutiveLosses());
    assertEquals(Optional.of(T.plus(Duration.ofHours(1))), s.haltedUntil());

    Instant halfway = T.plus(Duration.ofMinutes(30));
    GateOutcome during = pipeline.evaluate(buy(ORCL, 10), longOrcl(), MarketContext.of(halfway, 100), s);
    assertEquals(List.of(ReasonCode.CIRCUIT_BREAKER), during.decision().reasons());
    assertEquals(s, during.state());
    // An order that only reduces the position may exit during the halt.
    assertEquals(Verdict.APPROVE, pipeline.evaluate(sell(ORCL, 150), longOrcl(),
        MarketContext.of(halfway, 100), s).decision().verdict());
    // Reversing through zero is new risk.
    assertEquals(Verdict.REJECT, pipeline.evaluate(sell(ORCL, 250), longOrcl(),
        MarketContext.of(halfway, 100), s).decision().verdict());

    Instant after = T.plus(Duration.ofHours(1));
    GateOutcome later = pipeline.evaluate(buy(ORCL, 10), longOrcl(), MarketContext.of(after, 100), s);
    assertEquals(Verdict.APPROVE, later.decision().verdict());
    assertEquals(Optional.empty(), later.state().haltedUntil());

    GateState reset = GateState.initial();
    for (double pnl : new double[] {-1, -1, 5, -1}) {
      reset = breaker.recordTrade(reset, pnl, T);
    }
    assertEquals(1, reset.consecutiveLosses());
    assertEquals(GateState.initial(), GatePipeline.of().recordTrade(GateState.initial(), -1, T));
  }

  @Test
  void maxPositionDefaultRejectsMoreThanFivePercentOfEquityAtRisk() {
    PortfolioSnapshot cash = PortfolioSnapshot.of(100_000);
    MaxPositionGate gate = MaxPositionGate.defaults();
    assertEquals(0.05, gate.maxFraction());
    // Without a stop the whole notional is at risk: 50 x 100 = 5,000 = 5 % passes, 60 is 6 %.
    assertEquals(Verdict.APPROVE, verdict(check(gate, buy(ORCL, 50), cash, 100)));
    GateCheck c = check(gate, buy(ORCL, 60), cash, 100);
    assertEquals(ReasonCode.MAX_POSITION, c.reason());
    assertEquals("ORCL at risk after the order 6000.00 (100.0 per unit), limit 5000.00 = 0.05 of equity "
        + "100000.00; allows 50.0 of 60.0", c.detail());
    // With a 2.50 stop only the distance is at risk: 2,000 units fit.
    MarketContext stop = MarketContext.builder(T, 100).stopDistance(2.5).build();
    assertEquals(Verdict.APPROVE, verdict(check(gate, buy(ORCL, 1_800), longOrcl(), stop)));
    assertEquals(ReasonCode.MAX_POSITION, check(gate, buy(ORCL, 1_801), longOrcl(), stop).reason());
    GateCheck scaled = check(new MaxPositionGate(0.05, BreachPolicy.SCALE), buy(ORCL, 1_801), longOrcl(),
        stop);
    assertEquals(Verdict.SCALE, scaled.verdict());
    assertEquals(1_800, scaled.allowedQuantity());
  }

  @Test
  void maxPositionLetsABreachShrinkButNotGrow() {
    // 200 at 100 = 20,000 at risk, four times the 5,000 limit.
    MaxPositionGate gate = MaxPositionGate.defaults();
    assertEquals(ReasonCode.MAX_POSITION, check(gate, buy(ORCL, 1), longOrcl(), 100).reason());
    assertEquals(Verdict.APPROVE, verdict(check(gate, sell(ORCL, 100), longOrcl(), 100)));
    assertEquals(Verdict.APPROVE, verdict(check(gate, sell(ORCL, 400), longOrcl(), 100)));   // to -200
    assertEquals(ReasonCode.MAX_POSITION, check(gate, sell(ORCL, 500), longOrcl(), 100).reason());
    GateCheck c = check(new MaxPositionGate(0.05, BreachPolicy.SCALE), sell(ORCL, 500), longOrcl(), 100);
    assertEquals(400, c.allowedQuantity());
  }

  @Test
  void grossExposure() {
    ExposureGate gate = ExposureGate.gross(0.5, BreachPolicy.REJECT);
    // 20,000 + 300 x 100 = 50,000 = 0.5 x equity: at the cap.
    assertEquals(Verdict.APPROVE, verdict(check(gate, buy(ORCL, 300), longOrcl(), 100)));
    GateCheck c = check(gate, buy(ORCL, 301), longOrcl(), 100);
    assertEquals(ReasonCode.MAX_GROSS_EXPOSURE, c.reason());
    MarketContext lots = MarketContext.builder(T, 100).lotSize(40).build();
    GateCheck s = check(ExposureGate.gross(0.5, BreachPolicy.SCALE), buy(YHOO, 400), longOrcl(), lots);
    assertEquals(280, s.allowedQuantity());   // 300 fit, 7 lots of 40
    // Selling down and through zero changes gross by |200 - q| x 100.
    assertEquals(Verdict.APPROVE, verdict(check(gate, sell(ORCL, 500), longOrcl(), 100)));   // 30,000
    assertEquals(Verdict.APPROVE, verdict(check(gate, sell(ORCL, 700), longOrcl(), 100)));   // 50,000
    assertEquals(ReasonCode.MAX_GROSS_EXPOSURE, check(gate, sell(ORCL, 701), longOrcl(), 100).reason());
  }

  @Test
  void netExposure() {
    ExposureGate gate = ExposureGate.net(0.1, BreachPolicy.REJECT);
    // Net 20,000 is above the 10,000 cap: buying makes it worse, selling 300 takes it to -10,000.
    assertEquals(ReasonCode.MAX_NET_EXPOSURE, check(gate, buy(ORCL, 1), longOrcl(), 100).reason());
    assertEquals(Verdict.APPROVE, verdict(check(gate, sell(ORCL, 300), longOrcl(), 100)));
    assertEquals(Verdict.APPROVE, verdict(check(gate, sell(ORCL, 400), longOrcl(), 100)));   // -20,000
    assertEquals(ReasonCode.MAX_NET_EXPOSURE, check(gate, sell(ORCL, 500), longOrcl(), 100).reason());
    GateCheck c = check(ExposureGate.net(0.1, BreachPolicy.SCALE), sell(ORCL, 500), longOrcl(), 100);
    assertEquals(400, c.allowedQuantity());
  }

  @Test
  void maxOrderNotional() {
    MaxOrderNotionalGate gate = new MaxOrderNotionalGate(25_000, BreachPolicy.REJECT);
    assertEquals(Verdict.APPROVE, verdict(check(gate, buy(ORCL, 250), longOrcl(), 100)));
    GateCheck c = check(gate, sell(ORCL, 251), longOrcl(), 100);
    assertEquals(ReasonCode.MAX_ORDER_NOTIONAL, c.reason());
    assertEquals("order notional 25100.00, maximum 25000.00; allows 250.0 of 251.0", c.detail());
    MarketContext lots = MarketContext.builder(T, 100).lotSize(100).build();
    assertEquals(200, check(new MaxOrderNotionalGate(25_000, BreachPolicy.SCALE), buy(ORCL, 251),
        longOrcl(), lots).allowedQuantity());
    // Options count their multiplier: 60 contracts at 5.00 are 30,000.
    assertEquals(ReasonCode.MAX_ORDER_NOTIONAL, check(gate, buy(CALL, 60), longOrcl(), 5.0).reason());
    assertEquals(Verdict.APPROVE, verdict(check(gate, buy(CALL, 50), longOrcl(), 5.0)));
  }

  @Test
  void drawdownHaltLetsOnlyReducingOrdersThrough() {
    // Marked at 75 the book is worth 95,000: 5 % below its 100,000 high-water mark.
    PortfolioSnapshot book = longOrcl().withMark("ORCL", 75);
    assertEquals(0.05, book.drawdown(), 1e-15);
    DrawdownHaltGate gate = new DrawdownHaltGate(0.04, BreachPolicy.REJECT);
    GateCheck c = check(gate, buy(ORCL, 1), book, 75);
    assertEquals(ReasonCode.DRAWDOWN_HALT, c.reason());
    assertEquals(ReasonCode.DRAWDOWN_HALT, check(gate, buy(YHOO, 1), book, 40).reason());
    assertEquals(Verdict.APPROVE, verdict(check(gate, sell(ORCL, 200), book, 75)));
    assertEquals(ReasonCode.DRAWDOWN_HALT, check(gate, sell(ORCL, 300), book, 75).reason());
    assertEquals(200, check(new DrawdownHaltGate(0.04, BreachPolicy.SCALE), sell(ORCL, 300), book, 75)
        .allowedQuantity());
    // At exactly the threshold the gate does not halt.
    assertEquals(Verdict.APPROVE, verdict(check(new DrawdownHaltGate(0.05, BreachPolicy.REJECT), buy(ORCL, 1),
        book, 75)));
  }

  @Test
  void dataQuality() {
    DataQualityGate gate = DataQualityGate.defaults();
    assertEquals(0.6, gate.minQuality());
    GateCheck low = check(gate, buy(ORCL, 1), longOrcl(), MarketContext.builder(T, 100).dataQuality(0.59)
        .build());
    assertEquals(ReasonCode.DATA_QUALITY, low.reason());
    assertEquals("data quality 0.59, minimum 0.6", low.detail());
    assertEquals(Verdict.APPROVE, verdict(check(gate, buy(ORCL, 1), longOrcl(),
        MarketContext.builder(T, 100).dataQuality(0.6).build())));
    assertEquals(ReasonCode.MISSING_INPUT, check(gate, buy(ORCL, 1), longOrcl(), 100).reason());
  }

  /**
   * 20 equally likely scenarios of ORCL's return; at 90 % the ES is the mean loss of the worst 2 (-10 %
   * and -6 %): 8 % of the value held. Holding 200 at 100 the ES is 1,600; the budget is 2 % of 100,000 =
   * 2,000, so at most 250 shares may be held and an order may add 50.
   */
  static final double[] ORCL_SCENARIOS = {0.012, -0.10, 0.004, 0.021, -0.06, 0.0, 0.015, -0.02, 0.008,
      0.03, -0.01, 0.005, 0.017, -0.03, 0.002, 0.011, -0.005, 0.025, 0.009, -0.015};

  static MarketContext cvarMarket(PortfolioSnapshot book, double lot) {
    return MarketContext.builder(T, 100).lotSize(lot)
        .scenarios(ScenarioPnl.fromReturns(book, Map.of("ORCL", ORCL_SCENARIOS), ORCL, 100)).build();
  }

  @Test
  void cvarRejectsOrScalesAnOrderThatBreaksTheBudget() {
    PortfolioSnapshot book = longOrcl();
    MarketContext market = cvarMarket(book, 10);
    GateCheck rejected = check(new CvarGate(0.90, 0.02, BreachPolicy.REJECT), buy(ORCL, 120), book, market);
    assertEquals(ReasonCode.CVAR_BREACH, rejected.reason());
    // ES after: 320 x 100 x 8 % = 2,560; marginal 960.
    assertEquals("ES(0.9) 1600.00 now, 2560.00 after the order (marginal 960.00), budget 2000.00 = 0.02 of "
        + "equity 100000.00; allows 50.0 of 120.0", rejected.detail());
    GateCheck scaled = check(new CvarGate(0.90, 0.02, BreachPolicy.SCALE), buy(ORCL, 120), book, market);
    assertEquals(Verdict.SCALE, scaled.verdict());
    assertEquals(ReasonCode.POSITION_SCALED, scaled.reason());
    assertEquals(50, scaled.allowedQuantity());
    // A lot of 40 leaves one lot; a lot of 60 none, so even the scaling gate rejects.
    assertEquals(40, check(new CvarGate(0.90, 0.02, BreachPolicy.SCALE), buy(ORCL, 120), book,
        cvarMarket(book, 40)).allowedQuantity());
    assertEquals(ReasonCode.CVAR_BREACH, check(new CvarGate(0.90, 0.02, BreachPolicy.SCALE), buy(ORCL, 120),
        book, cvarMarket(book, 60)).reason());
    // Selling lowers the ES.
    assertEquals(Verdict.APPROVE, verdict(check(new CvarGate(0.90, 0.02, BreachPolicy.REJECT),
        sell(ORCL, 120), book, market)));
    assertEquals(ReasonCode.MISSING_INPUT, check(new CvarGate(0.90, 0.02, BreachPolicy.REJECT),
        buy(ORCL, 1), book, 100).reason());
  }

  @Test
  void cvarCountsDiversification() {
    // YHOO gains in the two scenarios where ORCL loses most: buying it lowers the portfolio's ES.
    double[] yhoo = new double[20];
    for (int j = 0; j < 20; j++) {
      yhoo[j] = -0.5 * ORCL_SCENARIOS[j];
    }
    PortfolioSnapshot book = longOrcl();
    MarketContext market = MarketContext.builder(T, 50)
        .scenarios(ScenarioPnl.fromReturns(book, Map.of("ORCL", ORCL_SCENARIOS, "YHOO", yhoo), YHOO, 50))
        .build();
    GateCheck c = check(new CvarGate(0.90, 0.01, BreachPolicy.REJECT), buy(YHOO, 200), book, market);
    // ES now 1,600 exceeds the 1,000 budget, but the hedge lowers it (to 1,600 - 200 x 50 x 4 % = 1,200).
    assertEquals(Verdict.APPROVE, c.verdict(), c.detail());
    assertTrue(c.detail().contains("1200.00 after the order (marginal -400.00)"), c.detail());
  }

  @Test
  void cvarEstimatorMatchesTheTailMean() {
    // 90 %: the worst two of 20 scenarios, -10 % and -6 %.
    assertEquals(0.08, CvarEstimator.historical().expectedShortfall(ORCL_SCENARIOS, 0.90), 1e-15);
    CvarGate riskless = new CvarGate(0.90, 0.02, BreachPolicy.REJECT, (pnl, level) -> 0.0);
    assertEquals(Verdict.APPROVE, verdict(check(riskless, buy(ORCL, 1_000), longOrcl(),
        cvarMarket(longOrcl(), 1))));
  }

  @Test
  void greeksCaps() {
    GreeksGate gate = new GreeksGate(new GreekExposure(1_000, Double.POSITIVE_INFINITY, 5_000,
        Double.POSITIVE_INFINITY), BreachPolicy.REJECT);
    // Portfolio delta 800; one call contract adds 50 (0.5 x 100) delta and 20 vega.
    MarketContext m = MarketContext.builder(T, 5.0).greeks(new GreekExposure(800, 30, 1_000, -400),
        new GreekExposure(50, 2, 20, -3)).build();
    assertEquals(Verdict.APPROVE, verdict(check(gate, buy(CALL, 4), longOrcl(), m)));
    GateCheck c = check(gate, buy(CALL, 5), longOrcl(), m);
    assertEquals(ReasonCode.GREEKS_LIMIT, c.reason());
    assertTrue(c.detail().endsWith("delta binds first; allows 4.0 of 5.0"), c.detail());
    // Selling: delta 800 - 50 q stays within 1,000 in absolute value up to q = 36.
    GreeksGate scaling = new GreeksGate(gate.caps(), BreachPolicy.SCALE);
    assertEquals(36, check(scaling, sell(CALL, 40), longOrcl(), m).allowedQuantity());
    assertEquals(Verdict.APPROVE, verdict(check(scaling, sell(CALL, 36), longOrcl(), m)));
    assertEquals(ReasonCode.MISSING_INPUT, check(gate, buy(CALL, 1), longOrcl(), 5.0).reason());
    assertThrows(IllegalArgumentException.class, () -> new GreeksGate(new GreekExposure(-1, 0, 0, 0),
        BreachPolicy.REJECT));
  }

  @Test
  void opportunityCost() {
    OpportunityCostGate gate = new OpportunityCostGate(0.001);
    MarketContext good = MarketContext.builder(T, 100).expectedEdge(0.005).expectedCost(0.003).build();
    MarketContext thin = MarketContext.builder(T, 100).expectedEdge(0.0035).expectedCost(0.003).build();
    assertEquals(Verdict.APPROVE, verdict(check(gate, buy(ORCL, 10), longOrcl(), good)));
    GateCheck c = check(gate, buy(ORCL, 10), longOrcl(), thin);
    assertEquals(ReasonCode.OPPORTUNITY_COST_FAIL, c.reason());
    assertEquals(ReasonCode.MISSING_INPUT, check(gate, buy(ORCL, 10), longOrcl(), 100).reason());
    // Exits are not held to the hurdle.
    assertEquals(Verdict.APPROVE, verdict(check(gate, sell(ORCL, 200), longOrcl(), 100)));
  }

  static final ExchangeCalendar NYSE = ExchangeCalendar.nyse(List.of());
  static final double[] VOLUMES = {1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6};

  static TradeContext goodContext(Instant time) {
    return TradeContext.of("ORCL", time).withQuote(99.99, 100.01).withDailyVolumes(VOLUMES)
        .withEarningsDates(List.of(LocalDate.of(2024, 6, 20)));
  }

  static ReasonCode filterReason(TradeContext context) {
    GatePipeline pipeline = GatePipeline.of(TradeFilterGate.all(CompositeFilter.defaults(NYSE)));
    Decision d = pipeline.evaluate(buy(ORCL, 10), longOrcl(), MarketContext.builder(T, 100)
        .tradeContext(context).build(), GateState.initial()).decision();
    return d.reasons().get(0);
  }

  @Test
  void coreTradeFilters() {
    assertEquals(ReasonCode.APPROVED, filterReason(goodContext(T)));
    assertEquals(ReasonCode.MARKET_CLOSED, filterReason(goodContext(Instant.parse("2024-06-01T14:00:00Z"))));
    assertEquals(ReasonCode.MARKET_CLOSED, filterReason(goodContext(Instant.parse("2024-06-03T20:00:00Z"))));
    assertEquals(ReasonCode.LOW_LIQUIDITY, filterReason(goodContext(T).withDailyVolumes(1e3, 1e3)));
    assertEquals(ReasonCode.INVALID_QUOTE, filterReason(goodContext(T).withQuote(Double.NaN, 100)));
    assertEquals(ReasonCode.WIDE_SPREAD, filterReason(goodContext(T).withQuote(99, 101)));
    assertEquals(ReasonCode.EARNINGS_BLACKOUT, filterReason(goodContext(T)
        .withEarningsDates(List.of(LocalDate.of(2024, 6, 4)))));
    TradeFilterGate gate = (TradeFilterGate) TradeFilterGate.all(CompositeFilter.defaults(NYSE)).get(0);
    assertEquals("filter:market-hours", gate.name());
    assertEquals(ReasonCode.MISSING_INPUT, check(gate, buy(ORCL, 1), longOrcl(), 100).reason());
    assertThrows(IllegalArgumentException.class, () -> check(gate, buy(ORCL, 1), longOrcl(),
        MarketContext.builder(T, 100).tradeContext(TradeContext.of("YHOO", T)).build()));
  }

  @Test
  void reasonCodesOfTheFilterReasons() {
    assertEquals(ReasonCode.MARKET_CLOSED, ReasonCode.of(FilterReason.WEEKEND));
    assertEquals(ReasonCode.MARKET_CLOSED, ReasonCode.of(FilterReason.HOLIDAY));
    assertEquals(ReasonCode.MARKET_CLOSED, ReasonCode.of(FilterReason.BEFORE_OPEN));
    assertEquals(ReasonCode.MARKET_CLOSED, ReasonCode.of(FilterReason.AFTER_CLOSE));
    assertEquals(ReasonCode.LOW_LIQUIDITY, ReasonCode.of(FilterReason.INSUFFICIENT_VOLUME_HISTORY));
    assertEquals(ReasonCode.LOW_LIQUIDITY, ReasonCode.of(FilterReason.LOW_VOLUME));
    assertEquals(ReasonCode.INVALID_QUOTE, ReasonCode.of(FilterReason.INVALID_QUOTE));
    assertEquals(ReasonCode.WIDE_SPREAD, ReasonCode.of(FilterReason.WIDE_SPREAD));
    assertEquals(ReasonCode.EARNINGS_BLACKOUT, ReasonCode.of(FilterReason.EARNINGS_BLACKOUT));
    assertThrows(IllegalArgumentException.class, () -> ReasonCode.of(FilterReason.NONE));
  }

  @Test
  void pipelineCombinesChecks() {
    GatePipeline pipeline = GatePipeline.of(new KillSwitchGate(),
        new MaxOrderNotionalGate(40_000, BreachPolicy.SCALE), ExposureGate.gross(0.5, BreachPolicy.SCALE),
        DataQualityGate.defaults());
    MarketContext m = MarketContext.builder(T, 100).lotSize(10).dataQuality(0.9).build();
    // Notional allows 400, gross allows 300: the smaller wins.
    Decision d = pipeline.evaluate(buy(ORCL, 500), longOrcl(), m, GateState.initial()).decision();
    assertEquals(Verdict.SCALE, d.verdict());
    assertEquals(300, d.quantity());
    assertEquals(List.of(ReasonCode.POSITION_SCALED), d.reasons());
    assertEquals(300, d.approvedOrder().orElseThrow().quantity());
    assertEquals(2, d.findings().size());
    assertEquals(4, d.checks().size());
    assertTrue(d.explain().startsWith("o-500.0 BUY 500.0 ORCL: SCALE [POSITION_SCALED] to 300.0"),
        d.explain());
    // Two rejections: both codes, in the pipeline's order; the scaling checks are still listed.
    Decision r = pipeline.evaluate(buy(ORCL, 500), longOrcl(), MarketContext.builder(T, 100).dataQuality(0.1)
        .build(), GateState.initial().withGlobalKill(true)).decision();
    assertEquals(Verdict.REJECT, r.verdict());
    assertEquals(List.of(ReasonCode.KILL_SWITCH, ReasonCode.DATA_QUALITY), r.reasons());
    assertEquals(Optional.empty(), r.approvedOrder());
    assertEquals(0, r.quantity());
    assertFalse(r.allows());
    Decision a = pipeline.evaluate(buy(ORCL, 100), longOrcl(), m, GateState.initial()).decision();
    assertEquals(Verdict.APPROVE, a.verdict());
    assertEquals(List.of(ReasonCode.APPROVED), a.reasons());
    assertEquals(buy(ORCL, 100), a.approvedOrder().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> GatePipeline.of(
        new CircuitBreakerGate(1, Duration.ofMinutes(1)), new CircuitBreakerGate(2, Duration.ofMinutes(1))));
  }

  @Test
  void decisionsReplayFromTheirInputs() {
    GatePipeline pipeline = GatePipeline.of(new KillSwitchGate(), new CircuitBreakerGate(2,
        Duration.ofHours(1)), MaxPositionGate.defaults(), new CvarGate(0.9, 0.02, BreachPolicy.SCALE));
    PortfolioSnapshot book = longOrcl();
    MarketContext m = cvarMarket(book, 1);
    GateState s = pipeline.recordTrade(GateState.initial(), -5, T.minusSeconds(60));
    GateOutcome first = pipeline.evaluate(sell(ORCL, 300), book, m, s);
    GateOutcome again = pipeline.evaluate(sell(ORCL, 300), book, m, s);
    assertEquals(first, again);
    assertEquals(1, first.state().consecutiveLosses());
  }

  @Test
  void theOrderIsValuedAtTheContextPrice() {
    // The book marks ORCL at 100; valued at 120 the position is 24,000 and equity 104,000.
    GateInput in = GateInput.of(buy(ORCL, 10), longOrcl(), MarketContext.of(T, 120), GateState.initial());
    assertEquals(104_000, in.equity(), 1e-9);
    assertEquals(24_000, in.portfolio().grossExposure(), 1e-9);
    assertEquals(104_000, in.postTrade(10).equity(), 1e-9);
    assertEquals(210, in.postTrade(10).quantity("ORCL"));
    assertThrows(IllegalArgumentException.class, () -> new GateInput(buy(ORCL, 10), longOrcl(),
        MarketContext.of(T, 120), GateState.initial()));
    PortfolioSnapshot empty = Portfolio.create(1_000).snapshot();
    assertEquals(0, GateInput.of(buy(ORCL, 1), empty, MarketContext.of(T, 10), GateState.initial())
        .currentQuantity());
  }

  /** One compact scenario per reason code: every code the gates can give is produced. */
  @Test
  void everyReasonCodeHasAScenario() {
    PortfolioSnapshot book = longOrcl();
    GateState none = GateState.initial();
    MarketContext plain = MarketContext.of(T, 100);
    GateState halted = none.haltUntil(T.plusSeconds(60));
    Map<ReasonCode, GateCheck> produced = new java.util.EnumMap<>(ReasonCode.class);
    List<GateCheck> checks = List.of(
        check(MaxPositionGate.defaults(), sell(ORCL, 100), book, plain),
        check(new MaxPositionGate(0.05, BreachPolicy.SCALE), sell(ORCL, 500), book, plain),
        new KillSwitchGate().check(GateInput.of(buy(ORCL, 1), book, plain, none.withGlobalKill(true))),
        new CircuitBreakerGate(1, Duration.ofMinutes(1)).check(GateInput.of(buy(ORCL, 1), book, plain,
            halted)),
        check(MaxPositionGate.defaults(), buy(ORCL, 1), book, plain),
        check(ExposureGate.gross(0.1, BreachPolicy.REJECT), buy(ORCL, 1), book, plain),
        check(ExposureGate.net(0.1, BreachPolicy.REJECT), buy(ORCL, 1), book, plain),
        check(new MaxOrderNotionalGate(50, BreachPolicy.REJECT), buy(ORCL, 1), book, plain),
        check(new DrawdownHaltGate(0.01, BreachPolicy.REJECT), buy(ORCL, 1), book.withMark("ORCL", 90), 90),
        check(DataQualityGate.defaults(), buy(ORCL, 1), book, MarketContext.builder(T, 100).dataQuality(0.5)
            .build()),
        check(new CvarGate(0.9, 0.001, BreachPolicy.REJECT), buy(ORCL, 1), book, cvarMarket(book, 1)),
        check(new GreeksGate(new GreekExposure(1, 1, 1, 1), BreachPolicy.REJECT), buy(CALL, 1), book,
            MarketContext.builder(T, 5).greeks(GreekExposure.ZERO, new GreekExposure(50, 0, 0, 0)).build()),
        check(new OpportunityCostGate(0.01), buy(ORCL, 1), book, MarketContext.builder(T, 100)
            .expectedEdge(0).expectedCost(0).build()),
        check(new TradeFilterGate(CompositeFilter.defaults(NYSE).filters().get(0)), buy(ORCL, 1), book,
            MarketContext.builder(T, 100).tradeContext(goodContext(Instant.parse("2024-06-01T14:00:00Z")))
                .build()),
        check(new TradeFilterGate(CompositeFilter.defaults(NYSE).filters().get(1)), buy(ORCL, 1), book,
            MarketContext.builder(T, 100).tradeContext(goodContext(T).withDailyVolumes(1)).build()),
        check(new TradeFilterGate(CompositeFilter.defaults(NYSE).filters().get(2)), buy(ORCL, 1), book,
            MarketContext.builder(T, 100).tradeContext(goodContext(T).withQuote(101, 99)).build()),
        check(new TradeFilterGate(CompositeFilter.defaults(NYSE).filters().get(2)), buy(ORCL, 1), book,
            MarketContext.builder(T, 100).tradeContext(goodContext(T).withQuote(90, 110)).build()),
        check(new TradeFilterGate(CompositeFilter.defaults(NYSE).filters().get(3)), buy(ORCL, 1), book,
            MarketContext.builder(T, 100).tradeContext(goodContext(T)
                .withEarningsDates(List.of(LocalDate.of(2024, 6, 5)))).build()),
        check(DataQualityGate.defaults(), buy(ORCL, 1), book, plain));
    for (GateCheck c : checks) {
      produced.put(c.reason(), c);
    }
    assertEquals(List.of(ReasonCode.values()), List.copyOf(produced.keySet()));
  }
}
