package io.quantor.options.internal;

/**
 * Inverts the normalised Black function: given an out-of-the-money normalised call value {@code beta}
 * and {@code x = ln(F/K) <= 0}, finds {@code s = sigma sqrt(T)} with {@code b(x, s) = beta}
 * ({@link NormalizedBlack}). The method is P. Jäckel's, "Let's Be Rational", <i>Wilmott</i> (2015),
 * 40-53:
 * <ol>
 *   <li>The point of inflexion {@code s_c = sqrt(2|x|)} of {@code s -> b(x, s)} and the tangents there,
 *       which meet {@code b = 0} at {@code s_l} and {@code b = e^{x/2}} at {@code s_h}, cut the range
 *       of {@code beta} into four branches.</li>
 *   <li>An initial guess from a rational cubic (R. Delbourgo, J. A. Gregory, "Shape preserving piecewise
 *       rational interpolation", <i>SIAM J. Sci. Stat. Comput.</i> 6 (1985), 967-976) fitted on each
 *       branch: in the two middle branches {@code s} as a function of {@code beta}; in the lowest branch
 *       the map {@code f_l(beta) = (2 pi |x| / sqrt 27) N(-|x|/(sqrt 3 s))^3}, in the highest
 *       {@code f_u(beta) = N(-s/2)}, both with closed-form inverses, so that the guess has the right
 *       asymptotics at {@code beta -> 0} and {@code beta -> e^{x/2}}. The rational cubic matches the
 *       map's value and slope at both ends and its second derivative at the inner end; with
 *       {@code z = |x|/(sqrt 3 s)} and {@code db/ds = phi(x/s + s/2) e^{x/2}} these are
 *       {@code f_l' = 2 pi z^2 N(-z)^2 e^{z^2 + s^2/8}},
 *       {@code f_l'' = 2 pi z^2 N(-z) e^{2 z^2 + s^2/4} [2z/s + Y(-z) (s/4 - (2 + 2 z^2)/s)]} (Mills ratio
 *       {@code Y(-z) = N(-z)/phi(z)}), {@code f_u' = -e^{x^2/(2 s^2)}/2} and
 *       {@code f_u'' = sqrt(pi/2) (x^2/s^3) e^{x^2/s^2 + s^2/8}}.</li>
 *   <li>Householder iterations of order 3 (fourth-order convergence) on an objective that is nearly
 *       linear on the branch: {@code 1/ln b(s) - 1/ln beta} in the lowest branch,
 *       {@code ln(e^{x/2} - beta) - ln(e^{x/2} - b(s))} in the highest (when {@code beta > e^{x/2}/2}),
 *       {@code b(s) - beta} elsewhere. The derivatives of {@code b} in {@code s} are closed form:
 *       {@code b''/b' = x^2/s^3 - s/4} and {@code b'''/b' = (b''/b')^2 - 3 x^2/s^4 - 1/4}.</li>
 * </ol>
 * {@link #solveForLog} takes {@code ln beta} instead of {@code beta}, for normalised values below the
 * smallest normal double: they lie in the lowest branch, whose guess and objective need only the
 * logarithm.
 *
 * <p>Jäckel shows that two iterations reach machine precision on every branch; this implementation stops
 * after an iteration whose step is below {@code 2^-16} of {@code s} (the next would change {@code s} by
 * less than its rounding) and never runs more than {@link #MAX_ITERATIONS}. A bracket of the root is
 * kept; a step that leaves it, or three reversals of direction, fall back to bisection (only reachable
 * for extreme {@code |x|}).
 *
 * <p>Not API.
 */
public final class NormalizedImpliedVolatility {

  /** The most Householder iterations of one solve. */
  public static final int MAX_ITERATIONS = 8;

  private static final double EPS = Math.ulp(1.0);
  private static final double ONE_OVER_SQRT_THREE = 0.5773502691896258;
  /** 1/sqrt(27). */
  private static final double ONE_OVER_SQRT_27 = 0.19245008972987526;
  /** 2 pi / sqrt(27). */
  private static final double TWO_PI_OVER_SQRT_27 = 1.2091995761561452;
  /** ln(1/sqrt(2 pi)). */
  private static final double LN_ONE_OVER_SQRT_TWO_PI = -0.9189385332046727;
  /** Smallest control parameter of the rational cubic (it must stay above -1). */
  private static final double MIN_CONTROL = -(1.0 - 1.4901161193847656e-8);
  /** A control parameter this large makes the rational cubic a straight line. */
  private static final double MAX_CONTROL = 2.0 / (EPS * EPS);
  /** A step below this fraction of s means the next step would be below the rounding of s. */
  private static final double CONVERGED_STEP = 1.52587890625e-5;

  private static final int PLAIN = 0;
  private static final int LOWER = 1;
  private static final int UPPER = 2;

  private NormalizedImpliedVolatility() {
  }

  /**
   * Solves {@code b(x, s) = beta} for an out-of-the-money call.
   *
   * @param beta the normalised value, {@code 0 < beta < e^{x/2}} (not checked)
   * @param x the log-moneyness, {@code <= 0} (not checked)
   * @param iterations if not null, its first element receives the number of iterations
   * @return {@code s > 0}
   */
  public static double solve(double beta, double x, int[] iterations) {
    return solve(beta, x, Math.exp(0.5 * x), iterations);
  }

  /**
   * {@link #solve(double, double, int[])} with the supremum {@code e^{x/2}} of {@code b} given.
   *
   * @param beta the normalised value, {@code 0 < beta < e^{x/2}} (not checked)
   * @param x the log-moneyness, {@code <= 0} (not checked)
   * @param bMax {@code e^{x/2}}
   * @param iterations if not null, its first element receives the number of iterations
   * @return {@code s > 0}
   */
  public static double solve(double beta, double x, double bMax, int[] iterations) {
    return solve(beta, x, bMax, 1.0, iterations);
  }

  /**
   * {@link #solve(double, double, double, int[])} divided by {@code scale}: a caller that wants
   * {@code sigma = s / sqrt(T)} passes {@code sqrt(T)}, which is then computed while the solver runs
   * rather than after it returns.
   *
   * @param beta the normalised value, {@code MIN_NORMAL <= beta < e^{x/2}} (not checked)
   * @param x the log-moneyness, {@code <= 0} (not checked)
   * @param bMax {@code e^{x/2}}
   * @param scale the divisor of the result, {@code > 0}
   * @param iterations if not null, its first element receives the number of iterations
   * @return {@code s / scale}
   */
  public static double solve(double beta, double x, double bMax, double scale, int[] iterations) {
    double sC = Math.sqrt(-2.0 * x);
    // At s_c: h = -t, so h^2 + t^2 = |x|, the vega is e^{x/2}/sqrt(2 pi), and the erfcx form of b has
    // erfcx(0) = 1: b_c = e^{x/2} (1 - erfcx(sqrt(-x))) / 2 (accurate for small |x| too, see
    // Erfcx.oneMinusErfcx), and b_c / v_c = sqrt(pi/2) (1 - erfcx(sqrt(-x))) needs no division.
    double vC = NormalizedBlack.ONE_OVER_SQRT_TWO_PI * bMax;
    double inverseVC = 1.0 / vC;
    double complement = Erfcx.oneMinusErfcx(Math.sqrt(-x));
    double bC = 0.5 * bMax * complement;
    double bCOverVC = NormalizedBlack.SQRT_PI_OVER_TWO * complement;
    double s;
    double sLeft = Double.MIN_NORMAL;
    double sRight = Double.MAX_VALUE;
    int objective = PLAIN;
    if (beta < bC) {
      double sL = sC - bCOverVC;
      double vL = NormalizedBlack.vega(x, sL);
      double bL = vL * NormalizedBlack.callOverVega(x, sL, bMax);
      if (beta < bL) {
        // The lower map f_l(beta) at s_l with its first two derivatives in beta (see the class notes).
        // N(-z) = Y(-z) phi(z): one erfcx serves the map and its derivatives. Their exponentials come from
        // the vega v_l = exp(-3 z^2/2 - s_l^2/8)/sqrt(2 pi) (h = x/s_l = -sqrt(3) z) and e^{s_l^2/8}:
        // N(-z)^3 = Y^3 v_l e^{s_l^2/8} / (2 pi), so f_l = |x| Y^3 v_l e^{s_l^2/8} / sqrt 27,
        // f_l' = z^2 Y^2 e^{s_l^2/8} and f_l'' = z^2 Y e^{s_l^2/8} [...] / v_l.
        double ax = -x;
        double inverseLowerMapScale = 1.0 / (TWO_PI_OVER_SQRT_27 * ax);
        double inverseSL = 1.0 / sL;
        double z = ax * inverseSL * ONE_OVER_SQRT_THREE;
        double y = z * z;
        double mills = NormalizedBlack.millsRatio(-z);
        double e = Math.exp(0.125 * sL * sL);
        double fL = ONE_OVER_SQRT_27 * ax * mills * mills * mills * vL * e;
        double fpL = y * mills * mills * e;
        double fppL = y * mills * e
            * (2.0 * z * inverseSL + mills * (0.25 * sL - (2.0 + 2.0 * y) * inverseSL)) / vL;
        double r = controlFittingRight(0.0, bL, 0.0, fL, 1.0, fpL, fppL, true);
        double f = rationalCubic(beta, 0.0, bL, 0.0, fL, 1.0, fpL, r);
        if (!(f > 0)) {
          // Rounding at extreme |x|: quadratic through f(0) = 0, f'(0) = 1 and f(b_l).
          double tau = beta / bL;
          f = (fL * tau + bL * (1.0 - tau)) * tau;
        }
        s = inverseLowerMap(ax, Math.log(f * inverseLowerMapScale));
        return iterate(beta, Math.log(beta), x, bMax, s, Double.MIN_NORMAL, sL, LOWER, scale, iterations);
      } else {
        double r = controlFittingRight(bL, bC, sL, sC, 1.0 / vL, inverseVC, 0.0, false);
        s = rationalCubic(beta, bL, bC, sL, sC, 1.0 / vL, inverseVC, r);
        sLeft = sL;
        sRight = sC;
      }
    } else {
      double sH = vC > Double.MIN_NORMAL ? sC + (bMax - bC) * inverseVC : sC;
      double bH = NormalizedBlack.otmCall(x, sH, bMax);
      if (beta <= bH) {
        double vH = NormalizedBlack.vega(x, sH);
        double r = controlFittingLeft(bC, bH, sC, sH, inverseVC, 1.0 / vH, 0.0, false);
        s = rationalCubic(beta, bC, bH, sC, sH, inverseVC, 1.0 / vH, r);
        sLeft = sC;
        sRight = sH;
      } else {
        double fH = Normal.cdf(-0.5 * sH);
        double w = (x / sH) * (x / sH);
        double fpH = -0.5 * Math.exp(0.5 * w);
        double fppH = NormalizedBlack.SQRT_PI_OVER_TWO * Math.exp(w + 0.125 * sH * sH) * w / sH;
        double f = -1.0;
        if (Math.abs(fppH) < 1e150) {
          double r = controlFittingLeft(bH, bMax, fH, 0.0, fpH, -0.5, fppH, true);
          f = rationalCubic(beta, bH, bMax, fH, 0.0, fpH, -0.5, r);
        }
        if (!(f > 0)) {
          // Quadratic through f(b_h), f(b_max) = 0 and f'(b_max) = -1/2.
          double width = bMax - bH;
          double tau = (beta - bH) / width;
          f = (fH * (1.0 - tau) + 0.5 * width * tau) * (1.0 - tau);
        }
        s = -2.0 * Normal.quantile(f);
        sLeft = sH;
        if (beta > 0.5 * bMax) {
          objective = UPPER;
        }
      }
    }
    return iterate(beta, 0.0, x, bMax, s, sLeft, sRight, objective, scale, iterations);
  }

  /**
   * Solves {@code b(x, s) = beta} given {@code ln beta}, for a {@code beta} below the smallest normal
   * double, whose own value has lost precision or underflowed to 0. Such a price lies in the lowest
   * branch whenever {@code b_l} is a normal double ({@code |x|} between about {@code 1e-300} and 1390):
   * there the initial guess is the lower map's inverse at {@code f = beta} (the rational cubic has
   * {@code f(0) = 0}, {@code f'(0) = 1}, so {@code f = beta (1 + O(beta / b_l))}), and the iteration on
   * {@code 1/ln b - 1/ln beta} needs only {@code ln beta}. Where {@code b_l} itself is below
   * {@code beta} (only for {@code |x| > 1390}), the iteration starts from {@code s_l} within
   * {@code [s_l, s_c]}.
   *
   * @param lnBeta {@code ln beta}, {@code < ln(Double.MIN_NORMAL)} (not checked)
   * @param x the log-moneyness, {@code < 0} and {@code |x| >= 1e-300} (not checked)
   * @param bMax {@code e^{x/2}}
   * @param scale the divisor of the result, {@code > 0}
   * @param iterations if not null, its first element receives the number of iterations
   * @return {@code s / scale}
   */
  public static double solveForLog(double lnBeta, double x, double bMax, double scale, int[] iterations) {
    double sC = Math.sqrt(-2.0 * x);
    double sL = sC - NormalizedBlack.SQRT_PI_OVER_TWO * Erfcx.oneMinusErfcx(Math.sqrt(-x));
    double hL = x / sL;
    double lnBL = -0.5 * (hL * hL + 0.25 * sL * sL) + LN_ONE_OVER_SQRT_TWO_PI
        + Math.log(NormalizedBlack.callOverVega(x, sL, bMax));
    if (!(lnBeta < lnBL)) {
      return iterate(0.0, lnBeta, x, bMax, sL, sL, sC, LOWER, scale, iterations);
    }
    double ax = -x;
    double s = inverseLowerMap(ax, lnBeta - Math.log(TWO_PI_OVER_SQRT_27 * ax));
    return iterate(0.0, lnBeta, x, bMax, s, Double.MIN_NORMAL, sL, LOWER, scale, iterations);
  }

  /**
   * Householder iterations from {@code s0} within {@code (sLeft0, sRight0)} on the given objective;
   * {@code lnBeta} is used (and only it) by the lower objective.
   *
   * @return {@code s / scale}
   */
  private static double iterate(double beta, double lnBeta, double x, double bMax, double s0,
      double sLeft0, double sRight0, int objective, double scale, int[] iterations) {
    double s = s0;
    double sLeft = sLeft0;
    double sRight = sRight0;
    double inverseLnBeta = 1.0 / lnBeta;
    double upperGap = bMax - beta;
    double ds = 0.0;
    double dsPrevious = 0.0;
    int reversals = 0;
    int n = 0;
    while (n < MAX_ITERATIONS) {
      if (ds * dsPrevious < 0) {
        reversals++;
      }
      if (n > 0 && (reversals >= 3 || !(s > sLeft && s < sRight))) {
        // Looping or leaving the bracket: restart from its midpoint.
        s = 0.5 * (sLeft + sRight);
        if (sRight - sLeft <= EPS * s) {
          break;
        }
        reversals = 0;
        ds = 0.0;
      }
      dsPrevious = ds;
      double h = x / s;
      double halley = h * h / s - 0.25 * s;
      double hh3 = halley * halley - 3.0 * (h / s) * (h / s) - 0.25;
      // ln of the vega without its constant 1/sqrt(2 pi).
      double lnVega = -0.5 * (h * h + 0.25 * s * s);
      boolean above;
      double step = Double.NaN;
      if (objective == LOWER) {
        double ratio = NormalizedBlack.callOverVega(x, s, bMax);
        double lnB = lnVega + LN_ONE_OVER_SQRT_TWO_PI + Math.log(ratio);
        above = lnB > lnBeta;
        if (ratio > 0 && ratio < Double.POSITIVE_INFINITY) {
          // g = 1/ln b - 1/ln beta, with b'/b = 1/ratio and the relative log residual
          // d = (ln beta - ln b)/ln beta: the Newton step is nu = d ln(b) ratio, and with
          // g''/g' = halley - (1 + 2/ln b)/ratio and g^(3)/g' = hh3 + 2 (1 + 3/ln b + 3/ln^2 b)/ratio^2
          // - 3 halley (1 + 2/ln b)/ratio, the products below need no division but the step's own.
          double d = (lnBeta - lnB) * inverseLnBeta;
          double newton = d * lnB * ratio;
          double lnBPlusTwo = lnB + 2.0;
          double halleyNewton = halley * newton - d * lnBPlusTwo;
          double hh3Newton2 = hh3 * newton * newton + 2.0 * d * d * (lnB * (lnB + 3.0) + 3.0)
              - 3.0 * halley * newton * d * lnBPlusTwo;
          step = newton * (1.0 + 0.5 * halleyNewton) / (1.0 + halleyNewton + hh3Newton2 * (1.0 / 6.0));
        }
      } else if (objective == UPPER) {
        double gap = NormalizedBlack.complement(x, s, bMax);
        double vega = NormalizedBlack.ONE_OVER_SQRT_TWO_PI * Math.exp(lnVega);
        above = gap < upperGap;
        if (gap > 0 && vega > Double.MIN_NORMAL) {
          // g = ln(b_max - beta) - ln(b_max - b), g' = b'/(b_max - b).
          double gp = vega / gap;
          double newton = -Math.log(upperGap / gap) / gp;
          step = newton * householderFactor(newton, halley + gp, hh3 + gp * (2.0 * gp + 3.0 * halley));
        }
      } else {
        double ratio = NormalizedBlack.callOverVega(x, s, bMax);
        double vega = NormalizedBlack.ONE_OVER_SQRT_TWO_PI * Math.exp(lnVega);
        double betaOverVega = beta / vega;
        above = ratio > betaOverVega;
        if (vega > 0 && ratio < Double.POSITIVE_INFINITY) {
          // g = b - beta: the Newton step (beta - b)/b' is beta/b' - b/b'.
          double newton = betaOverVega - ratio;
          step = newton * householderFactor(newton, halley, hh3);
        }
      }
      if (above && s < sRight) {
        sRight = s;
      } else if (!above && s > sLeft) {
        sLeft = s;
      }
      // Where underflow or overflow made the step unusable, bisect.
      ds = step == step ? step : 0.5 * (sLeft + sRight) - s;
      // At most halve s (the test is almost never true, cheaper than Math.max on this critical path).
      ds = ds < -0.5 * s ? -0.5 * s : ds;
      s += ds;
      n++;
      if (!(Math.abs(ds) > CONVERGED_STEP * s)) {
        break;
      }
    }
    if (iterations != null) {
      iterations[0] = n;
    }
    return s / scale;
  }

  private static double householderFactor(double newton, double halley, double hh3) {
    return (1.0 + 0.5 * halley * newton) / (1.0 + newton * (halley + hh3 * newton * (1.0 / 6.0)));
  }

  /**
   * The inverse of the lower map, {@code s = |x| / (-sqrt 3 N^-1(p))} with {@code p = g^(1/3)},
   * {@code g = f / (2 pi |x| / sqrt 27)}, taking the cube root as a third of {@code ln g}, which the
   * quantile's tail form needs anyway (callers form {@code 1 / (2 pi |x| / sqrt 27)} while {@code f} is
   * computed, or {@code ln g} from {@code ln f} where {@code f} would underflow).
   */
  private static double inverseLowerMap(double ax, double logG) {
    return ax * ONE_OVER_SQRT_THREE * Normal.reciprocalOfLowerQuantile(logG * (1.0 / 3.0));
  }

  /**
   * The rational cubic of Delbourgo and Gregory on {@code [xl, xr]} with values {@code yl, yr}, slopes
   * {@code dl, dr} and control parameter {@code r} ({@code r = 3}: the cubic Hermite interpolant;
   * {@code r -> infinity}: the straight line).
   */
  static double rationalCubic(double at, double xl, double xr, double yl, double yr, double dl, double dr,
      double r) {
    double h = xr - xl;
    if (!(Math.abs(h) > 0)) {
      return 0.5 * (yl + yr);
    }
    double t = (at - xl) / h;
    if (r >= MAX_CONTROL) {
      return yr * t + yl * (1.0 - t);
    }
    double omt = 1.0 - t;
    double t2 = t * t;
    double omt2 = omt * omt;
    return (yr * t2 * t + (r * yr - h * dr) * t2 * omt + (r * yl + h * dl) * t * omt2 + yl * omt2 * omt)
        / (1.0 + (r - 3.0) * t * omt);
  }

  /**
   * The control parameter that gives the rational cubic the second derivative {@code d2l} at its left
   * end, raised if needed to the smallest one that keeps the data's shape. At the left end
   * {@code R'' = 2 [r (S - dl) - (dr - dl)] / h} with the secant slope {@code S}, hence
   * {@code r = (h d2l / 2 + dr - dl) / (S - dl)}.
   */
  static double controlFittingLeft(double xl, double xr, double yl, double yr, double dl, double dr,
      double d2l, boolean preferShape) {
    double h = xr - xl;
    double secant = (yr - yl) / h;
    double numerator = 0.5 * h * d2l + (dr - dl);
    double denominator = secant - dl;
    return Math.max(controlFrom(numerator, denominator), minimalControl(dl, dr, secant, preferShape));
  }

  /** As {@link #controlFittingLeft}, at the right end: {@code r = (h d2r / 2 + dr - dl) / (dr - S)}. */
  static double controlFittingRight(double xl, double xr, double yl, double yr, double dl, double dr,
      double d2r, boolean preferShape) {
    double h = xr - xl;
    double secant = (yr - yl) / h;
    double numerator = 0.5 * h * d2r + (dr - dl);
    double denominator = dr - secant;
    return Math.max(controlFrom(numerator, denominator), minimalControl(dl, dr, secant, preferShape));
  }

  private static double controlFrom(double numerator, double denominator) {
    if (isZero(numerator)) {
      return 0.0;
    }
    if (isZero(denominator)) {
      return numerator > 0 ? MAX_CONTROL : MIN_CONTROL;
    }
    return numerator / denominator;
  }

  /**
   * The smallest control parameter that keeps the interpolant monotonic ({@code r >= (dl + dr)/S},
   * Delbourgo and Gregory's (3.8)) and convex or concave ({@code r >= max(|(dr - dl)/(dr - S)|,
   * |(dr - dl)/(S - dl)|)}, their (3.18)) when the data are; at least {@link #MIN_CONTROL}.
   */
  private static double minimalControl(double dl, double dr, double secant, boolean preferShape) {
    boolean monotonic = dl * secant >= 0 && dr * secant >= 0;
    boolean convex = dl <= secant && secant <= dr;
    boolean concave = dl >= secant && secant >= dr;
    if (!monotonic && !convex && !concave) {
      return MIN_CONTROL;
    }
    double r1 = -Double.MAX_VALUE;
    double r2 = -Double.MAX_VALUE;
    if (monotonic) {
      if (!isZero(secant)) {
        r1 = (dr + dl) / secant;
      } else if (preferShape) {
        r1 = MAX_CONTROL;
      }
    }
    if (convex || concave) {
      double rightGap = dr - secant;
      double leftGap = secant - dl;
      if (!(isZero(leftGap) || isZero(rightGap))) {
        r2 = Math.max(Math.abs((dr - dl) / rightGap), Math.abs((dr - dl) / leftGap));
      } else if (preferShape) {
        r2 = MAX_CONTROL;
      }
    } else if (monotonic && preferShape) {
      r2 = MAX_CONTROL;
    }
    return Math.max(MIN_CONTROL, Math.max(r1, r2));
  }

  private static boolean isZero(double v) {
    return Math.abs(v) < Double.MIN_NORMAL;
  }
}
