package io.quantor.backtest.report;

import io.quantor.backtest.validation.Bootstrap;
import io.quantor.backtest.validation.BootstrapInterval;
import io.quantor.backtest.validation.DeflatedSharpe;
import io.quantor.backtest.validation.PboResult;
import io.quantor.backtest.validation.ProbabilisticSharpe;
import java.util.Locale;
import java.util.Optional;

/**
 * The statistical checks of a backtest that a tear sheet shows in its validation section: how likely the
 * Sharpe ratio is to be real, given the skewness and kurtosis of the returns and the number of strategy
 * variants tried, and how wide its bootstrap interval is. Computed by {@code io.quantor.backtest.validation}
 * (see there for the formulas and literature); this record only carries the numbers.
 *
 * <p>A check that was not run is {@code NaN} (or an empty interval); the tear sheet then shows "n/a" and
 * the JSON {@code null}.
 *
 * <pre>{@code
 * ValidationSummary v = ValidationSummary.of(returns, trialSharpes, pboResult,
 *     Bootstrap.stationary(42).sharpe(returns));
 * v.deflatedSharpe();     // P(true Sharpe > expected maximum of trialSharpes.length skill-less trials)
 * }</pre>
 *
 * @param probabilisticSharpe the probabilistic Sharpe ratio {@code PSR(0)}, the probability that the true
 *     Sharpe ratio is above 0, in {@code [0, 1]}, or NaN if not computed
 * @param deflatedSharpe the deflated Sharpe ratio, in {@code [0, 1]}, or NaN if not computed
 * @param trials the number of strategy variants (parameter sets) the strategy was selected from,
 *     {@code >= 1}
 * @param pbo the probability of backtest overfitting (CSCV), in {@code [0, 1]}, or NaN if not computed
 * @param sharpeInterval the bootstrap confidence interval of the annualized Sharpe ratio, empty if not
 *     computed
 */
public record ValidationSummary(double probabilisticSharpe, double deflatedSharpe, int trials, double pbo,
    Optional<BootstrapInterval> sharpeInterval) {

  /**
   * Validates the summary.
   *
   * @param probabilisticSharpe the PSR, in {@code [0, 1]} or NaN
   * @param deflatedSharpe the DSR, in {@code [0, 1]} or NaN
   * @param trials the number of trials, {@code >= 1}
   * @param pbo the PBO, in {@code [0, 1]} or NaN
   * @param sharpeInterval the Sharpe ratio's interval, not null (empty for none)
   * @throws IllegalArgumentException if a probability is outside {@code [0, 1]}, {@code trials < 1} or
   *     the interval is null
   */
  public ValidationSummary {
    probability(probabilisticSharpe, "probabilisticSharpe");
    probability(deflatedSharpe, "deflatedSharpe");
    probability(pbo, "pbo");
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be >= 1, was " + trials);
    }
    if (sharpeInterval == null) {
      throw new IllegalArgumentException("sharpeInterval must not be null (use Optional.empty())");
    }
  }

  /**
   * A summary of numbers computed elsewhere.
   *
   * @param probabilisticSharpe the PSR, in {@code [0, 1]} or NaN
   * @param deflatedSharpe the DSR, in {@code [0, 1]} or NaN
   * @param trials the number of trials, {@code >= 1}
   * @param pbo the PBO, in {@code [0, 1]} or NaN
   * @param sharpeInterval the Sharpe ratio's bootstrap interval, or null for none
   * @return the summary
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ValidationSummary of(double probabilisticSharpe, double deflatedSharpe, int trials,
      double pbo, BootstrapInterval sharpeInterval) {
    return new ValidationSummary(probabilisticSharpe, deflatedSharpe, trials, pbo,
        Optional.ofNullable(sharpeInterval));
  }

  /**
   * Computes the summary of a selected strategy: {@link ProbabilisticSharpe#psr(double[], double)}
   * against 0 and {@link DeflatedSharpe#dsr(double[], double[])} on its returns, with
   * {@code trials = trialSharpes.length}.
   *
   * @param returns the selected strategy's per-period returns, at least 2, finite, not all equal
   * @param trialSharpes the per-period (not annualized) Sharpe ratios of every variant tried, the
   *     selected one included, at least 2, finite
   * @param pbo the CSCV result of the variants ({@link io.quantor.backtest.validation.Pbo}), or null if
   *     not computed
   * @param sharpeInterval the bootstrap interval of the Sharpe ratio (for example
   *     {@link Bootstrap#sharpe(double[])}), or null if not computed
   * @return the summary
   * @throws IllegalArgumentException if the returns or Sharpe ratios are invalid
   */
  public static ValidationSummary of(double[] returns, double[] trialSharpes, PboResult pbo,
      BootstrapInterval sharpeInterval) {
    if (trialSharpes == null) {
      throw new IllegalArgumentException("trialSharpes must not be null");
    }
    return new ValidationSummary(ProbabilisticSharpe.psr(returns, 0), DeflatedSharpe.dsr(returns,
        trialSharpes), trialSharpes.length, pbo == null ? Double.NaN : pbo.pbo(),
        Optional.ofNullable(sharpeInterval));
  }

  private static void probability(double value, String name) {
    if (!Double.isNaN(value) && !(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be in [0, 1] or NaN, was %s", name, value));
    }
  }
}
