package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.Locale;

/**
 * A fuzzy set's membership function: the degree, in [0, 1], to which a crisp value belongs to a
 * linguistic term ("service is good").
 *
 * <p>Six shapes, each an immutable value validated on construction (misuse raises
 * {@link IllegalArgumentException} naming the parameter and the value):
 * <ul>
 *   <li>{@link Triangular} {@code (a, b, c)}: 0 outside [a, c], 1 at b, linear in between;</li>
 *   <li>{@link Trapezoidal} {@code (a, b, c, d)}: 0 outside [a, d], 1 on [b, c], linear in between;</li>
 *   <li>{@link Gaussian} {@code (mean, sigma)}: {@code exp(-(x - mean)^2 / (2 sigma^2))};</li>
 *   <li>{@link GeneralizedBell} {@code (a, b, c)}: {@code 1 / (1 + |(x - c) / a|^(2b))} (Jang 1993);</li>
 *   <li>{@link Sigmoid} {@code (slope, center)}: {@code 1 / (1 + exp(-slope (x - center)))};</li>
 *   <li>{@link PiecewiseLinear}: straight lines through points {@code (x_i, y_i)}, constant beyond the first
 *       and last point (the FCL point list {@code (0, 1) (4, 0)}).</li>
 * </ul>
 * The shapes and their parameter order follow IEC 61131-7 FCL as jFuzzyLogic reads it ({@code TRIAN},
 * {@code TRAPE}, {@code GAUSS mean sigma}, {@code GBELL a b c}, {@code SIGM slope center}) and agree with
 * scikit-fuzzy's {@code trimf}, {@code trapmf}, {@code gaussmf}, {@code gbellmf} and {@code sigmf}.
 *
 * <p>Degrees are computed in double precision without allocation. A NaN argument gives NaN or 0 (the
 * inference engine never passes NaN: it rejects NaN inputs).
 */
public sealed interface MembershipFunction {

  /**
   * The membership degree of {@code x}.
   *
   * @param x the crisp value
   * @return the degree in [0, 1]
   */
  double degree(double x);

  /**
   * Where the function starts to matter: the left end of its support for the piecewise-linear shapes,
   * the point where it falls to about 0.01 (Gaussian: mean - 4 sigma) for the smooth ones. Used to
   * estimate a variable's universe when an FCL file gives no {@code RANGE}, as jFuzzyLogic does.
   *
   * @return the left end of the effective support
   */
  double spanStart();

  /**
   * The right end of the effective support; see {@link #spanStart()}.
   *
   * @return the right end of the effective support
   */
  double spanEnd();

  /**
   * A triangle.
   *
   * @param a the left foot
   * @param b the peak, {@code a <= b <= c}
   * @param c the right foot, {@code a < c}
   * @return the function
   */
  static Triangular triangular(double a, double b, double c) {
    return new Triangular(a, b, c);
  }

  /**
   * A trapezoid.
   *
   * @param a the left foot
   * @param b the start of the plateau
   * @param c the end of the plateau
   * @param d the right foot; {@code a <= b <= c <= d}, {@code a < d}
   * @return the function
   */
  static Trapezoidal trapezoidal(double a, double b, double c, double d) {
    return new Trapezoidal(a, b, c, d);
  }

  /**
   * A Gaussian bell.
   *
   * @param mean the centre
   * @param sigma the standard deviation, {@code > 0}
   * @return the function
   */
  static Gaussian gaussian(double mean, double sigma) {
    return new Gaussian(mean, sigma);
  }

  /**
   * A generalized bell.
   *
   * @param a the half width (degree 0.5 at {@code c +- a}), {@code > 0}
   * @param b the slope exponent, {@code > 0}
   * @param c the centre
   * @return the function
   */
  static GeneralizedBell generalizedBell(double a, double b, double c) {
    return new GeneralizedBell(a, b, c);
  }

  /**
   * A sigmoid.
   *
   * @param slope the steepness; positive opens to the right, negative to the left; not 0
   * @param center the crossover point (degree 0.5)
   * @return the function
   */
  static Sigmoid sigmoid(double slope, double center) {
    return new Sigmoid(slope, center);
  }

  /**
   * A piecewise-linear function through points.
   *
   * @param xs the abscissae, non-decreasing, at least two
   * @param ys the degrees in [0, 1], as many as {@code xs}
   * @return the function
   */
  static PiecewiseLinear piecewiseLinear(double[] xs, double[] ys) {
    return new PiecewiseLinear(xs, ys);
  }

  /**
   * The triangle {@code (a, b, c)}: {@code (x - a) / (b - a)} on [a, b), 1 at b,
   * {@code (c - x) / (c - b)} on (b, c], 0 elsewhere. {@code a == b} or {@code b == c} makes a shoulder
   * (scikit-fuzzy's {@code trimf(x, [0, 0, 5])}).
   *
   * @param a the left foot, finite
   * @param b the peak, finite, {@code a <= b <= c}
   * @param c the right foot, finite, {@code a < c}
   */
  record Triangular(double a, double b, double c) implements MembershipFunction {

    /**
     * Validates the triangle.
     *
     * @param a the left foot, finite
     * @param b the peak, finite, {@code a <= b <= c}
     * @param c the right foot, finite, {@code a < c}
     * @throws IllegalArgumentException if a parameter is not finite or out of order
     */
    public Triangular {
      Args.finite(a, "a");
      Args.finite(b, "b");
      Args.finite(c, "c");
      ordered("triangle", a, b, c);
    }

    @Override
    public double degree(double x) {
      if (x == b) {
        return 1.0;
      }
      if (x >= a && x < b) {
        return (x - a) / (b - a);
      }
      if (x > b && x <= c) {
        return (c - x) / (c - b);
      }
      return 0.0;
    }

    @Override
    public double spanStart() {
      return a;
    }

    @Override
    public double spanEnd() {
      return c;
    }
  }

  /**
   * The trapezoid {@code (a, b, c, d)}: rising on [a, b), 1 on [b, c], falling on (c, d], 0 elsewhere.
   *
   * @param a the left foot, finite
   * @param b the start of the plateau, finite
   * @param c the end of the plateau, finite
   * @param d the right foot, finite; {@code a <= b <= c <= d}, {@code a < d}
   */
  record Trapezoidal(double a, double b, double c, double d) implements MembershipFunction {

    /**
     * Validates the trapezoid.
     *
     * @param a the left foot, finite
     * @param b the start of the plateau, finite
     * @param c the end of the plateau, finite
     * @param d the right foot, finite; {@code a <= b <= c <= d}, {@code a < d}
     * @throws IllegalArgumentException if a parameter is not finite or out of order
     */
    public Trapezoidal {
      Args.finite(a, "a");
      Args.finite(b, "b");
      Args.finite(c, "c");
      Args.finite(d, "d");
      ordered("trapezoid", a, b, c, d);
    }

    @Override
    public double degree(double x) {
      if (x >= b && x <= c) {
        return 1.0;
      }
      if (x >= a && x < b) {
        return (x - a) / (b - a);
      }
      if (x > c && x <= d) {
        return (d - x) / (d - c);
      }
      return 0.0;
    }

    @Override
    public double spanStart() {
      return a;
    }

    @Override
    public double spanEnd() {
      return d;
    }
  }

  /**
   * The Gaussian {@code exp(-(x - mean)^2 / (2 sigma^2))}.
   *
   * @param mean the centre, finite
   * @param sigma the standard deviation, finite and {@code > 0}
   */
  record Gaussian(double mean, double sigma) implements MembershipFunction {

    /**
     * Validates the parameters.
     *
     * @param mean the centre, finite
     * @param sigma the standard deviation, finite and {@code > 0}
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public Gaussian {
      Args.finite(mean, "mean");
      Args.positive(sigma, "sigma");
    }

    @Override
    public double degree(double x) {
      double z = (x - mean) / sigma;
      return Math.exp(-0.5 * z * z);
    }

    @Override
    public double spanStart() {
      return mean - 4 * sigma;
    }

    @Override
    public double spanEnd() {
      return mean + 4 * sigma;
    }
  }

  /**
   * The generalized bell {@code 1 / (1 + |(x - c) / a|^(2b))} (J.-S. R. Jang, ANFIS, IEEE Trans. SMC
   * 23(3), 1993).
   *
   * @param a the half width, finite and {@code > 0}
   * @param b the slope exponent, finite and {@code > 0}
   * @param c the centre, finite
   */
  record GeneralizedBell(double a, double b, double c) implements MembershipFunction {

    /**
     * Validates the parameters.
     *
     * @param a the half width, finite and {@code > 0}
     * @param b the slope exponent, finite and {@code > 0}
     * @param c the centre, finite
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public GeneralizedBell {
      Args.positive(a, "a");
      Args.positive(b, "b");
      Args.finite(c, "c");
    }

    @Override
    public double degree(double x) {
      return 1.0 / (1.0 + Math.pow(Math.abs((x - c) / a), 2 * b));
    }

    @Override
    public double spanStart() {
      return c - a * Math.pow(99.0, 1.0 / (2 * b));
    }

    @Override
    public double spanEnd() {
      return c + a * Math.pow(99.0, 1.0 / (2 * b));
    }
  }

  /**
   * The sigmoid {@code 1 / (1 + exp(-slope (x - center)))}.
   *
   * @param slope the steepness, finite and not 0
   * @param center the crossover point, finite
   */
  record Sigmoid(double slope, double center) implements MembershipFunction {

    /**
     * Validates the parameters.
     *
     * @param slope the steepness, finite and not 0
     * @param center the crossover point, finite
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public Sigmoid {
      Args.finite(slope, "slope");
      if (slope == 0) {
        throw new IllegalArgumentException("slope must not be 0, was 0.0");
      }
      Args.finite(center, "center");
    }

    @Override
    public double degree(double x) {
      return 1.0 / (1.0 + Math.exp(-slope * (x - center)));
    }

    @Override
    public double spanStart() {
      return center - Math.log(99.0) / Math.abs(slope);
    }

    @Override
    public double spanEnd() {
      return center + Math.log(99.0) / Math.abs(slope);
    }
  }

  /**
   * Straight lines through the points {@code (xs[i], ys[i])}; {@code ys[0]} left of the first point and
   * the last {@code ys} right of the last (as jFuzzyLogic evaluates an FCL point list). Equal
   * neighbouring abscissae make a vertical step; at the step the right-hand value applies.
   */
  final class PiecewiseLinear implements MembershipFunction {

    private final double[] xs;
    private final double[] ys;

    /**
     * Validates and copies the points.
     *
     * @param xs the abscissae, finite and non-decreasing, at least two
     * @param ys the degrees in [0, 1], as many as {@code xs}
     * @throws IllegalArgumentException if the arrays are null, of different or too short length, or a
     *     value is out of range
     */
    public PiecewiseLinear(double[] xs, double[] ys) {
      int n = Args.sameLength("xs, ys", xs, ys);
      Args.atLeast(n, 2, "number of points");
      for (int i = 0; i < n; i++) {
        Args.finite(xs[i], "xs[" + i + "]");
        Args.inRange(ys[i], 0.0, 1.0, "ys[" + i + "]");
        if (i > 0 && xs[i] < xs[i - 1]) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "xs must be non-decreasing, was xs[%d] = %s < xs[%d] = %s", i, xs[i], i - 1, xs[i - 1]));
        }
      }
      if (xs[0] == xs[n - 1]) {
        throw new IllegalArgumentException("xs must not all be equal, was " + xs[0]);
      }
      this.xs = xs.clone();
      this.ys = ys.clone();
    }

    /**
     * The abscissae.
     *
     * @return a copy of the abscissae
     */
    public double[] xs() {
      return xs.clone();
    }

    /**
     * The degrees at the abscissae.
     *
     * @return a copy of the degrees
     */
    public double[] ys() {
      return ys.clone();
    }

    @Override
    public double degree(double x) {
      int n = xs.length;
      if (x < xs[0]) {
        return ys[0];
      }
      if (x >= xs[n - 1]) {
        return ys[n - 1];
      }
      for (int i = 1; i < n; i++) {
        if (x < xs[i]) {
          double x0 = xs[i - 1];
          double x1 = xs[i];
          return ys[i - 1] + (x - x0) * (ys[i] - ys[i - 1]) / (x1 - x0);
        }
      }
      return ys[n - 1];
    }

    @Override
    public double spanStart() {
      return xs[0];
    }

    @Override
    public double spanEnd() {
      return xs[xs.length - 1];
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PiecewiseLinear p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("PiecewiseLinear[");
      for (int i = 0; i < xs.length; i++) {
        sb.append(i == 0 ? "" : " ").append('(').append(xs[i]).append(", ").append(ys[i]).append(')');
      }
      return sb.append(']').toString();
    }
  }

  private static void ordered(String shape, double... p) {
    for (int i = 1; i < p.length; i++) {
      if (!(p[i - 1] <= p[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s parameters must be non-decreasing, was %s", shape, Arrays.toString(p)));
      }
    }
    if (!(p[0] < p[p.length - 1])) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must have a width > 0, was %s", shape, Arrays.toString(p)));
    }
  }
}
