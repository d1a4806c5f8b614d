package io.quantor.broker.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.Side;
import io.quantor.core.trade.TimeInForce;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the simulator over random orders (every type, side and time in force, whole and
 * fractional quantities, prices within 8 % of the start) worked against random bar paths (gaps up to 4 %,
 * zero-volume bars) and quote paths, under random limit rules, participation caps and fixed slippage:
 * quantities and prices, determinism, replacements (identical terms change nothing; a per-order minimum
 * is charged once) and the aggregate participation cap.
 * Exact comparisons where the simulator's arithmetic is exact (sums in the same order, clamps); 1e-12
 * relative where it multiplies (the average price, slippage bounds, fractional remainders).
 */
class ExecutionSimulatorProperties {

  private static final Instant START = Instant.parse("2024-06-03T20:00:00Z");
  private static final double REL = 1e-12;

  /** One bar relative to the previous close. */
  record Move(double gap, double ret, double up, double down, double volume) {
  }

  /** The order's terms; prices are offsets from 100. */
  record Spec(OrderType type, Side side, TimeInForce tif, double quantity, double limitOffset,
      double stopOffset) {

    OrderRequest request() {
      double limit = type.hasLimitPrice() ? 100 * (1 + limitOffset) : Double.NaN;
      double stop = type.hasStopPrice() ? 100 * (1 + stopOffset) : Double.NaN;
      return new OrderRequest("p-1", Fixtures.ORCL, side, quantity, type, limit, stop, tif,
          OrderRequest.DEFAULT_STRATEGY, START);
    }
  }

  /** The simulator's settings; {@code bps} of fixed slippage. */
  record Config(LimitFillRule rule, double cap, double bps) {

    ExecutionSimulator simulator() {
      return simulator(CommissionModel.perShare(0.005, 1, 0.01), ParticipationCapScope.PER_ORDER);
    }

    ExecutionSimulator simulator(CommissionModel commission, ParticipationCapScope scope) {
      return ExecutionSimulator.builder().limitFillRule(rule).participationCap(cap)
          .participationCapScope(scope).slippage(SlippageModel.fixedBps(bps)).commission(commission)
          .build();
    }
  }

  /** The fills of one run, each with the index of the bar or quote that made it, and the final order. */
  record Run(List<Fill> fills, List<Integer> at, SimulatedOrder order) {
  }

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<Double> quantities = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 5000).map(i -> (double) i),
        Arbitraries.doubles().between(0.001, 500).ofScale(3));
    return Combinators.combine(Arbitraries.of(OrderType.class), Arbitraries.of(Side.class),
        Arbitraries.of(TimeInForce.class), quantities, Arbitraries.doubles().between(-0.08, 0.08),
        Arbitraries.doubles().between(-0.08, 0.08)).as(Spec::new);
  }

  @Provide
  Arbitrary<Config> configs() {
    Arbitrary<Double> caps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(1.0)),
        Tuple.of(2, Arbitraries.doubles().between(0.01, 1)));
    Arbitrary<Double> bps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(2, Arbitraries.doubles().between(0, 50)));
    return Combinators.combine(Arbitraries.of(LimitFillRule.class), caps, bps).as(Config::new);
  }

  @Provide
  Arbitrary<List<Move>> paths() {
    return moves().list().ofMinSize(1).ofMaxSize(30);
  }

  /** Paths of at least 5 bars, for replacements in the middle of them. */
  @Provide
  Arbitrary<List<Move>> longPaths() {
    return moves().list().ofMinSize(5).ofMaxSize(30);
  }

  private static Arbitrary<Move> moves() {
    Arbitrary<Double> volumes = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(6, Arbitraries.integers().between(1, 20_000).map(i -> (double) i)));
    return Combinators.combine(Arbitraries.doubles().between(-0.04, 0.04),
        Arbitraries.doubles().between(-0.04, 0.04), Arbitraries.doubles().between(0, 0.02),
        Arbitraries.doubles().between(0, 0.02), volumes).as(Move::new);
  }

  private static List<Bar> bars(List<Move> path) {
    List<Bar> bars = new ArrayList<>();
    double close = 100;
    Instant t = START;
    for (Move m : path) {
      t = t.plus(Duration.ofDays(1));
      double open = close * (1 + m.gap());
      close = open * (1 + m.ret());
      double high = Math.max(open, close) * (1 + m.up());
      double low = Math.min(open, close) * (1 - m.down());
      bars.add(Bar.of(t, open, high, low, close, m.volume()));
    }
    return bars;
  }

  /** Quotes along the same path: the close as the mid, a spread of {@code up} and sizes from volume. */
  private static List<Quote> quotes(List<Move> path) {
    List<Quote> quotes = new ArrayList<>();
    for (Bar b : bars(path)) {
      double half = 0.5 * b.close() * (b.high() / Math.max(b.open(), b.close()) - 1);
      quotes.add(Quote.of(b.timestamp(), b.close() - half, b.close() + half, b.volume() / 10,
          b.volume() / 7));
    }
    return quotes;
  }

  private static Run runBars(ExecutionSimulator sim, OrderRequest request, List<Bar> bars) {
    SimulatedOrder order = SimulatedOrder.of(request);
    List<Fill> fills = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Fill fill = sim.match(order, bars.get(i));
      if (fill != null) {
        fills.add(fill);
        at.add(i);
      }
    }
    return new Run(fills, at, order);
  }

  private static Run runQuotes(ExecutionSimulator sim, OrderRequest request, List<Quote> quotes) {
    SimulatedOrder order = SimulatedOrder.of(request);
    List<Fill> fills = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Fill fill = sim.match(order, quotes.get(i));
      if (fill != null) {
        fills.add(fill);
        at.add(i);
      }
    }
    return new Run(fills, at, order);
  }

  private static void checkQuantities(Run run, Spec spec) {
    SimulatedOrder order = run.order();
    double sum = 0;
    double value = 0;
    for (Fill f : run.fills()) {
      sum += f.quantity();
      value += f.quantity() * f.price();
    }
    assertEquals(sum, order.filledQuantity(), "sum of fills = filledQuantity");
    double quantity = spec.quantity();
    boolean whole = quantity == Math.rint(quantity);
    assertTrue(order.filledQuantity() <= (whole ? quantity : quantity * (1 + REL)),
        "filled " + order.filledQuantity() + " of " + quantity);
    if (whole) {
      for (Fill f : run.fills()) {
        assertEquals(Math.rint(f.quantity()), f.quantity(), "whole-unit fills");
      }
    }
    assertEquals(quantity, order.filledQuantity() + order.remainingQuantity(), quantity * REL);
    if (run.fills().isEmpty()) {
      assertTrue(Double.isNaN(order.averageFillPrice()));
    } else {
      assertEquals(value / sum, order.averageFillPrice(), order.averageFillPrice() * REL);
    }
    if (order.isFilled()) {
      assertTrue(order.isDone());
      assertEquals(0, order.remainingQuantity());
    }
    if (spec.tif().isImmediate()) {
      assertTrue(order.isDone(), "IOC and FOK are done after the first bar");
      assertTrue(run.fills().size() <= 1);
      assertTrue(run.at().isEmpty() || run.at().get(0) == 0, "only the first bar may fill them");
    }
    if (spec.tif() == TimeInForce.FOK && !run.fills().isEmpty()) {
      assertEquals(quantity, run.fills().get(0).quantity(), "FOK fills all or nothing");
    }
  }

  private static void checkLimit(Run run, OrderRequest request) {
    if (!request.type().hasLimitPrice()) {
      return;
    }
    for (Fill f : run.fills()) {
      if (request.side() == Side.BUY) {
        assertTrue(f.price() <= request.limitPrice(), f.price() + " above buy limit " + request.limitPrice());
      } else {
        assertTrue(f.price() >= request.limitPrice(),
            f.price() + " below sell limit " + request.limitPrice());
      }
    }
  }

  @Property(tries = 200)
  void fillQuantitiesAndAveragePriceAddUp(@ForAll("specs") Spec spec, @ForAll("configs") Config config,
      @ForAll("paths") List<Move> path) {
    Run run = runBars(config.simulator(), spec.request(), bars(path));
    checkQuantities(run, spec);
    Statistics.label("filled").collect(!run.fills().isEmpty());
    Statistics.label("filled").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("partial").collect(run.fills().size() > 1);
    Statistics.label("partial").coverage(c -> c.check(true).percentage(p -> p > 1));
  }

  @Property(tries = 200)
  void limitsAreNeverBreached(@ForAll("specs") Spec spec, @ForAll("configs") Config config,
      @ForAll("paths") List<Move> path) {
    OrderRequest request = spec.request();
    checkLimit(runBars(config.simulator(), request, bars(path)), request);
    checkLimit(runQuotes(config.simulator(), request, quotes(path)), request);
  }

  @Property(tries = 200)
  void barFillsAreInsideTheBarUpToSlippage(@ForAll("specs") Spec spec, @ForAll("configs") Config config,
      @ForAll("paths") List<Move> path) {
    List<Bar> bars = bars(path);
    Run run = runBars(config.simulator(), spec.request(), bars);
    double f = config.bps() / 10_000;
    for (int k = 0; k < run.fills().size(); k++) {
      Bar bar = bars.get(run.at().get(k));
      double price = run.fills().get(k).price();
      if (f == 0) {
        assertTrue(bar.low() <= price && price <= bar.high(), price + " outside " + bar);
      } else {
        assertTrue(bar.low() * (1 - f) * (1 - REL) <= price && price <= bar.high() * (1 + f) * (1 + REL),
            price + " outside " + bar + " widened by " + config.bps() + " bp");
      }
      assertEquals(bar.timestamp(), run.fills().get(k).time());
    }
    Statistics.label("type").collect(spec.type());
  }

  @Property(tries = 200)
  void quoteFillsAreAtTheTouchUpToSlippage(@ForAll("specs") Spec spec, @ForAll("configs") Config config,
      @ForAll("paths") List<Move> path) {
    List<Quote> quotes = quotes(path);
    OrderRequest request = spec.request();
    Run run = runQuotes(config.simulator(), request, quotes);
    checkQuantities(run, spec);
    double f = config.bps() / 10_000;
    for (int k = 0; k < run.fills().size(); k++) {
      Quote q = quotes.get(run.at().get(k));
      double price = run.fills().get(k).price();
      double expected = spec.side() == Side.BUY
          ? Math.min(q.ask() * (1 + f), request.type().hasLimitPrice() ? request.limitPrice() : 1e300)
          : Math.max(q.bid() * (1 - f), request.type().hasLimitPrice() ? request.limitPrice() : 0);
      assertEquals(expected, price, expected * REL);
    }
  }

  @Property(tries = 100)
  void theSameInputsGiveTheSameFills(@ForAll("specs") Spec spec, @ForAll("configs") Config config,
      @ForAll("paths") List<Move> path) {
    Run first = runBars(config.simulator(), spec.request(), bars(path));
    Run second = runBars(config.simulator(), spec.request(), bars(path));
    assertEquals(first.fills(), second.fills());
    assertEquals(first.at(), second.at());
    assertEquals(first.order().toString(), second.order().toString());
    Run firstQuotes = runQuotes(config.simulator(), spec.request(), quotes(path));
    Run secondQuotes = runQuotes(config.simulator(), spec.request(), quotes(path));
    assertEquals(firstQuotes.fills(), secondQuotes.fills());
  }

  /**
   * Works an order against bars a day apart, expiring DAY orders by the UTC date (so a DAY order lives
   * for its first bar), and before bar {@code replaceAt} (before its expiry check) replaces the order, if
   * it is still working, with the terms {@code replacement} makes for it ({@code null}: no replacement).
   */
  private static Run runDays(ExecutionSimulator sim, OrderRequest request, List<Bar> bars, int replaceAt,
      Function<SimulatedOrder, OrderRequest> replacement) {
    SimulatedOrder order = SimulatedOrder.of(request);
    List<Fill> fills = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      if (i == replaceAt && replacement != null && !order.isDone()) {
        sim.replace(order, replacement.apply(order));
      }
      sim.expireIfDayEnded(order, bar.timestamp(), ZoneOffset.UTC);
      Fill fill = sim.match(order, bar);
      if (fill != null) {
        fills.add(fill);
        at.add(i);
      }
    }
    return new Run(fills, at, order);
  }

  /** The same terms in a new, equal request. */
  private static OrderRequest copy(OrderRequest r) {
    return new OrderRequest(r.clientOrderId(), r.instrument(), r.side(), r.quantity(), r.type(),
        r.limitPrice(), r.stopPrice(), r.timeInForce(), r.strategyId(), r.createdAt());
  }

  private static void assertSameRuns(Run expected, Run actual) {
    assertEquals(expected.fills(), actual.fills());
    assertEquals(expected.at(), actual.at());
    SimulatedOrder e = expected.order();
    SimulatedOrder a = actual.order();
    assertEquals(e.toString(), a.toString());
    assertEquals(e.filledQuantity(), a.filledQuantity());
    assertEquals(e.remainingQuantity(), a.remainingQuantity());
    assertEquals(e.averageFillPrice(), a.averageFillPrice());
    assertEquals(e.isTriggered(), a.isTriggered());
    assertEquals(e.isDone(), a.isDone());
    assertEquals(e.firstMatch(), a.firstMatch());
  }

  /**
   * Mostly large GTC orders, so that many still work, partly filled, when they are replaced: with
   * {@link #cappedConfigs()} they take a few hundred units a bar.
   */
  @Provide
  Arbitrary<Spec> workingSpecs() {
    Arbitrary<TimeInForce> tifs = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(TimeInForce.GTC)),
        Tuple.of(2, Arbitraries.just(TimeInForce.DAY)), Tuple.of(1, Arbitraries.just(TimeInForce.IOC)),
        Tuple.of(1, Arbitraries.just(TimeInForce.FOK)));
    Arbitrary<Double> quantities = Arbitraries.oneOf(
        Arbitraries.integers().between(500, 5000).map(i -> (double) i),
        Arbitraries.doubles().between(100, 1000).ofScale(3));
    return Combinators.combine(Arbitraries.of(OrderType.class), Arbitraries.of(Side.class), tifs,
        quantities, Arbitraries.doubles().between(-0.08, 0.08),
        Arbitraries.doubles().between(-0.08, 0.08)).as(Spec::new);
  }

  /** Mostly capped at a few percent, so that orders fill in pieces across a replacement. */
  @Provide
  Arbitrary<Config> cappedConfigs() {
    Arbitrary<Double> caps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(1.0)),
        Tuple.of(4, Arbitraries.doubles().between(0.005, 0.1).ofScale(4)));
    return Combinators.combine(Arbitraries.of(LimitFillRule.class), caps,
        Arbitraries.doubles().between(0, 50)).as(Config::new);
  }

  @Property(tries = 200)
  void replacingWithIdenticalTermsChangesNothing(@ForAll("workingSpecs") Spec spec,
      @ForAll("cappedConfigs") Config config, @ForAll("longPaths") List<Move> path,
      @ForAll @DoubleRange(min = 0, max = 1) double where) {
    ExecutionSimulator sim = config.simulator();
    List<Bar> bars = bars(path);
    int replaceAt = 1 + (int) (where * (bars.size() - 2));
    Run plain = runDays(sim, spec.request(), bars, replaceAt, null);
    Run replaced = runDays(sim, spec.request(), bars, replaceAt, order -> copy(order.request()));
    assertSameRuns(plain, replaced);

    // Against quotes, replacing before every quote.
    List<Quote> quotes = quotes(path);
    SimulatedOrder order = SimulatedOrder.of(spec.request());
    Run plainQuotes = runQuotes(sim, spec.request(), quotes);
    List<Fill> fills = new ArrayList<>();
    for (Quote q : quotes) {
      if (!order.isDone()) {
        sim.replace(order, copy(order.request()));
      }
      Fill fill = sim.match(order, q);
      if (fill != null) {
        fills.add(fill);
      }
    }
    assertEquals(plainQuotes.fills(), fills);
    assertEquals(plainQuotes.order().toString(), order.toString());

    boolean partlyFilled = plain.at().stream().anyMatch(i -> i < replaceAt)
        && plain.at().stream().anyMatch(i -> i >= replaceAt);
    Statistics.label("filled before and after the replacement").collect(partlyFilled);
    Statistics.label("filled before and after the replacement")
        .coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Property(tries = 200)
  void aReplacedOrderPaysThePerOrderMinimumOnce(@ForAll("workingSpecs") Spec spec,
      @ForAll("cappedConfigs") Config config, @ForAll("longPaths") List<Move> path,
      @ForAll @DoubleRange(min = 0, max = 1) double where, @ForAll @IntRange(min = 1, max = 3000) int more) {
    // Fills do not depend on the commission, so the two runs fill alike and only fees differ.
    ExecutionSimulator withMinimum = config.simulator(CommissionModel.perShare(0.005, 1, 0.01),
        ParticipationCapScope.PER_ORDER);
    ExecutionSimulator withoutMinimum = config.simulator(CommissionModel.perShare(0.005, 0, 0.01),
        ParticipationCapScope.PER_ORDER);
    Function<SimulatedOrder, OrderRequest> larger = order -> order.request()
        .withQuantity(order.filledQuantity() + more);
    List<Bar> bars = bars(path);
    int replaceAt = 1 + (int) (where * (bars.size() - 2));
    Run charged = runDays(withMinimum, spec.request(), bars, replaceAt, larger);
    Run plain = runDays(withoutMinimum, spec.request(), bars, replaceAt, larger);
    assertEquals(plain.at(), charged.at());
    for (int k = 0; k < charged.fills().size(); k++) {
      Fill c = charged.fills().get(k);
      Fill p = plain.fills().get(k);
      assertEquals(p.quantity(), c.quantity());
      assertEquals(p.price(), c.price());
      if (k == 0) {
        assertTrue(c.fees() >= p.fees(), "the first fill pays at least the plain rate");
      } else {
        assertEquals(p.fees(), c.fees(), "fill " + k + " pays no minimum");
      }
    }
    boolean after = charged.at().size() > 1 && charged.at().get(0) < replaceAt
        && charged.at().get(charged.at().size() - 1) >= replaceAt;
    Statistics.label("filled before and after the replacement").collect(after);
    Statistics.label("filled before and after the replacement")
        .coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Provide
  Arbitrary<Double> partialCaps() {
    return Arbitraries.doubles().between(0.01, 0.99);
  }

  @Property(tries = 150)
  void ordersUnderAnAggregateCapTakeAtMostTheCapTogether(@ForAll @Size(min = 2, max = 4) List<
      @From("specs") Spec> specs, @ForAll("partialCaps") double cap, @ForAll("paths") List<Move> path) {
    ExecutionSimulator aggregate = ExecutionSimulator.builder().participationCap(cap)
        .participationCapScope(ParticipationCapScope.AGGREGATE).build();
    ExecutionSimulator perOrder = ExecutionSimulator.builder().participationCap(cap).build();
    List<Bar> bars = bars(path);
    List<SimulatedOrder> orders = new ArrayList<>();
    for (Spec spec : specs) {
      orders.add(SimulatedOrder.of(spec.request()));
    }
    List<Fill> firstOrdersFills = new ArrayList<>();
    boolean shared = false;
    for (Bar bar : bars) {
      double taken = 0;
      int filling = 0;
      for (int k = 0; k < orders.size(); k++) {
        Fill fill = aggregate.match(orders.get(k), bar, taken);
        if (fill != null) {
          taken += fill.quantity();
          filling++;
          if (k == 0) {
            firstOrdersFills.add(fill);
          }
        }
      }
      assertTrue(taken <= cap * bar.volume() * (1 + REL), taken + " taken of " + bar.volume() + " at cap "
          + cap);
      shared |= filling > 1;
    }
    // The first order matched on every bar never meets what others took: it fills as it would alone.
    assertEquals(runBars(perOrder, specs.get(0).request(), bars).fills(), firstOrdersFills);
    Statistics.label("two or more orders filled on one bar").collect(shared);
    Statistics.label("two or more orders filled on one bar")
        .coverage(c -> c.check(true).percentage(p -> p > 5));
  }
}
