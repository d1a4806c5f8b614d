package io.quantor.bench;

import io.quantor.core.indicator.Adx;
import io.quantor.core.indicator.Atr;
import io.quantor.core.indicator.BollingerBands;
import io.quantor.core.indicator.Indicators;
import io.quantor.core.indicator.Macd;
import io.quantor.core.indicator.Rsi;
import io.quantor.core.indicator.Stochastic;
import io.quantor.core.series.BarSeries;
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
 * Quantor RSI(14), MACD(12, 26, 9), Bollinger(20, 2, 2), ATR(14), ADX(14) and Stochastic(14, 3, 3) on one
 * million daily bars, in nanoseconds per bar; the counterparts of {@link Ta4jIndicatorBenchmark}'s
 * methods of the same names.
 *
 * <p>PENDING: this file lives in {@code benchmarks/pending/} so that it does not compile before the six
 * indicators are merged. To enable it, move it to
 * {@code benchmarks/src/main/java/io/quantor/bench/QuantorIndicatorBenchmark.java}. Multi-output
 * accessors ({@code signal()}, {@code histogram()}, {@code upper()}, {@code lower()}, {@code slowD()}) and
 * the Bollinger constructor follow the task's description; adjust them if the merged classes differ.
 *
 * <p>{@code batch*}: one {@link Indicators} call over the whole columns (output arrays included; records
 * are returned as {@code Object} so this file does not depend on their type names). {@code stream*}: one
 * million {@code update} calls on an indicator held in a field, reset first; every output is added to a
 * sum that is consumed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class QuantorIndicatorBenchmark {

  private static final int N = BenchmarkData.BARS;

  private double[] high;
  private double[] low;
  private double[] close;
  private Rsi rsi;
  private Macd macd;
  private BollingerBands bollinger;
  private Atr atr;
  private Adx adx;
  private Stochastic stochastic;

  /** Generates the bars once per trial. */
  @Setup
  public void setUp() {
    BarSeries s = BenchmarkData.quantor(N);
    high = s.highs();
    low = s.lows();
    close = s.closes();
    rsi = new Rsi(14);
    macd = new Macd(12, 26, 9);
    bollinger = new BollingerBands(20, 2.0, 2.0);
    atr = new Atr(14);
    adx = new Adx(14);
    stochastic = new Stochastic(14, 3, 3);
  }

  // --- batch ------------------------------------------------------------------------------------

  /**
   * RSI(14) over the whole column.
   *
   * @return the values
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double[] batchRsi() {
    return Indicators.rsi(close, 14);
  }

  /**
   * MACD(12, 26, 9): line, signal and histogram.
   *
   * @return the result record
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object batchMacd() {
    return Indicators.macd(close, 12, 26, 9);
  }

  /**
   * Bollinger bands (20, 2, 2): upper, middle and lower.
   *
   * @return the result record
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object batchBollinger() {
    return Indicators.bbands(close, 20, 2.0, 2.0);
  }

  /**
   * ATR(14).
   *
   * @return the values
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double[] batchAtr() {
    return Indicators.atr(high, low, close, 14);
  }

  /**
   * ADX(14).
   *
   * @return the values
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double[] batchAdx() {
    return Indicators.adx(high, low, close, 14);
  }

  /**
   * Slow stochastic (14, 3, 3): slow %K and slow %D.
   *
   * @return the result record
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object batchStochastic() {
    return Indicators.stoch(high, low, close, 14, 3, 3);
  }

  // --- streaming --------------------------------------------------------------------------------

  /**
   * RSI(14), one update per bar.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamRsi(Blackhole bh) {
    Rsi ind = rsi;
    ind.reset();
    double[] c = close;
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += ind.update(c[i]);
    }
    bh.consume(sum);
  }

  /**
   * MACD(12, 26, 9), one update per bar; line, signal and histogram read each time.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamMacd(Blackhole bh) {
    Macd ind = macd;
    ind.reset();
    double[] c = close;
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += ind.update(c[i]) + ind.signal() + ind.histogram();
    }
    bh.consume(sum);
  }

  /**
   * Bollinger bands (20, 2, 2), one update per bar; the three bands read each time.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamBollinger(Blackhole bh) {
    BollingerBands ind = bollinger;
    ind.reset();
    double[] c = close;
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      ind.update(c[i]);
      sum += ind.upper() + ind.middle() + ind.lower();
    }
    bh.consume(sum);
  }

  /**
   * ATR(14), one update per bar.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamAtr(Blackhole bh) {
    Atr ind = atr;
    ind.reset();
    double[] h = high;
    double[] l = low;
    double[] c = close;
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += ind.update(h[i], l[i], c[i]);
    }
    bh.consume(sum);
  }

  /**
   * ADX(14), one update per bar.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamAdx(Blackhole bh) {
    Adx ind = adx;
    ind.reset();
    double[] h = high;
    double[] l = low;
    double[] c = close;
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += ind.update(h[i], l[i], c[i]);
    }
    bh.consume(sum);
  }

  /**
   * Slow stochastic (14, 3, 3), one update per bar; slow %K and slow %D read each time.
   *
   * @param bh consumes the sum of the outputs
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamStochastic(Blackhole bh) {
    Stochastic ind = stochastic;
    ind.reset();
    double[] h = high;
    double[] l = low;
    double[] c = close;
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      ind.update(h[i], l[i], c[i]);
      sum += ind.slowK() + ind.slowD();
    }
    bh.consume(sum);
  }
}
