package io.quantor.bench;

import io.quantor.backtest.engine.BacktestResult;
import io.quantor.backtest.engine.Strategy;
import io.quantor.backtest.engine.StrategyContext;
import io.quantor.backtest.engine.TradingEngine;
import io.quantor.broker.sim.CommissionModel;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.BarSeries;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;
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
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * Retained heap of the SMA(10)/SMA(50) crossover backtest of {@link BacktestBenchmark} at several series
 * lengths, measured with JOL ({@link GraphLayout}: every object reachable from the given roots, shared
 * ones once), in bytes and bytes per bar.
 *
 * <ul>
 *   <li><b>Quantor</b>: the {@link BarSeries}; the {@link BacktestResult} beyond the series, split into its
 *       equity curve (8 bytes per bar plus an array header; a one-series result reads its times from the
 *       series and keeps cash as its changes) and the rest (cash changes, fills, final order states,
 *       portfolio: this grows with the number of orders, not of bars);
 *       and the engine's own state at the end of the run beyond the series and the result (the session:
 *       book, executor, tracks, the order index), measured as
 *       {@code size(session, series, result) - size(series, result)}.</li>
 *   <li><b>ta4j</b>: the {@code BaseBarSeries} ({@code DoubleNum}); the {@link TradingRecord} the run
 *       returns; and the strategy with its indicators, whose caches hold one value per bar after the run.
 *       </li>
 * </ul>
 *
 * <pre>
 * java -Djdk.attach.allowAttachSelf -Xmx6g -cp benchmarks/target/benchmarks.jar \
 *     io.quantor.bench.BacktestFootprint [bars ...]
 * </pre>
 */
public final class BacktestFootprint {

  private static final int FAST = 10;
  private static final int SLOW = 50;
  private static final double QUANTITY = 100;

  private BacktestFootprint() {
  }

  /**
   * Prints the footprints.
   *
   * @param args optional: the series lengths (default 250,000, 500,000 and 1,000,000)
   */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {250_000, 500_000, 1_000_000} : new int[args.length];
    for (int j = 0; j < args.length; j++) {
      sizes[j] = Integer.parseInt(args[j]);
    }
    System.out.println(VM.current().details());
    for (int n : sizes) {
      quantor(n, true);
      quantor(n, false);
      ta4j(n);
    }
  }

  private static void quantor(int n, boolean orders) {
    BarSeries series = BenchmarkData.quantor(n);
    Capture strategy = new Capture(new CrossoverStrategy(series.symbol(), FAST, SLOW, QUANTITY,
        orders ? 0 : Integer.MAX_VALUE));
    BacktestResult result = TradingEngine.builder().bars(series).initialCash(1_000_000)
        .simulator(ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(2))
            .commission(CommissionModel.bps(1)).build())
        .strategyId("sma").strategy(strategy).build().run();
    long seriesBytes = GraphLayout.parseInstance(series).totalSize();
    long withResult = GraphLayout.parseInstance(series, result).totalSize();
    long withSession = GraphLayout.parseInstance(strategy.context, series, result).totalSize();
    long resultBytes = withResult - seriesBytes;
    long curves = 8L * n + VM.current().arrayHeaderSize();
    long own = withSession - withResult;
    int fills = result.fills().size();
    String what = orders ? "Quantor, crossover" : "Quantor, no orders";
    System.out.printf(Locale.ROOT, "%n%s, %,d bars, %,d orders, %,d fills%n", what, n,
        result.orders().size(), fills);
    report("BarSeries", seriesBytes, n);
    report("BacktestResult beyond the series", resultBytes, n);
    report("  of which the equity curve", curves, n);
    report("  of which the rest", resultBytes - curves, n);
    if (fills > 0) {
      System.out.printf(Locale.ROOT, "  %-40s %8.1f bytes per fill%n", "the rest", (double) (resultBytes
          - curves) / fills);
    }
    report("engine state beyond series and result", own, n);
    if (fills > 0) {
      System.out.printf(Locale.ROOT, "  %-40s %8.1f bytes per order%n", "engine state",
          (double) own / result.orders().size());
    }
  }

  private static void ta4j(int n) {
    BaseBarSeries series = BenchmarkData.ta4jSeries(BenchmarkData.ta4jBars(BenchmarkData.quantor(n)));
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    SMAIndicator fast = new SMAIndicator(close, FAST);
    SMAIndicator slow = new SMAIndicator(close, SLOW);
    BaseStrategy strategy = new BaseStrategy("sma", new CrossedUpIndicatorRule(fast, slow),
        new CrossedDownIndicatorRule(fast, slow), SLOW);
    TradingRecord record = new BarSeriesManager(series, new LinearTransactionCostModel(0.0001),
        new ZeroCostModel(), new TradeOnNextOpenModel())
        .run(strategy, Trade.TradeType.BUY, DoubleNum.valueOf(QUANTITY));
    long seriesBytes = GraphLayout.parseInstance(series).totalSize();
    long withRecord = GraphLayout.parseInstance(series, record).totalSize();
    long withStrategy = GraphLayout.parseInstance(series, record, strategy).totalSize();
    System.out.printf(Locale.ROOT, "%nta4j 0.17 (DoubleNum), %,d bars, %,d round trips%n", n,
        record.getPositionCount());
    report("BaseBarSeries", seriesBytes, n);
    report("TradingRecord beyond the series", withRecord - seriesBytes, n);
    report("strategy and indicator caches", withStrategy - withRecord, n);
    report("record + strategy beyond the series", withStrategy - seriesBytes, n);
  }

  private static void report(String what, long bytes, int n) {
    System.out.printf(Locale.ROOT, "  %-40s %,15d bytes  %8.2f bytes/bar%n", what, bytes, (double) bytes / n);
  }

  /** Runs a strategy and keeps the context it was given, to measure the session after the run. */
  private static final class Capture implements Strategy {

    private final Strategy strategy;
    StrategyContext context;

    Capture(Strategy strategy) {
      this.strategy = strategy;
    }

    @Override
    public void onStart(StrategyContext ctx) {
      strategy.onStart(ctx);
    }

    @Override
    public void onBar(StrategyContext ctx) {
      strategy.onBar(ctx);
    }

    @Override
    public void onFinish(StrategyContext ctx) {
      strategy.onFinish(ctx);
      context = ctx;
    }
  }
}
