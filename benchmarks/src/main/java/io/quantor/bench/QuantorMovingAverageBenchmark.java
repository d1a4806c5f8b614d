package io.quantor.bench;

import io.quantor.core.indicator.Ema;
import io.quantor.core.indicator.Indicators;
import io.quantor.core.indicator.Sma;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Quantor SMA(20) and EMA(20) on one million daily bars, in nanoseconds per bar.
 *
 * <p>{@code batch*}: one {@link Indicators} call over the whole close column (output array included).
 * {@code stream*}: one million {@code update} calls on a streaming indicator held in a field (as a
 * strategy would hold it), reset first; the outputs are summed and the sum consumed, so nothing is dead
 * code. Compare with {@link Ta4jIndicatorBenchmark}'s methods of the same names.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class QuantorMovingAverageBenchmark {

  private static final int N = BenchmarkData.BARS;

  private static final int SERIES = 8;

  private double[] close;
  private Sma sma;
  private Ema ema;
  private Sma[] smas;
  private Ema[] emas;

  /** Generates the bars once per trial. */
  @Setup
  public void setUp() {
    close = BenchmarkData.quantor(N).closes();
    sma = new Sma(20);
    ema = new Ema(20);
    smas = new Sma[SERIES];
    emas = new Ema[SERIES];
    for (int k = 0; k < SERIES; k++) {
      smas[k] = new Sma(20);
      emas[k] = new Ema(20);
    }
  }

  /**
   * SMA(20) over the whole column.
   *
   * @return the averages
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double[] batchSma() {
    return Indicators.sma(close, 20);
  }

  /**
   * SMA(20), one update per bar.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamSma(Blackhole bh) {
    Sma ind = sma;
    ind.reset();
    double[] x = close;
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += ind.update(x[i]);
    }
    bh.consume(sum);
  }

  /**
   * EMA(20) over the whole column.
   *
   * @return the averages
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double[] batchEma() {
    return Indicators.ema(close, 20);
  }

  /**
   * EMA(20), one update per bar.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamEma(Blackhole bh) {
    Ema ind = ema;
    ind.reset();
    double[] x = close;
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += ind.update(x[i]);
    }
    bh.consume(sum);
  }

  /**
   * SMA(20) streaming over eight series at once (a strategy following eight symbols): per update.
   *
   * <p>{@link #streamSma} measures one chain of dependent updates, bound by the latency of the running sum
   * kept in the indicator's fields; here eight independent chains overlap, which is what a multi-symbol
   * strategy sees. Series k reads the closes shifted by k bars.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation((N - SERIES) * SERIES)
  public void streamSmaEightSeries(Blackhole bh) {
    Sma[] ind = smas;
    for (Sma s : ind) {
      s.reset();
    }
    double[] x = close;
    double sum = 0;
    for (int i = 0; i < x.length - SERIES; i++) {
      sum += ind[0].update(x[i]) + ind[1].update(x[i + 1]) + ind[2].update(x[i + 2])
          + ind[3].update(x[i + 3]) + ind[4].update(x[i + 4]) + ind[5].update(x[i + 5])
          + ind[6].update(x[i + 6]) + ind[7].update(x[i + 7]);
    }
    bh.consume(sum);
  }

  /**
   * EMA(20) streaming over eight series at once: per update (see {@link #streamSmaEightSeries}).
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation((N - SERIES) * SERIES)
  public void streamEmaEightSeries(Blackhole bh) {
    Ema[] ind = emas;
    for (Ema e : ind) {
      e.reset();
    }
    double[] x = close;
    double sum = 0;
    for (int i = 0; i < x.length - SERIES; i++) {
      sum += ind[0].update(x[i]) + ind[1].update(x[i + 1]) + ind[2].update(x[i + 2])
          + ind[3].update(x[i + 3]) + ind[4].update(x[i + 4]) + ind[5].update(x[i + 5])
          + ind[6].update(x[i + 6]) + ind[7].update(x[i + 7]);
    }
    bh.consume(sum);
  }
}
