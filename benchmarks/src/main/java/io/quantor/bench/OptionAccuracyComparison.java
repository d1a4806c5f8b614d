package io.quantor.bench;

import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.Greeks;
import io.quantor.options.pricing.ImpliedVolStatus;
import io.quantor.options.pricing.ImpliedVolatility;
import io.quantor.options.pricing.OptionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accuracy and failures of Quantor, OpenGamma Strata and finmath-lib on the options of the benchmarks,
 * printed as Markdown tables (a main class, not a JMH benchmark).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.quantor.bench.OptionAccuracyComparison [reference-dir]
 * </pre>
 * {@code reference-dir} is the folder holding QuantLib's {@code european.csv} and {@code implied_vol.csv}
 * (in the project: {@code ../shared/reference/options}); without it, or when a file is missing, the
 * tables against QuantLib are skipped. The peers are called through {@link OptionPeerFormulas}.
 *
 * <h2>Price and Greeks</h2>
 * <ol>
 *   <li>Between libraries, on the million options of {@link OptionBenchmarkData}: for Strata and finmath
 *       the largest {@code |value - Quantor| / unit} of price, delta, gamma, vega, theta and rho, with
 *       {@code unit = S} for price, vega, theta, rho, {@code 1/S} for gamma and 1 for delta (absolute
 *       differences in units of the spot, as the reference README advises: far out-of-the-money values
 *       below about 1e-12 S have no relative accuracy in any double-precision formula). A failure is an
 *       exception or a NaN or infinite value among the six.</li>
 *   <li>Against QuantLib 1.29 ({@code european.csv}, 1,344 rows: spot 50 to 200, expiry one day to three
 *       years, volatility 5 % to 150 %): the same measure against the reference values, for each library.
 *       The file's own error is at most 7.7e-12 (theta) and far below 1e-13 per unit for the rest (its
 *       README).</li>
 * </ol>
 *
 * <h2>Implied volatility</h2>
 * On the million options (finmath: the first {@value OptionBenchmarkData#FINMATH_IV_OPTIONS}), the input
 * is Quantor's price {@code p} at the true {@code sigma}. That price carries a rounding error of about
 * <pre>
 *   e_p = eps (S e^{-qT} N(omega d1) + K e^{-rT} N(omega d2)) + (S + K) 2^-1074
 * </pre>
 * ({@code eps = 2^-52}; the two legs the price is the difference of, each rounded; the last term is the
 * absolute resolution of {@code N} in the subnormal range, where prices below about 1e-308 have only a few
 * significant bits), which moves the volatility by the relative amount {@code a = e_p / (vega sigma)}.
 * With {@code L = max(omega (S e^{-qT} - K e^{-rT}), 0)} the lower and {@code U} ({@code S e^{-qT}} for a
 * call, {@code K e^{-rT}} for a put) the upper no-arbitrage bound, each answer is classified:
 * <ul>
 *   <li><b>solved</b>: a finite volatility {@code >= 0} whose Quantor price reprices {@code p} within
 *       {@code 1e-9 p + 16 e_p};</li>
 *   <li><b>explained</b> (Quantor only): a status that is true of the input. {@code NO_TIME_VALUE} when
 *       the option truly has none, that is {@code p = 0} out of the money, or in the money
 *       {@code p - L <= 8 eps max(S e^{-qT}, K e^{-rT})} (the rounding of a price made of two legs, twice
 *       the solver's own allowance); {@code ABOVE_MAXIMUM} when {@code p >= U (1 - 8 eps)};
 *       {@code BELOW_INTRINSIC} when {@code p < L}; {@code ZERO_EXPIRY} when {@code T = 0};</li>
 *   <li><b>failures</b>: an exception; a NaN, infinite or negative result; or an unexplained wrong
 *       answer, a volatility that does not reprice {@code p} within the tolerance above or a Quantor
 *       status that is not true of the input.</li>
 * </ul>
 * The failures are also counted with the looser tolerance {@code max(1e-9 p, 1e-12 S)}: its absolute
 * floor accepts any volatility, 0 included, for an out-of-the-money price below {@code 1e-12 S}, where the
 * volatility is still determined to many digits by the relatively accurate price; the strict tolerance
 * asks every answer for a relative repricing.
 *
 * <p>Errors against the true {@code sigma} are measured where {@code sigma} is <b>well determined</b>:
 * {@code a <= 1e-10} (the rest are deep in or out of the money at short expiries, where the price is at
 * its bound to within rounding or underflows), over every volatility a library returned there (solved or
 * wrong; Quantor's statuses carry none). {@code err / a} is the error in units of that attainable
 * accuracy: a solver exact up to the rounding of its input stays near 1. The last two columns restrict
 * both to prices of at least {@code 1e-6 S}, a range any quote reaches.
 *
 * <p>Against QuantLib's {@code implied_vol.csv} (1,080 rows: strike/spot 0.3 to 3, expiry one day to five
 * years, volatility 1 % to 300 %): on rows the file marks well conditioned, a miss is a failure or an error
 * above {@code max(1e-6, 10 attainable_sigma_err)} (the file's suggested test); on ill-conditioned rows an
 * answer is fine if it reprices within {@code 1e-12 max(S, K)}, or declines cleanly (a Quantor status or a
 * peer's exception), and wrong otherwise (NaN, infinite, negative, or repricing further off).
 */
public final class OptionAccuracyComparison {

  private static final double EPS = Math.ulp(1.0);
  private static final double S = OptionBenchmarkData.SPOT;
  private static final String[] LIBRARIES = {"Quantor", "Strata", "finmath"};
  /** Offsets of price, delta, gamma, vega, theta, rho in Quantor's {@link Greeks} array. */
  private static final int[] QUANTOR_OFFSETS =
      {Greeks.PRICE, Greeks.DELTA, Greeks.GAMMA, Greeks.VEGA, Greeks.THETA, Greeks.RHO};
  /** Largest attainable relative volatility error of a well-determined point. */
  private static final double WELL_DETERMINED = 1e-10;

  private OptionAccuracyComparison() {
  }

  /**
   * Runs the comparison and prints the tables.
   *
   * @param args optional: the folder of QuantLib's {@code european.csv} and {@code implied_vol.csv}
   * @throws IOException if a reference file exists but cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path referenceDir = args.length > 0 ? Path.of(args[0]) : null;
    long start = System.nanoTime();
    OptionBenchmarkData data = OptionBenchmarkData.standard();
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Options: %,d random (OptionBenchmarkData, seed %d); finmath"
        + " implied volatility on the first %,d.%n%n", data.size(), OptionBenchmarkData.SEED,
        OptionBenchmarkData.FINMATH_IV_OPTIONS));
    greeksBetweenLibraries(data, md);
    Path european = referenceDir == null ? null : referenceDir.resolve("european.csv");
    if (european != null && Files.isRegularFile(european)) {
      greeksAgainstQuantLib(european, md);
    } else {
      md.append("(european.csv not given or not found: no comparison with QuantLib prices)\n\n");
    }
    impliedVolatility(data, md);
    Path impliedVol = referenceDir == null ? null : referenceDir.resolve("implied_vol.csv");
    if (impliedVol != null && Files.isRegularFile(impliedVol)) {
      impliedVolatilityAgainstQuantLib(impliedVol, md);
    } else {
      md.append("(implied_vol.csv not given or not found: no comparison with QuantLib's grid)\n\n");
    }
    md.append(String.format(Locale.ROOT, "(comparison took %.1f s)%n", (System.nanoTime() - start) / 1e9));
    System.out.print(md);
  }

  // --- price and Greeks ------------------------------------------------------------------------

  /** One library's price and Greeks into {@code out[0..5]}; false on an exception or non-finite value. */
  private static boolean priceAndGreeks(int library, boolean call, double spot, double strike, double t,
      double r, double q, double sigma, double[] quantorScratch, double[] out) {
    try {
      if (library == 0) {
        BlackScholes.greeks(call ? OptionType.CALL : OptionType.PUT, spot, strike, t, r, q, sigma,
            quantorScratch, 0);
        for (int k = 0; k < OptionPeerFormulas.SIZE; k++) {
          out[k] = quantorScratch[QUANTOR_OFFSETS[k]];
        }
      } else if (library == 1) {
        OptionPeerFormulas.strataPriceAndGreeks(call, spot, strike, t, r, q, sigma, out);
      } else {
        OptionPeerFormulas.finmathPriceAndGreeks(call, spot, strike, t, r, q, sigma, out);
      }
    } catch (RuntimeException e) {
      return false;
    }
    for (int k = 0; k < OptionPeerFormulas.SIZE; k++) {
      if (!Double.isFinite(out[k])) {
        return false;
      }
    }
    return true;
  }

  /** The unit of quantity {@code k} at spot {@code spot}: S for price, vega, theta, rho; 1/S for gamma. */
  private static double unit(int k, double spot) {
    if (k == OptionPeerFormulas.DELTA) {
      return 1;
    }
    return k == OptionPeerFormulas.GAMMA ? 1 / spot : spot;
  }

  private static void greeksBetweenLibraries(OptionBenchmarkData d, StringBuilder md) {
    int n = d.size();
    double[] scratch = new double[Greeks.SIZE];
    double[][] values = new double[LIBRARIES.length][OptionPeerFormulas.SIZE];
    boolean[] ok = new boolean[LIBRARIES.length];
    int[] failures = new int[LIBRARIES.length];
    double[][] maxDiff = new double[LIBRARIES.length][OptionPeerFormulas.SIZE];
    for (int i = 0; i < n; i++) {
      for (int lib = 0; lib < LIBRARIES.length; lib++) {
        ok[lib] = priceAndGreeks(lib, d.call()[i], S, d.strike()[i], d.t()[i], d.r()[i], d.q()[i],
            d.sigma()[i], scratch, values[lib]);
        if (!ok[lib]) {
          failures[lib]++;
        }
      }
      for (int lib = 1; lib < LIBRARIES.length; lib++) {
        if (ok[0] && ok[lib]) {
          for (int k = 0; k < OptionPeerFormulas.SIZE; k++) {
            double diff = Math.abs(values[lib][k] - values[0][k]) / unit(k, S);
            maxDiff[lib][k] = Math.max(maxDiff[lib][k], diff);
          }
        }
      }
    }
    md.append(String.format(Locale.ROOT, "### Price and Greeks: largest difference from Quantor"
        + " (%,d options, |value - Quantor| / unit)%n%n", n));
    md.append("| library | failures | price | delta | gamma | vega | theta | rho |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (int lib = 0; lib < LIBRARIES.length; lib++) {
      md.append("| ").append(LIBRARIES[lib]).append(" | ").append(count(failures[lib]));
      for (int k = 0; k < OptionPeerFormulas.SIZE; k++) {
        md.append(" | ").append(lib == 0 ? "-" : sci(maxDiff[lib][k]));
      }
      md.append(" |\n");
    }
    md.append("\nunit: S for price, vega, theta, rho; 1/S for gamma; 1 for delta.\n\n");
  }

  private static void greeksAgainstQuantLib(Path file, StringBuilder md) throws IOException {
    Csv csv = Csv.read(file);
    String[] refColumns = {"price", "delta", "gamma", "vega", "theta", "rho"};
    double[] scratch = new double[Greeks.SIZE];
    double[] values = new double[OptionPeerFormulas.SIZE];
    int[] failures = new int[LIBRARIES.length];
    double[][] maxErr = new double[LIBRARIES.length][OptionPeerFormulas.SIZE];
    for (int row = 0; row < csv.rows(); row++) {
      boolean call = csv.text(row, "type").equals("call");
      double spot = csv.number(row, "S");
      for (int lib = 0; lib < LIBRARIES.length; lib++) {
        boolean ok = priceAndGreeks(lib, call, spot, csv.number(row, "K"), csv.number(row, "T"),
            csv.number(row, "r"), csv.number(row, "q"), csv.number(row, "sigma"), scratch, values);
        if (!ok) {
          failures[lib]++;
          continue;
        }
        for (int k = 0; k < OptionPeerFormulas.SIZE; k++) {
          double err = Math.abs(values[k] - csv.number(row, refColumns[k])) / unit(k, spot);
          maxErr[lib][k] = Math.max(maxErr[lib][k], err);
        }
      }
    }
    md.append(String.format(Locale.ROOT, "### Price and Greeks against QuantLib 1.29 (european.csv,"
        + " %,d rows, largest |value - QuantLib| / unit)%n%n", csv.rows()));
    md.append("| library | failures | price | delta | gamma | vega | theta | rho |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (int lib = 0; lib < LIBRARIES.length; lib++) {
      md.append("| ").append(LIBRARIES[lib]).append(" | ").append(count(failures[lib]));
      for (int k = 0; k < OptionPeerFormulas.SIZE; k++) {
        md.append(" | ").append(sci(maxErr[lib][k]));
      }
      md.append(" |\n");
    }
    md.append('\n');
  }

  // --- implied volatility ----------------------------------------------------------------------

  /** Outcome of one implied-volatility answer. */
  private enum Outcome {
    SOLVED, EXPLAINED, EXCEPTION, NOT_FINITE, WRONG
  }

  /**
   * One library's raw answer: the volatility, for Quantor possibly a negative status code.
   *
   * @throws RuntimeException whatever the library throws
   */
  private static double answer(int library, boolean call, double price, double spot, double strike,
      double t, double r, double q) {
    if (library == 0) {
      return ImpliedVolatility.blackScholesVolatility(
          call ? OptionType.CALL : OptionType.PUT, price, spot, strike, t, r, q);
    }
    return library == 1
        ? OptionPeerFormulas.strataImpliedVolatility(call, price, spot, strike, t, r, q)
        : OptionPeerFormulas.finmathImpliedVolatility(call, price, spot, strike, t, r, q);
  }

  /** Classifies a raw answer that was not an exception (class comment). */
  private static Outcome classify(int library, double v, boolean call, double price, double spot,
      double strike, double t, double r, double q, double tolerance) {
    if (library == 0 && v < 0) {
      return statusExplained(ImpliedVolStatus.of(v), call, price, spot, strike, t, r, q)
          ? Outcome.EXPLAINED : Outcome.WRONG;
    }
    if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
      return Outcome.NOT_FINITE;
    }
    return reprices(call ? OptionType.CALL : OptionType.PUT, v, price, spot, strike, t, r, q, tolerance)
        ? Outcome.SOLVED : Outcome.WRONG;
  }

  private static boolean isFailure(Outcome o) {
    return o != Outcome.SOLVED && o != Outcome.EXPLAINED;
  }

  private static boolean reprices(OptionType type, double v, double price, double spot, double strike,
      double t, double r, double q, double tolerance) {
    try {
      return Math.abs(BlackScholes.price(type, spot, strike, t, r, q, v) - price) <= tolerance;
    } catch (IllegalArgumentException e) {
      // sigma sqrt(t) overflowed: a volatility no price can come from.
      return false;
    }
  }

  /** Whether a Quantor status is true of the input (class comment). */
  private static boolean statusExplained(ImpliedVolStatus status, boolean call, double price, double spot,
      double strike, double t, double r, double q) {
    double spotLeg = spot * Math.exp(-q * t);
    double strikeLeg = strike * Math.exp(-r * t);
    double lower = lowerBound(call, spot, strike, t, r, q);
    switch (status) {
      case NO_TIME_VALUE:
        return lower == 0 ? price == 0 : price - lower <= 8 * EPS * Math.max(spotLeg, strikeLeg);
      case ABOVE_MAXIMUM:
        return price >= (call ? spotLeg : strikeLeg) * (1 - 8 * EPS);
      case BELOW_INTRINSIC:
        return price < lower;
      case ZERO_EXPIRY:
        return t == 0;
      default:
        return false;
    }
  }

  /**
   * {@code max(omega (S e^{-qT} - K e^{-rT}), 0)}, written as {@code e^{-rT} ((S - K) + S expm1((r-q)T))}
   * so that it is accurate to a few ulps of itself.
   */
  private static double lowerBound(boolean call, double spot, double strike, double t, double r,
      double q) {
    double forwardValue = Math.exp(-r * t) * ((spot - strike) + spot * Math.expm1((r - q) * t));
    return Math.max(call ? forwardValue : -forwardValue, 0);
  }

  /**
   * The rounding error of a price at the volatility {@code sigma}, {@code e_p} of the class comment, and
   * its effect on the volatility: writes {@code e_p} to {@code out[0]} and the relative volatility error
   * it allows, {@code e_p / (vega sigma)} (infinite where vega is 0), to {@code out[1]}. The legs come
   * from Quantor's Greeks at {@code sigma}: {@code |delta| S} and {@code |rho| / T}.
   */
  private static void rounding(OptionType type, double spot, double strike, double t, double r, double q,
      double sigma, double[] scratch, double[] out) {
    BlackScholes.greeks(type, spot, strike, t, r, q, sigma, scratch, 0);
    double legs = Math.abs(scratch[Greeks.DELTA]) * spot + Math.abs(scratch[Greeks.RHO]) / t;
    double error = EPS * legs + (spot + strike) * Double.MIN_VALUE;
    double sensitivity = scratch[Greeks.VEGA] * sigma;
    out[0] = error;
    out[1] = sensitivity > 0 ? error / sensitivity : Double.POSITIVE_INFINITY;
  }

  private static void impliedVolatility(OptionBenchmarkData d, StringBuilder md) {
    int n = d.size();
    double[] scratch = new double[Greeks.SIZE];
    double[] pair = new double[2];
    double[] priceError = new double[n];
    double[] attainable = new double[n];
    int wellDetermined = 0;
    for (int i = 0; i < n; i++) {
      rounding(d.type()[i], S, d.strike()[i], d.t()[i], d.r()[i], d.q()[i], d.sigma()[i], scratch, pair);
      priceError[i] = pair[0];
      attainable[i] = pair[1];
      wellDetermined += attainable[i] <= WELL_DETERMINED ? 1 : 0;
    }
    md.append(String.format(Locale.ROOT, "### Implied volatility: outcomes%n%nWell determined"
        + " (attainable relative error <= %.0e): %,d of %,d options.%n%n", WELL_DETERMINED,
        wellDetermined, n));
    md.append("| library | options | solved | explained status | exceptions | NaN/inf/negative"
        + " | wrong | failures | failures where well determined"
        + " | failures, tolerance max(1e-9 p, 1e-12 S) |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    StringBuilder errors = new StringBuilder();
    errors.append("| library | well determined, answered | max abs error | median abs error"
        + " | max rel error | median rel error | max err / attainable"
        + " | p >= 1e-6 S: max rel error | p >= 1e-6 S: max err / attainable |\n");
    errors.append("|---|---|---|---|---|---|---|---|---|\n");
    for (int lib = 0; lib < LIBRARIES.length; lib++) {
      int count = lib == 2 ? Math.min(n, OptionBenchmarkData.FINMATH_IV_OPTIONS) : n;
      int[] outcomes = new int[Outcome.values().length];
      int failuresWellDetermined = 0;
      int failuresLenient = 0;
      Sample abs = new Sample(count);
      Sample rel = new Sample(count);
      double maxInAttainable = 0;
      double maxRelQuoted = 0;
      double maxInAttainableQuoted = 0;
      for (int i = 0; i < count; i++) {
        boolean call = d.call()[i];
        double p = d.price()[i];
        double sigma = d.sigma()[i];
        Outcome o;
        Outcome lenient;
        double v = Double.NaN;
        try {
          v = answer(lib, call, p, S, d.strike()[i], d.t()[i], d.r()[i], d.q()[i]);
          o = classify(lib, v, call, p, S, d.strike()[i], d.t()[i], d.r()[i], d.q()[i],
              1e-9 * p + 16 * priceError[i]);
          lenient = classify(lib, v, call, p, S, d.strike()[i], d.t()[i], d.r()[i], d.q()[i],
              Math.max(1e-9 * p, 1e-12 * S));
        } catch (RuntimeException e) {
          o = Outcome.EXCEPTION;
          lenient = Outcome.EXCEPTION;
        }
        outcomes[o.ordinal()]++;
        failuresLenient += isFailure(lenient) ? 1 : 0;
        boolean determined = attainable[i] <= WELL_DETERMINED;
        if (isFailure(o) && determined) {
          failuresWellDetermined++;
        }
        boolean answered = o == Outcome.SOLVED || o == Outcome.WRONG && v >= 0;
        if (answered && determined) {
          double err = Math.abs(v - sigma);
          abs.add(err);
          rel.add(err / sigma);
          maxInAttainable = Math.max(maxInAttainable, err / sigma / Math.max(attainable[i], EPS));
          if (p >= 1e-6 * S) {
            maxRelQuoted = Math.max(maxRelQuoted, err / sigma);
            maxInAttainableQuoted =
                Math.max(maxInAttainableQuoted, err / sigma / Math.max(attainable[i], EPS));
          }
        }
      }
      int failures = outcomes[Outcome.EXCEPTION.ordinal()] + outcomes[Outcome.NOT_FINITE.ordinal()]
          + outcomes[Outcome.WRONG.ordinal()];
      md.append("| ").append(LIBRARIES[lib]).append(" | ").append(count(count))
          .append(" | ").append(count(outcomes[Outcome.SOLVED.ordinal()]))
          .append(" | ").append(lib == 0 ? count(outcomes[Outcome.EXPLAINED.ordinal()]) : "-")
          .append(" | ").append(count(outcomes[Outcome.EXCEPTION.ordinal()]))
          .append(" | ").append(count(outcomes[Outcome.NOT_FINITE.ordinal()]))
          .append(" | ").append(count(outcomes[Outcome.WRONG.ordinal()]))
          .append(" | ").append(countAndShare(failures, count))
          .append(" | ").append(count(failuresWellDetermined))
          .append(" | ").append(countAndShare(failuresLenient, count)).append(" |\n");
      errors.append("| ").append(LIBRARIES[lib]).append(" | ").append(count(abs.size()))
          .append(" | ").append(sci(abs.max())).append(" | ").append(sci(abs.median()))
          .append(" | ").append(sci(rel.max())).append(" | ").append(sci(rel.median()))
          .append(" | ").append(String.format(Locale.ROOT, "%.3g", maxInAttainable))
          .append(" | ").append(sci(maxRelQuoted))
          .append(" | ").append(String.format(Locale.ROOT, "%.3g", maxInAttainableQuoted)).append(" |\n");
    }
    md.append("\n### Implied volatility: error against the true sigma where well determined\n\n");
    md.append(errors).append('\n');
  }

  private static void impliedVolatilityAgainstQuantLib(Path file, StringBuilder md) throws IOException {
    Csv csv = Csv.read(file);
    md.append(String.format(Locale.ROOT, "### Implied volatility against QuantLib's grid (implied_vol.csv,"
        + " %,d rows)%n%n", csv.rows()));
    md.append("| library | well-conditioned rows | misses | failures | max abs error"
        + " | ill-conditioned rows | reprice | decline | wrong |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    double[] scratch = new double[Greeks.SIZE];
    double[] pair = new double[2];
    for (int lib = 0; lib < LIBRARIES.length; lib++) {
      int wellRows = 0;
      int misses = 0;
      int failures = 0;
      double maxErr = 0;
      int illRows = 0;
      int repriced = 0;
      int declined = 0;
      int wrong = 0;
      for (int row = 0; row < csv.rows(); row++) {
        boolean call = csv.text(row, "type").equals("call");
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double spot = csv.number(row, "S");
        double strike = csv.number(row, "K");
        double t = csv.number(row, "T");
        double r = csv.number(row, "r");
        double q = csv.number(row, "q");
        double price = csv.number(row, "price");
        double sigma = csv.number(row, "true_sigma");
        double v = Double.NaN;
        boolean threw = false;
        try {
          v = answer(lib, call, price, spot, strike, t, r, q);
        } catch (RuntimeException e) {
          threw = true;
        }
        if (!csv.text(row, "ill_conditioned").equals("true")) {
          wellRows++;
          rounding(type, spot, strike, t, r, q, sigma, scratch, pair);
          double tolerance = 1e-9 * price + 16 * Math.max(pair[0], csv.number(row, "price_abs_err_est"));
          Outcome o = threw ? Outcome.EXCEPTION
              : classify(lib, v, call, price, spot, strike, t, r, q, tolerance);
          double allowed = Math.max(1e-6, 10 * csv.number(row, "attainable_sigma_err"));
          if (o != Outcome.SOLVED) {
            failures++;
            misses++;
          } else {
            double err = Math.abs(v - sigma);
            maxErr = Math.max(maxErr, err);
            misses += err > allowed ? 1 : 0;
          }
        } else {
          illRows++;
          if (threw || (lib == 0 && v < 0)) {
            declined++;
          } else if (v >= 0 && v < Double.POSITIVE_INFINITY
              && reprices(type, v, price, spot, strike, t, r, q, 1e-12 * Math.max(spot, strike))) {
            repriced++;
          } else {
            wrong++;
          }
        }
      }
      md.append("| ").append(LIBRARIES[lib]).append(" | ").append(count(wellRows))
          .append(" | ").append(count(misses)).append(" | ").append(count(failures))
          .append(" | ").append(sci(maxErr)).append(" | ").append(count(illRows))
          .append(" | ").append(count(repriced)).append(" | ").append(count(declined))
          .append(" | ").append(count(wrong)).append(" |\n");
    }
    md.append("\nmiss: a failure or an error above max(1e-6, 10 attainable_sigma_err); failure: as on the"
        + " random options (tolerance 1e-9 p + 16 max(e_p, price_abs_err_est)); decline: a Quantor status"
        + " or a peer's exception; reprice: within 1e-12 max(S, K).\n\n");
  }

  // --- formatting and data -------------------------------------------------------------------------

  private static String sci(double x) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.2e", x);
  }

  private static String countAndShare(int x, int of) {
    return String.format(Locale.ROOT, "%,d (%.3f %%)", x, 100.0 * x / of);
  }

  private static String count(int x) {
    return String.format(Locale.ROOT, "%,d", x);
  }

  /** A growing set of values with its maximum and median. */
  private static final class Sample {
    private double[] values;
    private int size;

    Sample(int capacity) {
      values = new double[Math.max(capacity, 1)];
    }

    void add(double x) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = x;
    }

    int size() {
      return size;
    }

    double max() {
      double m = size == 0 ? Double.NaN : 0;
      for (int i = 0; i < size; i++) {
        m = Math.max(m, values[i]);
      }
      return m;
    }

    double median() {
      if (size == 0) {
        return Double.NaN;
      }
      double[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      return size % 2 == 1 ? sorted[size / 2] : 0.5 * (sorted[size / 2 - 1] + sorted[size / 2]);
    }
  }

  /** A reference CSV with a header row; the options files never quote, so lines split on commas. */
  private static final class Csv {
    private final Map<String, Integer> columns = new HashMap<>();
    private final String[][] cells;

    private Csv(List<String> lines) {
      String[] header = lines.get(0).split(",", -1);
      for (int c = 0; c < header.length; c++) {
        columns.put(header[c].trim(), c);
      }
      cells = lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
          .toArray(String[][]::new);
    }

    static Csv read(Path file) throws IOException {
      return new Csv(Files.readAllLines(file));
    }

    int rows() {
      return cells.length;
    }

    String text(int row, String column) {
      Integer c = columns.get(column);
      if (c == null) {
        throw new IllegalArgumentException("column " + column + " not found");
      }
      return cells[row][c].trim();
    }

    double number(int row, String column) {
      return Double.parseDouble(text(row, column));
    }
  }
}
