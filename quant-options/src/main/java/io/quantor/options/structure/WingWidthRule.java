package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * The width of a spread's wing (the distance in strike between the short leg and the protecting long
 * leg) as a function of implied-volatility rank, for {@link StructureBuilder}.
 *
 * <p>With {@code rank} the IV rank in {@code [0, 1]} (for instance
 * {@link io.quantor.core.analytics.IvRank}):
 * <pre>
 *   width(rank) = lowRankWidth                                  if rank &lt;= lowRank
 *               = highRankWidth                                 if rank &gt;= highRank
 *               = linear between the two                        otherwise
 * </pre>
 * ({@code rank >= highRank} is tested first, so {@code lowRank == highRank} gives a step at that rank.)
 * Selling premium when volatility is rich usually goes with wider wings (more credit for the same
 * probability); the rule is symmetric and either width may be the larger.
 *
 * <pre>{@code
 * WingWidthRule rule = WingWidthRule.step(5, 10, 0.5);   // 5-point wings below IV rank 50 %, 10 above
 * double width = rule.width(ivRank.value());
 * }</pre>
 *
 * @param lowRankWidth the width at and below {@code lowRank}, finite and {@code > 0} (strike units)
 * @param highRankWidth the width at and above {@code highRank}, finite and {@code > 0}
 * @param lowRank the rank up to which {@code lowRankWidth} applies, in {@code [0, 1]}
 * @param highRank the rank from which {@code highRankWidth} applies, in {@code [lowRank, 1]}
 */
public record WingWidthRule(double lowRankWidth, double highRankWidth, double lowRank, double highRank) {

  /**
   * Validates the rule.
   *
   * @param lowRankWidth the low-rank width
   * @param highRankWidth the high-rank width
   * @param lowRank the low rank
   * @param highRank the high rank
   * @throws IllegalArgumentException if a width is not positive or the ranks are out of range or order
   */
  public WingWidthRule {
    Args.positive(lowRankWidth, "lowRankWidth");
    Args.positive(highRankWidth, "highRankWidth");
    Args.inRange(lowRank, 0, 1, "lowRank");
    Args.inRange(highRank, 0, 1, "highRank");
    if (highRank < lowRank) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "highRank must be >= lowRank (%s), was %s", lowRank, highRank));
    }
  }

  /**
   * The same width at every rank.
   *
   * @param width the width, finite and {@code > 0}
   * @return the rule
   */
  public static WingWidthRule fixed(double width) {
    return new WingWidthRule(width, width, 0, 1);
  }

  /**
   * One width below a rank threshold and another at or above it.
   *
   * @param belowWidth the width for {@code rank < threshold}
   * @param atOrAboveWidth the width for {@code rank >= threshold}
   * @param threshold the rank threshold, in {@code [0, 1]}
   * @return the rule
   */
  public static WingWidthRule step(double belowWidth, double atOrAboveWidth, double threshold) {
    return new WingWidthRule(belowWidth, atOrAboveWidth, threshold, threshold);
  }

  /**
   * The wing width at an IV rank.
   *
   * @param ivRank the implied-volatility rank, in {@code [0, 1]}
   * @return the width, {@code > 0}
   * @throws IllegalArgumentException if the rank is out of range
   */
  public double width(double ivRank) {
    Args.inRange(ivRank, 0, 1, "ivRank");
    if (ivRank >= highRank) {
      return highRankWidth;
    }
    if (ivRank <= lowRank) {
      return lowRankWidth;
    }
    double weight = (ivRank - lowRank) / (highRank - lowRank);
    return lowRankWidth + weight * (highRankWidth - lowRankWidth);
  }
}
