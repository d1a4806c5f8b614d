package io.quantor.core.sizing;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Inverse-volatility weighting, per instrument against a reference volatility: an instrument at the
 * reference volatility gets {@code weight} of equity, one at twice the volatility half of that,
 * <pre>fraction = weight * referenceVolatility / sigma,   q = signal * fraction * equity / price</pre>
 * with {@code sigma} the request's annualized {@link SizingRequest#realizedVolatility()} (absent: zero
 * position, {@link SizingConstraint#MISSING_INPUT}).
 *
 * <p>Across a set of instruments sized with one weight and one reference, the fractions are proportional
 * to {@code 1/sigma}, so each contributes the same stand-alone volatility ({@code weight *
 * referenceVolatility}); correlations are ignored (for equal risk contributions with correlations use a
 * risk-parity optimizer). When the whole set is known at once and the weights must sum to a budget, use
 * {@link #normalizedWeights(double...)}: {@code w_i = (1/sigma_i) / sum_j (1/sigma_j)}, and size each
 * instrument with {@link FixedFractionalSizer#allocation(double)} of {@code budget * w_i}.
 *
 * <p>This differs from {@link VolatilityTargetSizer} only in reading: here the volatility scales a base
 * weight relative to a reference; there it sets the exposure whose volatility equals a target.
 *
 * @param weight the fraction of equity at the reference volatility, finite and {@code > 0}
 * @param referenceVolatility the annualized volatility that gets exactly {@code weight}, finite and
 *     {@code > 0}
 */
public record InverseVolatilitySizer(double weight, double referenceVolatility) implements PositionSizer {

  /**
   * Validates the parameters.
   *
   * @param weight the fraction of equity at the reference volatility, finite and {@code > 0}
   * @param referenceVolatility the reference annualized volatility, finite and {@code > 0}
   * @throws IllegalArgumentException if a parameter is out of range, naming it
   */
  public InverseVolatilitySizer {
    Args.positive(weight, "weight");
    Args.positive(referenceVolatility, "referenceVolatility");
  }

  /**
   * Inverse-volatility weights normalized to sum to 1: {@code w_i = (1/sigma_i) / sum_j (1/sigma_j)}.
   *
   * @param volatilities the annualized volatilities, at least one, each finite and {@code > 0}
   * @return the weights, in the order of {@code volatilities}, summing to 1 up to rounding
   * @throws IllegalArgumentException if the array is null or empty, or a volatility is out of range
   *     (the message names its index)
   */
  public static double[] normalizedWeights(double... volatilities) {
    Args.notNull(volatilities, "volatilities");
    Args.atLeast(volatilities.length, 1, "volatilities.length");
    double[] w = new double[volatilities.length];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = 1.0 / Args.positive(volatilities[i], "volatilities[" + i + "]");
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return w;
  }

  @Override
  public SizingResult size(SizingRequest request) {
    Args.notNull(request, "request");
    List<String> steps = new ArrayList<>(3);
    if (request.realizedVolatility().isEmpty()) {
      steps.add("inverse volatility: weight " + SizingResult.num(weight) + " at reference volatility "
          + SizingResult.num(referenceVolatility));
      return SizingResult.missingInput(request, "realizedVolatility", steps);
    }
    double sigma = request.realizedVolatility().getAsDouble();
    double fraction = weight * referenceVolatility / sigma;
    double base = fraction * request.equity() / request.price();
    steps.add("inverse volatility: weight " + SizingResult.num(weight) + " x reference "
        + SizingResult.num(referenceVolatility) + " / volatility " + SizingResult.num(sigma) + " = "
        + SizingResult.num(fraction) + " of equity " + SizingResult.num(request.equity()) + "; / price "
        + SizingResult.num(request.price()) + " = " + SizingResult.num(base) + " units");
    double q = request.signal() * base;
    steps.add(FixedFractionalSizer.signalStep(request, base, q));
    return SizingResult.constrain(request, q, steps);
  }
}
