package io.quantor.risk.model;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.PortfolioSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs several portfolio risk models on one snapshot and reports every breach: it does not stop at the
 * first, so the assessment says which models fired and why. Pure; the models run in the given order.
 *
 * <pre>{@code
 * UnifiedPortfolioRisk risk = UnifiedPortfolioRisk.of(
 *     MaxDrawdownModel.halt(0.15), new TrailingStopModel(0.08),
 *     new SectorExposureModel(sectors, 0.30, 1), UnrealizedLossModel.ofCostBasis(0.10));
 * RiskAssessment a = risk.assess(book.snapshot(), peaks);
 * a.fired();       // e.g. [trailing-stop]
 * a.targets();     // e.g. {ORCL=0.0}: close ORCL
 * }</pre>
 */
public final class UnifiedPortfolioRisk {

  private final List<PortfolioRiskModel> models;

  private UnifiedPortfolioRisk(List<PortfolioRiskModel> models) {
    this.models = models;
  }

  /**
   * The models, run in this order.
   *
   * @param models the models, not null, no null element
   * @return the composite
   * @throws IllegalArgumentException if {@code models} is null or holds null
   */
  public static UnifiedPortfolioRisk of(List<? extends PortfolioRiskModel> models) {
    for (PortfolioRiskModel m : Args.notNull(models, "models")) {
      Args.notNull(m, "models element");
    }
    return new UnifiedPortfolioRisk(List.copyOf(models));
  }

  /**
   * The models, run in this order.
   *
   * @param models the models
   * @return the composite
   * @throws IllegalArgumentException if {@code models} is null or holds null
   */
  public static UnifiedPortfolioRisk of(PortfolioRiskModel... models) {
    return of(List.of(Args.notNull(models, "models")));
  }

  /**
   * Runs every model.
   *
   * @param portfolio the portfolio at its current marks
   * @param peaks the position peaks (for trailing stops)
   * @return the models run and every breach
   * @throws IllegalArgumentException if an argument is null
   */
  public RiskAssessment assess(PortfolioSnapshot portfolio, PositionPeaks peaks) {
    Args.notNull(portfolio, "portfolio");
    Args.notNull(peaks, "peaks");
    List<String> names = new ArrayList<>(models.size());
    List<RiskBreach> breaches = new ArrayList<>();
    for (PortfolioRiskModel m : models) {
      names.add(m.name());
      breaches.addAll(m.assess(portfolio, peaks));
    }
    return new RiskAssessment(names, breaches);
  }

  /**
   * The models, in order.
   *
   * @return the models
   */
  public List<PortfolioRiskModel> models() {
    return models;
  }
}
