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
 * multiplied out (the division by {@code K - S* - p} then disappears). It is solved with Halley's method, the
 * derivatives {@code F'} and {@code F''} being analytic.
 */
final class QdPlusBoundary {

  private static final int MAX_ITERATIONS = 64;
  /** Halley always stops once a step is below this times {@code xMax}. */
  private static final double ABSOLUTE_TOLERANCE = 1e-4;

  private QdPlusBoundary() {
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
   * @param tolerance Halley stops when a step is below {@code tolerance} times the distance from
   *     {@code xMax} (so that {@code ln(xMax / S*)} is accurate to about that relative precision) or below
   *     {@code 1e-4 xMax}
   * @return the critical price in {@code (0, xMax]}
   */
  static double put(double r, double q, double sigma, double tau, double xMax, double guess,
      double tolerance) {
    double sigma2 = sigma * sigma;
    double v = sigma * Math.sqrt(tau);
    double inverseV = 1.0 / v;
    double hh = -Expm1.expm1(-r * tau);
    double dr = 1.0 - hh;
    double dq = Math.exp(-q * tau);
    double omega = 2.0 * (r - q) / sigma2;
    double root = Math.sqrt((omega - 1.0) * (omega - 1.0) + 8.0 * r / (sigma2 * hh));
    double lambda = 0.5 * (-(omega - 1.0) - root);
    double lambdaPrime = 2.0 * r / (sigma2 * hh * hh * root);
    double denominator = 2.0 * lambda + omega - 1.0;
    double c = 2.0 / (sigma2 * denominator);
    double alpha = r * dr * c;
    double beta = alpha * (1.0 / hh + lambdaPrime / denominator) - lambda;
    double drift = (r - q) * tau;
    double halfOverTau = 0.5 / tau;
    double carry = dq / dr;
    double rateTerm = (r - q) * inverseV;
    double decay = v * halfOverTau;

    double lower = xMax * 1e-12;
    double x = Math.min(Math.max(guess, lower), xMax);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double d1 = (Math.log(x) + drift) * inverseV + 0.5 * v;
      double d2 = d1 - v;
      // One exp per iteration: exp(-d2^2/2) = exp(-d1^2/2) x e^{-q tau} / e^{-r tau} (strike 1). The rounded
      // square costs a relative 1e-14 in the Gaussian, far below what a start value needs.
      double gaussian1 = Math.exp(-0.5 * d1 * d1);
      double cdfM1 = Normal.cdf(-d1, gaussian1);
      double cdfM2 = Normal.cdf(-d2, gaussian1 * x * carry);
      double pdf1 = gaussian1 * Normal.INV_SQRT_2PI;
      double dqCdf = dq * cdfM1;
      double dqPdf = dq * pdf1;
      double put = dr * cdfM2 - x * dqCdf;
      double theta = r * dr * cdfM2 - x * (q * dqCdf + decay * dqPdf);
      double f = (1.0 - dqCdf) * x - beta * (1.0 - x - put) + c * theta;
      double thetaS = -(q * dqCdf + dqPdf * (rateTerm - d2 * halfOverTau));
      double fPrime = (1.0 + beta) * (1.0 - dqCdf) + dqPdf * inverseV + c * thetaS;
      double gamma = dqPdf * inverseV / x;
      double thetaSS = gamma * (q + rateTerm * d1 + (1.0 - d1 * d2) * halfOverTau);
      double fSecond = gamma * (1.0 - d1 * inverseV + beta) + c * thetaSS;
      double inverseFPrime = 1.0 / fPrime;
      double newtonStep = f * inverseFPrime;
      double step = newtonStep / (1.0 - 0.5 * newtonStep * fSecond * inverseFPrime);
      if (!(Math.abs(step) < Double.POSITIVE_INFINITY)) {
        step = newtonStep;
      }
      double xNew = Math.min(Math.max(x - step, lower), xMax);
      if (xNew != xNew) {
        // A non-finite step (underflowed derivatives far from the root): keep the last iterate.
        break;
      }
      // Relative to the distance from xMax, so that ln(xMax/S*) is accurate wherever it is not tiny; at
      // least 1e-4 xMax, where near-zero rates make QD+ ill-conditioned and the iteration would wander.
      double distance = xMax - xNew;
      boolean done = Math.abs(xNew - x) <= Math.max(tolerance * distance, ABSOLUTE_TOLERANCE * xMax);
      x = xNew;
      if (done) {
        break;
      }
    }
    return x;
  }
}
