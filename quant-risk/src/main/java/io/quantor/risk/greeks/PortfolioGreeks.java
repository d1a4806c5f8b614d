package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Greeks of a set of positions: each position's, their sums per underlying and the portfolio total.
 *
 * <p>Aggregation is a plain sum of the position-scaled Greeks ({@link GreeksExposure}, units in
 * {@link Greek}): per underlying over the positions on it, for the portfolio over all positions (so the
 * total equals the sum of the per-underlying exposures up to rounding). Shares-equivalent delta and gamma
 * add up meaningfully only within one underlying; across underlyings read the dollar and beta-weighted
 * figures. Vega is summed across expiries and underlyings as a parallel move of every implied
 * volatility by the same amount.
 *
 * <pre>{@code
 * MarketSnapshot market = MarketSnapshot.of(0.04,
 *     Underlying.of("SPY", 450.0), Underlying.of("AAPL", 190.0, 0.005, 1.2));
 * PortfolioGreeks greeks = PortfolioGreeks.of(List.of(
 *     RiskPosition.stock("AAPL", 300),
 *     RiskPosition.option("SPY", OptionType.PUT, 430, 30 / 365.0, 5, 0.16)), market);
 * double spyEquivalent = greeks.total().betaWeightedDelta(450.0);
 * double vegaPerPoint = greeks.underlying("SPY").vegaPerPoint();
 * }</pre>
 */
public final class PortfolioGreeks {

  private final List<PositionGreeks> positions;
  private final Map<String, GreeksExposure> byUnderlying;
  private final GreeksExposure total;
  private final double marketValue;

  private PortfolioGreeks(List<PositionGreeks> positions) {
    Map<String, GreeksExposure> sums = new LinkedHashMap<>();
    GreeksExposure sum = GreeksExposure.ZERO;
    double value = 0;
    for (PositionGreeks p : positions) {
      sums.merge(p.position().underlying(), p.exposure(), GreeksExposure::plus);
      sum = sum.plus(p.exposure());
      value += p.marketValue();
    }
    this.positions = Collections.unmodifiableList(positions);
    this.byUnderlying = Collections.unmodifiableMap(sums);
    this.total = sum;
    this.marketValue = value;
  }

  /**
   * The Greeks of the positions, priced by {@link PositionPricer#standard()}.
   *
   * @param positions the positions, not null (may be empty)
   * @param market the market holding every position's underlying
   * @return the portfolio Greeks
   * @throws IllegalArgumentException if an argument is null or the market lacks an underlying
   */
  public static PortfolioGreeks of(List<? extends RiskPosition> positions, MarketSnapshot market) {
    return of(positions, market, PositionPricer.standard());
  }

  /**
   * The Greeks of the positions, priced by the given pricer.
   *
   * @param positions the positions, not null (may be empty)
   * @param market the market holding every position's underlying
   * @param pricer the pricer, not null
   * @return the portfolio Greeks
   * @throws IllegalArgumentException if an argument is null or the market lacks an underlying
   */
  public static PortfolioGreeks of(List<? extends RiskPosition> positions, MarketSnapshot market,
      PositionPricer pricer) {
    Args.notNull(positions, "positions");
    Args.notNull(market, "market");
    Args.notNull(pricer, "pricer");
    List<PositionGreeks> list = new ArrayList<>(positions.size());
    for (RiskPosition p : positions) {
      list.add(pricer.greeks(Args.notNull(p, "position"), market));
    }
    return new PortfolioGreeks(list);
  }

  /**
   * Aggregates Greeks already computed (e.g. by another pricer).
   *
   * @param positions the position Greeks, not null, no null element
   * @return the portfolio Greeks
   * @throws IllegalArgumentException if the list or an element is null
   */
  public static PortfolioGreeks fromPositions(List<PositionGreeks> positions) {
    Args.notNull(positions, "positions");
    List<PositionGreeks> list = new ArrayList<>(positions.size());
    for (PositionGreeks p : positions) {
      list.add(Args.notNull(p, "position greeks"));
    }
    return new PortfolioGreeks(list);
  }

  /**
   * The Greeks of each position, in the order given.
   *
   * @return the position Greeks, unmodifiable
   */
  public List<PositionGreeks> positions() {
    return positions;
  }

  /**
   * The summed exposure of each underlying, in the order of first appearance.
   *
   * @return exposures by underlying symbol, unmodifiable
   */
  public Map<String, GreeksExposure> byUnderlying() {
    return byUnderlying;
  }

  /**
   * The summed exposure of one underlying; {@link GreeksExposure#ZERO} if no position is on it.
   *
   * @param symbol the underlying symbol
   * @return its exposure
   */
  public GreeksExposure underlying(String symbol) {
    return byUnderlying.getOrDefault(symbol, GreeksExposure.ZERO);
  }

  /**
   * The portfolio's total exposure, the sum over all positions.
   *
   * @return the total
   */
  public GreeksExposure total() {
    return total;
  }

  /**
   * The sum of the positions' market values.
   *
   * @return the portfolio's market value
   */
  public double marketValue() {
    return marketValue;
  }

  /**
   * The exposure a cap limits: the total for a portfolio cap, the underlying's sum otherwise.
   *
   * @param cap the cap, not null
   * @return the exposure in the cap's units
   * @throws IllegalArgumentException if {@code cap} is null
   */
  public double exposure(GreeksCap cap) {
    Args.notNull(cap, "cap");
    GreeksExposure e = cap.isPortfolio() ? total : underlying(cap.underlying());
    return e.value(cap.greek());
  }

  @Override
  public String toString() {
    return "PortfolioGreeks[positions=" + positions.size() + ", byUnderlying=" + byUnderlying
        + ", total=" + total + ", marketValue=" + marketValue + "]";
  }
}
