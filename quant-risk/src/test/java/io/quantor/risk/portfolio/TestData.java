package io.quantor.risk.portfolio;

import java.util.SplittableRandom;

/**
 * Seeded test inputs: returns from a one-factor model, so covariances are realistic and positive definite.
 */
final class TestData {

  private TestData() {
  }

  /**
   * Returns of a one-factor model: {@code r_ti = mu_i + beta_i f_t + s_i e_ti}, normal draws.
   *
   * @param periods the number of rows
   * @param assets the number of columns
   * @param seed the seed
   * @return the returns
   */
  static double[][] factorReturns(int periods, int assets, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] mu = new double[assets];
    double[] beta = new double[assets];
    double[] s = new double[assets];
    for (int i = 0; i < assets; i++) {
      mu[i] = 0.0002 + 0.0006 * rnd.nextDouble();
      beta[i] = 0.5 + rnd.nextDouble();
      s[i] = 0.005 + 0.02 * rnd.nextDouble();
    }
    double[][] r = new double[periods][assets];
    for (int t = 0; t < periods; t++) {
      double f = 0.01 * gaussian(rnd);
      for (int i = 0; i < assets; i++) {
        r[t][i] = mu[i] + beta[i] * f + s[i] * gaussian(rnd);
      }
    }
    return r;
  }

  static double gaussian(SplittableRandom rnd) {
    // Marsaglia polar method.
    while (true) {
      double u = 2 * rnd.nextDouble() - 1;
      double v = 2 * rnd.nextDouble() - 1;
      double q = u * u + v * v;
      if (q > 0 && q < 1) {
        return u * Math.sqrt(-2 * Math.log(q) / q);
      }
    }
  }

  static double[] means(double[][] r) {
    return CovarianceMatrix.means(r);
  }
}
