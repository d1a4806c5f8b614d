package io.quantor.examples;

import io.quantor.core.sizing.PositionSizer;
import io.quantor.core.sizing.SizingRequest;
import io.quantor.core.sizing.SizingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A no-trade band around another sizer: the current position is kept while the inner sizer's target has
 * the same sign and differs from it by at most {@code band} of its size,
 * <pre>
 *   keep q0  when  sign(q*) = sign(q0) != 0  and  |q* - q0| &lt;= band * |q0|
 * </pre>
 * Without it a sizer that scales with the vote's confidence and the realized volatility would send a
 * small rebalancing order on almost every bar, paying a minimum commission each time. Entries, exits and
 * reversals always go through. (No-trade regions are the optimal policy under proportional costs:
 * Davis and Norman, "Portfolio Selection with Transaction Costs", <i>Mathematics of Operations
 * Research</i> 15(4), 1990.)
 */
final class RebalanceBandSizer implements PositionSizer {

  private final PositionSizer inner;
  private final double band;

  /**
   * Wraps a sizer.
   *
   * @param inner the sizer that sets the target
   * @param band the relative band, in {@code [0, 1)}
   */
  RebalanceBandSizer(PositionSizer inner, double band) {
    if (inner == null) {
      throw new IllegalArgumentException("inner must not be null");
    }
    if (!(band >= 0 && band < 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "band must be in [0, 1), was %s", band));
    }
    this.inner = inner;
    this.band = band;
  }

  @Override
  public SizingResult size(SizingRequest request) {
    SizingResult target = inner.size(request);
    double q0 = request.currentPosition();
    double q = target.quantity();
    if (q0 != 0 && Math.signum(q) == Math.signum(q0) && Math.abs(q - q0) <= band * Math.abs(q0)) {
      List<String> steps = new ArrayList<>(target.explanation());
      steps.add(String.format(Locale.ROOT, "target %s within %s of the position %s: keep it", q, band, q0));
      return SizingResult.constrain(request, q0, steps);
    }
    return target;
  }

  @Override
  public String toString() {
    return "RebalanceBandSizer[" + inner + ", band " + band + "]";
  }
}
