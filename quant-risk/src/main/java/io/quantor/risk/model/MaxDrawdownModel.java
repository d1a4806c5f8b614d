package io.quantor.risk.model;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.PortfolioSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fires when the portfolio's drawdown from its high-water mark,
 * {@code (highWaterMark - equity) / highWaterMark} ({@link PortfolioSnapshot#drawdown()}), is above a
 * threshold, and then halts new risk or liquidates every position. A drawdown equal to the threshold does
 * not fire.
 *
 * <pre>{@code
 * PortfolioRiskModel halt = MaxDrawdownModel.halt(0.15);         // 15 %: no new risk
 * PortfolioRiskModel flat = MaxDrawdownModel.liquidate(0.25);    // 25 %: close everything
 * }</pre>
 */
public final class MaxDrawdownModel implements PortfolioRiskModel {

  /** The model's name: {@value}. */
  public static final String NAME = "max-drawdown";

  private final double maxDrawdown;
  private final RiskAction action;

  /**
   * Creates the model.
   *
   * @param maxDrawdown the largest drawdown tolerated, a fraction in (0, 1]
   * @param action {@link RiskAction#HALT} or {@link RiskAction#LIQUIDATE}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public MaxDrawdownModel(double maxDrawdown, RiskAction action) {
    if (!(maxDrawdown > 0 && maxDrawdown <= 1)) {
      throw new IllegalArgumentException("maxDrawdown must be in (0, 1], was " + maxDrawdown);
    }
    if (Args.notNull(action, "action") != RiskAction.HALT && action != RiskAction.LIQUIDATE) {
      throw new IllegalArgumentException("action must be HALT or LIQUIDATE, was " + action);
    }
    this.maxDrawdown = maxDrawdown;
    this.action = action;
  }

  /**
   * A model that halts new risk past the threshold.
   *
   * @param maxDrawdown the threshold, in (0, 1]
   * @return the model
   * @throws IllegalArgumentException if {@code maxDrawdown} is invalid
   */
  public static MaxDrawdownModel halt(double maxDrawdown) {
    return new MaxDrawdownModel(maxDrawdown, RiskAction.HALT);
  }

  /**
   * A model that liquidates every position past the threshold.
   *
   * @param maxDrawdown the threshold, in (0, 1]
   * @return the model
   * @throws IllegalArgumentException if {@code maxDrawdown} is invalid
   */
  public static MaxDrawdownModel liquidate(double maxDrawdown) {
    return new MaxDrawdownModel(maxDrawdown, RiskAction.LIQUIDATE);
  }

  @Override
  public List<RiskBreach> assess(PortfolioSnapshot portfolio, PositionPeaks peaks) {
    Args.notNull(portfolio, "portfolio");
    Args.notNull(peaks, "peaks");
    double drawdown = portfolio.drawdown();
    if (!(drawdown > maxDrawdown)) {
      return List.of();
    }
    Map<String, Double> targets = new LinkedHashMap<>();
    if (action == RiskAction.LIQUIDATE) {
      for (Position p : portfolio.openPositions()) {
        targets.put(p.symbol(), 0.0);
      }
    }
    String detail = String.format(Locale.ROOT, "drawdown %.6f (equity %.2f, high-water mark %.2f) above %.6f",
        drawdown, portfolio.equity(), portfolio.highWaterMark(), maxDrawdown);
    if (action == RiskAction.LIQUIDATE && targets.isEmpty()) {
      // Nothing left to liquidate: what remains of the action is to stop trading.
      return List.of(new RiskBreach(NAME, RiskAction.HALT, Map.of(), detail + "; no open position"));
    }
    return List.of(new RiskBreach(NAME, action, targets, detail));
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The threshold.
   *
   * @return the largest drawdown tolerated
   */
  public double maxDrawdown() {
    return maxDrawdown;
  }

  /**
   * The action taken past the threshold.
   *
   * @return {@link RiskAction#HALT} or {@link RiskAction#LIQUIDATE}
   */
  public RiskAction action() {
    return action;
  }
}
