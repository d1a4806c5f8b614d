package io.quantor.risk.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the gate pipeline on random books (three instruments, long and short, one an option with
 * multiplier 100), random orders, lot sizes, limits and policies. Every limit is re-measured here on the
 * post-trade {@link PortfolioSnapshot} (core accounting) and with an independent expected shortfall, the
 * Rockafellar-Uryasev minimum {@code min_t t + E[(loss - t)+] / alpha} evaluated at every scenario loss,
 * never with the gates' closed forms. Tolerance: 1e-9 relative to the limit (the gates' slack is 1e-12).
 */
class GateProperties {

  private static final Instant T = Instant.parse("2024-06-03T14:00:00Z");
  private static final List<Instrument> INSTRUMENTS = List.of(Instrument.stock("AAA"),
      Instrument.stock("BBB"), Instrument.option("AAA C", "AAA"));
  private static final int SCENARIOS = 40;

  /** A random setting: the book, the order, its context and every limit. */
  private static final class Setting {
    PortfolioSnapshot book;
    OrderRequest order;
    MarketContext market;
    double positionFraction;
    double stop;
    double grossMultiple;
    double netMultiple;
    double maxNotional;
    GreekExposure caps;
    GreekExposure greeksNow;
    GreekExposure greeksPerUnit;
    double level;
    double budget;
    ScenarioPnl scenarios;
    List<PreTradeGate> gates = new ArrayList<>();
  }

  private static Setting setting(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Setting s = new Setting();
    Portfolio p = Portfolio.create(100_000);
    Map<String, Double> marks = new HashMap<>();
    Map<String, double[]> returns = new HashMap<>();
    for (Instrument i : INSTRUMENTS) {
      boolean option = i.multiplier() > 1;
      double cost = option ? rnd.nextDouble(1, 10) : rnd.nextDouble(20, 200);
      int q = rnd.nextInt(-300, 301) / (option ? 20 : 1);
      if (q != 0) {
        p.apply(new Fill("seed", i, Side.of(q), Math.abs(q), cost, 0, T));
      }
      marks.put(i.symbol(), cost * rnd.nextDouble(0.7, 1.3));
      double[] r = new double[SCENARIOS];
      for (int j = 0; j < SCENARIOS; j++) {
        r[j] = rnd.nextGaussian() * (option ? 0.3 : 0.03);
      }
      returns.put(i.symbol(), r);
    }
    p.mark(marks);
    Instrument instrument = INSTRUMENTS.get(rnd.nextInt(3));
    double price = marks.get(instrument.symbol()) * rnd.nextDouble(0.98, 1.02);
    s.book = p.snapshot().withMark(instrument.symbol(), price);
    Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
    double quantity = instrument.multiplier() > 1 ? rnd.nextInt(1, 40) : rnd.nextInt(1, 1500);
    s.order = OrderRequest.market("o", instrument, side, quantity, T);
    double lot = new double[] {1, 5, 25}[rnd.nextInt(3)];
    s.positionFraction = rnd.nextDouble(0.02, 0.3);
    s.stop = rnd.nextBoolean() ? price * rnd.nextDouble(0.01, 0.1) : Double.NaN;
    s.grossMultiple = rnd.nextDouble(0.3, 3);
    s.netMultiple = rnd.nextDouble(0.1, 2);
    s.maxNotional = rnd.nextDouble(1_000, 100_000);
    s.caps = new GreekExposure(cap(rnd), cap(rnd), cap(rnd), cap(rnd));
    s.greeksNow = new GreekExposure(rnd.nextDouble(-2000, 2000), rnd.nextDouble(-200, 200),
        rnd.nextDouble(-5000, 5000), rnd.nextDouble(-800, 800));
    s.greeksPerUnit = new GreekExposure(rnd.nextDouble(-60, 60), rnd.nextDouble(-5, 5),
        rnd.nextDouble(-50, 50), rnd.nextDouble(-10, 10));
    s.level = rnd.nextBoolean() ? 0.9 : 0.95;
    s.budget = rnd.nextDouble(0.005, 0.05);
    s.scenarios = ScenarioPnl.fromReturns(s.book, returns, instrument, price);
    MarketContext.Builder b = MarketContext.builder(T, price).lotSize(lot).scenarios(s.scenarios)
        .greeks(s.greeksNow, s.greeksPerUnit);
    if (!Double.isNaN(s.stop)) {
      b.stopDistance(s.stop);
    }
    s.market = b.build();
    s.gates.add(new MaxPositionGate(s.positionFraction, policy(rnd)));
    s.gates.add(ExposureGate.gross(s.grossMultiple, policy(rnd)));
    s.gates.add(ExposureGate.net(s.netMultiple, policy(rnd)));
    s.gates.add(new MaxOrderNotionalGate(s.maxNotional, policy(rnd)));
    s.gates.add(new GreeksGate(s.caps, policy(rnd)));
    s.gates.add(new CvarGate(s.level, s.budget, policy(rnd)));
    return s;
  }

  private static double cap(SplittableRandom rnd) {
    return rnd.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : rnd.nextDouble(100, 3000);
  }

  private static BreachPolicy policy(SplittableRandom rnd) {
    // Mostly scaling, so that scaled decisions are common.
    return rnd.nextInt(4) == 0 ? BreachPolicy.REJECT : BreachPolicy.SCALE;
  }

  /** Rockafellar-Uryasev: ES = min over t of t + sum((loss_j - t)+) / (n alpha), t over the losses. */
  static double shortfall(double[] pnl, double level) {
    double tail = pnl.length * (1 - level);
    double best = Double.POSITIVE_INFINITY;
    for (double candidate : pnl) {
      double t = -candidate;
      double excess = 0;
      for (double x : pnl) {
        excess += Math.max(-x - t, 0);
      }
      best = Math.min(best, t + excess / tail);
    }
    return best;
  }

  /** Each limit's measure at a quantity, and its cap ({@code measure <= cap} means within). */
  private static double[][] measures(Setting s, double quantity) {
    Instrument i = s.order.instrument();
    double price = s.market.price();
    PortfolioSnapshot pre = s.book;
    double q0 = pre.quantity(i.symbol());
    double d = s.order.side().sign() * quantity;
    PortfolioSnapshot post = pre.apply(new Fill("o", i, s.order.side(), quantity, price, 0, T));
    double equity = pre.equity();
    assertEquals(equity, post.equity(), 1e-9 * Math.abs(equity));
    double perUnitRisk = (Double.isNaN(s.stop) ? price : s.stop) * i.multiplier();
    List<double[]> out = new ArrayList<>();
    out.add(new double[] {Math.abs(post.quantity(i.symbol())) * perUnitRisk,
        Math.max(s.positionFraction * equity, Math.abs(q0) * perUnitRisk)});
    out.add(new double[] {post.grossExposure(), Math.max(s.grossMultiple * equity, pre.grossExposure())});
    out.add(new double[] {Math.abs(post.netExposure()),
        Math.max(s.netMultiple * equity, Math.abs(pre.netExposure()))});
    out.add(new double[] {quantity * price * i.multiplier(), s.maxNotional});
    for (int g = 0; g < 4; g++) {
      if (s.caps.get(g) < Double.POSITIVE_INFINITY) {
        double now = s.greeksNow.get(g);
        out.add(new double[] {Math.abs(now + d * s.greeksPerUnit.get(g)), Math.max(s.caps.get(g),
            Math.abs(now))});
      }
    }
    double[] book = s.scenarios.portfolio();
    double[] unit = s.scenarios.perUnit();
    double[] after = new double[book.length];
    for (int j = 0; j < book.length; j++) {
      after[j] = book[j] + d * unit[j];
    }
    out.add(new double[] {shortfall(after, s.level), Math.max(s.budget * equity, shortfall(book, s.level))});
    return out.toArray(new double[0][]);
  }

  private static double tolerance(double cap) {
    return 1e-9 * Math.max(1, Math.abs(cap));
  }

  @Property(tries = 300)
  void anApprovedOrScaledOrderNeverTakesThePortfolioPastALimit(@ForAll long seed) {
    Setting s = setting(seed);
    GatePipeline pipeline = GatePipeline.of(s.gates);
    Decision d = pipeline.evaluate(s.order, s.book, s.market, GateState.initial()).decision();
    Statistics.label("verdict").collect(d.verdict());
    Statistics.label("verdict").coverage(c -> {
      c.check(Verdict.APPROVE).count(n -> n > 10);
      c.check(Verdict.SCALE).count(n -> n > 10);
      c.check(Verdict.REJECT).count(n -> n > 10);
    });
    if (!d.allows()) {
      return;
    }
    double q = d.quantity();
    for (double[] m : measures(s, q)) {
      assertTrue(m[0] <= m[1] + tolerance(m[1]), () -> "measure " + m[0] + " above its limit " + m[1]
          + "\n" + d.explain());
    }
    if (d.verdict() == Verdict.SCALE) {
      double lot = s.market.lotSize();
      assertEquals(Math.rint(q / lot), q / lot, 1e-9, "whole lots");
      assertTrue(q < s.order.quantity());
      // Maximal: one more lot (or the full order) breaks some limit.
      double next = Math.min(q + lot, s.order.quantity());
      boolean breaks = false;
      for (double[] m : measures(s, next)) {
        breaks |= m[0] > m[1] - tolerance(m[1]);
      }
      assertTrue(breaks, () -> "one more lot fits every limit\n" + d.explain());
    }
  }

  /**
   * The CVaR gate's bisection finds the same quantity as a scan over every number of lots with the
   * independent estimator.
   */
  @Property(tries = 100)
  void cvarScalingIsTheLargestFittingNumberOfLots(@ForAll long seed) {
    Setting s = setting(seed);
    CvarGate gate = new CvarGate(s.level, s.budget, BreachPolicy.SCALE);
    GateCheck c = gate.check(GateInput.of(s.order, s.book, s.market, GateState.initial()));
    Statistics.label("cvar verdict").collect(c.verdict());
    double lot = s.market.lotSize();
    double requested = s.order.quantity();
    double[] book = s.scenarios.portfolio();
    double[] unit = s.scenarios.perUnit();
    double equity = s.book.equity();
    double cap = Math.max(s.budget * equity, shortfall(book, s.level));
    int sign = s.order.side().sign();
    double best = 0;
    for (int k = 1; k * lot <= requested; k++) {
      double[] after = new double[book.length];
      for (int j = 0; j < book.length; j++) {
        after[j] = book[j] + sign * k * lot * unit[j];
      }
      if (shortfall(after, s.level) <= cap + tolerance(cap)) {
        best = k * lot;
      } else {
        break;
      }
    }
    double[] full = new double[book.length];
    for (int j = 0; j < book.length; j++) {
      full[j] = book[j] + sign * requested * unit[j];
    }
    boolean fullFits = shortfall(full, s.level) <= cap + tolerance(cap);
    double expected = fullFits ? requested : best;
    assertEquals(expected, c.allowedQuantity(), 1e-9, c.detail());
  }
}
