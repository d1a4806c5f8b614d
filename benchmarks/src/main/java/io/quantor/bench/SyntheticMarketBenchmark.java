package io.quantor.bench;

import io.quantor.core.series.BarSeries;
import io.quantor.core.sim.BarSchedule;
import io.quantor.core.sim.Jumps;
import io.quantor.core.sim.MarketConfig;
import io.quantor.core.sim.Regime;
import io.quantor.core.sim.SyntheticMarket;
import io.quantor.core.sim.SyntheticSeries;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The synthetic market generator, in nanoseconds per generated bar (one million bars per call, the
 * {@code BarSeries} included): daily GBM with the defaults, and five-minute bars with two regimes and
 * jumps.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class SyntheticMarketBenchmark {

  private static final int N = BenchmarkData.BARS;

  private final MarketConfig intraday = MarketConfig.builder().seed(BenchmarkData.SEED)
      .schedule(BarSchedule.intraday(5))
      .regimes(List.of(Regime.of("calm", 0.10, 0.12), Regime.of("stress", -0.30, 0.45)), 78 * 60, 78 * 10)
      .jumps(Jumps.of(3, -0.04, 0.03)).build();

  /**
   * One million daily bars with the default configuration.
   *
   * @return the bars
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public BarSeries generateDaily() {
    return SyntheticMarket.daily(N, BenchmarkData.SEED);
  }

  /**
   * One million five-minute bars with two regimes and jumps.
   *
   * @return the bars and regimes
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public SyntheticSeries generateIntradayRegimesJumps() {
    return SyntheticMarket.generate(intraday, N);
  }
}
