/**
 * Value at risk and expected shortfall: historical (order statistics by selection, never a sort),
 * Gaussian, Cornish-Fisher modified (Boudt, Peterson and Croux 2008), EWMA-volatility parametric
 * (RiskMetrics) and Monte Carlo (multivariate normal and Student-t); portfolio VaR and ES with marginal
 * and component (Euler) contributions that add up to the totals.
 *
 * <p>Conventions (those of {@code shared/reference/risk/README.md}, against which every closed form is
 * tested to {@code 1e-10} relative): returns are per-period fractions, log or simple as the caller
 * chooses, and the measures come out in the same unit as <b>positive losses</b> (a 4.3 % loss is 0.043).
 * Levels are confidence levels in (0, 1) written as 0.95 or 0.99; {@code alpha = 1 - level} is the tail
 * probability. Return matrices have one row per observation or scenario and one column per asset.
 * Invalid input ({@code NaN} returns, a level outside (0, 1), mismatched dimensions) raises
 * {@link java.lang.IllegalArgumentException} naming the parameter and the value; a Cornish-Fisher
 * expansion outside its valid range is not an error but a flag on the result.
 *
 * <ul>
 *   <li>{@link io.quantor.risk.measure.RiskMeasures}: one series, VaR and ES together in a record with
 *       the method's diagnostics ({@link io.quantor.risk.measure.HistoricalEstimate},
 *       {@link io.quantor.risk.measure.ParametricEstimate},
 *       {@link io.quantor.risk.measure.CornishFisherEstimate},
 *       {@link io.quantor.risk.measure.MonteCarloEstimate}).</li>
 *   <li>{@link io.quantor.risk.measure.ValueAtRisk} and {@link io.quantor.risk.measure.ExpectedShortfall}:
 *       single numbers, one method per convention ({@code historical}, {@code historicalFractional},
 *       {@code gaussian}, {@code cornishFisher}, {@code ewma}, {@code monteCarlo}, ...).</li>
 *   <li>{@link io.quantor.risk.measure.PortfolioRisk}: totals and
 *       {@link io.quantor.risk.measure.RiskContributions} per asset (historical, Gaussian, Cornish-Fisher,
 *       Monte Carlo).</li>
 * </ul>
 *
 * <pre>{@code
 * double[] r = ...;                                            // daily returns, oldest first
 * HistoricalEstimate h = RiskMeasures.historical(r, 0.99);     // R type 1 quantile, tail mean
 * double var = h.valueAtRisk();
 * double es = h.expectedShortfall();
 * double coherent = ExpectedShortfall.historicalFractional(r, 0.99);
 *
 * CornishFisherEstimate cf = RiskMeasures.cornishFisher(r, 0.99);
 * if (!cf.expansionValid()) {                                  // fat tails: the expansion broke down
 *   es = cf.expectedShortfall();                               // operational: never below cf.valueAtRisk()
 * }
 *
 * double[][] assets = ...;                                     // rows = days, columns = assets
 * double[] w = {0.5, 0.5};
 * PortfolioEstimate g = PortfolioRisk.gaussian(assets, w, 0.95);
 * double share = g.valueAtRiskContributions().percent(0);      // components add up to the total
 *
 * MonteCarloModel t5 = MonteCarloModel.studentT(mean, covariance, 5);
 * MonteCarloEstimate mc = RiskMeasures.monteCarlo(t5, w, 0.99,
 *     MonteCarloSettings.of(1_000_000, 42).withAntithetic(true));
 * double error = mc.expectedShortfallStandardError();
 * }</pre>
 */
package io.quantor.risk.measure;
