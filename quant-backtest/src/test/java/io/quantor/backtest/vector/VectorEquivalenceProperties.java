package io.quantor.backtest.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.backtest.engine.BacktestResult;
import io.quantor.backtest.engine.SmaCrossover;
import io.quantor.backtest.engine.TradingEngine;
import io.quantor.core.indicator.Indicators;
import io.quantor.core.series.BarSeries;
import io.quantor.core.trade.Instrument;
import java.time.Instant;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The vectorized backtest and the event-driven engine (BACKTEST mode, the same costs through
 * {@link VectorBacktest#simulator()}) give the same equity within 1e-9 relative at every bar, for random
 * price paths, random targets (with NaN holds, zeros, longs and shorts) and random costs.
 */
class VectorEquivalenceProperties {

  private static final double TOLERANCE = 1e-9;

  /** Random costs: slippage 0-50 bps; no commission, 0-20 bps, or per share with minimum and cap. */
  static VectorBacktest costs(SplittableRandom r, double multiplier) {
    VectorBacktest.Builder b = VectorBacktest.builder().initialCash(100_000).multiplier(multiplier)
        .slippageBps(r.nextInt(3) == 0 ? 0 : 50 * r.nextDouble());
    switch (r.nextInt(3)) {
      case 0:
        break;
      case 1:
        b.commissionBps(20 * r.nextDouble());
        break;
      default:
        b.commissionPerShare(0.05 * r.nextDouble(), r.nextBoolean() ? 0 : 5 * r.nextDouble(),
            r.nextBoolean() ? Double.POSITIVE_INFINITY : 0.001 + 0.02 * r.nextDouble());
        break;
    }
    return b.build();
  }

  /** A geometric random walk of opens and closes around 100, one bar a day. */
  static BarSeries prices(SplittableRandom r, int n) {
    BarSeries.Builder b = BarSeries.builder("X", n);
    double close = 50 + 100 * r.nextDouble();
    long t = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < n; i++) {
      double open = close * Math.exp(0.01 * r.nextGaussian());
      close = open * Math.exp(0.02 * r.nextGaussian());
      b.add(t + i * 86_400_000L, open, Math.max(open, close), Math.min(open, close), close, 1000);
    }
    return b.build();
  }

  private static void assertSameEquity(BacktestResult event, VectorResult vector) {
    assertEquals(event.size(), vector.size());
    for (int t = 0; t < vector.size(); t++) {
      double e = event.equity(t);
      double v = vector.equity(t);
      assertTrue(Math.abs(e - v) <= TOLERANCE * Math.abs(v), "bar " + t + ": engine " + e + ", vector " + v);
    }
    assertEquals(event.fills().size(), vector.tradeCount());
  }

  @Property(tries = 200)
  void targetsInUnits(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n,
      @ForAll boolean futures) {
    SplittableRandom r = new SplittableRandom(seed);
    double multiplier = futures ? 50 : 1;
    VectorBacktest bt = costs(r, multiplier);
    BarSeries x = prices(r, n);
    double maxUnits = 0.8 * bt.initialCash() / (x.close(0) * multiplier);
    double[] target = new double[n];
    for (int t = 0; t < n; t++) {
      int kind = r.nextInt(5);
      target[t] = kind == 0 ? Double.NaN : kind == 1 ? 0 : Math.rint(maxUnits * (2 * r.nextDouble() - 1));
    }
    Instrument instrument = futures ? Instrument.future("X", "XU", multiplier) : Instrument.stock("X");
    BacktestResult event = TradingEngine.builder().bars(instrument, x).initialCash(bt.initialCash())
        .simulator(bt.simulator()).strategy(new TargetStrategy("X", target, false, multiplier)).build().run();
    VectorResult vector = bt.run(x.opens(), x.closes(), target);
    assertSameEquity(event, vector);
    for (int t = 0; t < n; t++) {
      assertEquals(vector.position(t) * x.close(t) * multiplier + vector.cash()[t], vector.equity(t), 1e-6);
    }
  }

  @Property(tries = 150)
  void targetWeightsOfEquity(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    SplittableRandom r = new SplittableRandom(seed);
    VectorBacktest bt = costs(r, 1);
    BarSeries x = prices(r, n);
    double[] weight = new double[n];
    for (int t = 0; t < n; t++) {
      int kind = r.nextInt(4);
      weight[t] = kind == 0 ? Double.NaN : kind == 1 ? 0 : 1.5 * r.nextDouble() - 0.5;
    }
    BacktestResult event = TradingEngine.builder().bars(x).initialCash(bt.initialCash())
        .simulator(bt.simulator()).strategy(new TargetStrategy("X", weight, true, 1)).build().run();
    assertSameEquity(event, bt.runWeights(x.opens(), x.closes(), weight));
  }

  /** The package example: the streaming SMA crossover strategy and the crossover of batch SMAs. */
  @Property(tries = 50)
  void smaCrossover(@ForAll long seed, @ForAll @IntRange(min = 60, max = 400) int n) {
    SplittableRandom r = new SplittableRandom(seed);
    VectorBacktest bt = costs(r, 1);
    BarSeries x = prices(r, n);
    BacktestResult event = TradingEngine.builder().bars(x).initialCash(bt.initialCash())
        .simulator(bt.simulator()).strategy(new SmaCrossover("X", 10, 50, 100)).build().run();
    double[] close = x.closes();
    double[] target = TargetPositions.crossover(Indicators.sma(close, 10), Indicators.sma(close, 50), 100);
    assertSameEquity(event, bt.run(x.opens(), close, target));
  }
}
