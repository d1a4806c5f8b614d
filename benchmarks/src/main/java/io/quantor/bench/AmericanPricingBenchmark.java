package io.quantor.bench;

import io.quantor.options.pricing.AndersenLakeOffengenden;
import io.quantor.options.pricing.BaroneAdesiWhaley;
import io.quantor.options.pricing.BinomialTree;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
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
 * American option prices: {@link AndersenLakeOffengenden} (default scheme and
 * {@link AndersenLakeOffengenden.Scheme#FAST}, through the static methods, which allocate the solver's
 * work arrays per call, and through a reused {@link AndersenLakeOffengenden.Pricer}, which does not),
 * 801-step Cox-Ross-Rubinstein and Leisen-Reimer trees
 * ({@link BinomialTree}) and the Barone-Adesi-Whaley approximation ({@link BaroneAdesiWhaley}), in
 * microseconds per option.
 *
 * <p>Input: {@value #OPTIONS} random American options from {@code XO_RO_SHI_RO_128_PP} seeded with
 * {@value #SEED}, generated once per trial; per option, in this order: call or put with probability 1/2,
 * {@code K/S} uniform in [0.8, 1.25] ({@code S = 100}), {@code T} uniform in [0.1, 3] years, {@code sigma}
 * in [0.1, 0.6], {@code r} in [0.01, 0.08] and {@code q} in [0, 0.06]. Each invocation prices all of them
 * ({@code @OperationsPerInvocation}) and consumes the sum of the prices. The trees take about a third of a
 * second per invocation, so keep measurement iterations at one second or longer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class AmericanPricingBenchmark {

  /** The number of options per invocation. */
  public static final int OPTIONS = 1_000;
  /** The seed of the options. */
  public static final long SEED = 20_260_102L;
  private static final double S = 100.0;
  private static final int TREE_STEPS = 801;

  private final BinomialTree crr = BinomialTree.crr(TREE_STEPS);
  private final BinomialTree leisenReimer = BinomialTree.leisenReimer(TREE_STEPS);
  private final AndersenLakeOffengenden.Pricer pricer =
      AndersenLakeOffengenden.Pricer.of(AndersenLakeOffengenden.Scheme.ACCURATE);
  private final AndersenLakeOffengenden.Pricer fastPricer =
      AndersenLakeOffengenden.Pricer.of(AndersenLakeOffengenden.Scheme.FAST);
  private final AndersenLakeOffengenden.Pricer precisePricer =
      AndersenLakeOffengenden.Pricer.of(AndersenLakeOffengenden.Scheme.of(12, 2, 16, 40));
  private OptionType[] type;
  private double[] strike;
  private double[] t;
  private double[] r;
  private double[] q;
  private double[] sigma;

  /** Generates the options once per trial. */
  @Setup
  public void setUp() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
    type = new OptionType[OPTIONS];
    strike = new double[OPTIONS];
    t = new double[OPTIONS];
    r = new double[OPTIONS];
    q = new double[OPTIONS];
    sigma = new double[OPTIONS];
    for (int i = 0; i < OPTIONS; i++) {
      type[i] = rng.nextBoolean() ? OptionType.CALL : OptionType.PUT;
      strike[i] = S * (0.8 + 0.45 * rng.nextDouble());
      t[i] = 0.1 + 2.9 * rng.nextDouble();
      sigma[i] = 0.1 + 0.5 * rng.nextDouble();
      r[i] = 0.01 + 0.07 * rng.nextDouble();
      q[i] = 0.06 * rng.nextDouble();
    }
  }

  /**
   * Andersen-Lake-Offengenden with the default scheme ({@code ACCURATE}).
   *
   * @param bh consumes the sum of the prices
   */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public void andersenLakeOffengenden(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += AndersenLakeOffengenden.price(type[i], S, strike[i], t[i], r[i], q[i], sigma[i]);
    }
    bh.consume(sum);
  }

  /**
   * Andersen-Lake-Offengenden with {@code Scheme.FAST}.
   *
   * @param bh consumes the sum of the prices
   */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public void andersenLakeOffengendenFast(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += AndersenLakeOffengenden.price(AndersenLakeOffengenden.Scheme.FAST, type[i], S, strike[i], t[i],
          r[i], q[i], sigma[i]);
    }
    bh.consume(sum);
  }

  /**
   * Andersen-Lake-Offengenden with the default scheme through one reused pricer.
   *
   * @param bh consumes the sum of the prices
   */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public void andersenLakeOffengendenPricer(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += pricer.price(type[i], S, strike[i], t[i], r[i], q[i], sigma[i]);
    }
    bh.consume(sum);
  }

  /**
   * Andersen-Lake-Offengenden with {@code Scheme.FAST} through one reused pricer.
   *
   * @param bh consumes the sum of the prices
   */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public void andersenLakeOffengendenFastPricer(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += fastPricer.price(type[i], S, strike[i], t[i], r[i], q[i], sigma[i]);
    }
    bh.consume(sum);
  }

  /**
   * Andersen-Lake-Offengenden with {@code Scheme.of(12, 2, 16, 40)} through one reused pricer: within
   * 1e-6 in absolute terms (strike about 100) of a converged scheme on these options, where the default
   * is within 2.1e-5.
   *
   * @param bh consumes the sum of the prices
   */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public void andersenLakeOffengendenPrecisePricer(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += precisePricer.price(type[i], S, strike[i], t[i], r[i], q[i], sigma[i]);
    }
    bh.consume(sum);
  }

  /**
   * Cox-Ross-Rubinstein tree with 801 steps.
   *
   * @param bh consumes the sum of the prices
   */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public void crrTree801(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += crr.price(type[i], ExerciseStyle.AMERICAN, S, strike[i], t[i], r[i], q[i], sigma[i]);
    }
    bh.consume(sum);
  }

  /**
   * Leisen-Reimer tree with 801 steps.
   *
   * @param bh consumes the sum of the prices
   */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public void leisenReimerTree801(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += leisenReimer.price(type[i], ExerciseStyle.AMERICAN, S, strike[i], t[i], r[i], q[i], sigma[i]);
    }
    bh.consume(sum);
  }

  /**
   * Barone-Adesi-Whaley quadratic approximation.
   *
   * @param bh consumes the sum of the prices
   */
  @Benchmark
  @OperationsPerInvocation(OPTIONS)
  public void baroneAdesiWhaley(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < OPTIONS; i++) {
      sum += BaroneAdesiWhaley.price(type[i], S, strike[i], t[i], r[i], q[i], sigma[i]);
    }
    bh.consume(sum);
  }
}
