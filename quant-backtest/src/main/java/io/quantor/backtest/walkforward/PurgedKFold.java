package io.quantor.backtest.walkforward;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Purged k-fold cross-validation with an embargo, for labels that span several bars (López de Prado,
 * <i>Advances in Financial Machine Learning</i>, Wiley 2018, chapter 7).
 *
 * <p><b>Labels.</b> Observation {@code i} has a label computed from bars {@code i..labelEnd[i]}
 * (inclusive; {@code i <= labelEnd[i] < n}): a triple-barrier label, a forward return over several bars.
 * Two observations <i>overlap</i> when their spans share a bar. Plain k-fold leaks: a training label
 * whose span reaches into the test fold has seen test-period prices.
 *
 * <p><b>Folds.</b> The {@code n} observations are cut into {@code k} contiguous folds whose sizes differ
 * by at most one, the first {@code n mod k} folds one longer (as numpy's {@code array_split}). Each fold
 * is the test set of one split, so every index is tested exactly once.
 *
 * <p><b>Purging.</b> For a test fold {@code [a, b]} whose labels end at most at bar
 * {@code m = max(labelEnd[a..b])}, the labels of the fold cover bars {@code a..m}. A training candidate
 * {@code j} is removed when its span overlaps them: {@code j <= m && labelEnd[j] >= a}. On the left this
 * removes the observations whose labels reach into the fold; on the right it removes {@code b+1..m}.
 *
 * <p><b>Embargo.</b> Serial correlation can leak information backwards too, so the
 * {@code h = floor(n * embargoFraction)} observations right after the purged region,
 * {@code m+1..m+h}, are also removed from training: as in AFML snippet 7.3, the embargo counts from the
 * end of the test labels, not from the end of the fold. No embargo is applied before a test fold.
 *
 * <pre>{@code
 * int[] labelEnd = ...;                                  // label of bar i uses bars i..labelEnd[i]
 * for (CvSplit s : PurgedKFold.of(5, 0.01).split(labelEnd)) {
 *   model.fit(rows(x, s.train()));
 *   score(model, rows(x, s.test()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PurgedKFold {

  private final int folds;
  private final double embargoFraction;

  private PurgedKFold(int folds, double embargoFraction) {
    this.folds = folds;
    this.embargoFraction = embargoFraction;
  }

  /**
   * Creates a purged k-fold splitter.
   *
   * @param folds the number of folds {@code k}, at least 2
   * @param embargoFraction the embargo as a fraction of the number of observations, in {@code [0, 1)};
   *     the embargo is {@code floor(n * embargoFraction)} observations
   * @return the splitter
   * @throws IllegalArgumentException if {@code folds < 2} or the fraction is outside {@code [0, 1)}
   */
  public static PurgedKFold of(int folds, double embargoFraction) {
    Args.atLeast(folds, 2, "folds");
    checkEmbargo(embargoFraction);
    return new PurgedKFold(folds, embargoFraction);
  }

  /**
   * Returns the number of folds.
   *
   * @return {@code k}
   */
  public int folds() {
    return folds;
  }

  /**
   * Returns the embargo fraction.
   *
   * @return the fraction of {@code n} embargoed after each test fold
   */
  public double embargoFraction() {
    return embargoFraction;
  }

  /**
   * Splits observations whose labels span one bar each ({@code labelEnd[i] = i}): purging removes
   * nothing, only the embargo does.
   *
   * @param observations the number of observations {@code n}, at least {@code folds}
   * @return the {@code k} splits, fold {@code 0} first
   * @throws IllegalArgumentException if {@code observations < folds}
   */
  public List<CvSplit> split(int observations) {
    Args.atLeast(observations, folds, "observations");
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
   * @return the {@code k} splits, fold {@code 0} first; split {@code f} tests fold {@code f}
   * @throws IllegalArgumentException if {@code labelEnd} is null, shorter than {@code folds}, or holds an
   *     end before its own bar or past the last bar
   */
  public List<CvSplit> split(int[] labelEnd) {
    checkLabelEnds(labelEnd, folds);
    int n = labelEnd.length;
    int[] starts = groupStarts(n, folds);
    int embargo = embargoSize(n, embargoFraction);
    List<CvSplit> splits = new ArrayList<>(folds);
    for (int f = 0; f < folds; f++) {
      splits.add(purgedSplit(labelEnd, starts, new int[] {f}, embargo));
    }
    return List.copyOf(splits);
  }

  /**
   * Describes the splitter.
   *
   * @return for example {@code PurgedKFold[folds=5, embargoFraction=0.01]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PurgedKFold[folds=%d, embargoFraction=%s]", folds, embargoFraction);
  }

  // --- shared with CombinatorialPurgedCv ---------------------------------------------------------------

  static void checkEmbargo(double embargoFraction) {
    if (!(embargoFraction >= 0 && embargoFraction < 1)) {
      throw new IllegalArgumentException("embargoFraction must be in [0, 1), was " + embargoFraction);
    }
  }

  static void checkLabelEnds(int[] labelEnd, int groups) {
    Args.notNull(labelEnd, "labelEnd");
    int n = labelEnd.length;
    if (n < groups) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "labelEnd must have at least %d observations (one per group), had %d", groups, n));
    }
    for (int i = 0; i < n; i++) {
      if (labelEnd[i] < i || labelEnd[i] >= n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "labelEnd[%d] must be in [%d, %d], was %d", i, i, n - 1, labelEnd[i]));
      }
    }
  }

  /** Embargo length {@code floor(n * fraction)}, as AFML snippet 7.2 ({@code int(n * pctEmbargo)}). */
  static int embargoSize(int n, double embargoFraction) {
    return (int) Math.floor(n * embargoFraction);
  }

  /**
   * Group boundaries as numpy's {@code array_split}: group {@code g} is {@code [starts[g], starts[g+1])},
   * the first {@code n mod groups} groups one longer.
   */
  static int[] groupStarts(int n, int groups) {
    int[] starts = new int[groups + 1];
    int size = n / groups;
    int longer = n % groups;
    for (int g = 0; g < groups; g++) {
      starts[g + 1] = starts[g] + size + (g < longer ? 1 : 0);
    }
    return starts;
  }

  /**
   * The split that tests the given groups: every index of a test group is a test index; every other
   * index is a training index unless its label overlaps a test group's labels or it falls in the embargo
   * after a test group.
   */
  static CvSplit purgedSplit(int[] labelEnd, int[] starts, int[] testGroups, int embargo) {
    int n = labelEnd.length;
    // 0 = train, 1 = test, 2 = purged or embargoed
    byte[] role = new byte[n];
    for (int g : testGroups) {
      for (int i = starts[g]; i < starts[g + 1]; i++) {
        role[i] = 1;
      }
    }
    for (int g : testGroups) {
      int a = starts[g];
      int b = starts[g + 1] - 1;
      int m = b;
      for (int i = a; i <= b; i++) {
        m = Math.max(m, labelEnd[i]);
      }
      // left of the group: labels that reach into bars a..m (a label never starts after it ends)
      for (int j = 0; j < a; j++) {
        if (labelEnd[j] >= a && role[j] == 0) {
          role[j] = 2;
        }
      }
      // right of the group: b+1..m overlap the group's labels, m+1..m+h are embargoed
      long stop = Math.min((long) m + embargo, n - 1L);
      for (int j = b + 1; j <= stop; j++) {
        if (role[j] == 0) {
          role[j] = 2;
        }
      }
    }
    int trainCount = 0;
    int testCount = 0;
    for (byte r : role) {
      if (r == 0) {
        trainCount++;
      } else if (r == 1) {
        testCount++;
      }
    }
    int[] train = new int[trainCount];
    int[] test = new int[testCount];
    for (int i = 0, tr = 0, te = 0; i < n; i++) {
      if (role[i] == 0) {
        train[tr++] = i;
      } else if (role[i] == 1) {
        test[te++] = i;
      }
    }
    return new CvSplit(train, test, testGroups);
  }
}
