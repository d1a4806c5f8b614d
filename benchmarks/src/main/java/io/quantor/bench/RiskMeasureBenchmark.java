package io.quantor.bench;

import io.quantor.risk.measure.HistoricalEstimate;
import io.quantor.risk.measure.RiskMeasures;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Historical VaR and ES of ten million returns, in milliseconds per call: Quantor's
 * {@link RiskMeasures#historical(double[], double)} (a copy, Floyd-Rivest selection of the lower empirical
 * quantile, one pass for the tail mean) against commons-math3 3.6.1's {@link Percentile} with the same
 * quantile definition ({@code R_1}, the inverse empirical distribution function) followed by the same tail
 * mean pass. Both copy the input on every call (Percentile works on a copy unless its data was set) and
 * neither sorts. The target of the issue: at most 100 ms, and no slower than {@code Percentile}.
 *
 * <p>Input: fat-tailed daily returns, a normal with 1 % volatility or, with probability 0.1, 3 %
 * (seed {@link BenchmarkData#SEED}). The setup checks that both methods return the same numbers.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RiskMeasure
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class RiskMeasureBenchmark {

  /** Returns per call. */
  public static final int RETURNS = 10_000_000;

  /** The confidence level, as written. */
  @Param({"0.95", "0.99"})
  public String level;

  private double[] returns;
  private double confidence;
  private double tailPercent;
  private Percentile percentile;

  /**
   * Draws the returns and checks that both methods agree.
   *
   * @throws IllegalStateException if the two estimates differ
   */
  @Setup(Level.Trial)
  public void setUp() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(BenchmarkData.SEED);
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    returns = new double[RETURNS];
    for (int i = 0; i < RETURNS; i++) {
      double vol = rng.nextDouble() < 0.1 ? 0.03 : 0.01;
      returns[i] = 0.0003 + vol * normal.sample();
    }
    confidence = Double.parseDouble(level);
    // 100 (1 - level) in decimal: 1 - 0.99 is 0.010000000000000009 in binary, which would make R_1 take
    // ceil(n p) one order statistic too far (Quantor rounds such counts to the integer they represent).
    tailPercent = BigDecimal.ONE.subtract(new BigDecimal(level)).movePointRight(2).doubleValue();
    percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
    HistoricalEstimate quantor = RiskMeasures.historical(returns, confidence);
    double q = percentile.evaluate(returns, tailPercent);
    double es = tailMean(returns, q);
    if (quantor.valueAtRisk() != -q || Math.abs(quantor.expectedShortfall() - es) > 1e-12 * es) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "estimates differ: Quantor VaR %s ES %s, Percentile VaR %s ES %s",
          quantor.valueAtRisk(), quantor.expectedShortfall(), -q, es));
    }
  }

  /**
   * Quantor: VaR and ES in one call.
   *
   * @return the estimate
   */
  @Benchmark
  public HistoricalEstimate quantorHistoricalVarEs() {
    return RiskMeasures.historical(returns, confidence);
  }

  /**
   * commons-math3: {@code Percentile.evaluate} for the quantile, then the tail mean over the returns.
   *
   * @param bh receives VaR and ES
   */
  @Benchmark
  public void commonsMathPercentileVarEs(Blackhole bh) {
    double q = percentile.evaluate(returns, tailPercent);
    bh.consume(-q);
    bh.consume(tailMean(returns, q));
  }

  /** Minus the mean of the returns at or below {@code q}. */
  private static double tailMean(double[] r, double q) {
    double sum = 0;
    int count = 0;
    for (double v : r) {
      if (v <= q) {
        sum += v;
        count++;
      }
    }
    return -sum / count;
  }
}
