package io.quantor.options.pricing;

/**
 * Gauss-Legendre quadrature of the integrals of the boundary equation, {@code int_0^tau f(u) du}, for every
 * collocation node {@code tau_i} of a scheme, with the Chebyshev interpolation weights at the quadrature
 * points: immutable tables computed once per scheme.
 *
 * <p>Substitution {@code u = tau sin^2(theta)}, {@code theta = pi (1 + y) / 4}, {@code y} a Gauss-Legendre
 * node: then {@code sqrt(u) = sqrt(tau) sin(theta)} and {@code sqrt(tau - u) = sqrt(tau) cos(theta)} are
 * smooth in {@code y}, so the rule converges fast although the boundary is a smooth function of
 * {@code sqrt(u)} (not of {@code u}) and the integrands of FP-A carry a factor {@code 1 / sqrt(tau - u)}:
 * <pre>
 *   int_0^tau f(u) du               = tau       sum_k weight_k f(u_k),
 *   int_0^tau f(u) / sqrt(tau - u) du = sqrt(tau) sum_k weightSingular_k f(u_k).
 * </pre>
 * At {@code u_ik = tau_i sin^2(theta_k)} the interpolant's coordinate is {@code z = 2 sqrt(u / t) - 1 =
 * (1 + z_i) sin(theta_k) - 1}, independent of the expiry {@code t}, so the Lagrange weights
 * {@code L_j(z_ik)} are tabulated here for {@code j = 1..n} ({@code H_0 = 0} needs none), one array per
 * basis function, {@code rows[j - 1][ik]}, so that the interpolant at all points is one long vectorizable
 * loop per {@code j} (C2 does not vectorize loops that index an array with an offset that is not a
 * constant); points are numbered {@code ik = (i - 1) l + k}. The integrands' iteration-invariant factors are
 * tabulated per point as multiples of powers of the expiry {@code t} ({@code tau_i = c_i t},
 * {@code c_i = ((1 + z_i)/2)^2}), so that a solver forms them with one multiplication per point and in
 * loops over all points.
 */
final class BoundaryQuadrature {

  private static final double INV_SQRT_2PI = 0.3989422804014327;

  private final int size;
  private final double[] fractionU;
  private final double[] fractionS;
  private final double[] sqrtFractionS;
  private final double[] inverseSqrtFractionS;
  private final double[] weight;
  private final double[] weightSingular;
  private final double[][] rows;
  private final double[] pointTimeU;
  private final double[] pointTimeS;
  private final double[] pointSqrtTimeS;
  private final double[] pointInverseSqrtTimeS;
  private final double[] pointWeightPdf;
  private final double[] pointWeightCdf;

  /**
   * The tables for {@code l} Gauss-Legendre nodes and the scheme's Chebyshev nodes.
   *
   * @param l the number of quadrature nodes
   * @param interpolation the boundary's interpolation nodes ({@code n + 1} of them)
   */
  BoundaryQuadrature(int l, ChebyshevLobatto interpolation) {
    this.size = l;
    int n = interpolation.intervals();
    GaussLegendre rule = GaussLegendre.of(l);
    fractionU = new double[l];
    fractionS = new double[l];
    sqrtFractionS = new double[l];
    inverseSqrtFractionS = new double[l];
    weight = new double[l];
    weightSingular = new double[l];
    int points = n * l;
    rows = new double[n][points];
    double[] sqrtFractionU = new double[l];
    for (int k = 0; k < l; k++) {
      double theta = 0.25 * Math.PI * (1.0 + rule.node(k));
      double sin = Math.sin(theta);
      double cos = Math.cos(theta);
      fractionU[k] = sin * sin;
      fractionS[k] = cos * cos;
      sqrtFractionU[k] = sin;
      sqrtFractionS[k] = cos;
      inverseSqrtFractionS[k] = 1.0 / cos;
      // du = tau 2 sin cos dtheta and dtheta = pi/4 dy.
      weight[k] = rule.weight(k) * 0.5 * Math.PI * sin * cos;
      weightSingular[k] = rule.weight(k) * 0.5 * Math.PI * sin;
    }
    pointTimeU = new double[points];
    pointTimeS = new double[points];
    pointSqrtTimeS = new double[points];
    pointInverseSqrtTimeS = new double[points];
    pointWeightPdf = new double[points];
    pointWeightCdf = new double[points];
    double[] basis = new double[n + 1];
    for (int i = 1; i <= n; i++) {
      double sqrtC = 0.5 * (1.0 + interpolation.node(i));
      double c = sqrtC * sqrtC;
      for (int k = 0; k < l; k++) {
        int point = (i - 1) * l + k;
        pointTimeU[point] = c * fractionU[k];
        pointTimeS[point] = c * fractionS[k];
        pointSqrtTimeS[point] = sqrtC * sqrtFractionS[k];
        pointInverseSqrtTimeS[point] = inverseSqrtFractionS[k] / sqrtC;
        pointWeightPdf[point] = sqrtC * weightSingular[k] * INV_SQRT_2PI;
        pointWeightCdf[point] = c * weight[k];
      }
      for (int k = 0; k < l; k++) {
        interpolation.basis((1.0 + interpolation.node(i)) * sqrtFractionU[k] - 1.0, basis);
        int ik = (i - 1) * l + k;
        for (int j = 1; j <= n; j++) {
          rows[j - 1][ik] = basis[j];
        }
      }
    }
  }

  int size() {
    return size;
  }

  /** {@code u_k / tau}. */
  double[] fractionU() {
    return fractionU;
  }

  /** {@code (tau - u_k) / tau}. */
  double[] fractionS() {
    return fractionS;
  }

  /** {@code sqrt((tau - u_k) / tau)}. */
  double[] sqrtFractionS() {
    return sqrtFractionS;
  }

  /** {@code sqrt(tau / (tau - u_k))}. */
  double[] inverseSqrtFractionS() {
    return inverseSqrtFractionS;
  }

  /** Weights of {@code int_0^tau f(u) du / tau}. */
  double[] weight() {
    return weight;
  }

  /** Weights of {@code int_0^tau f(u) / sqrt(tau - u) du / sqrt(tau)}. */
  double[] weightSingular() {
    return weightSingular;
  }

  /** The Lagrange weights at the quadrature points by basis function: {@code [j - 1][ik]}. */
  double[][] rows() {
    return rows;
  }

  /** {@code u_ik / t}. */
  double[] pointTimeU() {
    return pointTimeU;
  }

  /** {@code (tau_i - u_ik) / t}. */
  double[] pointTimeS() {
    return pointTimeS;
  }

  /** {@code sqrt((tau_i - u_ik) / t)}. */
  double[] pointSqrtTimeS() {
    return pointSqrtTimeS;
  }

  /** {@code sqrt(t / (tau_i - u_ik))}. */
  double[] pointInverseSqrtTimeS() {
    return pointInverseSqrtTimeS;
  }

  /**
   * The weights of {@code int_0^tau_i f(u) n(.) / sqrt(tau_i - u) du} per {@code sqrt(t)}, with the
   * normal density's {@code 1/sqrt(2 pi)}: {@code sqrt(c_i) weightSingular_k / sqrt(2 pi)}.
   */
  double[] pointWeightPdf() {
    return pointWeightPdf;
  }

  /** The weights of {@code int_0^tau_i f(u) du} per {@code t}: {@code c_i weight_k}. */
  double[] pointWeightCdf() {
    return pointWeightCdf;
  }
}
