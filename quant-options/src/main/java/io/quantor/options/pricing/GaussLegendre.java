package io.quantor.options.pricing;

/**
 * Gauss-Legendre nodes and weights on {@code [-1, 1]}, computed once by Newton's method on the Legendre
 * polynomial evaluated with its three-term recurrence (Davis &amp; Rabinowitz, <i>Methods of Numerical
 * Integration</i>, 2nd ed., Academic Press 1984, section 2.7; Press et al., <i>Numerical Recipes</i>,
 * 3rd ed., 2007, section 4.6, routine {@code gauleg}). The start values are Tricomi's asymptotic
 * approximation {@code cos(pi (i - 1/4) / (n + 1/2))}; for the orders used here (up to a few hundred)
 * Newton converges to full double precision in a handful of steps and the weights
 * {@code 2 / ((1 - x^2) P_n'(x)^2)} are accurate to a few units in the last place.
 */
final class GaussLegendre {

  private final double[] nodes;
  private final double[] weights;

  private GaussLegendre(double[] nodes, double[] weights) {
    this.nodes = nodes;
    this.weights = weights;
  }

  /**
   * The rule with {@code n} nodes, sorted in increasing order.
   *
   * @param n the number of nodes, at least 1
   * @return the rule
   */
  static GaussLegendre of(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    double[] x = new double[n];
    double[] w = new double[n];
    int half = (n + 1) / 2;
    for (int i = 0; i < half; i++) {
      double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
      double derivative = 0;
      for (int iteration = 0; iteration < 100; iteration++) {
        // P_n(z) and P_{n-1}(z) by the recurrence (k+1) P_{k+1} = (2k+1) z P_k - k P_{k-1}.
        double p1 = 1;
        double p2 = 0;
        for (int k = 0; k < n; k++) {
          double p3 = p2;
          p2 = p1;
          p1 = ((2.0 * k + 1.0) * z * p2 - k * p3) / (k + 1.0);
        }
        derivative = n * (z * p1 - p2) / (z * z - 1.0);
        double step = p1 / derivative;
        z -= step;
        if (Math.abs(step) <= 1e-16) {
          break;
        }
      }
      double weight = 2.0 / ((1.0 - z * z) * derivative * derivative);
      x[i] = -z;
      x[n - 1 - i] = z;
      w[i] = weight;
      w[n - 1 - i] = weight;
    }
    if (n % 2 == 1) {
      x[n / 2] = 0.0;
    }
    return new GaussLegendre(x, w);
  }

  /**
   * The node count.
   *
   * @return the number of nodes
   */
  int size() {
    return nodes.length;
  }

  /**
   * A node.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the node in {@code (-1, 1)}
   */
  double node(int i) {
    return nodes[i];
  }

  /**
   * A weight.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the weight, positive; the weights sum to 2
   */
  double weight(int i) {
    return weights[i];
  }
}
