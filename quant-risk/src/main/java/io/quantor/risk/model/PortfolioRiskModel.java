package io.quantor.risk.model;

import io.quantor.core.trade.PortfolioSnapshot;
import java.util.List;

/**
 * A rule that looks at the whole portfolio (after a mark or a fill) and says which positions must go or
 * shrink, or whether trading must halt. Pure: the answer depends only on the snapshot and the position
 * peaks passed in; models hold configuration, never state.
 *
 * <pre>{@code
 * PortfolioRiskModel stop = new TrailingStopModel(0.08);
 * List<RiskBreach> breaches = stop.assess(book.snapshot(), peaks);
 * }</pre>
 */
public interface PortfolioRiskModel {

  /**
   * Checks the portfolio.
   *
   * @param portfolio the portfolio at its current marks
   * @param peaks the favourable price extremes of the open positions (only trailing stops read them)
   * @return the breaches found, empty if the model does not fire
   * @throws IllegalArgumentException if an argument is null
   */
  List<RiskBreach> assess(PortfolioSnapshot portfolio, PositionPeaks peaks);

  /**
   * The model's name, as it appears in {@link RiskBreach#model()}.
   *
   * @return the name
   */
  String name();
}
