/**
 * Portfolio risk models: rules that look at the whole portfolio after each mark or fill and say what must
 * be closed, cut, or whether trading must halt. Each {@link io.quantor.risk.model.PortfolioRiskModel} is
 * pure given a {@link io.quantor.core.trade.PortfolioSnapshot} and the
 * {@link io.quantor.risk.model.PositionPeaks} (the explicit, immutable record of each position's best
 * price, which trailing stops trail); it returns {@link io.quantor.risk.model.RiskBreach}es carrying a
 * {@link io.quantor.risk.model.RiskAction} and the target quantities that carry it out. A
 * {@link io.quantor.risk.model.UnifiedPortfolioRisk} runs several and returns a
 * {@link io.quantor.risk.model.RiskAssessment}: which models fired, why, and the merged targets (the most
 * conservative per symbol).
 *
 * <table>
 *   <caption>Models</caption>
 *   <tr><th>model</th><th>fires when</th><th>action</th></tr>
 *   <tr><td>{@link io.quantor.risk.model.MaxDrawdownModel}</td>
 *       <td>{@code (highWaterMark - equity) / highWaterMark > maxDrawdown}</td>
 *       <td>HALT or LIQUIDATE</td></tr>
 *   <tr><td>{@link io.quantor.risk.model.TrailingStopModel}</td>
 *       <td>long: {@code mark <= high (1 - trail)}; short: {@code mark >= low (1 + trail)}</td>
 *       <td>CLOSE the position</td></tr>
 *   <tr><td>{@link io.quantor.risk.model.SectorExposureModel}</td>
 *       <td>a sector's gross exposure {@code > maxFraction * equity}</td>
 *       <td>REDUCE the sector's positions pro rata to the cap</td></tr>
 *   <tr><td>{@link io.quantor.risk.model.UnrealizedLossModel}</td>
 *       <td>unrealized loss {@code > maxLoss} times cost basis (or equity)</td>
 *       <td>CLOSE the position</td></tr>
 * </table>
 *
 * <p>Drawdown is measured on the portfolio's own high-water mark ({@link io.quantor.core.trade.Portfolio}
 * tracks it after every fill and mark); the pre-trade {@link io.quantor.risk.gate.DrawdownHaltGate} reads
 * the same number, so the model that halts and the gate that blocks new orders agree.
 *
 * <pre>{@code
 * UnifiedPortfolioRisk risk = UnifiedPortfolioRisk.of(
 *     MaxDrawdownModel.halt(0.15),
 *     new TrailingStopModel(0.08),
 *     new SectorExposureModel(Map.of("ORCL", "technology", "MSFT", "technology"), 0.30, 1),
 *     UnrealizedLossModel.ofCostBasis(0.10));
 * PositionPeaks peaks = PositionPeaks.empty();
 * for (Map<String, Double> closes : bars) {
 *   book.mark(closes);
 *   PortfolioSnapshot now = book.snapshot();
 *   peaks = peaks.update(now);
 *   RiskAssessment a = risk.assess(now, peaks);
 *   a.explain().forEach(log::info);     // "trailing-stop: CLOSE - ORCL long: mark 110.0 reached ..."
 *   a.targets().forEach(engine::target);  // e.g. ORCL -> 0.0
 * }
 * }</pre>
 */
package io.quantor.risk.model;
