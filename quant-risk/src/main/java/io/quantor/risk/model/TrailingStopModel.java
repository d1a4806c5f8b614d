package io.quantor.risk.model;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.PortfolioSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Closes a position whose price has retreated a fraction {@code trail} from its peak
 * ({@link PositionPeaks}): a long when {@code mark <= high * (1 - trail)}, a short when
 * {@code mark >= low * (1 + trail)}. The stop price is reached, not passed: a mark exactly at the stop
 * fires, as a resting stop order would. One breach per position closed.
 *
 * <pre>{@code
 * PortfolioRiskModel stop = new TrailingStopModel(0.08);    // 8 % below the high of each long
 * }</pre>
 */
public final class TrailingStopModel implements PortfolioRiskModel {

  /** The model's name: {@value}. */
  public static final String NAME = "trailing-stop";

  private final double trail;

  /**
   * Creates the model.
   *
   * @param trail the retreat from the peak that closes a position, a fraction in (0, 1)
   * @throws IllegalArgumentException if {@code trail} is not in (0, 1)
   */
  public TrailingStopModel(double trail) {
    if (!(trail > 0 && trail < 1)) {
      throw new IllegalArgumentException("trail must be in (0, 1), was " + trail);
    }
    this.trail = trail;
  }

  @Override
  public List<RiskBreach> assess(PortfolioSnapshot portfolio, PositionPeaks peaks) {
    Args.notNull(portfolio, "portfolio");
    Args.notNull(peaks, "peaks");
    List<RiskBreach> out = new ArrayList<>();
    for (Position p : portfolio.openPositions()) {
      double mark = portfolio.markPrice(p.symbol()).getAsDouble();
      double peak = peaks.peak(p, mark);
      double stop = p.isLong() ? peak * (1 - trail) : peak * (1 + trail);
      boolean hit = p.isLong() ? mark <= stop : mark >= stop;
      if (hit) {
        out.add(new RiskBreach(NAME, RiskAction.CLOSE, Map.of(p.symbol(), 0.0), String.format(Locale.ROOT,
            "%s %s: mark %s reached the stop %s, %s %s the %s %s", p.symbol(),
            p.isLong() ? "long" : "short", mark, stop, trail, p.isLong() ? "below" : "above",
            p.isLong() ? "high" : "low", peak)));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The trailing distance.
   *
   * @return the fraction of the peak
   */
  public double trail() {
    return trail;
  }
}
