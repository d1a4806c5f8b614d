package io.quantor.risk.model;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.PortfolioSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Caps the gross exposure of each sector at a fraction of equity. A sector's exposure is the sum of the
 * absolute market values of its positions; when it is above {@code maxFraction * equity}, every position
 * of the sector is cut by the same factor {@code maxFraction * equity / exposure} (rounded toward zero to
 * whole lots), which brings the sector to the cap at the current marks. A sector exactly at the cap does
 * not fire. With equity {@code <= 0} every sector is over any cap and every position is closed.
 *
 * <p>A symbol's sector is looked up by its symbol, then by its instrument's underlying (so an option
 * counts in its stock's sector); symbols found in neither fall in {@value #UNCLASSIFIED}, which is
 * capped like any sector.
 *
 * <pre>{@code
 * Map<String, String> sectors = Map.of("ORCL", "technology", "MSFT", "technology", "XOM", "energy");
 * PortfolioRiskModel cap = new SectorExposureModel(sectors, 0.30, 1);
 * }</pre>
 */
public final class SectorExposureModel implements PortfolioRiskModel {

  /** The model's name: {@value}. */
  public static final String NAME = "sector-exposure";
  /** The sector of symbols missing from the map: {@value}. */
  public static final String UNCLASSIFIED = "unclassified";

  private final Map<String, String> sectors;
  private final double maxFraction;
  private final double lotSize;

  /**
   * Creates the model.
   *
   * @param sectors the sector of each symbol (or underlying), not null, no null key or value
   * @param maxFraction the largest gross exposure of a sector as a fraction of equity, finite and
   *     {@code > 0}
   * @param lotSize the trading unit targets are rounded to (toward zero), finite and {@code > 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public SectorExposureModel(Map<String, String> sectors, double maxFraction, double lotSize) {
    Map<String, String> copy = new HashMap<>();
    for (Map.Entry<String, String> e : Args.notNull(sectors, "sectors").entrySet()) {
      copy.put(Args.notNull(e.getKey(), "sectors symbol"), Args.notNull(e.getValue(),
          "sectors[" + e.getKey() + "]"));
    }
    this.sectors = Map.copyOf(copy);
    this.maxFraction = Args.positive(maxFraction, "maxFraction");
    this.lotSize = Args.positive(lotSize, "lotSize");
  }

  /**
   * The sector a position counts in.
   *
   * @param position the position
   * @return its sector, or {@value #UNCLASSIFIED}
   * @throws IllegalArgumentException if {@code position} is null
   */
  public String sectorOf(Position position) {
    Args.notNull(position, "position");
    String s = sectors.get(position.symbol());
    if (s == null && position.instrument().underlying() != null) {
      s = sectors.get(position.instrument().underlying());
    }
    return s == null ? UNCLASSIFIED : s;
  }

  /**
   * The gross exposure of each sector holding an open position.
   *
   * @param portfolio the portfolio
   * @return the sum of absolute market values per sector, in order of first appearance
   * @throws IllegalArgumentException if {@code portfolio} is null
   */
  public Map<String, Double> exposures(PortfolioSnapshot portfolio) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Position p : Args.notNull(portfolio, "portfolio").openPositions()) {
      out.merge(sectorOf(p), Math.abs(portfolio.marketValue(p.symbol())), Double::sum);
    }
    return out;
  }

  @Override
  public List<RiskBreach> assess(PortfolioSnapshot portfolio, PositionPeaks peaks) {
    Args.notNull(portfolio, "portfolio");
    Args.notNull(peaks, "peaks");
    double equity = portfolio.equity();
    double cap = maxFraction * equity;
    List<RiskBreach> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : exposures(portfolio).entrySet()) {
      double exposure = e.getValue();
      if (!(exposure > cap)) {
        continue;
      }
      double factor = cap > 0 ? cap / exposure : 0;
      Map<String, Double> targets = new LinkedHashMap<>();
      for (Position p : portfolio.openPositions()) {
        if (sectorOf(p).equals(e.getKey())) {
          double lots = Math.floor(Math.abs(p.quantity()) * factor / lotSize);
          targets.put(p.symbol(), Math.signum(p.quantity()) * lots * lotSize);
        }
      }
      String detail = String.format(Locale.ROOT,
          "sector %s gross exposure %.2f is %.6f of equity %.2f, above %.6f; positions cut by %.6f",
          e.getKey(), exposure, exposure / equity, equity, maxFraction, factor);
      out.add(new RiskBreach(NAME, factor > 0 ? RiskAction.REDUCE : RiskAction.CLOSE, targets, detail));
    }
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The cap.
   *
   * @return the largest sector exposure as a fraction of equity
   */
  public double maxFraction() {
    return maxFraction;
  }
}
