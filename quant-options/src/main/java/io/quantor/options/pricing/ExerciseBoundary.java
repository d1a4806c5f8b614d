package io.quantor.options.pricing;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * The early exercise boundary of an American option, computed by {@link AndersenLakeOffengenden}: the
 * critical spot price {@code B(tau)} as a function of the time to expiry {@code tau}. A put is exercised
 * when the spot is at or below {@code B(tau)}, a call when it is at or above. The boundary does not depend
 * on the spot, so one boundary prices any number of spots: {@link #price(double)} costs only the premium
 * integral.
 *
 * <p>Representation (ALO 2016): for the put, {@code B(tau) = K X exp(-sqrt(H(z)))} with {@code X = min(1,
 * r/q)} ({@code 1} when {@code q <= 0}), {@code z = 2 sqrt(tau/t) - 1} and {@code H} the polynomial through
 * the scheme's {@code n + 1} Chebyshev-Lobatto nodes; for {@code q > r} instead {@code B(tau) = K X
 * exp(-g(z))} with {@code g = sqrt(a^2 + phi(z)) - a}, {@code a = 0.1 sigma sqrt(t)} and {@code phi} the
 * polynomial through the nodes' {@code g (g + 2 a)} (see {@link AndersenLakeOffengenden}); for the call,
 * by put-call symmetry, {@code B(tau) = K / b(tau)} with {@code b} the boundary of the put with strike 1
 * and {@code r} and {@code q} exchanged. At {@code tau = 0} the boundary is its limit {@code B(0+)}: {@code K min(1, r/q)} for
 * a put, {@code K max(1, r/q)} for a call.
 *
 * <p>Without early exercise (a put with {@code r <= 0} and {@code q >= r}, a call with {@code q <= 0} and
 * {@code r >= q}) the boundary is 0 for a put and {@code +infinity} for a call. With zero volatility or
 * zero time to expiry it is the constant {@code B(0+)}, which is exact without diffusion: exercising is
 * optimal as soon as carrying the intrinsic value loses ({@code r K > q S} for the put).
 *
 * <p>Immutable and thread-safe.
 */
public final class ExerciseBoundary {

  private final AndersenLakeOffengenden.Scheme scheme;
  private final OptionType type;
  private final double strike;
  private final double t;
  private final double r;
  private final double q;
  private final double sigma;
  private final boolean earlyExercise;
  /** ln B(0+) of the put with strike 1 (rates exchanged for a call). */
  private final double logXMax;
  /** phi = g (g + 2 a) at the Chebyshev nodes, i = 0..n (0 at i = 0; H = g^2 for a = 0). */
  private final double[] nodeValues;
  /** Whether the node values are g = ln(xMax/B) rather than H = g^2 (put terms with q > r). */
  /** The shift a of the node values (PutBoundarySolver.shift of the put terms). */
  private final double shift;

  ExerciseBoundary(AndersenLakeOffengenden.Scheme scheme, OptionType type, double strike, double t, double r,
      double q, double sigma, boolean earlyExercise, double xMax, double[] nodeValues) {
    this.scheme = scheme;
    this.type = type;
    this.strike = strike;
    this.t = t;
    this.r = r;
    this.q = q;
    this.sigma = sigma;
    this.earlyExercise = earlyExercise;
    this.logXMax = earlyExercise ? Math.log(xMax) : Double.NEGATIVE_INFINITY;
    this.nodeValues = nodeValues;
    this.shift = type == OptionType.CALL ? PutBoundarySolver.shift(q, r, sigma, t)
        : PutBoundarySolver.shift(r, q, sigma, t);
  }

  /**
   * The critical spot price at a time to expiry.
   *
   * @param timeToExpiry {@code tau} in years, {@code 0 <= tau <= t} (a value above {@code t} by at most a
   *     relative 1e-12, such as {@code t * k / m} for {@code k = m}, counts as {@code t})
   * @return {@code B(tau)}: exercise a put at or below it, a call at or above it; at {@code tau = 0} the
   *     limit {@code B(0+)}; 0 (put) or {@code +infinity} (call) when the option is never exercised early
   * @throws IllegalArgumentException if {@code timeToExpiry} is NaN or outside {@code [0, t]}
   */
  public double at(double timeToExpiry) {
    double tau = checkTime(timeToExpiry);
    if (!earlyExercise) {
      return type == OptionType.CALL ? Double.POSITIVE_INFINITY : 0.0;
    }
    double z = t > 0.0 ? 2.0 * Math.sqrt(tau / t) - 1.0 : -1.0;
    double normalized = Math.exp(logNormalized(z));
    return type == OptionType.CALL ? strike / normalized : strike * normalized;
  }

  private double checkTime(double timeToExpiry) {
    if (timeToExpiry > t && timeToExpiry <= t * (1.0 + 1e-12)) {
      return t;
    }
    return Args.inRange(timeToExpiry, 0.0, t, "timeToExpiry");
  }

  /** ln of the strike-1 put boundary at Chebyshev coordinate z. */
  private double logNormalized(double z) {
    double value = scheme.interpolation().interpolate(z, nodeValues);
    // For q > r the interpolated distance can dip slightly below 0 near expiry; the boundary itself
    // never passes its limit B(0+).
    return logXMax - Math.max(PutBoundarySolver.distance(value, shift), 0.0);
  }

  /**
   * Whether exercising now is optimal at this spot and time to expiry: for a put {@code spot <= B(tau)},
   * for a call {@code spot >= B(tau)}; at expiry ({@code tau = 0}) whenever the option is in the money.
   *
   * @param spot the spot price, finite and {@code > 0}
   * @param timeToExpiry {@code tau} in years, {@code 0 <= tau <= t}
   * @return true inside the exercise region
   * @throws IllegalArgumentException if an argument is out of range
   */
  public boolean isExercised(double spot, double timeToExpiry) {
    Args.finite(Args.positive(spot, "spot"), "spot");
    double boundary = at(timeToExpiry);
    if (checkTime(timeToExpiry) == 0.0) {
      return type.payoff(spot, strike) > 0.0;
    }
    return type == OptionType.CALL ? spot >= boundary : spot <= boundary;
  }

  /**
   * The American price at a spot, from this boundary: the European price plus the early exercise premium
   * integral, or the intrinsic value inside the exercise region.
   *
   * @param spot the spot price {@code S}, finite and {@code > 0}
   * @return the price, at least the intrinsic and the European value
   * @throws IllegalArgumentException if {@code spot} is NaN, infinite or not positive
   */
  public double price(double spot) {
    Args.finite(Args.positive(spot, "spot"), "spot");
    if (t == 0.0 || sigma == 0.0) {
      return AndersenLakeOffengenden.deterministicPrice(type, spot, strike, t, r, q);
    }
    double intrinsic = type.payoff(spot, strike);
    boolean call = type == OptionType.CALL;
    double putRate = call ? q : r;
    double putYield = call ? r : q;
    double european = BlackScholes.price(type, spot, strike, t, r, q, sigma);
    if (!earlyExercise) {
      return Math.max(european, intrinsic);
    }
    double s = call ? strike / spot : spot / strike;
    if (Math.log(s) <= logXMax - PutBoundarySolver.distance(nodeValues[nodeValues.length - 1], shift)) {
      return intrinsic;
    }
    double premium = (call ? spot : strike)
        * PutBoundarySolver.premium(scheme, nodeValues, logXMax, putRate, putYield, sigma, t, s,
        new PutBoundarySolver.PremiumWork(scheme.priceNodes()));
    return Math.max(european + Math.max(premium, 0.0), intrinsic);
  }

  /**
   * The early exercise premium at a spot: {@link #price(double)} minus the European price.
   *
   * @param spot the spot price {@code S}, finite and {@code > 0}
   * @return the premium, {@code >= 0}
   * @throws IllegalArgumentException if {@code spot} is NaN, infinite or not positive
   */
  public double earlyExercisePremium(double spot) {
    double american = price(spot);
    return Math.max(american - BlackScholes.price(type, spot, strike, t, r, q, sigma), 0.0);
  }

  /**
   * The times to expiry of the collocation nodes, increasing from 0 to {@code t}: {@code tau_i = t (1 -
   * cos(i pi / n))^2 / 4}, {@code i = 0..n}.
   *
   * @return a new array of {@code n + 1} times
   */
  public double[] nodeTimes() {
    ChebyshevLobatto nodes = scheme.interpolation();
    double[] times = new double[nodes.intervals() + 1];
    for (int i = 0; i < times.length; i++) {
      double x = 0.5 * (1.0 + nodes.node(i));
      times[i] = t * x * x;
    }
    return times;
  }

  /**
   * The boundary at the collocation nodes, {@code B(tau_i)} for the times of {@link #nodeTimes()}.
   *
   * @return a new array of {@code n + 1} critical prices
   */
  public double[] nodeBoundary() {
    double[] times = nodeTimes();
    double[] values = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      values[i] = at(times[i]);
    }
    return values;
  }

  /**
   * Whether the option is ever exercised before expiry (false for a put with {@code r <= 0} and
   * {@code q >= r}, a call with {@code q <= 0} and {@code r >= q}).
   *
   * @return true if there is an exercise region before expiry
   */
  public boolean exercisesEarly() {
    return earlyExercise;
  }

  /**
   * The option type.
   *
   * @return call or put
   */
  public OptionType type() {
    return type;
  }

  /**
   * The strike.
   *
   * @return {@code K}
   */
  public double strike() {
    return strike;
  }

  /**
   * The time to expiry the boundary covers.
   *
   * @return {@code t} in years
   */
  public double timeToExpiry() {
    return t;
  }

  /**
   * The risk-free rate.
   *
   * @return {@code r}
   */
  public double rate() {
    return r;
  }

  /**
   * The dividend yield.
   *
   * @return {@code q}
   */
  public double dividendYield() {
    return q;
  }

  /**
   * The volatility.
   *
   * @return {@code sigma}
   */
  public double volatility() {
    return sigma;
  }

  /**
   * The scheme the boundary was computed with.
   *
   * @return the scheme
   */
  public AndersenLakeOffengenden.Scheme scheme() {
    return scheme;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ExerciseBoundary[%s K=%s t=%s r=%s q=%s sigma=%s, B(0+)=%s, B(t)=%s]",
        type, strike, t, r, q, sigma, at(0.0), at(t));
  }
}
