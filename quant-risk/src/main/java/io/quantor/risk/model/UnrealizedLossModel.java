package io.quantor.risk.model;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.PortfolioSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Closes a position whose unrealized loss is above a fraction of a base: the position's own cost basis
 * ({@code |quantity * averageCost * multiplier|}, "a 10 % loss on the trade") or the portfolio's equity
 * ("no position may lose more than 2 % of the account"). A loss equal to the limit does not fire; with
 * equity {@code <= 0} any loss fires on the equity base. One breach per position closed.
 *
 * <pre>{@code
 * PortfolioRiskModel perTrade = UnrealizedLossModel.ofCostBasis(0.10);
 * PortfolioRiskModel perAccount = UnrealizedLossModel.ofEquity(0.02);
 * }</pre>
 */
public final class UnrealizedLossModel implements PortfolioRiskModel {

  /** The model's name: {@value}. */
  public static final String NAME = "unrealized-loss";

  private final double maxLoss;
  private final boolean onEquity;

  private UnrealizedLossModel(double maxLoss, boolean onEquity) {
    this.maxLoss = Args.positive(maxLoss, "maxLoss");
    this.onEquity = onEquity;
  }

  /**
   * Losses measured against each position's cost basis.
   *
   * @param maxLoss the largest loss tolerated as a fraction of the cost basis, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if {@code maxLoss} is invalid
   */
  public static UnrealizedLossModel ofCostBasis(double maxLoss) {
    return new UnrealizedLossModel(maxLoss, false);
  }

  /**
   * Losses measured against the portfolio's equity.
   *
   * @param maxLoss the largest loss tolerated as a fraction of equity, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if {@code maxLoss} is invalid
   */
  public static UnrealizedLossModel ofEquity(double maxLoss) {
    return new UnrealizedLossModel(maxLoss, true);
  }

  @Override
  public List<RiskBreach> assess(PortfolioSnapshot portfolio, PositionPeaks peaks) {
    Args.notNull(portfolio, "portfolio");
    Args.notNull(peaks, "peaks");
    double equity = portfolio.equity();
    List<RiskBreach> out = new ArrayList<>();
    for (Position p : portfolio.openPositions()) {
      double loss = -portfolio.unrealizedPnl(p.symbol());
      double base = onEquity ? equity : Math.abs(p.costBasis());
      boolean fires = loss > 0 && (base <= 0 || loss > maxLoss * base);
      if (fires) {
        out.add(new RiskBreach(NAME, RiskAction.CLOSE, Map.of(p.symbol(), 0.0), String.format(Locale.ROOT,
            "%s unrealized loss %.2f is above %s of the %s %.2f", p.symbol(), loss, maxLoss,
            onEquity ? "equity" : "cost basis", base)));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The limit.
   *
   * @return the largest loss tolerated as a fraction of the base
   */
  public double maxLoss() {
    return maxLoss;
  }

  /**
   * Whether losses are measured against equity.
   *
   * @return true for the equity base, false for the cost basis
   */
  public boolean onEquity() {
    return onEquity;
  }
}
