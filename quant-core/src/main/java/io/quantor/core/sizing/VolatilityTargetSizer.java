package io.quantor.core.sizing;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Volatility targeting: the exposure whose annualized volatility equals a target,
 * <pre>fraction = targetVolatility / sigma,   q = signal * fraction * equity / price</pre>
 * so that the position's volatility, {@code fraction * sigma}, is {@code targetVolatility} of equity.
 * {@code sigma} is the request's annualized {@link SizingRequest#realizedVolatility()} (for example
 * {@link io.quantor.core.analytics.RealizedVolatility}; absent: zero position,
 * {@link SizingConstraint#MISSING_INPUT}). A calm instrument asks for leverage ({@code fraction > 1});
 * cap it with the request's {@code maxFraction} (the available capital caps it in any case).
 *
 * <p>Reference: A. Moreira and T. Muir, "Volatility-Managed Portfolios", <i>Journal of Finance</i> 72(4),
 * 2017; A. Harvey et al., "The Impact of Volatility Targeting", <i>Journal of Portfolio Management</i>
 * 45(1), 2018.
 *
 * @param targetVolatility the annualized volatility the position should carry, as a fraction of equity,
 *     finite and {@code > 0} (0.10 = 10 %)
 */
public record VolatilityTargetSizer(double targetVolatility) implements PositionSizer {

  /**
   * Validates the target.
   *
   * @param targetVolatility the annualized target volatility, finite and {@code > 0}
   * @throws IllegalArgumentException if out of range
   */
  public VolatilityTargetSizer {
    Args.positive(targetVolatility, "targetVolatility");
  }

  @Override
  public SizingResult size(SizingRequest request) {
    Args.notNull(request, "request");
    List<String> steps = new ArrayList<>(3);
    if (request.realizedVolatility().isEmpty()) {
      steps.add("volatility target " + SizingResult.num(targetVolatility));
      return SizingResult.missingInput(request, "realizedVolatility", steps);
    }
    double sigma = request.realizedVolatility().getAsDouble();
    double fraction = targetVolatility / sigma;
    double base = fraction * request.equity() / request.price();
    steps.add("volatility target: target " + SizingResult.num(targetVolatility) + " / volatility "
        + SizingResult.num(sigma) + " = " + SizingResult.num(fraction) + " of equity "
        + SizingResult.num(request.equity()) + "; / price " + SizingResult.num(request.price()) + " = "
        + SizingResult.num(base) + " units");
    double q = request.signal() * base;
    steps.add(FixedFractionalSizer.signalStep(request, base, q));
    return SizingResult.constrain(request, q, steps);
  }
}
