package io.quantor.bench;

import io.quantor.backtest.engine.BacktestResult;
import io.quantor.backtest.engine.TradingEngine;
import io.quantor.backtest.metrics.Trade;
import io.quantor.backtest.walkforward.Evaluation;
import io.quantor.backtest.walkforward.FoldPlan;
import io.quantor.backtest.walkforward.ParameterSpace;
import io.quantor.backtest.walkforward.Parameters;
import io.quantor.backtest.walkforward.WalkForward;
import io.quantor.backtest.walkforward.WalkForwardResult;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.BarSeries;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A walk-forward of the SMA crossover over 20 years of daily bars ({@value #BARS} bars of the benchmark
 * market, weekdays), 100 parameter sets (fast SMA 5, 10, ..., 50 times slow SMA 60, 80, ..., 240), the
 * default fold plan (12 months of training, 1 month of test, rolling), in seconds per whole walk-forward
 * ({@link Mode#SingleShotTime}: each measurement is one complete run).
 *
 * <p>Every evaluation, training and test alike, is a run of the event-driven {@link TradingEngine}
 * (BACKTEST, 2 bps slippage, 1 bp commission) on a slice of the series that starts {@code slow} bars
 * before the window, so the averages are warm when the window opens; the strategy trades only from the
 * window's first bar, and the evaluation returns the window's per-bar returns and its closed round trips.
 * The walk-forward runs on a pool with one worker per available processor.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WalkForwardBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class WalkForwardBenchmark {

  /** Twenty years of weekday bars. */
  static final int BARS = 20 * 252;
  private static final double QUANTITY = 100;
  private static final double INITIAL_CASH = 100_000;

  private BarSeries series;
  private long[] times;
  private List<Parameters> grid;
  private ExecutionSimulator simulator;
  private ForkJoinPool pool;
  private WalkForward walkForward;

  /** Builds the series, the grid and the walk-forward once per trial, and prints one run's outline. */
  @Setup
  public void setUp() {
    series = BenchmarkData.quantor(BARS);
    times = series.epochMillis();
    grid = ParameterSpace.grid(Map.of(
        "fast", new double[] {5, 10, 15, 20, 25, 30, 35, 40, 45, 50},
        "slow", new double[] {60, 80, 100, 120, 140, 160, 180, 200, 220, 240}));
    simulator = ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(2))
        .commission(CommissionModel.bps(1)).build();
    pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    walkForward = WalkForward.builder(this::evaluate).parameters(grid).plan(FoldPlan.defaults())
        .pool(pool).build();
    WalkForwardResult r = walkForward.run(times);
    long trades = 0;
    for (var f : r.folds()) {
      trades += f.trades();
    }
    System.out.printf(Locale.ROOT, "%n%d bars from %s to %s, %d parameter sets, %d folds, %d engine runs, "
        + "%d out-of-sample bars, %d out-of-sample round trips, %d workers; verdict %s%n", series.size(),
        series.firstTime(), series.lastTime(), grid.size(), r.folds().size(),
        r.folds().size() * (grid.size() + 1), r.outOfSampleReturns().length, trades,
        pool.getParallelism(), r.verdict());
  }

  /** Stops the pool. */
  @TearDown
  public void tearDown() {
    pool.shutdown();
  }

  /**
   * One engine run of the crossover on bars {@code [from, to)} with a warm-up prefix of {@code slow}
   * bars.
   */
  Evaluation evaluate(Parameters p, int from, int to) {
    int fast = p.getInt("fast");
    int slow = p.getInt("slow");
    int start = Math.max(0, from - slow);
    BarSeries window = series.slice(start, to);
    BacktestResult r = TradingEngine.builder().bars(window).initialCash(INITIAL_CASH)
        .simulator(simulator).strategyId("sma")
        .strategy(new CrossoverStrategy(series.symbol(), fast, slow, QUANTITY, from - start))
        .build().run();
    double[] returns = new double[to - from];
    for (int i = 0; i < returns.length; i++) {
      returns[i] = r.returns(from - start + i);
    }
    List<Trade> trades = r.trades();
    int winners = 0;
    for (Trade t : trades) {
      if (t.netPnl() > 0) {
        winners++;
      }
    }
    return new Evaluation(returns, trades.size(), winners);
  }

  /**
   * The whole walk-forward: every training run, the selection, every test run, the verdict.
   *
   * @return the result
   */
  @Benchmark
  public WalkForwardResult walkForwardEngine() {
    return walkForward.run(times);
  }
}
