package io.quantor.backtest.walkforward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked purged k-fold splits. Each expected split is derived in the comment beside it from the
 * rules in {@link PurgedKFold}'s Javadoc: fold {@code [a, b]}, {@code m = max labelEnd[a..b]}, purge
 * {@code j <= m && labelEnd[j] >= a}, embargo {@code m+1..m+h}, {@code h = floor(n * fraction)}.
 */
class PurgedKFoldTest {

  @Test
  void labelsSpanningThreeBarsTwoFoldsEmbargoOne() {
    // n = 10, labelEnd = min(i + 2, 9) = 2 3 4 5 6 7 8 9 9 9, h = floor(10 * 0.1) = 1
    int[] labelEnd = {2, 3, 4, 5, 6, 7, 8, 9, 9, 9};
    List<CvSplit> splits = PurgedKFold.of(2, 0.1).split(labelEnd);
    assertEquals(2, splits.size());
    // fold 0 = 0..4, m = 6: purge 5, 6 (they overlap bars 0..6), embargo 7
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, splits.get(0).test());
    assertArrayEquals(new int[] {8, 9}, splits.get(0).train());
    assertArrayEquals(new int[] {0}, splits.get(0).testGroups());
    // fold 1 = 5..9: labels of 3 (ends 5) and 4 (ends 6) reach into it; nothing follows it
    assertArrayEquals(new int[] {5, 6, 7, 8, 9}, splits.get(1).test());
    assertArrayEquals(new int[] {0, 1, 2}, splits.get(1).train());
    assertArrayEquals(new int[] {1}, splits.get(1).testGroups());
  }

  @Test
  void unevenFoldsOneBarLabelsOnlyTheEmbargoRemoves() {
    // n = 7, k = 3: sizes 3, 2, 2 (array_split); h = floor(7 * 0.3) = 2
    List<CvSplit> splits = PurgedKFold.of(3, 0.3).split(7);
    assertArrayEquals(new int[] {0, 1, 2}, splits.get(0).test());
    assertArrayEquals(new int[] {5, 6}, splits.get(0).train());        // 3, 4 embargoed
    assertArrayEquals(new int[] {3, 4}, splits.get(1).test());
    assertArrayEquals(new int[] {0, 1, 2}, splits.get(1).train());     // 5, 6 embargoed
    assertArrayEquals(new int[] {5, 6}, splits.get(2).test());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, splits.get(2).train()); // no embargo before a fold
  }

  @Test
  void aLongLabelEarlyOnIsPurgedFromEveryFoldItReaches() {
    // n = 8, k = 4 (folds of 2), no embargo; observation 0's label runs to bar 5
    int[] labelEnd = {5, 1, 2, 3, 4, 5, 6, 7};
    List<CvSplit> splits = PurgedKFold.of(4, 0).split(labelEnd);
    // fold 0 = {0, 1}, m = 5: 2..5 overlap its labels
    assertArrayEquals(new int[] {6, 7}, splits.get(0).train());
    // fold 1 = {2, 3}: 0 reaches it (5 >= 2), 1 does not (1 < 2)
    assertArrayEquals(new int[] {1, 4, 5, 6, 7}, splits.get(1).train());
    // fold 2 = {4, 5}: 0 reaches it (5 >= 4)
    assertArrayEquals(new int[] {1, 2, 3, 6, 7}, splits.get(2).train());
    // fold 3 = {6, 7}: 0 ends before it
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, splits.get(3).train());
  }

  @Test
  void packageExampleFromTheJavadoc() {
    int n = 1000;
    int[] labelEnd = new int[n];
    for (int i = 0; i < n; i++) {
      labelEnd[i] = Math.min(n - 1, i + 5);
    }
    CvSplit first = PurgedKFold.of(5, 0.01).split(labelEnd).get(0);
    // test 0..199, m = 204: purge 200..204, embargo 10: 205..214
    assertEquals(200, first.testSize());
    assertEquals(785, first.trainSize());
    assertEquals(215, first.train()[0]);
  }

  @Test
  void splitsAreImmutable() {
    CvSplit s = PurgedKFold.of(2, 0).split(4).get(0);
    s.train()[0] = 99;
    s.test()[0] = 99;
    assertArrayEquals(new int[] {2, 3}, s.train());
    assertArrayEquals(new int[] {0, 1}, s.test());
    assertEquals(new CvSplit(new int[] {2, 3}, new int[] {0, 1}, new int[] {0}), s);
    assertEquals("CvSplit[train=2, test=2, testGroups=[0]]", s.toString());
  }

  @Test
  void rejectsMisuse() {
    assertMessage("folds must be >= 2, was 1", () -> PurgedKFold.of(1, 0));
    assertMessage("embargoFraction must be in [0, 1), was 1.0", () -> PurgedKFold.of(2, 1));
    assertMessage("embargoFraction must be in [0, 1), was NaN", () -> PurgedKFold.of(2, Double.NaN));
    assertMessage("labelEnd[1] must be in [1, 3], was 0",
        () -> PurgedKFold.of(2, 0).split(new int[] {0, 0, 2, 3}));
    assertMessage("labelEnd[3] must be in [3, 3], was 4",
        () -> PurgedKFold.of(2, 0).split(new int[] {0, 1, 2, 4}));
    assertMessage("labelEnd must have at least 3 observations (one per group), had 2",
        () -> PurgedKFold.of(3, 0).split(new int[] {0, 1}));
    assertMessage("observations must be >= 3, was 2", () -> PurgedKFold.of(3, 0).split(2));
    assertMessage("train and test must be disjoint, both hold index 1",
        () -> new CvSplit(new int[] {1}, new int[] {1}, new int[] {0}));
    assertMessage("test must be non-negative and strictly increasing, was 1 at position 1",
        () -> new CvSplit(new int[0], new int[] {2, 1}, new int[] {0}));
  }

  private static void assertMessage(String message, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
    assertTrue(e.getMessage().length() > 0);
  }
}
