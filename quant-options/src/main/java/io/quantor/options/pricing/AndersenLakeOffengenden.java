package io.quantor.options.pricing;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * American options under Black-Scholes-Merton with a continuous dividend yield, priced from their exercise
 * boundary by the method of Andersen, Lake and Offengenden: within about 1e-6 of the converged value with
 * the default scheme, in about 2.6 microseconds with a reused {@link Pricer} (see {@link Scheme}).
 *
 * <h2>Method</h2>
 * L. Andersen, M. Lake, D. Offengenden, "High-performance American option pricing", Journal of
 * Computational Finance 20(1), 2016, 39-87 (ALO). For a put with strike {@code K}, rate {@code r},
 * dividend yield {@code q} and volatility {@code sigma}, the exercise boundary {@code B(tau)} (the spot at or
 * below which exercise is optimal, {@code tau} the time to expiry) solves ALO's integral equation, and the
 * price at spot {@code S} with expiry {@code T} is the European price plus the early exercise premium
 * <pre>
 *   V(S) = v(S) + int_0^T (r K e^{-r t} N(-d-(t, S/B(T-t))) - q S e^{-q t} N(-d+(t, S/B(T-t)))) dt,
 *   d+-(t, x) = (ln x + (r - q) t) / (sigma sqrt(t)) +- sigma sqrt(t) / 2.
 * </pre>
 * As in ALO:
 * <ul>
 *   <li>the boundary is represented by {@code H(sqrt(tau)) = ln(B(tau)/X)^2} with {@code X = B(0+) =
 *       K min(1, r/q)}, interpolated by a polynomial in {@code sqrt(tau)} through {@code n + 1}
 *       Chebyshev-Lobatto nodes (evaluated in barycentric form: J.-P. Berrut and L. N. Trefethen,
 *       "Barycentric Lagrange interpolation", SIAM Review 46(3), 2004; for {@code q > r} a shifted
 *       variant, see below);</li>
 *   <li>the start values at the nodes are the QD+ approximation (M. Li, "Analytical approximations for the
 *       critical stock prices of American options: a performance comparison", Review of Derivatives
 *       Research 13, 2010), solved with Halley's method (here in {@code ln B}, each node started from the
 *       previous ones);</li>
 *   <li>the boundary equation is ALO's fixed-point system FP-A, {@code B(tau) = K e^{-(r-q) tau} N(tau, B)
 *       / D(tau, B)} with {@code N} and {@code D} integrals of the normal density along the boundary,
 *       collocated at the nodes; its integrals use {@code l}-point Gauss-Legendre quadrature (nodes by
 *       Newton's method on the Legendre recurrence) and the premium integral {@code p} points;</li>
 *   <li>calls use the put-call symmetry {@code C(S, K, r, q) = P(K, S, q, r)} (R. McDonald and M. Schroder,
 *       "A parity result for American options", Journal of Computational Finance 1(3), 1998).</li>
 * </ul>
 * Where this implementation differs from the paper:
 * <ul>
 *   <li>The collocation equations are solved by Newton's method with the exact Jacobian of the discretized
 *       system ({@code n x n}: through {@code B(tau_i)} and through the interpolant), globalized by
 *       backtracking. ALO (and QuantLib's {@code QdFpAmericanEngine}) take one partial Jacobi-Newton step
 *       (a diagonal derivative without the integral terms) and then plain fixed-point sweeps. On the
 *       reference grid below, those sweeps converge slowly at low volatility and long expiry (five leave
 *       errors near 1e-5 relative, ten are needed for 1e-6), while two Newton iterations from QD+ reach the
 *       discretization error.</li>
 *   <li>The first of the {@code m} Newton iterations (when {@code m >= 2}) is a predictor with a four-point
 *       Gauss-Legendre rule instead of the scheme's {@code l} points. From QD+, a few percent off, it lands
 *       about 1e-3 from the discrete solution, and one iteration with the full rule, converging
 *       quadratically, then reaches the discretization error: on the reference grid the default's prices
 *       are within 5e-9 K (its boundary within 1.5e-6 in {@code ln B}) of the fully converged solution of
 *       the same discretization, at three quarters of the cost of two full iterations. A predictor step
 *       larger than half the boundary's distance from {@code B(0+)}, or one that does not reduce the
 *       residual, is discarded (at very low volatility four points do not resolve the integrands).</li>
 *   <li>For the default scheme, puts with {@code q >= 0} and calls with {@code r >= 0} start instead from
 *       a table of the scheme's own converged solutions and take one full Newton step (no QD+, no
 *       predictor). The discrete boundary of the put with strike 1 depends on three numbers only,
 *       {@code sigma sqrt(T)}, the larger of {@code r} and {@code q} over {@code sigma^2}, and the ratio of
 *       the smaller to the larger (the equation is invariant under {@code (r, q, sigma^2, T) -> (r / L,
 *       q / L, sigma^2 / L, L T)} and the nodes are fixed fractions of {@code T}); the table holds
 *       {@code ln(B(0+) / B)} at the nodes on two grids, 14 x 14 x 9 for {@code q <= r} and 14 x 14 x 25
 *       for {@code q > r}, over {@code sigma sqrt(T)} in [0.025, 1.2], the second coordinate in
 *       [0.02, 10] and the ratio in [0, 1] (for {@code q <= r} logarithmic in {@code 1 - q/r}, which
 *       resolves the short-expiry behaviour near {@code q = r}), interpolated by cubic Lagrange
 *       polynomials in each coordinate (see {@link BoundaryStartTable}). It is built once per JVM, when
 *       the default scheme first prices an option with early exercise (480 kilobytes; about 50
 *       milliseconds with compiled code, 0.25 to 0.5 seconds as the first work of a fresh JVM). If the
 *       start's largest residual exceeds 1e-3 the solve starts again from QD+, except for {@code q > r}
 *       with a residual up to 0.1, where it takes the scheme's two full Newton iterations from the start.
 *       On 20,000 random markets of the American pricing benchmark's ranges (all inside the box) the
 *       premium is within 1.2e-9 ({@code q <= r}) and 5.3e-9 ({@code q > r}) of the strike of the fully
 *       converged discrete solution (from QD+ and the predictor: 4.6e-9 and 1.1e-9), and the two starts
 *       give prices within 5.1e-9 of the strike of each other; outside the box results are those of the
 *       QD+ path to the bit. For {@code q > r} 92% of those markets take one step; the discrete solution
 *       there is smooth in the market (see the next item) but changes fast where the time at which the
 *       boundary leaves {@code B(0+)} passes a node, and a grid fine enough for one step everywhere
 *       would need more than a megabyte.</li>
 *   <li>For {@code q > r} (in put terms) the interpolated quantity is not ALO's {@code H = g^2},
 *       {@code g = ln(B(0+)/B)}, but {@code phi = g (g + 2 a)} with {@code a = 0.1 sigma sqrt(T)}, so
 *       {@code g = sqrt(a^2 + phi) - a}: like {@code H} where {@code g >> a}, like {@code g} itself near
 *       expiry, where {@code g ~ 0.639 sigma sqrt(tau)} (Evans, Kuske and Keller) is linear in
 *       {@code sqrt(tau)}. Where the interpolant dips below 0 near expiry, {@code g} is then slightly
 *       negative instead of clamped at 0 ({@code H} is clamped, and each change of the clamped set of
 *       quadrature points is a kink of the discrete solution in the market). Measured along lines in
 *       {@code q / r} from 1 to 3 at twelve pairs of {@code (sigma, T)} (converged solutions, second
 *       differences of {@code g_i} at steps 4e-4 and 1e-4): the ratio of the largest second differences
 *       is 14.3 to 16 with {@code phi} (16 for a smooth function) and 2.1 to 14 with {@code H} (4 at a
 *       kink). Interpolating {@code g} itself ({@code a} infinite) is smooth too but less accurate: on the
 *       reference grid its largest absolute error is 1.28 times the tolerance of 1.5e-5 K / 100 on six
 *       puts with {@code T = 3}, {@code r = 3%}, {@code q = 4%}; with {@code a = 0.1 sigma sqrt(T)} the
 *       {@code q > r} rows' largest ratios are 0.43 (relative tolerance) and 0.68 (absolute; with
 *       {@code H}: 0.46 and 0.61). For {@code q <= r} the representation is ALO's, to the bit.</li>
 *   <li>FP-A rather than ALO's recommended FP-B: FP-B exists because the fixed-point iteration on FP-A can
 *       diverge (it did on some low-volatility rows of the grid), which does not concern Newton; FP-A's
 *       integrands need fewer evaluations of the normal distribution and its discretization error is
 *       smaller for the same {@code l}.</li>
 *   <li>The integrals are taken after the substitutions {@code u = tau sin^2(theta)} (boundary equation)
 *       and {@code t = T sin^2(phi)} (premium), which make both ends smooth: {@code sqrt(u)}, the variable of
 *       the interpolant, and the weak singularity {@code 1/sqrt(tau - u)} of FP-A.</li>
 * </ul>
 *
 * <h2>Accuracy and speed</h2>
 * See {@link Scheme}. With the default {@link Scheme#ACCURATE} all 480 rows of the QuantLib reference grid
 * ({@code american.csv} of the shared reference data: QuantLib 1.29 {@code QdFpAmericanEngine}, high
 * precision) agree within {@code max(1e-6 V, the row's error estimate)}. Away from that grid a fixed scheme
 * loses accuracy where the boundary is hard to resolve. Measured against a finer scheme (32, 10, 48, 128)
 * with {@code K = 100}, largest error divided by {@code max(V, 1)}:
 * <table>
 *   <caption>Accuracy on random markets</caption>
 *   <tr><th>markets</th><th>ACCURATE</th><th>HIGH_PRECISION</th></tr>
 *   <tr><td>3000: sigma 3% to 103%, T to 10 years, r and q to 20%</td><td>2e-5</td><td>4e-9</td></tr>
 *   <tr><td>1000: sigma 50% to 250%, T to 30 years</td><td>1.4e-4</td><td>1e-8</td></tr>
 *   <tr><td>2000: sigma 1% to 10%, T to 10 years</td><td>5e-3</td><td>3e-6</td></tr>
 * </table>
 * The last row's worst case is a put with sigma = 4.6%, T = 9 years, r = 18%: the boundary stays within
 * 1.2% of the strike for nine years, and 9 Chebyshev nodes do not resolve it; use
 * {@link Scheme#HIGH_PRECISION} (or a custom {@link Scheme#of}) for such markets.
 *
 * <p>Speed: the integrands at all quadrature points of an iteration are evaluated together, in loops that
 * the JIT compiler vectorizes, with their own exponential (within one unit in the last place of
 * {@link Math#exp(double)}) and normal distribution function (Cody's rational approximation, absolute
 * error below 2.5e-12), both far more accurate than the discretization: evaluated with {@code Math.exp}
 * and {@code Normal.cdf} instead, the default scheme's prices on the reference grid and the benchmark's
 * markets move by at most 6.4e-13 relative (1.5e-11 absolute, strikes near 100). The cost per price is
 * given in the {@link Scheme} table.
 *
 * <h2>Special cases</h2>
 * Written for the put; a call is the put with {@code S <-> K} and {@code r <-> q}.
 * <ul>
 *   <li>{@code t = 0}: the intrinsic value. {@code sigma = 0}: the deterministic value
 *       {@code max_{0 <= u <= t} e^{-r u} max(omega (S e^{(r-q) u} - K), 0)}, {@code omega = +1} for a
 *       call, {@code -1} for a put.</li>
 *   <li>A put with {@code r <= 0} and {@code q >= r} (a call with {@code q <= 0} and {@code r >= q}) is never
 *       exercised early: its value is the European value.</li>
 *   <li>A put with {@code r <= 0} and {@code q < r} (a call with {@code q <= 0} and {@code r < q}) is not
 *       supported: {@link IllegalArgumentException} (unless {@code t = 0} or {@code sigma = 0}). For
 *       {@code r < 0} its exercise region lies between two boundaries (M. Battauz, M. De Donno and
 *       A. Sbuelz, "Real options and American derivatives: the double continuation region", Management
 *       Science 61(5), 2015), which ALO's single-boundary equation does not describe; at {@code r = 0} the
 *       boundary is single but the QD+ start needs {@code r > 0}.</li>
 *   <li>A spot inside the exercise region gives the intrinsic value; every price is at least the intrinsic
 *       and the European value.</li>
 * </ul>
 *
 * <h2>Input</h2>
 * {@code spot} and {@code strike} finite and {@code > 0}, {@code t} and {@code sigma} finite and
 * {@code >= 0}, {@code r} and {@code q} finite; otherwise {@link IllegalArgumentException}.
 *
 * <h2>Threads and allocation</h2>
 * The static methods are stateless and thread-safe; each call allocates the solver's work arrays (about
 * 8 kilobytes for the default scheme) and nothing per iteration. A {@link Pricer} allocates them once and
 * reuses them, with the same results to the bit; it is not thread-safe (one pricer per thread). The
 * default scheme's table of start values is built once, on first use, immutable and shared by all
 * threads.
 */
public final class AndersenLakeOffengenden {

  private AndersenLakeOffengenden() {
  }

  /**
   * The price of an American option with the default scheme {@link Scheme#ACCURATE}.
   *
   * @param type call or put
   * @param spot the spot price {@code S}, finite and {@code > 0}
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the price, at least the intrinsic and the European value
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range, or the
   *     option is in the double-boundary regime (see the class documentation)
   */
  public static double price(
      OptionType type, double spot, double strike, double t, double r, double q, double sigma) {
    return price(Scheme.ACCURATE, type, spot, strike, t, r, q, sigma);
  }

  /**
   * The price of an American option with a chosen scheme.
   *
   * @param scheme the discretization
   * @param type call or put
   * @param spot the spot price {@code S}, finite and {@code > 0}
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the price, at least the intrinsic and the European value
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range, or the
   *     option is in the double-boundary regime (see the class documentation)
   */
  public static double price(Scheme scheme, OptionType type, double spot, double strike, double t,
      double r, double q, double sigma) {
    Args.notNull(scheme, "scheme");
    return new Pricer(scheme).price(type, spot, strike, t, r, q, sigma);
  }

  /**
   * The exercise boundary of an American option with the default scheme {@link Scheme#ACCURATE}: the
   * critical spot price as a function of the time to expiry, from which any spot can be priced.
   *
   * @param type call or put
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the boundary
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range, or the
   *     option is in the double-boundary regime (see the class documentation)
   */
  public static ExerciseBoundary exerciseBoundary(
      OptionType type, double strike, double t, double r, double q, double sigma) {
    return exerciseBoundary(Scheme.ACCURATE, type, strike, t, r, q, sigma);
  }

  /**
   * The exercise boundary of an American option with a chosen scheme.
   *
   * @param scheme the discretization
   * @param type call or put
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the boundary
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range, or the
   *     option is in the double-boundary regime (see the class documentation)
   */
  public static ExerciseBoundary exerciseBoundary(Scheme scheme, OptionType type, double strike, double t,
      double r, double q, double sigma) {
    Args.notNull(scheme, "scheme");
    checkMarket(type, strike, t, r, q, sigma);
    checkSingleBoundary(type, r, q);
    boolean call = type == OptionType.CALL;
    double putRate = call ? q : r;
    double putYield = call ? r : q;
    int n = scheme.collocationNodes();
    if (putRate <= 0.0) {
      return new ExerciseBoundary(scheme, type, strike, t, r, q, sigma, false, 0.0, new double[n + 1]);
    }
    double xMax = PutBoundarySolver.limitAtExpiry(putRate, putYield);
    if (t == 0.0 || sigma == 0.0) {
      // No diffusion: the boundary is its expiry limit at every time (exercise as soon as carrying the
      // intrinsic value loses, r K > q S for the put).
      return new ExerciseBoundary(scheme, type, strike, t, r, q, sigma, true, xMax, new double[n + 1]);
    }
    PutBoundarySolver solver = new PutBoundarySolver(scheme);
    solver.solve(putRate, putYield, sigma, t);
    return new ExerciseBoundary(scheme, type, strike, t, r, q, sigma, true, xMax,
        solver.nodeValues().clone());
  }

  /**
   * The value without diffusion ({@code t = 0} or {@code sigma = 0}): the largest discounted payoff
   * {@code f(u) = max(omega (S e^{-q u} - K e^{-r u}), 0)} over the exercise dates {@code 0 <= u <= t}. The
   * difference of two exponentials has at most one interior stationary point, {@code u* = ln(r K / (q S)) /
   * (r - q)}, so the maximum is at {@code 0}, {@code t} or {@code u*}.
   */
  static double deterministicPrice(OptionType type, double spot, double strike, double t, double r,
      double q) {
    double best = type.payoff(spot, strike);
    if (t > 0.0) {
      best = Math.max(best, discountedPayoff(type, spot, strike, t, r, q));
      if (r != q && r * q > 0.0) {
        double stationary = Math.log(r * strike / (q * spot)) / (r - q);
        if (stationary > 0.0 && stationary < t) {
          best = Math.max(best, discountedPayoff(type, spot, strike, stationary, r, q));
        }
      }
    }
    return best;
  }

  private static double discountedPayoff(OptionType type, double spot, double strike, double u, double r,
      double q) {
    return Math.max(type.sign() * (spot * Math.exp(-q * u) - strike * Math.exp(-r * u)), 0.0);
  }

  private static void checkMarket(OptionType type, double strike, double t, double r, double q,
      double sigma) {
    Args.notNull(type, "type");
    Args.finite(Args.positive(strike, "strike"), "strike");
    Args.finite(Args.atLeast(t, 0, "t"), "t");
    Args.finite(r, "r");
    Args.finite(q, "q");
    Args.finite(Args.atLeast(sigma, 0, "sigma"), "sigma");
  }

  private static void checkSingleBoundary(OptionType type, double r, double q) {
    boolean call = type == OptionType.CALL;
    double putRate = call ? q : r;
    double putYield = call ? r : q;
    if (putRate <= 0.0 && putYield < putRate) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s with r = %s and q = %s is not supported: %s (with a negative %s the exercise region lies "
              + "between two boundaries)", call ? "a call" : "a put", r, q,
          call ? "q <= 0 and r < q" : "r <= 0 and q < r", call ? "q" : "r"));
    }
  }

  /**
   * A reusable pricer for one scheme: the same prices as {@link AndersenLakeOffengenden#price(Scheme,
   * OptionType, double, double, double, double, double, double)}, bit for bit, without allocating. The
   * static methods allocate the solver's work arrays (about 7 kilobytes for the default scheme) on every
   * call; a pricer allocates them once, when it is created, and reuses them for every price, which saves
   * about a tenth of the time in loops over many options.
   *
   * <p>Not thread-safe: the work arrays are overwritten by every call. Confine a pricer to one thread (for
   * example one per worker, or a {@code ThreadLocal} owned by the caller); creating one costs less than a
   * price.
   *
   * <pre>{@code
   * AndersenLakeOffengenden.Pricer pricer = AndersenLakeOffengenden.Pricer.of(Scheme.ACCURATE);
   * for (int i = 0; i < strikes.length; i++) {
   *   values[i] = pricer.price(OptionType.PUT, 100, strikes[i], 1.0, 0.05, 0.02, 0.25);
   * }
   * }</pre>
   */
  public static final class Pricer {

    private final Scheme scheme;
    private final PutBoundarySolver solver;

    private Pricer(Scheme scheme) {
      this.scheme = scheme;
      this.solver = new PutBoundarySolver(scheme);
    }

    /**
     * A pricer with its own work arrays.
     *
     * @param scheme the discretization
     * @return the pricer
     * @throws IllegalArgumentException if {@code scheme} is null
     */
    public static Pricer of(Scheme scheme) {
      return new Pricer(Args.notNull(scheme, "scheme"));
    }

    /**
     * The scheme of this pricer.
     *
     * @return the scheme
     */
    public Scheme scheme() {
      return scheme;
    }

    /**
     * The price of an American option.
     *
     * @param type call or put
     * @param spot the spot price {@code S}, finite and {@code > 0}
     * @param strike the strike {@code K}, finite and {@code > 0}
     * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
     * @param r the continuously compounded risk-free rate, finite
     * @param q the continuous dividend yield, finite
     * @param sigma the volatility, finite and {@code >= 0}
     * @return the price, at least the intrinsic and the European value
     * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range, or the
     *     option is in the double-boundary regime (see the class documentation)
     */
    public double price(OptionType type, double spot, double strike, double t, double r, double q,
        double sigma) {
      checkMarket(type, strike, t, r, q, sigma);
      Args.finite(Args.positive(spot, "spot"), "spot");
      if (t == 0.0 || sigma == 0.0) {
        return deterministicPrice(type, spot, strike, t, r, q);
      }
      checkSingleBoundary(type, r, q);
      boolean call = type == OptionType.CALL;
      double putRate = call ? q : r;
      double putYield = call ? r : q;
      double intrinsic = type.payoff(spot, strike);
      double european = BlackScholes.price(type, spot, strike, t, r, q, sigma);
      if (putRate <= 0.0) {
        return european > intrinsic ? european : intrinsic;
      }
      solver.solve(putRate, putYield, sigma, t);
      double s = call ? strike / spot : spot / strike;
      if (Math.log(s) <= solver.logBoundaryAtExpiry()) {
        return intrinsic;
      }
      double premium = (call ? spot : strike) * solver.premium(s);
      double american = european + (premium > 0.0 ? premium : 0.0);
      return american > intrinsic ? american : intrinsic;
    }
  }

  /**
   * A discretization of the method: {@code l} Gauss-Legendre nodes for the integrals of the boundary
   * equation, at most {@code m} Newton iterations, {@code n + 1} Chebyshev nodes for the boundary
   * ({@code n} unknowns) and {@code p} Gauss-Legendre nodes for the premium integral (ALO's {@code (l, m, n)}
   * and {@code p}, the letters of QuantLib's {@code QdFpLegendreScheme}; here {@code m} counts Newton
   * iterations, not fixed-point sweeps, extended up to {@code 2 m} while Newton is outside its quadratic
   * regime, and for {@code m >= 2} and {@code l > 4} the first is the four-point predictor described in
   * the class documentation). Immutable; the quadrature nodes and
   * weights and the interpolation weights at all quadrature points are computed once, when the scheme is
   * created.
   *
   * <p>A price costs {@code n} QD+ solves, {@code m} evaluations of the {@code n l} integrands (the first
   * with {@code 4 n} when it is the predictor; with the Jacobian) and {@code p} integrands of the premium;
   * for {@link #ACCURATE} (inside its table's box, which covers ordinary markets) a table lookup and one
   * evaluation instead of the QD+ solves and the first two evaluations, or for {@code q > r} (in put
   * terms) from a start further off two full evaluations (see the class documentation).
   * Accuracy against {@code american.csv} (480 rows, QuantLib's high-precision QdFp values {@code V},
   * tolerance {@code max(1e-6 V, err_est, 1e-14 max(S, K))}; see
   * {@code AndersenLakeOffengendenReferenceTest}), and the cost per price on the American pricing
   * benchmark's 1000 options with one reused {@link Pricer} (AMD EPYC, JDK 17; JMH for {@code FAST} and
   * {@code ACCURATE}, thread CPU time for {@code HIGH_PRECISION}; the static methods, which allocate, take
   * about 0.4 to 0.65 us more):
   * <table>
   *   <caption>Schemes</caption>
   *   <tr><th>scheme</th><th>(l, m, n, p)</th><th>rows within tolerance</th>
   *   <th>largest |error| / V (V &ge; 0.01)</th><th>largest error / tolerance</th><th>cost</th></tr>
   *   <tr><td>{@link #FAST}</td><td>(5, 1, 6, 16)</td><td>260</td><td>7.9e-5</td><td>21</td>
   *   <td>about 2.1 us</td></tr>
   *   <tr><td>{@link #ACCURATE}</td><td>(7, 2, 9, 24)</td><td>480</td><td>2.5e-6 (*)</td><td>0.51</td>
   *   <td>about 2.6 us (**)</td></tr>
   *   <tr><td>{@link #HIGH_PRECISION}</td><td>(24, 8, 32, 96)</td><td>480</td><td>8.3e-7 (*)</td>
   *   <td>0.12</td><td>about 110 us</td></tr>
   * </table>
   * (*) On rows whose own error estimate (the spread of QuantLib's schemes) is larger, hence within
   * tolerance; {@code HIGH_PRECISION} reproduces the early exercise premium of ALO's high-precision
   * example to 8e-11. Measured as absolute errors with {@code K = 100}: {@code ACCURATE} at most 1.1e-5 on
   * the grid and 2.1e-5 on 1000 random markets of the American pricing benchmark (sigma 10% to 60%, T 0.1
   * to 3 years) against a converged scheme (1.7e-5 on another 1000 with the representation for
   * {@code q > r} described in the class documentation); {@code FAST} 5.2e-4 and 5.6e-4. An 801-step
   * binomial tree takes about 280 us per price on the same machine; {@code ACCURATE} through a reused
   * {@link Pricer} measured 108 to 111 times faster than it in paired JMH runs (see docs/performance.md).
   * (**) JMH, 2.45 to 2.63 us per fork; 3.2 us with the static methods. Every option of the benchmark
   * with early exercise starts from the table of converged solutions: thread CPU time of the boundary's
   * solve about 1.7 us for puts with {@code q <= r} and calls with {@code r <= q}, about 1.9 us for the
   * others (puts with {@code q > r}, calls with {@code r > q}; some of them take two Newton iterations from
   * the table), then 0.6 us for the premium; before that table, a price took about 4.5 us, from QD+ and the
   * predictor.
   */
  public static final class Scheme {

    /** Gauss-Legendre points of the predictor iteration (three lose accuracy at low volatility). */
    private static final int PREDICTOR_NODES = 4;

    /** Few nodes, one Newton iteration: about 1e-4 relative, twice as fast as the default. */
    public static final Scheme FAST = new Scheme(5, 1, 6, 16);
    /** The default: within 1e-6 relative of QuantLib's high-precision values on the reference grid. */
    public static final Scheme ACCURATE = new Scheme(7, 2, 9, 24);
    /** Converged to about 1e-9 relative on ordinary markets: for reference values and for testing. */
    public static final Scheme HIGH_PRECISION = new Scheme(24, 8, 32, 96);

    private static final int MAX_QUADRATURE_NODES = 128;
    private static final int MAX_ITERATIONS = 50;
    private static final int MAX_COLLOCATION_NODES = 64;
    private static final int MAX_PRICE_NODES = 512;

    private final int l;
    private final int m;
    private final int n;
    private final int p;

    private final ChebyshevLobatto interpolation;
    private final BoundaryQuadrature quadrature;
    private final BoundaryQuadrature predictorQuadrature;
    // The premium's tables: the basis weights per node; the rest list each node twice, [0, p) for the
    // rate's term of the integrand and [p, 2p) for the yield's.
    private final double[] priceFractionElapsed;
    private final double[] priceSqrtFractionElapsed;
    private final double[] priceWeight;
    private final double[] priceRateTerm;
    private final double[][] priceRows;

    private Scheme(int l, int m, int n, int p) {
      this.l = Args.inRange(l, 1, MAX_QUADRATURE_NODES, "l");
      this.m = Args.inRange(m, 1, MAX_ITERATIONS, "m");
      this.n = Args.inRange(n, 2, MAX_COLLOCATION_NODES, "n");
      this.p = Args.inRange(p, 1, MAX_PRICE_NODES, "p");
      interpolation = new ChebyshevLobatto(n);
      quadrature = new BoundaryQuadrature(l, interpolation);
      predictorQuadrature = m > 1 && l > PREDICTOR_NODES
          ? new BoundaryQuadrature(PREDICTOR_NODES, interpolation) : quadrature;
      // Premium: elapsed time t = T sin^2(phi), phi = pi (1 + y) / 4; time to expiry T cos^2(phi), so the
      // interpolant's coordinate is z = 2 cos(phi) - 1.
      GaussLegendre priceRule = GaussLegendre.of(p);
      priceFractionElapsed = new double[2 * p];
      priceSqrtFractionElapsed = new double[2 * p];
      priceWeight = new double[2 * p];
      priceRateTerm = new double[2 * p];
      priceRows = new double[n][p];
      double[] basis = new double[n + 1];
      for (int k = 0; k < p; k++) {
        double phi = 0.25 * Math.PI * (1.0 + priceRule.node(k));
        double sin = Math.sin(phi);
        double cos = Math.cos(phi);
        interpolation.basis(2.0 * cos - 1.0, basis);
        for (int half = 0; half < 2; half++) {
          int index = half * p + k;
          priceFractionElapsed[index] = sin * sin;
          priceSqrtFractionElapsed[index] = sin;
          priceWeight[index] = priceRule.weight(k) * 0.5 * Math.PI * sin * cos;
          priceRateTerm[index] = half == 0 ? 1.0 : 0.0;
        }
        for (int j = 1; j <= n; j++) {
          priceRows[j - 1][k] = basis[j];
        }
      }
    }

    /**
     * A scheme with the given parameters.
     *
     * @param l Gauss-Legendre nodes of the boundary equation's integrals, 1 to 128
     * @param m the number of Newton iterations, 1 to 50: fewer once an update of {@code ln B} is below
     *     1e-10, up to {@code 2 m} while the residual falls by less than a factor 4 per iteration (outside
     *     the quadratic regime); for {@code m >= 2} and {@code l > 4} the first is a predictor with four
     *     points
     * @param n Chebyshev intervals of the boundary ({@code n + 1} nodes, {@code n} unknowns), 2 to 64
     * @param p Gauss-Legendre nodes of the premium integral, 1 to 512
     * @return the scheme
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Scheme of(int l, int m, int n, int p) {
      return new Scheme(l, m, n, p);
    }

    /**
     * The number of Gauss-Legendre nodes of the boundary equation's integrals ({@code l}).
     *
     * @return {@code l}
     */
    public int quadratureNodes() {
      return l;
    }

    /**
     * The maximum number of Newton iterations ({@code m}).
     *
     * @return {@code m}
     */
    public int iterations() {
      return m;
    }

    /**
     * The number of Chebyshev intervals of the boundary ({@code n}; {@code n + 1} nodes).
     *
     * @return {@code n}
     */
    public int collocationNodes() {
      return n;
    }

    /**
     * The number of Gauss-Legendre nodes of the premium integral ({@code p}).
     *
     * @return {@code p}
     */
    public int priceNodes() {
      return p;
    }

    ChebyshevLobatto interpolation() {
      return interpolation;
    }

    BoundaryQuadrature quadrature() {
      return quadrature;
    }

    /** The rule of the predictor iteration: four points, or the full rule if that has no more. */
    BoundaryQuadrature predictorQuadrature() {
      return predictorQuadrature;
    }

    /** The premium nodes' elapsed times per expiry, {@code sin^2(phi_k)}, twice ({@code 2 p} values). */
    double[] priceFractionElapsed() {
      return priceFractionElapsed;
    }

    /** Their square roots, twice. */
    double[] priceSqrtFractionElapsed() {
      return priceSqrtFractionElapsed;
    }

    /** The premium nodes' weights, twice. */
    double[] priceWeight() {
      return priceWeight;
    }

    /** 1 in the first half (the rate's term of the premium's integrand), 0 in the second (the yield's). */
    double[] priceRateTerm() {
      return priceRateTerm;
    }

    /** The Lagrange weights at the premium nodes by basis function, {@code [j - 1][k]}, j = 1..n. */
    double[][] priceRows() {
      return priceRows;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Scheme && ((Scheme) other).l == l && ((Scheme) other).m == m
          && ((Scheme) other).n == n && ((Scheme) other).p == p;
    }

    @Override
    public int hashCode() {
      return ((l * 31 + m) * 31 + n) * 31 + p;
    }

    @Override
    public String toString() {
      return "Scheme[l=" + l + ", m=" + m + ", n=" + n + ", p=" + p + "]";
    }
  }
}
