package io.quantor.core.sizing;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Equal weight: each of {@code count} instruments gets {@code 1/count} of equity as notional,
 * <pre>q = signal * (equity / count) / price</pre>
 * The signal scales the quantity linearly and sets its sign; the shared final step
 * ({@link SizingResult#constrain}) applies maximum position, capital and lot size. The 1/N portfolio is
 * a hard benchmark to beat out of sample (DeMiguel, Garlappi and Uppal, "Optimal Versus Naive
 * Diversification", <i>Review of Financial Studies</i> 22(5), 2009).
 *
 * @param count the number of instruments sharing the equity, {@code >= 1}
 */
public record EqualWeightSizer(int count) implements PositionSizer {

  /**
   * Validates the count.
   *
   * @param count the number of instruments, {@code >= 1}
   * @throws IllegalArgumentException if {@code count < 1}
   */
  public EqualWeightSizer {
    Args.atLeast(count, 1, "count");
  }

  @Override
  public SizingResult size(SizingRequest request) {
    Args.notNull(request, "request");
    List<String> steps = new ArrayList<>(3);
    double notional = request.equity() / count;
    double base = notional / request.price();
    steps.add("equal weight: equity " + SizingResult.num(request.equity()) + " / " + count + " = "
        + SizingResult.num(notional) + "; / price " + SizingResult.num(request.price()) + " = "
        + SizingResult.num(base) + " units");
    double q = request.signal() * base;
    steps.add(FixedFractionalSizer.signalStep(request, base, q));
    return SizingResult.constrain(request, q, steps);
  }
}
