package io.quantor.options.pricing;

import java.util.Locale;
import java.util.Objects;

/**
 * A recombining binomial tree for European and American vanilla options under Black-Scholes-Merton
 * dynamics with a continuous dividend yield: an immutable configuration (lattice and number of steps)
 * whose {@link #price} and {@link #greeks} methods are pure functions of the option and market.
 *
 * <p>Two lattices, built as in QuantLib 1.29's {@code BinomialVanillaEngine} so that prices agree with
 * {@code BinomialCRRVanillaEngine} and {@code BinomialLRVanillaEngine} to rounding:
 * <ul>
 *   <li><b>Cox-Ross-Rubinstein</b> ({@link #crr}), in its additive equal-jump form: the log-price moves
 *       by {@code +-dx}, {@code dx = sigma sqrt(dt)}, nodes {@code S_{i,j} = S e^{(2j - i) dx}}, with
 *       up-probability {@code p = 1/2 + (r - q - sigma^2/2) dt / (2 dx)} (matching the mean of the
 *       log-price; Cox, Ross and Rubinstein 1979 in the log formulation). Needs {@code 0 <= p <= 1},
 *       i.e. {@code |r - q - sigma^2/2| sqrt(dt) <= sigma}.</li>
 *   <li><b>Leisen-Reimer</b> ({@link #leisenReimer}): an odd number {@code n} of steps; with
 *       {@code d1, d2} the Black-Scholes terms at the strike and {@code h} the Peizer-Pratt method-2
 *       inversion {@code h(z) = 1/2 + sign(z) sqrt(1/4 - 1/4 exp(-(z/(n + 1/3 + 0.1/(n+1)))^2 (n + 1/6)))},
 *       {@code p = h(d2)}, {@code u = e^{(r-q)dt} h(d1)/p}, {@code d = e^{(r-q)dt} (1 - h(d1))/(1 - p)}
 *       (Leisen and Reimer 1996). The tree is centred on the strike, so prices converge smoothly at order
 *       {@code 1/n^2} for European options.</li>
 * </ul>
 *
 * <p><b>Rollback.</b> Terminal values are the payoff; each step back takes the discounted expectation
 * {@code e^{-r dt}(p V_up + (1-p) V_down)}; for American exercise the value at every node, the root
 * included, is then floored at the intrinsic value. The time grid is uniform, {@code dt = t/n}.
 *
 * <p><b>Greeks</b> ({@link #greeks}) come from the nodes of the first two steps (Hull, <i>Options, Futures
 * and Other Derivatives</i>, section "Estimating delta and other Greek letters"), as in QuantLib: delta
 * {@code = (V_{1,1} - V_{1,0})/(S_{1,1} - S_{1,0})}, gamma {@code = [(V_{2,2}-V_{2,1})/(S_{2,2}-S_{2,1})
 * - (V_{2,1}-V_{2,0})/(S_{2,1}-S_{2,0})] / ((S_{2,2}-S_{2,0})/2)}. Theta is read off the tree too:
 * {@code (V_{2,1} - V_0 - delta (S_{2,1} - S) - gamma (S_{2,1} - S)^2/2)/(2 dt)} (for CRR
 * {@code S_{2,1} = S} and this is Hull's {@code (V_{2,1} - V_0)/(2 dt)}). QuantLib instead returns the
 * Black-Scholes PDE identity {@code rV - (r-q) S delta - sigma^2 S^2 gamma/2}, which is wrong where
 * early exercise is optimal (there theta is 0); the tree theta is right in both regions.
 *
 * <p><b>Cost.</b> {@code n(n+1)/2} node updates per price and one {@code double[2n + 9]} work array per
 * call; nothing else is allocated ({@link #greeks} allocates its result).
 *
 * <p><b>Domain.</b> {@code spot, strike, sigma > 0}, {@code t >= 0}, {@code r, q} finite. {@code t = 0}
 * gives the intrinsic value (Greeks: delta the slope of the payoff, 1/2 or -1/2 at the strike; gamma and
 * theta 0). A CRR tree whose up-probability falls outside {@code [0, 1]} (volatility too small for the
 * drift and the step) is rejected with an {@link IllegalArgumentException} saying so. The Leisen-Reimer
 * lattice is built in logarithms, so far from the money (tiny volatility), where one branch probability
 * underflows to 0, it still has finite moves and returns the deterministic limit (QuantLib returns NaN).
 *
 * <p>References: J. C. Cox, S. A. Ross and M. Rubinstein (1979), "Option pricing: a simplified approach",
 * <i>Journal of Financial Economics</i> 7, 229-263; D. P. J. Leisen and M. Reimer (1996), "Binomial
 * models for option valuation - examining and improving convergence", <i>Applied Mathematical Finance</i>
 * 3, 319-346.
 *
 * <pre>{@code
 * BinomialTree tree = BinomialTree.leisenReimer(801);
 * double put = tree.price(OptionType.PUT, ExerciseStyle.AMERICAN, 100, 100, 1.0, 0.05, 0.0, 0.2);
 * TreeGreeks g = tree.greeks(OptionType.PUT, ExerciseStyle.AMERICAN, 100, 100, 1.0, 0.05, 0.0, 0.2);
 * }</pre>
 */
public final class BinomialTree {

  /** The lattice a tree uses. */
  public enum Lattice {
    /** Cox-Ross-Rubinstein, additive equal jumps (QuantLib's {@code CoxRossRubinstein}). */
    COX_ROSS_RUBINSTEIN,
    /** Leisen-Reimer with Peizer-Pratt method-2 inversion, odd step count. */
    LEISEN_REIMER
  }

  /** The fewest steps a tree may have: the Greeks need the nodes of two steps. */
  public static final int MIN_STEPS = 2;

  /** The most steps a tree may have (about 5e9 node updates per price). */
  public static final int MAX_STEPS = 100_000;


  private final Lattice lattice;
  private final int steps;

  private BinomialTree(Lattice lattice, int steps) {
    this.lattice = lattice;
    this.steps = steps;
  }

  /**
   * A Cox-Ross-Rubinstein tree.
   *
   * @param steps the number of time steps, in {@code [2, 100000]}
   * @return the tree
   * @throws IllegalArgumentException if {@code steps} is out of range
   */
  public static BinomialTree crr(int steps) {
    return new BinomialTree(Lattice.COX_ROSS_RUBINSTEIN, checkSteps(steps));
  }

  /**
   * A Leisen-Reimer tree. The lattice needs an odd number of steps: an even {@code steps} becomes
   * {@code steps + 1} (as QuantLib's tree does), see {@link #steps()}.
   *
   * @param steps the number of time steps, in {@code [2, 100000]}
   * @return the tree
   * @throws IllegalArgumentException if {@code steps} is out of range
   */
  public static BinomialTree leisenReimer(int steps) {
    checkSteps(steps);
    return new BinomialTree(Lattice.LEISEN_REIMER, steps % 2 == 1 ? steps : steps + 1);
  }

  private static int checkSteps(int steps) {
    if (steps >= MIN_STEPS && steps <= MAX_STEPS) {
      return steps;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "steps must be in [%d, %d], was %d",
        MIN_STEPS, MAX_STEPS, steps));
  }

  /**
   * The lattice.
   *
   * @return the lattice
   */
  public Lattice lattice() {
    return lattice;
  }

  /**
   * The number of time steps actually used (odd for Leisen-Reimer).
   *
   * @return the number of steps
   */
  public int steps() {
    return steps;
  }

  /**
   * The option value at the root of the tree.
   *
   * @param type call or put
   * @param exercise European or American
   * @param spot the underlying price {@code S > 0}
   * @param strike the strike {@code K > 0}
   * @param t time to expiry in years (Actual/365), {@code >= 0}
   * @param r continuously compounded risk-free rate
   * @param q continuously compounded dividend yield
   * @param sigma volatility, {@code > 0}
   * @return the tree price, {@code >= 0}
   * @throws IllegalArgumentException for bad input (naming the parameter and value) or a lattice without
   *     valid probabilities for these parameters
   */
  public double price(OptionType type, ExerciseStyle exercise, double spot, double strike, double t,
      double r, double q, double sigma) {
    check(type, exercise, spot, strike, t, r, q, sigma);
    if (t == 0) {
      return type.payoff(spot, strike);
    }
    return rollBack(type, exercise, spot, strike, t, r, q, sigma, new double[workLength(steps)]);
  }

  /**
   * The option value with delta, gamma and theta from the first nodes of the tree (see the class
   * documentation for the formulas).
   *
   * @param type call or put
   * @param exercise European or American
   * @param spot the underlying price {@code S > 0}
   * @param strike the strike {@code K > 0}
   * @param t time to expiry in years (Actual/365), {@code >= 0}
   * @param r continuously compounded risk-free rate
   * @param q continuously compounded dividend yield
   * @param sigma volatility, {@code > 0}
   * @return price, delta, gamma and theta (per year)
   * @throws IllegalArgumentException for bad input (naming the parameter and value) or a lattice without
   *     valid probabilities for these parameters
   */
  public TreeGreeks greeks(OptionType type, ExerciseStyle exercise, double spot, double strike, double t,
      double r, double q, double sigma) {
    check(type, exercise, spot, strike, t, r, q, sigma);
    if (t == 0) {
      double sign = type.sign();
      double delta = spot == strike ? 0.5 * sign : sign * (spot - strike) > 0 ? sign : 0.0;
      return new TreeGreeks(type.payoff(spot, strike), delta, 0.0, 0.0);
    }
    double[] work = new double[workLength(steps)];
    double p0 = rollBack(type, exercise, spot, strike, t, r, q, sigma, work);
    int saved = steps + 1;
    double logUp = work[saved + 5];
    double logDown = work[saved + 6];
    double s1d = spot * Math.exp(logDown);
    double s1u = spot * Math.exp(logUp);
    double s2d = spot * Math.exp(2 * logDown);
    double s2m = spot * Math.exp(logDown + logUp);
    double s2u = spot * Math.exp(2 * logUp);
    double p2d = work[saved];
    double p2m = work[saved + 1];
    double p2u = work[saved + 2];
    double delta = (work[saved + 4] - work[saved + 3]) / (s1u - s1d);
    double gamma = ((p2u - p2m) / (s2u - s2m) - (p2m - p2d) / (s2m - s2d)) / ((s2u - s2d) / 2.0);
    double move = s2m - spot;
    double theta = (p2m - p0 - delta * move - 0.5 * gamma * move * move) / (2.0 * (t / steps));
    return new TreeGreeks(p0, delta, gamma, theta);
  }

  private static void check(OptionType type, ExerciseStyle exercise, double spot, double strike,
      double t, double r, double q, double sigma) {
    AmericanInputs.check(type, spot, strike, t, r, q, sigma);
    if (exercise == null) {
      throw new IllegalArgumentException("exercise must not be null");
    }
  }

  /**
   * Builds the lattice and rolls the option back to the root.
   *
   * @param work a work array of length {@link #workLength}; on return its slots from {@code steps + 1}
   *     hold the values after two steps (down, middle, up), after one step (down, up), and the log up and
   *     down moves
   * @return the root value
   */
  private double rollBack(OptionType type, ExerciseStyle exercise, double spot, double strike,
      double t, double r, double q, double sigma, double[] work) {
    int n = steps;
    double dt = t / n;
    double logUp;
    double logDown;
    double pUp;
    double pDown;
    if (lattice == Lattice.COX_ROSS_RUBINSTEIN) {
      double dx = sigma * Math.sqrt(dt);
      pUp = 0.5 + 0.5 * (r - q - 0.5 * sigma * sigma) * dt / dx;
      pDown = 1.0 - pUp;
      if (!(pUp >= 0.0 && pUp <= 1.0)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "Cox-Ross-Rubinstein tree has no valid probability for sigma=%s, r=%s, q=%s, t=%s with %d steps"
                + " (up-probability %s); use more steps", sigma, r, q, t, n, pUp));
      }
      logUp = dx;
      logDown = -dx;
    } else {
      // Probabilities and moves in logs: far from the money a Peizer-Pratt tail underflows while the
      // ratios that define the moves stay finite (the tree then follows its only remaining path).
      double stdDev = sigma * Math.sqrt(t);
      double d2 = (Math.log(spot / strike) + (r - q - 0.5 * sigma * sigma) * t) / stdDev;
      double d1 = d2 + stdDev;
      double tail2 = logPeizerPrattTail(d2, n);
      double tail1 = logPeizerPrattTail(d1, n);
      double logP2 = d2 > 0 ? Math.log1p(-Math.exp(tail2)) : tail2;
      double logQ2 = d2 > 0 ? tail2 : Math.log1p(-Math.exp(tail2));
      double logP1 = d1 > 0 ? Math.log1p(-Math.exp(tail1)) : tail1;
      double logQ1 = d1 > 0 ? tail1 : Math.log1p(-Math.exp(tail1));
      pUp = Math.exp(logP2);
      pDown = Math.exp(logQ2);
      logUp = (r - q) * dt + logP1 - logP2;
      logDown = (r - q) * dt + logQ1 - logQ2;
      if (!(logUp > logDown && Double.isFinite(logUp) && Double.isFinite(logDown))) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "Leisen-Reimer tree undefined for d2=%s with %d steps (sigma sqrt(t) = %s underflows)", d2, n,
            stdDev));
      }
    }
    double discount = Math.exp(-r * dt);
    double sign = type.sign();
    boolean american = exercise == ExerciseStyle.AMERICAN;

    // One work array: the values of the current step in [0, n], the saved nodes for the Greeks in
    // [n + 1, n + 7], the terminal spot prices in [n + 8, 2n + 8].
    double[] v = work;
    int saved = n + 1;
    int spots = n + 8;
    v[saved + 5] = logUp;
    v[saved + 6] = logDown;
    double logRatio = logUp - logDown;
    for (int j = 0; j <= n; j++) {
      double s = spot * Math.exp(n * logDown + j * logRatio);
      v[spots + j] = s;
      double payoff = sign * (s - strike);
      v[j] = payoff > 0 ? payoff : 0.0;
    }
    for (int i = n - 1; i >= 0; i--) {
      if (american) {
        // S_{i,j} = S_{n,j} d^{i-n}: one product per node and no dependency between nodes.
        double back = Math.exp((i - n) * logDown);
        for (int j = 0; j <= i; j++) {
          double continuation = (pDown * v[j] + pUp * v[j + 1]) * discount;
          // The root is the spot itself, so that the root value is never below the exact payoff.
          double node = i == 0 ? spot : v[spots + j] * back;
          double exercised = sign * (node - strike);
          v[j] = continuation >= exercised ? continuation : exercised;
        }
      } else {
        for (int j = 0; j <= i; j++) {
          v[j] = (pDown * v[j] + pUp * v[j + 1]) * discount;
        }
      }
      if (i == 2) {
        v[saved] = v[0];
        v[saved + 1] = v[1];
        v[saved + 2] = v[2];
      } else if (i == 1) {
        v[saved + 3] = v[0];
        v[saved + 4] = v[1];
      }
    }
    return v[0];
  }

  /** Node values, seven saved values and the terminal spot prices. */
  private static int workLength(int steps) {
    return 2 * steps + 9;
  }

  /**
   * The logarithm of the smaller of the two Peizer-Pratt method-2 probabilities,
   * {@code 1/2 - 1/2 sqrt(1 - e)} with {@code e = exp(-(z/(n + 1/3 + 0.1/(n+1)))^2 (n + 1/6))}, written as
   * {@code e/(2(1 + sqrt(1 - e)))} so that it keeps its accuracy when {@code e} is tiny or underflows.
   */
  private static double logPeizerPrattTail(double z, int n) {
    double x = z / (n + 1.0 / 3.0 + 0.1 / (n + 1.0));
    double exponent = x * x * (n + 1.0 / 6.0);
    return -exponent + Math.log(0.5 / (1.0 + Math.sqrt(1.0 - Math.exp(-exponent))));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BinomialTree
        && ((BinomialTree) other).lattice == lattice && ((BinomialTree) other).steps == steps;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lattice, steps);
  }

  @Override
  public String toString() {
    return "BinomialTree[" + lattice + ", " + steps + " steps]";
  }
}
