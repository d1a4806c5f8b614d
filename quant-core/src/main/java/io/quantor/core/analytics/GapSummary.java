package io.quantor.core.analytics;

import io.quantor.core.internal.Args;
import java.util.List;

/**
 * Counts, fill rates and mean sizes of a list of {@link Gap}s. Means and rates of an empty group are 0
 * (not {@code NaN}): check the counts before reading them.
 *
 * @param upCount the number of gaps up
 * @param downCount the number of gaps down
 * @param upFilled gaps up filled on the gap bar itself
 * @param downFilled gaps down filled on the gap bar itself
 * @param upFilledWithin gaps up filled within the analysis' maximum number of days (including same-day)
 * @param downFilledWithin gaps down filled within the maximum number of days (including same-day)
 * @param meanUpGap the mean size of the gaps up (a positive fraction; 0 if none)
 * @param meanDownGap the mean size of the gaps down (a negative fraction; 0 if none)
 * @param meanGap the mean signed size of all gaps (0 if none)
 */
public record GapSummary(int upCount, int downCount, int upFilled, int downFilled, int upFilledWithin,
    int downFilledWithin, double meanUpGap, double meanDownGap, double meanGap) {

  /**
   * Validates the counts.
   *
   * @param upCount the number of gaps up, {@code >= 0}
   * @param downCount the number of gaps down, {@code >= 0}
   * @param upFilled same-day fills up, in {@code [0, upFilledWithin]}
   * @param downFilled same-day fills down, in {@code [0, downFilledWithin]}
   * @param upFilledWithin fills up within the maximum, in {@code [0, upCount]}
   * @param downFilledWithin fills down within the maximum, in {@code [0, downCount]}
   * @param meanUpGap the mean gap up, finite
   * @param meanDownGap the mean gap down, finite
   * @param meanGap the mean gap, finite
   * @throws IllegalArgumentException if a count is out of its range or a mean is not finite
   */
  public GapSummary {
    Args.atLeast(upCount, 0, "upCount");
    Args.atLeast(downCount, 0, "downCount");
    Args.inRange(upFilledWithin, 0, upCount, "upFilledWithin");
    Args.inRange(downFilledWithin, 0, downCount, "downFilledWithin");
    Args.inRange(upFilled, 0, upFilledWithin, "upFilled");
    Args.inRange(downFilled, 0, downFilledWithin, "downFilled");
    Args.finite(meanUpGap, "meanUpGap");
    Args.finite(meanDownGap, "meanDownGap");
    Args.finite(meanGap, "meanGap");
  }

  /**
   * Summarizes gaps.
   *
   * @param gaps the gaps
   * @return the summary
   */
  public static GapSummary of(List<Gap> gaps) {
    Args.notNull(gaps, "gaps");
    int up = 0;
    int down = 0;
    int upFilled = 0;
    int downFilled = 0;
    int upWithin = 0;
    int downWithin = 0;
    double upSum = 0;
    double downSum = 0;
    for (Gap g : gaps) {
      if (g.direction() == Gap.Direction.UP) {
        up++;
        upSum += g.size();
        upFilled += g.filled() ? 1 : 0;
        upWithin += g.filledWithin() ? 1 : 0;
      } else {
        down++;
        downSum += g.size();
        downFilled += g.filled() ? 1 : 0;
        downWithin += g.filledWithin() ? 1 : 0;
      }
    }
    int all = up + down;
    return new GapSummary(up, down, upFilled, downFilled, upWithin, downWithin,
        up > 0 ? upSum / up : 0.0, down > 0 ? downSum / down : 0.0, all > 0 ? (upSum + downSum) / all : 0.0);
  }

  /**
   * The number of gaps.
   *
   * @return up plus down
   */
  public int count() {
    return upCount + downCount;
  }

  /**
   * The fraction of gaps up filled on the gap bar.
   *
   * @return the rate in [0, 1], 0 if there is no gap up
   */
  public double fillRateUp() {
    return upCount > 0 ? (double) upFilled / upCount : 0.0;
  }

  /**
   * The fraction of gaps down filled on the gap bar.
   *
   * @return the rate in [0, 1], 0 if there is no gap down
   */
  public double fillRateDown() {
    return downCount > 0 ? (double) downFilled / downCount : 0.0;
  }

  /**
   * The fraction of all gaps filled on the gap bar.
   *
   * @return the rate in [0, 1], 0 if there is no gap
   */
  public double fillRate() {
    int all = count();
    return all > 0 ? (double) (upFilled + downFilled) / all : 0.0;
  }

  /**
   * The fraction of all gaps filled within the analysis' maximum number of days.
   *
   * @return the rate in [0, 1], 0 if there is no gap
   */
  public double fillRateWithin() {
    int all = count();
    return all > 0 ? (double) (upFilledWithin + downFilledWithin) / all : 0.0;
  }
}
