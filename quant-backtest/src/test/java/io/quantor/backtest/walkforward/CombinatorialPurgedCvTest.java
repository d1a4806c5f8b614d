package io.quantor.backtest.walkforward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked CPCV splits and paths. Groups of {@code n = 8} observations in {@code N = 4}:
 * {@code g0 = {0,1}, g1 = {2,3}, g2 = {4,5}, g3 = {6,7}}; labels {@code labelEnd = min(i + 1, 7)}, so each
 * test group {@code [a, b]} purges {@code a - 1} on its left and {@code b + 1} on its right.
 */
class CombinatorialPurgedCvTest {

  private static final int[] LABEL_END = {1, 2, 3, 4, 5, 6, 7, 7};

  @Test
  void fourGroupsTwoTestGroupsByHand() {
    CombinatorialPurgedCv cv = CombinatorialPurgedCv.of(4, 2, 0);
    assertEquals(6, cv.splitCount());      // C(4, 2)
    assertEquals(3, cv.pathCount());       // 2/4 * 6 = C(3, 1)
    List<CvSplit> s = cv.split(LABEL_END);
    // {g0, g1} tests 0..3: g1 purges 4
    assertSplit(s.get(0), new int[] {0, 1}, new int[] {0, 1, 2, 3}, new int[] {5, 6, 7});
    // {g0, g2}: g0 purges 2, g2 purges 3 and 6
    assertSplit(s.get(1), new int[] {0, 2}, new int[] {0, 1, 4, 5}, new int[] {7});
    // {g0, g3}: g0 purges 2, g3 purges 5
    assertSplit(s.get(2), new int[] {0, 3}, new int[] {0, 1, 6, 7}, new int[] {3, 4});
    // {g1, g2}: g1 purges 1, g2 purges 6
    assertSplit(s.get(3), new int[] {1, 2}, new int[] {2, 3, 4, 5}, new int[] {0, 7});
    // {g1, g3}: g1 purges 1 and 4, g3 purges 5
    assertSplit(s.get(4), new int[] {1, 3}, new int[] {2, 3, 6, 7}, new int[] {0});
    // {g2, g3}: g2 purges 3
    assertSplit(s.get(5), new int[] {2, 3}, new int[] {4, 5, 6, 7}, new int[] {0, 1, 2});
    // g0 is tested by splits 0, 1, 2; g1 by 0, 3, 4; g2 by 1, 3, 5; g3 by 2, 4, 5
    int[][] paths = cv.paths();
    assertArrayEquals(new int[] {0, 0, 1, 2}, paths[0]);
    assertArrayEquals(new int[] {1, 3, 3, 4}, paths[1]);
    assertArrayEquals(new int[] {2, 4, 5, 5}, paths[2]);
  }

  @Test
  void embargoAfterEachTestGroup() {
    // n = 8, h = floor(8 * 0.25) = 2, one-bar labels: only the embargo removes
    List<CvSplit> s = CombinatorialPurgedCv.of(4, 2, 0.25).split(new int[] {0, 1, 2, 3, 4, 5, 6, 7});
    // {g0, g2}: embargo 2, 3 after g0 and 6, 7 after g2
    assertSplit(s.get(1), new int[] {0, 2}, new int[] {0, 1, 4, 5}, new int[0]);
    // {g1, g3}: embargo 4, 5 after g1; nothing before g1
    assertSplit(s.get(4), new int[] {1, 3}, new int[] {2, 3, 6, 7}, new int[] {0, 1});
  }

  @Test
  void lopezDePradoSixGroupsTwoTestGroups() {
    // AFML section 12.4, figure 12.1: N = 6, k = 2 gives 15 splits and 5 paths
    CombinatorialPurgedCv cv = CombinatorialPurgedCv.of(6, 2, 0.01);
    assertEquals(15, cv.splitCount());
    assertEquals(5, cv.pathCount());
    assertArrayEquals(new int[] {0, 1}, cv.combinations()[0]);
    assertArrayEquals(new int[] {4, 5}, cv.combinations()[14]);
    assertEquals(15, cv.split(60).size());
  }

  @Test
  void oneTestGroupIsPurgedKFold() {
    int[] labelEnd = {2, 3, 4, 5, 6, 7, 8, 9, 9, 9};
    assertEquals(PurgedKFold.of(5, 0.1).split(labelEnd), CombinatorialPurgedCv.of(5, 1, 0.1).split(labelEnd));
    assertEquals(1, CombinatorialPurgedCv.of(5, 1, 0.1).pathCount());
  }

  @Test
  void rejectsMisuse() {
    assertEquals("groups must be >= 2, was 1",
        assertThrows(IllegalArgumentException.class, () -> CombinatorialPurgedCv.of(1, 1, 0)).getMessage());
    assertEquals("testGroups must be in [1, 3], was 4",
        assertThrows(IllegalArgumentException.class, () -> CombinatorialPurgedCv.of(4, 4, 0)).getMessage());
    assertEquals("C(groups, testGroups) must be <= 1000000, was C(40, 20) > 1000000",
        assertThrows(IllegalArgumentException.class, () -> CombinatorialPurgedCv.of(40, 20, 0)).getMessage());
  }

  private static void assertSplit(CvSplit split, int[] groups, int[] test, int[] train) {
    assertArrayEquals(groups, split.testGroups(), "groups");
    assertArrayEquals(test, split.test(), "test");
    assertArrayEquals(train, split.train(), "train");
  }
}
