package io.quantor.bench;

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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.Bar;
import org.ta4j.core.BaseBarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * ta4j 0.17 with {@link DoubleNum} on the same bars as the Quantor benchmarks, in nanoseconds per bar.
 *
 * <p>{@code batch*}: a fresh indicator (so ta4j's result cache starts empty) asked for every index of a
 * prebuilt one-million-bar series in order, each output consumed. {@code stream*}: ta4j's live usage, a
 * fresh empty series and indicator, then for each of the prebuilt bars {@code series.addBar(bar)} and the
 * value at the new end index; the cost includes adding the bar ({@link #streamAddBarOnly} measures that
 * alone) and ta4j's rule of never caching the last index's value. Bars are built once per trial, so
 * neither mode pays for creating {@code Num}s of the input.
 *
 * <p>Stochastic: ta4j's {@link StochasticOscillatorKIndicator} creates new highest/lowest-value indicators
 * on every call, and a new cached indicator first fills its cache with {@code index} nulls, so %K costs
 * O(index) per bar and a series costs O(n^2). Its benchmarks therefore run on the first
 * {@value #STOCH_BARS} bars: their ns/bar grow linearly with the series length and would be about
 * {@code 1_000_000 / STOCH_BARS} times larger on the full series.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class Ta4jIndicatorBenchmark {

  private static final int N = BenchmarkData.BARS;
  /** Series length of the Stochastic benchmarks (see the class comment). */
  public static final int STOCH_BARS = 20_000;

  private List<Bar> bars;
  private BaseBarSeries series;
  private List<Bar> stochBars;
  private BaseBarSeries stochSeries;

  /** Builds the bars and series once per trial. */
  @Setup
  public void setUp() {
    bars = BenchmarkData.ta4jBars(BenchmarkData.quantor(N));
    series = BenchmarkData.ta4jSeries(bars);
    stochBars = bars.subList(0, STOCH_BARS);
    stochSeries = BenchmarkData.ta4jSeries(stochBars);
  }

  // --- batch ------------------------------------------------------------------------------------

  /**
   * SMA(20) of the close at every index.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void batchSma(Blackhole bh) {
    consumeAll(new SMAIndicator(new ClosePriceIndicator(series), 20), N, bh);
  }

  /**
   * EMA(20) of the close at every index.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void batchEma(Blackhole bh) {
    consumeAll(new EMAIndicator(new ClosePriceIndicator(series), 20), N, bh);
  }

  /**
   * RSI(14) (Wilder smoothing) at every index.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void batchRsi(Blackhole bh) {
    consumeAll(new RSIIndicator(new ClosePriceIndicator(series), 14), N, bh);
  }

  /**
   * MACD(12, 26) line, its EMA(9) signal and the histogram at every index.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void batchMacd(Blackhole bh) {
    Macd m = new Macd(series);
    for (int i = 0; i < N; i++) {
      bh.consume(m.macd.getValue(i));
      bh.consume(m.signal.getValue(i));
      bh.consume(m.histogram.getValue(i));
    }
  }

  /**
   * Bollinger bands (20, 2): upper, middle and lower at every index.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void batchBollinger(Blackhole bh) {
    Bollinger b = new Bollinger(series);
    for (int i = 0; i < N; i++) {
      bh.consume(b.upper.getValue(i));
      bh.consume(b.middle.getValue(i));
      bh.consume(b.lower.getValue(i));
    }
  }

  /**
   * ATR(14) at every index.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void batchAtr(Blackhole bh) {
    consumeAll(new ATRIndicator(series, 14), N, bh);
  }

  /**
   * ADX(14) at every index.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void batchAdx(Blackhole bh) {
    consumeAll(new ADXIndicator(series, 14), N, bh);
  }

  /**
   * Slow stochastic (14, 3, 3): slow %K and slow %D at every index, on {@value #STOCH_BARS} bars.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(STOCH_BARS)
  public void batchStochastic(Blackhole bh) {
    Stochastic s = new Stochastic(stochSeries);
    for (int i = 0; i < STOCH_BARS; i++) {
      bh.consume(s.slowK.getValue(i));
      bh.consume(s.slowD.getValue(i));
    }
  }

  // --- streaming --------------------------------------------------------------------------------

  /**
   * Baseline of the streaming benchmarks: adding the bars to a fresh series, no indicator.
   *
   * @param bh consumes the series
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamAddBarOnly(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    for (Bar bar : bars) {
      s.addBar(bar);
    }
    bh.consume(s);
  }

  /**
   * SMA(20), one bar at a time.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamSma(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    stream(s, new SMAIndicator(new ClosePriceIndicator(s), 20), bars, bh);
  }

  /**
   * EMA(20), one bar at a time.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamEma(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    stream(s, new EMAIndicator(new ClosePriceIndicator(s), 20), bars, bh);
  }

  /**
   * RSI(14), one bar at a time.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamRsi(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    stream(s, new RSIIndicator(new ClosePriceIndicator(s), 14), bars, bh);
  }

  /**
   * MACD(12, 26, 9), one bar at a time: line, signal and histogram.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamMacd(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    Macd m = new Macd(s);
    for (Bar bar : bars) {
      s.addBar(bar);
      int end = s.getEndIndex();
      bh.consume(m.macd.getValue(end));
      bh.consume(m.signal.getValue(end));
      bh.consume(m.histogram.getValue(end));
    }
  }

  /**
   * Bollinger bands (20, 2), one bar at a time: upper, middle and lower.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamBollinger(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    Bollinger b = new Bollinger(s);
    for (Bar bar : bars) {
      s.addBar(bar);
      int end = s.getEndIndex();
      bh.consume(b.upper.getValue(end));
      bh.consume(b.middle.getValue(end));
      bh.consume(b.lower.getValue(end));
    }
  }

  /**
   * ATR(14), one bar at a time.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamAtr(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    stream(s, new ATRIndicator(s, 14), bars, bh);
  }

  /**
   * ADX(14), one bar at a time.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streamAdx(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    stream(s, new ADXIndicator(s, 14), bars, bh);
  }

  /**
   * Slow stochastic (14, 3, 3), one bar at a time, on {@value #STOCH_BARS} bars.
   *
   * @param bh consumes every value
   */
  @Benchmark
  @OperationsPerInvocation(STOCH_BARS)
  public void streamStochastic(Blackhole bh) {
    BaseBarSeries s = BenchmarkData.emptyTa4jSeries();
    Stochastic st = new Stochastic(s);
    for (Bar bar : stochBars) {
      s.addBar(bar);
      int end = s.getEndIndex();
      bh.consume(st.slowK.getValue(end));
      bh.consume(st.slowD.getValue(end));
    }
  }

  private static void consumeAll(Indicator<Num> indicator, int n, Blackhole bh) {
    for (int i = 0; i < n; i++) {
      bh.consume(indicator.getValue(i));
    }
  }

  private static void stream(BaseBarSeries s, Indicator<Num> indicator, List<Bar> bars, Blackhole bh) {
    for (Bar bar : bars) {
      s.addBar(bar);
      bh.consume(indicator.getValue(s.getEndIndex()));
    }
  }

  /** MACD(12, 26) with its EMA(9) signal and histogram, ta4j's way. */
  private static final class Macd {
    final MACDIndicator macd;
    final Indicator<Num> signal;
    final Indicator<Num> histogram;

    Macd(BaseBarSeries s) {
      macd = new MACDIndicator(new ClosePriceIndicator(s), 12, 26);
      signal = macd.getSignalLine(9);
      histogram = macd.getHistogram(9);
    }
  }

  /** Bollinger bands (20, 2) over a population standard deviation, as TA-Lib computes them. */
  private static final class Bollinger {
    final Indicator<Num> upper;
    final Indicator<Num> middle;
    final Indicator<Num> lower;

    Bollinger(BaseBarSeries s) {
      ClosePriceIndicator close = new ClosePriceIndicator(s);
      BollingerBandsMiddleIndicator mid = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
      StandardDeviationIndicator sd = new StandardDeviationIndicator(close, 20);
      Num k = DoubleNum.valueOf(2);
      middle = mid;
      upper = new BollingerBandsUpperIndicator(mid, sd, k);
      lower = new BollingerBandsLowerIndicator(mid, sd, k);
    }
  }

  /** Slow stochastic (14, 3, 3): fast %K(14), slow %K = SMA(3) of it, slow %D = SMA(3) of slow %K. */
  private static final class Stochastic {
    final Indicator<Num> slowK;
    final Indicator<Num> slowD;

    Stochastic(BaseBarSeries s) {
      StochasticOscillatorKIndicator fastK = new StochasticOscillatorKIndicator(s, 14);
      slowK = new StochasticOscillatorDIndicator(fastK);
      slowD = new StochasticOscillatorDIndicator(slowK);
    }
  }
}
