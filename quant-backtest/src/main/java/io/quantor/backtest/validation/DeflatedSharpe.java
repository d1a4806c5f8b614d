package io.quantor.backtest.validation;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * The deflated Sharpe ratio: the probabilistic Sharpe ratio of the best of {@code N} trials, measured
 * against the Sharpe ratio the best of {@code N} worthless trials would be expected to reach (Bailey and
 * López de Prado, "The Deflated Sharpe Ratio: Correcting for Selection Bias, Backtest Overfitting and
 * Non-Normality", <i>Journal of Portfolio Management</i> 40(5), 2014, pp. 94-107, SSRN 2460551).
 *
 * <p>If the {@code N} trials' estimated Sharpe ratios are normal with mean 0 (no skill) and variance
 * {@code V[SR_n]}, their maximum is expected near
 *
 * <pre>
 *   E[max SR_n] = sqrt(V[SR_n]) ((1 - gamma) Phi^-1(1 - 1/N) + gamma Phi^-1(1 - 1/(N e)))
 * </pre>
 *
 * <p>with the Euler-Mascheroni constant {@code gamma = 0.5772...} (an extreme-value approximation for
 * large {@code N}; for {@code N = 1} there is no selection and the expectation is 0). Then
 *
 * <pre>
 *   DSR = PSR(E[max SR_n])
 * </pre>
 *
 * <p>with the selected strategy's Sharpe ratio, number of returns, skewness and kurtosis (see
 * {@link ProbabilisticSharpe}): the probability that its true Sharpe ratio beats what luck alone would
 * have delivered after {@code N} tries.
 *
 * <p><b>Units.</b> Everything is per period. The paper's example is annualized: SR 2.5 a year from 1,250
 * daily returns (250 a year), 100 trials with annualized Sharpe variance 1/2, skewness -3, kurtosis 10;
 * per day that is {@code SR = 2.5 / sqrt(250)} and {@code V = 0.5 / 250}, giving {@code E[max] = 0.1132}
 * and {@code DSR = 0.9004}: the strategy misses a 95 % bar. The variance of a set of trial Sharpe ratios
 * is the sample variance (divisor {@code N - 1}). {@code N} should count independent trials; for
 * correlated trials use an effective number.
 *
 * <pre>{@code
 * double sr = 2.5 / Math.sqrt(250);
 * double dsr = DeflatedSharpe.dsr(sr, 100, 0.5 / 250, 1250, -3.0, 10.0);   // 0.9004
 * double dsr2 = DeflatedSharpe.dsr(bestReturns, trialSharpes);             // N = trialSharpes.length
 * }</pre>
 */
public final class DeflatedSharpe {

  /** The Euler-Mascheroni constant. */
  public static final double EULER_MASCHERONI = 0.5772156649015329;

  private DeflatedSharpe() {
  }

  /**
   * The expected maximum Sharpe ratio of {@code trials} independent skill-less trials.
   *
   * @param trials the number of independent trials {@code N}, at least 1
   * @param trialSharpeVariance the variance of the trials' per-period Sharpe ratios, finite and
   *     {@code >= 0}
   * @return {@code E[max SR_n]} per period; 0 when {@code N = 1}
   * @throws IllegalArgumentException if {@code trials < 1} or the variance is negative or not finite
   */
  public static double expectedMaximumSharpe(int trials, double trialSharpeVariance) {
    Args.atLeast(trials, 1, "trials");
    checkVariance(trialSharpeVariance);
    if (trials == 1) {
      return 0;
    }
    double z = (1 - EULER_MASCHERONI) * ProbabilisticSharpe.standardNormalQuantile(1 - 1.0 / trials)
        + EULER_MASCHERONI * ProbabilisticSharpe.standardNormalQuantile(1 - 1 / (trials * Math.E));
    return Math.sqrt(trialSharpeVariance) * z;
  }

  /**
   * The deflated Sharpe ratio from summary statistics.
   *
   * @param sharpe the selected strategy's per-period Sharpe ratio
   * @param trials the number of independent trials {@code N} the selection was made from, at least 1
   * @param trialSharpeVariance the variance of the trials' per-period Sharpe ratios, {@code >= 0}
   * @param observations the number of returns of the selected strategy, at least 2
   * @param skewness the skewness of its returns
   * @param kurtosis the non-excess kurtosis of its returns, at least {@code 1 + skewness^2}
   * @return {@code PSR(E[max SR_n])} in {@code [0, 1]}
   * @throws IllegalArgumentException if a count is too small, a value is not finite, the variance is
   *     negative or the kurtosis breaks Pearson's bound
   */
  public static double dsr(double sharpe, int trials, double trialSharpeVariance, int observations,
      double skewness, double kurtosis) {
    return ProbabilisticSharpe.psr(sharpe, expectedMaximumSharpe(trials, trialSharpeVariance),
        observations, skewness, kurtosis);
  }

  /**
   * The deflated Sharpe ratio with the trials' Sharpe ratios given: {@code N} is their number and
   * {@code V[SR_n]} their sample variance.
   *
   * @param sharpe the selected strategy's per-period Sharpe ratio
   * @param trialSharpes the per-period Sharpe ratios of all trials (the selected one included), at least
   *     2, finite
   * @param observations the number of returns of the selected strategy, at least 2
   * @param skewness the skewness of its returns
   * @param kurtosis the non-excess kurtosis of its returns
   * @return the deflated Sharpe ratio
   * @throws IllegalArgumentException as {@link #dsr(double, int, double, int, double, double)}, or if
   *     fewer than 2 trial Sharpe ratios are given or one is not finite
   */
  public static double dsr(double sharpe, double[] trialSharpes, int observations, double skewness,
      double kurtosis) {
    double variance = sampleVariance(trialSharpes);
    return dsr(sharpe, trialSharpes.length, variance, observations, skewness, kurtosis);
  }

  /**
   * The deflated Sharpe ratio of a selected strategy's return series.
   *
   * @param returns the selected strategy's per-period returns, at least 2, finite, not all equal
   * @param trialSharpes the per-period Sharpe ratios of all trials, at least 2, finite
   * @return the deflated Sharpe ratio with the series' Sharpe ratio, skewness and kurtosis
   * @throws IllegalArgumentException if the returns or the trial Sharpe ratios are invalid
   */
  public static double dsr(double[] returns, double[] trialSharpes) {
    ReturnMoments m = ReturnMoments.of(returns);
    return dsr(m.sharpe(), trialSharpes, m.observations(), m.skewness(), m.kurtosis());
  }

  private static double sampleVariance(double[] values) {
    Args.notNull(values, "trialSharpes");
    int n = values.length;
    if (n < 2) {
      throw new IllegalArgumentException("trialSharpes must hold at least 2 values, had " + n);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "trialSharpes must be finite, was %s at index %d", values[i], i));
      }
      sum += values[i];
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return ss / (n - 1);
  }

  private static void checkVariance(double variance) {
    if (!(variance >= 0 && variance < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("trialSharpeVariance must be finite and >= 0, was " + variance);
    }
  }
}
