package io.quantor.backtest.validation;

import io.quantor.core.internal.Args;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The probabilistic Sharpe ratio and the minimum track record length (Bailey and López de Prado, "The
 * Sharpe Ratio Efficient Frontier", <i>Journal of Risk</i> 15(2), 2012, SSRN 1821643).
 *
 * <p>An estimated Sharpe ratio {@code SR} from {@code n} returns with skewness {@code g3} and
 * (non-excess) kurtosis {@code g4} is asymptotically normal around the true ratio with variance
 * {@code (1 - g3 SR + (g4 - 1)/4 SR^2) / (n - 1)} (Mertens 2002, allowing non-normal returns). Hence
 *
 * <pre>
 *   PSR(SR*) = Phi( (SR - SR*) sqrt(n - 1) / sqrt(1 - g3 SR + (g4 - 1)/4 SR^2) )
 * </pre>
 *
 * <p>is the probability that the true Sharpe ratio exceeds the benchmark {@code SR*}, and
 *
 * <pre>
 *   n* = 1 + (1 - g3 SR + (g4 - 1)/4 SR^2) (z_alpha / (SR - SR*))^2,   z_alpha = Phi^-1(alpha)
 * </pre>
 *
 * <p>is the minimum track record length: the number of returns for which {@code PSR(SR*)} reaches the
 * confidence {@code alpha}.
 *
 * <p><b>Units.</b> Every Sharpe ratio here is <i>per period</i>, not annualized: for daily returns
 * divide an annualized ratio by {@code sqrt(252)} (or the paper's {@code sqrt(250)}); {@code n} and
 * {@code n*} count periods. <b>Moments from returns</b>: Sharpe {@code mean / std} with divisor
 * {@code n - 1} (as empyrical), skewness and kurtosis from population central moments (as scipy's
 * defaults, which the papers' reference code uses). Subtract a risk-free rate from the returns first if
 * the Sharpe ratio should be an excess one.
 *
 * <p><b>Input checks.</b> The kurtosis of any distribution satisfies Pearson's bound
 * {@code g4 >= 1 + g3^2}, which keeps the variance factor non-negative; inputs that break it are
 * rejected. On the bound itself (two-point distributions) the factor can be 0, and {@code PSR} is then
 * 1, 0 or 0.5 as {@code SR} is above, below or equal to {@code SR*}.
 *
 * <pre>{@code
 * double psr = ProbabilisticSharpe.psr(dailyReturns, 0.0);             // P(true Sharpe > 0)
 * double psr1 = ProbabilisticSharpe.psr(0.1, 1.0 / Math.sqrt(252), 756, -0.5, 5.0);
 * double days = ProbabilisticSharpe.minimumTrackRecordLength(0.1, 0.0, -0.5, 5.0, 0.95);
 * }</pre>
 */
public final class ProbabilisticSharpe {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private ProbabilisticSharpe() {
  }

  /**
   * The probabilistic Sharpe ratio from summary statistics.
   *
   * @param sharpe the estimated per-period Sharpe ratio {@code SR}
   * @param benchmark the per-period benchmark Sharpe ratio {@code SR*}
   * @param observations the number of returns {@code n}, at least 2
   * @param skewness the skewness of the returns {@code g3}
   * @param kurtosis the non-excess kurtosis of the returns {@code g4} (3 for normal returns), at least
   *     {@code 1 + g3^2}
   * @return {@code PSR(SR*)} in {@code [0, 1]}
   * @throws IllegalArgumentException if a value is not finite, {@code observations < 2} or the kurtosis
   *     breaks Pearson's bound
   */
  public static double psr(double sharpe, double benchmark, int observations, double skewness,
      double kurtosis) {
    Args.finite(benchmark, "benchmark");
    Args.atLeast(observations, 2, "observations");
    double sd = Math.sqrt(sharpeVarianceFactor(sharpe, skewness, kurtosis));
    double difference = sharpe - benchmark;
    if (!(sd > 0)) {
      // only on Pearson's boundary (a two-point distribution): the estimate has no spread
      return difference > 0 ? 1 : difference < 0 ? 0 : 0.5;
    }
    return STANDARD_NORMAL.cumulativeProbability(difference * Math.sqrt(observations - 1.0) / sd);
  }

  /**
   * The probabilistic Sharpe ratio of a return series.
   *
   * @param returns the per-period returns, at least 2, finite, not all equal
   * @param benchmark the per-period benchmark Sharpe ratio {@code SR*}
   * @return {@code PSR(SR*)} with the series' Sharpe ratio, skewness and kurtosis
   * @throws IllegalArgumentException if the returns are null, too short, not finite or constant, or the
   *     benchmark is not finite
   */
  public static double psr(double[] returns, double benchmark) {
    ReturnMoments m = ReturnMoments.of(returns);
    return psr(m.sharpe(), benchmark, m.observations(), m.skewness(), m.kurtosis());
  }

  /**
   * The standard error of an estimated Sharpe ratio,
   * {@code sqrt((1 - g3 SR + (g4 - 1)/4 SR^2) / (n - 1))}.
   *
   * @param sharpe the estimated per-period Sharpe ratio
   * @param observations the number of returns, at least 2
   * @param skewness the skewness of the returns
   * @param kurtosis the non-excess kurtosis of the returns, at least {@code 1 + skewness^2}
   * @return the standard error, per period
   * @throws IllegalArgumentException if a value is not finite, {@code observations < 2} or the kurtosis
   *     breaks Pearson's bound
   */
  public static double sharpeStandardError(double sharpe, int observations, double skewness,
      double kurtosis) {
    Args.atLeast(observations, 2, "observations");
    return Math.sqrt(sharpeVarianceFactor(sharpe, skewness, kurtosis) / (observations - 1.0));
  }

  /**
   * The minimum track record length from summary statistics.
   *
   * @param sharpe the estimated per-period Sharpe ratio {@code SR}
   * @param benchmark the per-period benchmark {@code SR*}, strictly below {@code SR} (no track record is
   *     long enough to show that a ratio exceeds a benchmark it does not exceed)
   * @param skewness the skewness of the returns {@code g3}
   * @param kurtosis the non-excess kurtosis of the returns {@code g4}, at least {@code 1 + g3^2}
   * @param confidence the confidence {@code alpha}, in {@code (0, 1)}, for example 0.95
   * @return {@code n*}, in periods (a real number; round up for a count of returns)
   * @throws IllegalArgumentException if a value is not finite, {@code sharpe <= benchmark}, the kurtosis
   *     breaks Pearson's bound or the confidence is outside {@code (0, 1)}
   */
  public static double minimumTrackRecordLength(double sharpe, double benchmark, double skewness,
      double kurtosis, double confidence) {
    Args.finite(benchmark, "benchmark");
    checkConfidence(confidence);
    double variance = sharpeVarianceFactor(sharpe, skewness, kurtosis);
    if (!(sharpe > benchmark)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "sharpe must be > benchmark (%s), was %s", benchmark, sharpe));
    }
    double z = STANDARD_NORMAL.inverseCumulativeProbability(confidence) / (sharpe - benchmark);
    return 1 + variance * z * z;
  }

  /**
   * The minimum track record length of a return series.
   *
   * @param returns the per-period returns, at least 2, finite, not all equal
   * @param benchmark the per-period benchmark, strictly below the series' Sharpe ratio
   * @param confidence the confidence, in {@code (0, 1)}
   * @return {@code n*}, in periods
   * @throws IllegalArgumentException if the returns are invalid, the series' Sharpe ratio does not
   *     exceed the benchmark or the confidence is outside {@code (0, 1)}
   */
  public static double minimumTrackRecordLength(double[] returns, double benchmark, double confidence) {
    ReturnMoments m = ReturnMoments.of(returns);
    return minimumTrackRecordLength(m.sharpe(), benchmark, m.skewness(), m.kurtosis(), confidence);
  }

  /** {@code 1 - g3 SR + (g4 - 1)/4 SR^2} (never below 0), after checking the inputs. */
  static double sharpeVarianceFactor(double sharpe, double skewness, double kurtosis) {
    Args.finite(sharpe, "sharpe");
    Args.finite(skewness, "skewness");
    Args.finite(kurtosis, "kurtosis");
    if (!(kurtosis >= 1 + skewness * skewness)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "kurtosis must be >= 1 + skewness^2 = %s (non-excess kurtosis), was %s",
          1 + skewness * skewness, kurtosis));
    }
    // the bound makes the factor >= (1 - g3 SR / 2)^2 >= 0; max() only absorbs rounding at the bound
    return Math.max(0, 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe);
  }

  static double standardNormalCdf(double z) {
    return STANDARD_NORMAL.cumulativeProbability(z);
  }

  static double standardNormalQuantile(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  private static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
  }
}
