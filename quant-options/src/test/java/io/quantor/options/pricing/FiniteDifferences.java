package io.quantor.options.pricing;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences of a function of a few variables, each with one Richardson extrapolation
 * step (steps h and h/2), so the truncation error is of fourth order in the step.
 */
final class FiniteDifferences {

  private FiniteDifferences() {
  }

  /** Central first difference with one Richardson step. */
  static double first(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
    return richardson(central(f, x, i, h), central(f, x, i, h / 2));
  }

  static double central(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
    return (f.applyAsDouble(shift(x, i, h)) - f.applyAsDouble(shift(x, i, -h))) / (2 * h);
  }

  /** Central second difference with one Richardson step. */
  static double second(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
    return richardson(secondCentral(f, x, i, h), secondCentral(f, x, i, h / 2));
  }

  static double secondCentral(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
    double up = f.applyAsDouble(shift(x, i, h));
    double down = f.applyAsDouble(shift(x, i, -h));
    return (up - 2 * f.applyAsDouble(x) + down) / (h * h);
  }

  /** Four-point mixed difference, both steps halved for the Richardson step. */
  static double mixed(ToDoubleFunction<double[]> f, double[] x, int i, double hi, int j, double hj) {
    return richardson(mixedCentral(f, x, i, hi, j, hj), mixedCentral(f, x, i, hi / 2, j, hj / 2));
  }

  static double mixedCentral(
      ToDoubleFunction<double[]> f, double[] x, int i, double hi, int j, double hj) {
    double pp = f.applyAsDouble(shift(shift(x, i, hi), j, hj));
    double pm = f.applyAsDouble(shift(shift(x, i, hi), j, -hj));
    double mp = f.applyAsDouble(shift(shift(x, i, -hi), j, hj));
    double mm = f.applyAsDouble(shift(shift(x, i, -hi), j, -hj));
    return (pp - pm - mp + mm) / (4 * hi * hj);
  }

  /** Removes the h^2 error term: (4 D(h/2) - D(h)) / 3. */
  static double richardson(double coarse, double fine) {
    return (4 * fine - coarse) / 3;
  }

  static double[] shift(double[] x, int i, double h) {
    double[] y = x.clone();
    y[i] += h;
    return y;
  }
}
