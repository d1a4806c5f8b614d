package io.quantor.risk.measure;

/** How a {@link RiskEstimate} was obtained. */
public enum RiskMethod {
  /** Order statistics of observed returns or scenarios ({@link HistoricalEstimate}). */
  HISTORICAL,
  /** Normal distribution with the sample (or given) mean and standard deviation ({@link ParametricEstimate}). */
  GAUSSIAN,
  /** Normal distribution with zero mean and an exponentially weighted volatility ({@link ParametricEstimate}). */
  EWMA,
  /** Cornish-Fisher modified VaR and ES of Boudt, Peterson and Croux ({@link CornishFisherEstimate}). */
  CORNISH_FISHER,
  /** Order statistics of simulated multivariate normal or Student-t returns ({@link MonteCarloEstimate}). */
  MONTE_CARLO
}
