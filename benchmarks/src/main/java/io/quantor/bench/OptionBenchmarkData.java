package io.quantor.bench;

import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.OptionType;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The option benchmarks' input: random European options from a fixed seed, shared by
 * {@link OptionPricingBenchmark} and {@link OptionAccuracyComparison}.
 *
 * <h2>Distribution</h2>
 * Independent draws per option, in this order, from {@code XO_RO_SHI_RO_128_PP} seeded with {@link #SEED}:
 * <ul>
 *   <li>type: call or put with probability 1/2 each;</li>
 *   <li>strike: {@code K = S m}, spot {@code S = 100}, moneyness {@code m = K/S} log-uniform in
 *       [{@value #MIN_MONEYNESS}, {@value #MAX_MONEYNESS}] (as many strikes below the spot as above);</li>
 *   <li>expiry: {@code T} log-uniform in [1/365, {@value #MAX_EXPIRY}] years (one day to five years,
 *       each decade of {@code T} equally likely, so short expiries, where deep in- and out-of-the-money
 *       prices sit at their bounds, are well represented: about 45 % of the options expire within a
 *       month);</li>
 *   <li>volatility {@code sigma} uniform in [{@value #MIN_SIGMA}, {@value #MAX_SIGMA}];</li>
 *   <li>rate {@code r} uniform in [0, {@value #MAX_RATE}], dividend yield {@code q} uniform in
 *       [0, {@value #MAX_DIVIDEND_YIELD}].</li>
 * </ul>
 * {@link #price()} holds Quantor's {@link BlackScholes#price} of each option at its {@code sigma}: the
 * input of the implied-volatility benchmarks, whose true answer is {@link #sigma()}. The arrays are
 * shared, not copied; the benchmarks only read them.
 */
public final class OptionBenchmarkData {

  /** Options in the benchmark set. */
  public static final int OPTIONS = 1_000_000;

  /**
   * The options of the finmath-lib implied-volatility benchmark and comparison: the first this many of
   * the set (finmath's solver takes about 100 us per option, so the full million would take minutes).
   */
  public static final int FINMATH_IV_OPTIONS = 10_000;

  /** Seed of the random options. */
  public static final long SEED = 20_260_101L;

  /** Spot of every option. */
  public static final double SPOT = 100;

  /** Smallest strike / spot. */
  public static final double MIN_MONEYNESS = 0.5;
  /** Largest strike / spot. */
  public static final double MAX_MONEYNESS = 2.0;
  /** Shortest expiry in years: one day. */
  public static final double MIN_EXPIRY = 1 / 365.0;
  /** Longest expiry in years. */
  public static final double MAX_EXPIRY = 5.0;
  /** Smallest volatility. */
  public static final double MIN_SIGMA = 0.05;
  /** Largest volatility. */
  public static final double MAX_SIGMA = 1.0;
  /** Largest risk-free rate. */
  public static final double MAX_RATE = 0.08;
  /** Largest dividend yield. */
  public static final double MAX_DIVIDEND_YIELD = 0.05;

  private final OptionType[] type;
  private final boolean[] call;
  private final double[] strike;
  private final double[] t;
  private final double[] r;
  private final double[] q;
  private final double[] sigma;
  private final double[] price;

  private OptionBenchmarkData(int count, long seed) {
    type = new OptionType[count];
    call = new boolean[count];
    strike = new double[count];
    t = new double[count];
    r = new double[count];
    q = new double[count];
    sigma = new double[count];
    price = new double[count];
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    double logMinM = Math.log(MIN_MONEYNESS);
    double logMaxM = Math.log(MAX_MONEYNESS);
    double logMinT = Math.log(MIN_EXPIRY);
    double logMaxT = Math.log(MAX_EXPIRY);
    for (int i = 0; i < count; i++) {
      call[i] = rng.nextBoolean();
      type[i] = call[i] ? OptionType.CALL : OptionType.PUT;
      strike[i] = SPOT * Math.exp(logMinM + (logMaxM - logMinM) * rng.nextDouble());
      t[i] = Math.exp(logMinT + (logMaxT - logMinT) * rng.nextDouble());
      sigma[i] = MIN_SIGMA + (MAX_SIGMA - MIN_SIGMA) * rng.nextDouble();
      r[i] = MAX_RATE * rng.nextDouble();
      q[i] = MAX_DIVIDEND_YIELD * rng.nextDouble();
      price[i] = BlackScholes.price(type[i], SPOT, strike[i], t[i], r[i], q[i], sigma[i]);
    }
  }

  /**
   * The standard set: {@link #OPTIONS} options from {@link #SEED}.
   *
   * @return the options
   */
  public static OptionBenchmarkData standard() {
    return generate(OPTIONS, SEED);
  }

  /**
   * Random options from the distribution of the class comment; the same seed gives the same options,
   * and a smaller count the same prefix.
   *
   * @param count the number of options, {@code >= 1}
   * @param seed the seed
   * @return the options
   */
  public static OptionBenchmarkData generate(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    return new OptionBenchmarkData(count, seed);
  }

  /**
   * The number of options.
   *
   * @return the count
   */
  public int size() {
    return strike.length;
  }

  /**
   * Call or put.
   *
   * @return the types (shared array)
   */
  public OptionType[] type() {
    return type;
  }

  /**
   * Whether each option is a call, for the peers' {@code isCall} flags.
   *
   * @return true for calls (shared array)
   */
  public boolean[] call() {
    return call;
  }

  /**
   * Strikes.
   *
   * @return the strikes (shared array)
   */
  public double[] strike() {
    return strike;
  }

  /**
   * Times to expiry in years.
   *
   * @return the expiries (shared array)
   */
  public double[] t() {
    return t;
  }

  /**
   * Continuously compounded risk-free rates.
   *
   * @return the rates (shared array)
   */
  public double[] r() {
    return r;
  }

  /**
   * Continuous dividend yields.
   *
   * @return the yields (shared array)
   */
  public double[] q() {
    return q;
  }

  /**
   * The volatilities the prices were computed with: the true implied volatilities.
   *
   * @return the volatilities (shared array)
   */
  public double[] sigma() {
    return sigma;
  }

  /**
   * Quantor's Black-Scholes-Merton prices at {@link #sigma()}.
   *
   * @return the prices (shared array)
   */
  public double[] price() {
    return price;
  }
}
