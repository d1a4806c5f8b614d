package io.quantor.backtest.walkforward;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Combinatorial purged cross-validation, CPCV (López de Prado, <i>Advances in Financial Machine
 * Learning</i>, Wiley 2018, chapter 12).
 *
 * <p>The {@code n} observations are cut into {@code N} contiguous groups (sizes differ by at most one,
 * the first {@code n mod N} one longer). Every choice of {@code k} test groups is one split, so there are
 * {@code C(N, k)} splits; the training set of a split is every other observation, purged and embargoed
 * around <i>each</i> test group exactly as {@link PurgedKFold} does around its fold (labels
 * {@code i..labelEnd[i]}, embargo {@code floor(n * embargoFraction)} observations after the purged
 * region). Splits come in lexicographic order of their test groups: {@code {0,1}, {0,2}, ..., {N-2,N-1}}.
 *
 * <p><b>Backtest paths.</b> Each group is tested in {@code C(N-1, k-1)} splits, so the test predictions
 * assemble into {@code phi = k/N * C(N, k) = C(N-1, k-1)} complete out-of-sample paths (AFML section
 * 12.4): path {@code p} takes, for every group {@code g}, the prediction made by the {@code p}-th split
 * (in split order) that tests {@code g}. {@link #paths()} returns that assignment; a path's Sharpe
 * ratios, one per path, form the distribution CPCV was built to give.
 *
 * <pre>{@code
 * CombinatorialPurgedCv cv = CombinatorialPurgedCv.of(6, 2, 0.01);  // 15 splits, 5 paths
 * List<CvSplit> splits = cv.split(labelEnd);
 * double[][] predictions = new double[splits.size()][];
 * for (int s = 0; s < splits.size(); s++) {
 *   predictions[s] = fitAndPredict(splits.get(s).train(), splits.get(s).test());
 * }
 * int[][] paths = cv.paths();                     // paths[p][g] = split whose test of group g path p uses
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CombinatorialPurgedCv {

  /** The largest number of splits accepted, to keep a mistaken {@code N} from exhausting memory. */
  public static final int MAX_SPLITS = 1_000_000;

  private final int groups;
  private final int testGroups;
  private final double embargoFraction;
  private final int[][] combinations;

  private CombinatorialPurgedCv(int groups, int testGroups, double embargoFraction, int[][] combinations) {
    this.groups = groups;
    this.testGroups = testGroups;
    this.embargoFraction = embargoFraction;
    this.combinations = combinations;
  }

  /**
   * Creates a CPCV splitter.
   *
   * @param groups the number of groups {@code N}, at least 2
   * @param testGroups the number of test groups per split {@code k}, in {@code [1, N-1]}
   * @param embargoFraction the embargo as a fraction of the number of observations, in {@code [0, 1)}
   * @return the splitter
   * @throws IllegalArgumentException if a count is out of range, the fraction is outside {@code [0, 1)}
   *     or {@code C(N, k)} exceeds {@link #MAX_SPLITS}
   */
  public static CombinatorialPurgedCv of(int groups, int testGroups, double embargoFraction) {
    Args.atLeast(groups, 2, "groups");
    Args.inRange(testGroups, 1, groups - 1, "testGroups");
    PurgedKFold.checkEmbargo(embargoFraction);
    long count = binomial(groups, testGroups);
    if (count < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "C(groups, testGroups) must be <= %d, was C(%d, %d) > %d", MAX_SPLITS, groups, testGroups,
          MAX_SPLITS));
    }
    return new CombinatorialPurgedCv(groups, testGroups, embargoFraction,
        lexicographicCombinations(groups, testGroups, (int) count));
  }

  /**
   * Returns the number of groups.
   *
   * @return {@code N}
   */
  public int groups() {
    return groups;
  }

  /**
   * Returns the number of test groups per split.
   *
   * @return {@code k}
   */
  public int testGroups() {
    return testGroups;
  }

  /**
   * Returns the embargo fraction.
   *
   * @return the fraction of {@code n} embargoed after each test group
   */
  public double embargoFraction() {
    return embargoFraction;
  }

  /**
   * Returns the number of splits.
   *
   * @return {@code C(N, k)}
   */
  public int splitCount() {
    return combinations.length;
  }

  /**
   * Returns the number of backtest paths.
   *
   * @return {@code phi = k/N * C(N, k) = C(N-1, k-1)}
   */
  public int pathCount() {
    return (int) binomial(groups - 1, testGroups - 1);
  }

  /**
   * Splits observations whose labels span one bar each ({@code labelEnd[i] = i}): purging removes
   * nothing, only the embargo does.
   *
   * @param observations the number of observations {@code n}, at least {@code N}
   * @return the {@code C(N, k)} splits in lexicographic order of their test groups
   * @throws IllegalArgumentException if {@code observations < N}
   */
  public List<CvSplit> split(int observations) {
    Args.atLeast(observations, groups, "observations");
    int[] labelEnd = new int[observations];
    for (int i = 0; i < observations; i++) {
      labelEnd[i] = i;
    }
    return split(labelEnd);
  }

  /**
   * Splits observations whose labels end at the given bars.
   *
   * @param labelEnd for each observation {@code i}, the last bar its label uses:
   *     {@code i <= labelEnd[i] < labelEnd.length}
   * @return the {@code C(N, k)} splits in lexicographic order of their test groups
   * @throws IllegalArgumentException if {@code labelEnd} is null, shorter than {@code N}, or holds an end
   *     before its own bar or past the last bar
   */
  public List<CvSplit> split(int[] labelEnd) {
    PurgedKFold.checkLabelEnds(labelEnd, groups);
    int n = labelEnd.length;
    int[] starts = PurgedKFold.groupStarts(n, groups);
    int embargo = PurgedKFold.embargoSize(n, embargoFraction);
    List<CvSplit> splits = new ArrayList<>(combinations.length);
    for (int[] combination : combinations) {
      splits.add(PurgedKFold.purgedSplit(labelEnd, starts, combination, embargo));
    }
    return List.copyOf(splits);
  }

  /**
   * Returns the test groups of every split, in split order.
   *
   * @return a fresh array: row {@code s} holds the {@code k} test groups of split {@code s}, increasing
   */
  public int[][] combinations() {
    int[][] copy = new int[combinations.length][];
    for (int s = 0; s < combinations.length; s++) {
      copy[s] = combinations[s].clone();
    }
    return copy;
  }

  /**
   * Assembles the backtest paths: for each path and group, the split whose test predictions of that
   * group the path uses. Group {@code g}'s splits are taken in split order, the {@code p}-th one going to
   * path {@code p}, so every split's test set of every one of its groups is used by exactly one path.
   *
   * @return a fresh {@code pathCount() x N} array of split indices
   */
  public int[][] paths() {
    int phi = pathCount();
    int[][] paths = new int[phi][groups];
    int[] used = new int[groups];
    for (int s = 0; s < combinations.length; s++) {
      for (int g : combinations[s]) {
        paths[used[g]++][g] = s;
      }
    }
    return paths;
  }

  /**
   * Describes the splitter.
   *
   * @return for example {@code CombinatorialPurgedCv[groups=6, testGroups=2, embargoFraction=0.01]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CombinatorialPurgedCv[groups=%d, testGroups=%d, embargoFraction=%s]",
        groups, testGroups, embargoFraction);
  }

  /**
   * Binomial coefficient, or -1 if it exceeds {@link #MAX_SPLITS}. The partial products
   * {@code C(n-k+i, i)} grow with {@code i}, so stopping at the first one over the limit is exact.
   */
  static long binomial(int n, int k) {
    long c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
      if (c > MAX_SPLITS) {
        return -1;
      }
    }
    return c;
  }

  private static int[][] lexicographicCombinations(int n, int k, int count) {
    int[][] out = new int[count][];
    int[] c = new int[k];
    for (int i = 0; i < k; i++) {
      c[i] = i;
    }
    for (int s = 0; s < count; s++) {
      out[s] = c.clone();
      // advance: the rightmost element that can move right moves, the ones after it follow
      int i = k - 1;
      while (i >= 0 && c[i] == n - k + i) {
        i--;
      }
      if (i < 0) {
        break;
      }
      c[i]++;
      for (int j = i + 1; j < k; j++) {
        c[j] = c[j - 1] + 1;
      }
    }
    return out;
  }
}
