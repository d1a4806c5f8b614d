package io.quantor.bench;

import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.Greeks;
import io.quantor.options.pricing.ImpliedVolResult;
import io.quantor.options.pricing.ImpliedVolatility;
import io.quantor.options.pricing.OptionType;
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
 * Black-Scholes-Merton price with the five first-order Greeks, and implied volatility, for Quantor,
 * OpenGamma Strata 2.12 ({@code BlackScholesFormulaRepository}, {@code BlackFormulaRepository}) and
 * finmath-lib 6.0 ({@code AnalyticFormulas}) in one run, in nanoseconds per option.
 *
 * <p>Input: the one million random options of {@link OptionBenchmarkData} (fixed seed), generated once per
 * trial; each invocation goes through all of them ({@code @OperationsPerInvocation}), except finmath's
 * implied volatility, which takes the first {@value OptionBenchmarkData#FINMATH_IV_OPTIONS} (its Newton
 * solver with up to 500 iterations costs about 100 us per option) and is reported per option of that
 * subset. The peers are called through {@link OptionPeerFormulas} (dividend-yield and forward mappings
 * documented there; their {@code exp} are part of the timed work).
 *
 * <ul>
 *   <li>{@code *PriceAndGreeks}: price, delta, gamma, vega, theta and rho of every option; every value is
 *       added to a sum that is consumed. Quantor computes them in one call:
 *       {@link #quantorPriceAndGreeks} returns the {@link Greeks} record (with dividend rho, vanna, volga
 *       and charm as well), {@link #quantorPriceAndGreeksArray} writes the first order only (with dividend
 *       rho, which costs nothing extra) into a reused array with {@code BlackScholes.firstOrder}, without
 *       allocating: the same work as the peers'. Strata and finmath take six calls each.</li>
 *   <li>{@code *ImpliedVolatility}: the volatility of each option's Quantor price ({@code price} of
 *       {@link OptionBenchmarkData}). {@link #quantorImpliedVolatility} returns the
 *       {@link ImpliedVolResult} record, {@link #quantorImpliedVolatilityPrimitive} the primitive fast
 *       path. The peers' exceptions (Strata rejects some prices at their bounds) are caught and counted
 *       in the loop so that the run goes on; their count is consumed with the sum. The accuracy and the
 *       failures themselves are measured by {@link OptionAccuracyComparison}. The mix is what random
 *       options give: about 10.7 % of the prices are at their lower bound to within rounding (short
 *       expiries far from the money), where Quantor returns {@code NO_TIME_VALUE} at once and Strata
 *       throws on the in-the-money ones (about 1.9 %); 84 % of Quantor's solves take two Householder
 *       iterations.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class OptionPricingBenchmark {

  private static final int N = OptionBenchmarkData.OPTIONS;
  private static final int FINMATH_IV = OptionBenchmarkData.FINMATH_IV_OPTIONS;
  private static final double S = OptionBenchmarkData.SPOT;

  private OptionType[] type;
  private boolean[] call;
  private double[] strike;
  private double[] t;
  private double[] r;
  private double[] q;
  private double[] sigma;
  private double[] price;
  private final double[] out = new double[Greeks.SIZE];

  /** Generates the options once per trial. */
  @Setup
  public void setUp() {
    OptionBenchmarkData d = OptionBenchmarkData.standard();
    type = d.type();
    call = d.call();
    strike = d.strike();
    t = d.t();
    r = d.r();
    q = d.q();
    sigma = d.sigma();
    price = d.price();
  }

  // --- price and Greeks -----------------------------------------------------------------------

  /**
   * Quantor: {@code BlackScholes.greeks} returning the {@link Greeks} record.
   *
   * @param bh consumes the sum of the six values
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void quantorPriceAndGreeks(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      Greeks g = BlackScholes.greeks(type[i], S, strike[i], t[i], r[i], q[i], sigma[i]);
      sum += g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
    }
    bh.consume(sum);
  }

  /**
   * Quantor: the allocation-free {@code BlackScholes.firstOrder(..., out, 0)} (price and first-order
   * Greeks, the values the peers compute) into one reused array.
   *
   * @param bh consumes the sum of the six values
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void quantorPriceAndGreeksArray(Blackhole bh) {
    double[] g = out;
    double sum = 0;
    for (int i = 0; i < N; i++) {
      BlackScholes.firstOrder(type[i], S, strike[i], t[i], r[i], q[i], sigma[i], g, 0);
      sum += g[Greeks.PRICE] + g[Greeks.DELTA] + g[Greeks.GAMMA] + g[Greeks.VEGA] + g[Greeks.THETA]
          + g[Greeks.RHO];
    }
    bh.consume(sum);
  }

  /**
   * Strata: six {@code BlackScholesFormulaRepository} calls per option.
   *
   * @param bh consumes the sum of the six values
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void strataPriceAndGreeks(Blackhole bh) {
    double[] g = out;
    double sum = 0;
    for (int i = 0; i < N; i++) {
      OptionPeerFormulas.strataPriceAndGreeks(call[i], S, strike[i], t[i], r[i], q[i], sigma[i], g);
      sum += g[0] + g[1] + g[2] + g[3] + g[4] + g[5];
    }
    bh.consume(sum);
  }

  /**
   * finmath-lib: six {@code AnalyticFormulas} calls per option, with the dividend-yield mapping.
   *
   * @param bh consumes the sum of the six values
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void finmathPriceAndGreeks(Blackhole bh) {
    double[] g = out;
    double sum = 0;
    for (int i = 0; i < N; i++) {
      OptionPeerFormulas.finmathPriceAndGreeks(call[i], S, strike[i], t[i], r[i], q[i], sigma[i], g);
      sum += g[0] + g[1] + g[2] + g[3] + g[4] + g[5];
    }
    bh.consume(sum);
  }

  // --- implied volatility ---------------------------------------------------------------------

  /**
   * Quantor: {@code ImpliedVolatility.blackScholes} returning the {@link ImpliedVolResult} record.
   *
   * @param bh consumes the sum of the volatilities and the number of non-OK results
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void quantorImpliedVolatility(Blackhole bh) {
    double sum = 0;
    int notOk = 0;
    for (int i = 0; i < N; i++) {
      ImpliedVolResult iv = ImpliedVolatility.blackScholes(type[i], price[i], S, strike[i], t[i], r[i], q[i]);
      sum += iv.volatility();
      notOk += iv.isOk() ? 0 : 1;
    }
    bh.consume(sum);
    bh.consume(notOk);
  }

  /**
   * Quantor: the primitive {@code ImpliedVolatility.blackScholesVolatility} (volatility or a negative
   * status code).
   *
   * @param bh consumes the sum of the results
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void quantorImpliedVolatilityPrimitive(Blackhole bh) {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += ImpliedVolatility.blackScholesVolatility(type[i], price[i], S, strike[i], t[i], r[i], q[i]);
    }
    bh.consume(sum);
  }

  /**
   * Strata: {@code BlackFormulaRepository.impliedVolatility} on the forward price, exceptions counted.
   *
   * @param bh consumes the sum of the volatilities and the exception count
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void strataImpliedVolatility(Blackhole bh) {
    double sum = 0;
    int exceptions = 0;
    for (int i = 0; i < N; i++) {
      try {
        sum += OptionPeerFormulas.strataImpliedVolatility(call[i], price[i], S, strike[i], t[i], r[i], q[i]);
      } catch (RuntimeException e) {
        exceptions++;
      }
    }
    bh.consume(sum);
    bh.consume(exceptions);
  }

  /**
   * finmath-lib: {@code AnalyticFormulas.blackScholesOptionImpliedVolatility} on the first
   * {@value OptionBenchmarkData#FINMATH_IV_OPTIONS} options, exceptions counted.
   *
   * @param bh consumes the sum of the volatilities and the exception count
   */
  @Benchmark
  @OperationsPerInvocation(FINMATH_IV)
  public void finmathImpliedVolatility(Blackhole bh) {
    double sum = 0;
    int exceptions = 0;
    for (int i = 0; i < FINMATH_IV; i++) {
      try {
        sum += OptionPeerFormulas.finmathImpliedVolatility(call[i], price[i], S, strike[i], t[i], r[i], q[i]);
      } catch (RuntimeException e) {
        exceptions++;
      }
    }
    bh.consume(sum);
    bh.consume(exceptions);
  }
}
