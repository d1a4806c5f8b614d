package io.quantor.bench;

import io.quantor.backtest.engine.BacktestResult;
import io.quantor.backtest.engine.TradingEngine;
import io.quantor.backtest.vector.TargetPositions;
import io.quantor.backtest.vector.VectorBacktest;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.indicator.Indicators;
import io.quantor.core.series.BarSeries;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BaseBarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * One SMA(10)/SMA(50) crossover backtest over the same million daily bars, in nanoseconds per bar, five
 * ways in one run: Quantor's event-driven {@link TradingEngine} (BACKTEST), ta4j 0.17's
 * {@link BarSeriesManager}, a bare primitive loop, and Quantor's {@link VectorBacktest} with and without
 * the moving averages.
 *
 * <p><b>The strategy.</b> Long {@value #QUANTITY} shares while SMA(10) of the close is above SMA(50), flat
 * while below; every change is a market order placed at a bar's close and filled at the next bar's open.
 * Quantor's costs: {@value #SLIPPAGE_BPS} bps fixed slippage ({@link SlippageModel#fixedBps}) and a
 * {@value #COMMISSION_BPS} bp commission ({@link CommissionModel#bps}), accounting on (the core
 * {@code Portfolio} books every fill), equity, cash and time recorded at every bar. ta4j: crossed-up
 * entry and crossed-down exit rules on {@code SMAIndicator(ClosePriceIndicator, 10/50)}, the first 50
 * bars unstable, {@link TradeOnNextOpenModel} (ta4j's default: trades at the next open), buying
 * {@value #QUANTITY} units, with a {@link LinearTransactionCostModel} of 0.0001 (the same 1 bp commission;
 * ta4j 0.17 has no slippage model). ta4j's run records the trades only: it makes no equity curve.
 *
 * <p><b>Same work.</b> The Quantor trial setup runs the engine, the bare loop and the vector backtest once
 * and fails unless their final equities agree within 1e-9 relative and their fill counts are equal; it
 * prints the final equities, the fills and the engine's round trips. The ta4j setup prints ta4j's round
 * trips. The two sides hold their data in separate states, so a fork that measures Quantor does not carry
 * ta4j's series on its heap.
 *
 * <p><b>Heap.</b> Fixed at 4 GB and pre-touched ({@code -XX:+AlwaysPreTouch}): an engine run allocates its
 * 24 MB of curves in fresh heap regions, and until the heap has been touched once the kernel's first-touch
 * page faults add about 8 ns per bar to the first hundred or so runs, a cost a long-lived process pays
 * once. Both libraries run with the same settings.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BacktestBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class BacktestBenchmark {

  private static final int N = BenchmarkData.BARS;
  private static final int FAST = 10;
  private static final int SLOW = 50;
  private static final double QUANTITY = 100;
  private static final double INITIAL_CASH = 1_000_000;
  private static final double SLIPPAGE_BPS = 2;
  private static final double COMMISSION_BPS = 1;
  /** Relative agreement required of the final equities (the engine's cash is a compensated sum). */
  private static final double AGREEMENT = 1e-9;

  /** The Quantor side: bars as arrays, the engines and the vector backtest, checked against each other. */
  @State(Scope.Benchmark)
  public static class QuantorData {

    BarSeries series;
    double[] open;
    double[] close;
    double[] target;
    double[] equityOut;
    TradingEngine engine;
    TradingEngine engineNoOrders;
    VectorBacktest vector;

    /** Builds the inputs once per trial and checks that the three Quantor forms compute the same. */
    @Setup
    public void setUp() {
      series = BenchmarkData.quantor(N);
      open = series.opens();
      close = series.closes();
      target = TargetPositions.crossover(Indicators.sma(close, FAST), Indicators.sma(close, SLOW),
          QUANTITY);
      equityOut = new double[N];
      ExecutionSimulator sim = ExecutionSimulator.builder()
          .slippage(SlippageModel.fixedBps(SLIPPAGE_BPS))
          .commission(CommissionModel.bps(COMMISSION_BPS))
          .build();
      engine = TradingEngine.builder().bars(series).initialCash(INITIAL_CASH).simulator(sim)
          .strategyId("sma").strategy(new CrossoverStrategy(series.symbol(), FAST, SLOW, QUANTITY))
          .build();
      engineNoOrders = TradingEngine.builder().bars(series).initialCash(INITIAL_CASH).simulator(sim)
          .strategyId("sma")
          .strategy(new CrossoverStrategy(series.symbol(), FAST, SLOW, QUANTITY, Integer.MAX_VALUE))
          .build();
      vector = VectorBacktest.builder().initialCash(INITIAL_CASH).slippageBps(SLIPPAGE_BPS)
          .commissionBps(COMMISSION_BPS).build();
      checkSameWork();
    }

    private void checkSameWork() {
      BacktestResult r = engine.run();
      double[] loopEquity = new double[N];
      int loopFills = bareLoop(open, close, loopEquity);
      vector.equity(open, close, target, equityOut);
      int vectorFills = vector.run(open, close, target).tradeCount();
      double e = r.finalEquity();
      double l = loopEquity[N - 1];
      double v = equityOut[N - 1];
      System.out.printf(Locale.ROOT, "%nfinal equity: engine %.12g, bare loop %.12g, vector %.12g; fills: "
          + "engine %d, bare loop %d, vector %d; engine round trips %d%n", e, l, v, r.fills().size(),
          loopFills, vectorFills, r.trades().size());
      if (Math.abs(e - l) > AGREEMENT * Math.abs(e) || Math.abs(e - v) > AGREEMENT * Math.abs(e)
          || r.fills().size() != loopFills || loopFills != vectorFills) {
        throw new IllegalStateException("the engine, the bare loop and the vector backtest disagree");
      }
    }
  }

  /** The ta4j side: the same bars as a {@code DoubleNum} series, and the manager with its cost model. */
  @State(Scope.Benchmark)
  public static class Ta4jData {

    BaseBarSeries series;
    BarSeriesManager manager;

    /** Builds the series once per trial and prints the round trips of one run. */
    @Setup
    public void setUp() {
      series = BenchmarkData.ta4jSeries(BenchmarkData.ta4jBars(BenchmarkData.quantor(N)));
      manager = new BarSeriesManager(series, new LinearTransactionCostModel(COMMISSION_BPS / 10_000),
          new ZeroCostModel(), new TradeOnNextOpenModel());
      System.out.printf(Locale.ROOT, "%nta4j round trips %d%n", run().getPositionCount());
    }

    TradingRecord run() {
      ClosePriceIndicator c = new ClosePriceIndicator(series);
      SMAIndicator fast = new SMAIndicator(c, FAST);
      SMAIndicator slow = new SMAIndicator(c, SLOW);
      BaseStrategy strategy = new BaseStrategy("sma", new CrossedUpIndicatorRule(fast, slow),
          new CrossedDownIndicatorRule(fast, slow), SLOW);
      Num amount = DoubleNum.valueOf(QUANTITY);
      return manager.run(strategy, Trade.TradeType.BUY, amount);
    }
  }

  /**
   * Quantor's event-driven engine, BACKTEST mode, with orders, fills, costs, accounting and curves.
   *
   * @param d the data
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public BacktestResult quantorEngine(QuantorData d) {
    return d.engine.run();
  }

  /**
   * The same engine and strategy reading the same values, but never ordering: the per-bar floor.
   *
   * @param d the data
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public BacktestResult quantorEngineNoOrders(QuantorData d) {
    return d.engineNoOrders.run();
  }

  /**
   * ta4j 0.17: fresh indicators (empty caches) and strategy, then {@code BarSeriesManager.run}.
   *
   * @param d the data
   * @return the trading record
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public TradingRecord ta4jBarSeriesManager(Ta4jData d) {
    return d.run();
  }

  /**
   * The floor: the same crossover, fills and equity curve in one primitive loop.
   *
   * @param d the data
   * @return the equity curve
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double[] bareLoop(QuantorData d) {
    bareLoop(d.open, d.close, d.equityOut);
    return d.equityOut;
  }

  /**
   * {@link VectorBacktest#equity} of target positions computed from the averages in the setup.
   *
   * @param d the data
   * @return the equity curve
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double[] vectorPrecomputed(QuantorData d) {
    d.vector.equity(d.open, d.close, d.target, d.equityOut);
    return d.equityOut;
  }

  /**
   * The vector backtest including both averages and the target positions.
   *
   * @param d the data
   * @return the equity curve
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double[] vectorWithSma(QuantorData d) {
    double[] t = TargetPositions.crossover(Indicators.sma(d.close, FAST), Indicators.sma(d.close, SLOW),
        QUANTITY);
    d.vector.equity(d.open, d.close, t, d.equityOut);
    return d.equityOut;
  }

  /**
   * The crossover in one loop: running sums in TA-Lib's order (so the averages equal {@code Sma}'s bit
   * for bit), an order decided at the close and filled at the next open with slippage and a bps
   * commission, cash and position in locals, equity written per bar.
   *
   * @return the number of fills
   */
  static int bareLoop(double[] open, double[] close, double[] equity) {
    final double slip = SLIPPAGE_BPS / 10_000;
    final double commission = COMMISSION_BPS / 10_000;
    double[] fastWindow = new double[FAST];
    double[] slowWindow = new double[SLOW];
    double fastSum = 0;
    double slowSum = 0;
    double cash = INITIAL_CASH;
    double position = 0;
    double pending = 0;
    int fills = 0;
    int fi = 0;
    int si = 0;
    for (int t = 0, n = close.length; t < n; t++) {
      if (pending != 0) {
        double price = pending > 0 ? open[t] * (1 + slip) : open[t] * (1 - slip);
        cash += -(pending * price) - commission * Math.abs(pending * price);
        position += pending;
        pending = 0;
        fills++;
      }
      double c = close[t];
      equity[t] = cash + position * c;
      fastWindow[fi] = c;
      slowWindow[si] = c;
      fastSum += c;
      slowSum += c;
      if (++fi == FAST) {
        fi = 0;
      }
      if (++si == SLOW) {
        si = 0;
      }
      if (t >= SLOW - 1) {
        double f = fastSum / FAST;
        double s = slowSum / SLOW;
        if (f > s && position == 0) {
          pending = QUANTITY;
        } else if (f < s && position > 0) {
          pending = -position;
        }
      }
      // The oldest input leaves after the average is taken (now at the next write position).
      if (t >= FAST - 1) {
        fastSum -= fastWindow[fi];
      }
      if (t >= SLOW - 1) {
        slowSum -= slowWindow[si];
      }
    }
    return fills;
  }
}
