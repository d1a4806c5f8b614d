package io.quantor.options.pricing;

/**
 * Polynomial interpolation through the {@code n + 1} Chebyshev-Lobatto points {@code z_i = -cos(i pi / n)}
 * of {@code [-1, 1]} (increasing), in the barycentric form of Berrut and Trefethen ("Barycentric Lagrange
 * interpolation", SIAM Review 46(3), 2004, eq. (5.4): weights {@code (-1)^i}, halved at both ends), which is
 * numerically stable and costs {@code O(n)} per evaluation. Immutable.
 */
final class ChebyshevLobatto {

  private final int n;
  private final double[] nodes;
  private final double[] weights;

  /**
   * The points for {@code n} intervals.
   *
   * @param n the number of intervals, at least 1
   */
  ChebyshevLobatto(int n) {
    this.n = n;
    nodes = new double[n + 1];
    weights = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      // Exact values at the ends and the middle keep the grid symmetric.
      nodes[i] = i == 0 ? -1.0 : i == n ? 1.0 : 2 * i == n ? 0.0 : -Math.cos(Math.PI * i / n);
      weights[i] = ((i % 2 == 0) ? 1.0 : -1.0) * ((i == 0 || i == n) ? 0.5 : 1.0);
    }
  }

  /**
   * The number of intervals {@code n}.
   *
   * @return {@code n}
   */
  int intervals() {
    return n;
  }

  /**
   * A point.
   *
   * @param i the index, {@code 0..n}
   * @return {@code z_i}
   */
  double node(int i) {
    return nodes[i];
  }

  /**
   * The Lagrange basis at {@code z}: {@code out[j] = L_j(z)}, so that the interpolant is
   * {@code sum_j out[j] f_j}.
   *
   * @param z the argument in {@code [-1, 1]}
   * @param out receives {@code n + 1} weights
   */
  void basis(double z, double[] out) {
    double total = 0.0;
    for (int j = 0; j <= n; j++) {
      double difference = z - nodes[j];
      if (difference == 0.0) {
        for (int i = 0; i <= n; i++) {
          out[i] = i == j ? 1.0 : 0.0;
        }
        return;
      }
      double w = weights[j] / difference;
      out[j] = w;
      total += w;
    }
    for (int j = 0; j <= n; j++) {
      out[j] /= total;
    }
  }

  /**
   * The interpolant at {@code z} of the values {@code f_j} at the points.
   *
   * @param z the argument in {@code [-1, 1]}
   * @param values {@code n + 1} values
   * @return the interpolated value
   */
  double interpolate(double z, double[] values) {
    double numerator = 0.0;
    double denominator = 0.0;
    for (int j = 0; j <= n; j++) {
      double difference = z - nodes[j];
      if (difference == 0.0) {
        return values[j];
      }
      double w = weights[j] / difference;
      numerator += w * values[j];
      denominator += w;
    }
    return numerator / denominator;
  }
}
