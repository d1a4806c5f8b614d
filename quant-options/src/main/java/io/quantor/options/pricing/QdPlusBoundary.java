package io.quantor.options.pricing;

import io.quantor.options.internal.Expm1;
import io.quantor.options.internal.Normal;

/**
 * The QD+ approximation of the American put exercise boundary (Li, M., "Analytical approximations for the
 * critical stock prices of American options: a performance comparison", Review of Derivatives Research 13,
 * 2010 (working paper 2005); it refines the quadratic approximation of Barone-Adesi and Whaley (1987) with
 * the Ju and Zhong (1999) correction term). For a put with strike 1 and time to expiry {@code tau} the
 * critical price {@code S*} solves
 *
 * <pre>
 *   F(S) = (1 - e^{-q tau} N(-d1)) S - beta (1 - S - p(S)) + c theta(S) = 0,
 *   h = 1 - e^{-r tau},  omega = 2 (r - q) / sigma^2,
 *   lambda = (-(omega - 1) - sqrt((omega - 1)^2 + 8 r / (sigma^2 h))) / 2,
 *   lambda' = 2 r / (sigma^2 h^2 sqrt((omega - 1)^2 + 8 r / (sigma^2 h))),
 *   alpha = 2 r e^{-r tau} / (sigma^2 (2 lambda + omega - 1)),  c = 2 / (sigma^2 (2 lambda + omega - 1)),
 *   beta = alpha (1 / h + lambda' / (2 lambda + omega - 1)) - lambda,
 * </pre>
 *
 * where {@code p} and {@code theta = dp/dt} are the European put's value and calendar-time decay. This is
 * Li's equation {@code (1 - e^{-q tau} N(-d1)) S* + (lambda + c0) (K - S* - p) = 0} with his {@code c0}
 * multiplied out (the division by {@code K - S* - p} then disappears). It is solved with Halley's method in
 * {@code xi = ln S}, the derivatives {@code F'} and {@code F''} being analytic: {@code dF/dxi = S F'} and
 * {@code d^2F/dxi^2 = S F' + S^2 F''}. In {@code xi} an iteration needs two exponentials that do not
 * depend on each other ({@code S} and the Gaussian at {@code d1}) where the iteration in {@code S} needs a
 * logarithm and then an exponential, and the solver wants {@code ln S} anyway.
 *
 * <p>For the solver's nodes, the terms that do not depend on {@code S} are computed for all nodes first
 * ({@link #nodes}), in loops without dependencies between nodes; the iterations then run node by node,
 * each started from the previous node's root.
 */
final class QdPlusBoundary {

  private static final int MAX_ITERATIONS = 64;
  /** Halley always stops once a step of {@code ln S} is below this. */
  private static final double ABSOLUTE_TOLERANCE = 1e-4;
  /** The smallest root, relative to {@code xMax}: {@code ln(1e-12)}. */
  private static final double LOG_LOWEST = -27.631021115928547;

  /** The number of doubles of work per node. */
  static final int WORK_PER_NODE = 10;

  private final double[] work;
  private final int size;

  /**
   * QD+ for up to {@code size} nodes, with the node terms in {@code work}.
   *
   * @param size the largest number of nodes
   * @param work at least {@code WORK_PER_NODE size} doubles, overwritten by every call of
   *     {@link #nodes}
   */
  QdPlusBoundary(int size, double[] work) {
    this.size = size;
    this.work = work;
  }

  /**
   * The QD+ critical price of a put with strike 1.
   *
   * @param r the rate, {@code > 0}
   * @param q the dividend yield
   * @param sigma the volatility, {@code > 0}
   * @param tau the time to expiry, {@code > 0}
   * @param xMax the boundary's limit at expiry, {@code min(1, r/q)}
   * @param guess a start value in {@code (0, xMax]}
   * @param tolerance Halley stops when a step of {@code ln S} is below {@code tolerance} times the
   *     distance {@code ln(xMax / S)} or below {@code 1e-4}
   * @return the critical price in {@code [1e-12 xMax, xMax]}
   */
  static double put(double r, double q, double sigma, double tau, double xMax, double guess,
      double tolerance) {
    QdPlusBoundary boundary = new QdPlusBoundary(1, new double[WORK_PER_NODE]);
    double[] logRoot = {Math.log(guess)};
    boundary.nodes(r, q, sigma, new double[] {tau}, new double[] {Math.sqrt(tau)}, 0, 1, Math.log(xMax),
        logRoot, tolerance);
    return Math.exp(logRoot[0]);
  }

  /**
   * QD+ at the nodes {@code from <= i < to}: {@code ln S*} of a put with strike 1 at each time to expiry,
   * node {@code from} started from {@code logRoot[from]} and every other node from the root of the
   * previous one scaled as {@code ln(xMax / S*)} proportional to {@code sqrt(tau)}.
   *
   * @param r the rate, {@code > 0}
   * @param q the dividend yield
   * @param sigma the volatility, {@code > 0}
   * @param tau the times to expiry, {@code > 0}, increasing
   * @param sqrtTau their square roots
   * @param from the first node
   * @param to one past the last node, at most the size of the work arrays
   * @param logXMax {@code ln min(1, r/q)}
   * @param logRoot in: the start value of the first node at index {@code from}; out: {@code ln S*} at
   *     every node
   * @param tolerance Halley stops when a step of {@code ln S} is below {@code tolerance} times the
   *     distance {@code ln(xMax / S)} or below {@code 1e-4}
   */
  void nodes(double r, double q, double sigma, double[] tau, double[] sqrtTau, int from, int to,
      double logXMax, double[] logRoot, double tolerance) {
    double[] w = work;
    int m = size;
    double sigma2 = sigma * sigma;
    double omega = 2.0 * (r - q) / sigma2;
    double omegaMinusOne = omega - 1.0;
    // Node terms in blocks of `size`: v, 1/v, h = 1 - e^{-r tau}, e^{-q tau}, beta, c, (r - q) tau,
    // 1/(2 tau), e^{-q tau} / e^{-r tau}, (r - q)/v.
    for (int i = from; i < to; i++) {
      double vi = sigma * sqrtTau[i];
      double inverseVi = 1.0 / vi;
      w[i] = vi;
      w[m + i] = inverseVi;
      w[2 * m + i] = -Expm1.expm1(-r * tau[i]);
      w[3 * m + i] = Math.exp(-q * tau[i]);
      w[6 * m + i] = (r - q) * tau[i];
      w[7 * m + i] = 0.5 / tau[i];
      w[9 * m + i] = (r - q) * inverseVi;
    }
    for (int i = from; i < to; i++) {
      double h = w[2 * m + i];
      double inverseH = 1.0 / h;
      double root = Math.sqrt(omegaMinusOne * omegaMinusOne + 8.0 * r / sigma2 * inverseH);
      double lambda = 0.5 * (-omegaMinusOne - root);
      double inverseDenominator = 1.0 / (2.0 * lambda + omegaMinusOne);
      double lambdaPrime = 2.0 * r / sigma2 * inverseH * inverseH / root;
      double ci = 2.0 / sigma2 * inverseDenominator;
      double dr = 1.0 - h;
      w[4 * m + i] = r * dr * ci * (inverseH + lambdaPrime * inverseDenominator) - lambda;
      w[5 * m + i] = ci;
      w[8 * m + i] = w[3 * m + i] / dr;
    }
    double lowest = logXMax + LOG_LOWEST;
    for (int i = from; i < to; i++) {
      double xi;
      if (i == from) {
        xi = logRoot[from];
      } else if (i == from + 1) {
        xi = logXMax - (logXMax - logRoot[i - 1]) * sqrtTau[i] / sqrtTau[i - 1];
      } else {
        // The secant in sqrt(tau) through the two previous roots, at least half the previous distance.
        double g1 = logXMax - logRoot[i - 1];
        double g2 = logXMax - logRoot[i - 2];
        double slope = (g1 - g2) / (sqrtTau[i - 1] - sqrtTau[i - 2]);
        xi = logXMax - Math.max(g1 + slope * (sqrtTau[i] - sqrtTau[i - 1]), 0.5 * g1);
      }
      logRoot[i] = solve(i, r, q, Math.min(Math.max(xi, lowest), logXMax), lowest, logXMax, tolerance);
    }
  }

  /** Halley's method in {@code xi = ln S} at node {@code i}, from {@code xi}, kept in [lowest, highest]. */
  private double solve(int i, double r, double q, double xi, double lowest, double highest,
      double tolerance) {
    double[] w = work;
    int m = size;
    double vi = w[i];
    double inverseVi = w[m + i];
    double dr = 1.0 - w[2 * m + i];
    double dqi = w[3 * m + i];
    double betaI = w[4 * m + i];
    double ci = w[5 * m + i];
    double driftI = w[6 * m + i];
    double halfOverTauI = w[7 * m + i];
    double carryI = w[8 * m + i];
    double rateTermI = w[9 * m + i];
    double decay = vi * halfOverTauI;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double x = Math.exp(xi);
      double d1 = (xi + driftI) * inverseVi + 0.5 * vi;
      double d2 = d1 - vi;
      // exp(-d2^2/2) = exp(-d1^2/2) x e^{-q tau} / e^{-r tau} (strike 1). The rounded square costs a
      // relative 1e-14 in the Gaussian, far below what a start value needs.
      double gaussian1 = Math.exp(-0.5 * d1 * d1);
      double cdfM1 = Normal.cdf(-d1, gaussian1);
      double cdfM2 = Normal.cdf(-d2, gaussian1 * x * carryI);
      double pdf1 = gaussian1 * Normal.INV_SQRT_2PI;
      double dqCdf = dqi * cdfM1;
      double dqPdf = dqi * pdf1;
      double put = dr * cdfM2 - x * dqCdf;
      double theta = r * dr * cdfM2 - x * (q * dqCdf + decay * dqPdf);
      double f = (1.0 - dqCdf) * x - betaI * (1.0 - x - put) + ci * theta;
      double thetaS = -(q * dqCdf + dqPdf * (rateTermI - d2 * halfOverTauI));
      double fPrime = (1.0 + betaI) * (1.0 - dqCdf) + dqPdf * inverseVi + ci * thetaS;
      // In xi: G' = x F', G'' = x F' + x^2 F'', where x^2 F'' = x gammaX (1 - d1 / v + beta + c (q +
      // (r - q) d1 / v + (1 - d1 d2) / (2 tau))) with gammaX = x Gamma = e^{-q tau} n(d1) / v.
      double gammaX = dqPdf * inverseVi;
      double gPrime = x * fPrime;
      double gSecond = gPrime + x * gammaX * ((1.0 - d1 * inverseVi + betaI)
          + ci * (q + rateTermI * d1 + (1.0 - d1 * d2) * halfOverTauI));
      // Halley: G/G' / (1 - G G'' / (2 G'^2)) = G G' / (G'^2 - G G''/2), one division.
      double step = f * gPrime / (gPrime * gPrime - 0.5 * f * gSecond);
      if (!(Math.abs(step) < Double.POSITIVE_INFINITY)) {
        step = f / gPrime;
      }
      double next = Math.min(Math.max(xi - step, lowest), highest);
      if (next != next) {
        // A non-finite step (underflowed derivatives far from the root): keep the last iterate.
        break;
      }
      // Relative to the distance ln(xMax/S), so that it is accurate wherever it is not tiny; at least
      // 1e-4, where near-zero rates make QD+ ill-conditioned and the iteration would wander.
      boolean done = Math.abs(next - xi) <= Math.max(tolerance * (highest - next), ABSOLUTE_TOLERANCE);
      xi = next;
      if (done) {
        break;
      }
    }
    return xi;
  }
}
