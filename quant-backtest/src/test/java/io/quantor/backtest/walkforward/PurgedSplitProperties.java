package io.quantor.backtest.walkforward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of purged k-fold and CPCV on random label spans: no training label overlaps a test label,
 * the embargo after each test group is respected, nothing is removed that neither overlaps nor falls in
 * an embargo, every index is tested exactly once (k-fold), every group is tested in
 * {@code C(N-1, k-1)} splits and every (split, group) test block is used by exactly one path (CPCV).
 */
class PurgedSplitProperties {

  /** Observations with labels spanning up to {@code maxSpan} bars, a group count and an embargo. */
  record Case(int[] labelEnd, int groups, int testGroups, double embargo) {
    @Override
    public String toString() {
      return "Case[n=" + labelEnd.length + ", labelEnd=" + java.util.Arrays.toString(labelEnd) + ", groups="
          + groups + ", testGroups=" + testGroups + ", embargo=" + embargo + "]";
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<int[]> spans = Arbitraries.integers().between(0, 12).flatMap(maxSpan ->
        Arbitraries.integers().between(0, maxSpan).list().ofMinSize(2).ofMaxSize(120)
            .map(list -> {
              int n = list.size();
              int[] end = new int[n];
              for (int i = 0; i < n; i++) {
                end[i] = Math.min(n - 1, i + list.get(i));
              }
              return end;
            }));
    return Combinators.combine(spans, Arbitraries.integers().between(2, 8),
        Arbitraries.integers().between(1, 7), Arbitraries.doubles().between(0, 0.15))
        .as((end, groups, k, embargo) -> {
          int g = Math.min(groups, end.length);
          return new Case(end, g, Math.min(k, g - 1), embargo);
        });
  }

  @Property(tries = 200)
  void purgedKFoldTestsEveryIndexOnceAndNeverLeaks(@ForAll("cases") Case c) {
    int n = c.labelEnd().length;
    List<CvSplit> splits = PurgedKFold.of(c.groups(), c.embargo()).split(c.labelEnd());
    assertEquals(c.groups(), splits.size());
    int[] tested = new int[n];
    for (CvSplit s : splits) {
      for (int i : s.test()) {
        tested[i]++;
      }
      checkSplit(c, s);
    }
    for (int i = 0; i < n; i++) {
      assertEquals(1, tested[i], "index " + i + " tested " + tested[i] + " times");
    }
  }

  @Property(tries = 200)
  void cpcvTestsEachGroupInBinomialManySplitsAndNeverLeaks(@ForAll("cases") Case c) {
    CombinatorialPurgedCv cv = CombinatorialPurgedCv.of(c.groups(), c.testGroups(), c.embargo());
    List<CvSplit> splits = cv.split(c.labelEnd());
    assertEquals(binomial(c.groups(), c.testGroups()), splits.size());
    int[] groupCount = new int[c.groups()];
    for (CvSplit s : splits) {
      assertEquals(c.testGroups(), s.testGroups().length);
      for (int g : s.testGroups()) {
        groupCount[g]++;
      }
      checkSplit(c, s);
    }
    int expected = binomial(c.groups() - 1, c.testGroups() - 1);
    for (int g = 0; g < c.groups(); g++) {
      assertEquals(expected, groupCount[g], "group " + g);
    }
    // paths: each (split, group) test block used once; each path's entry for g is a split testing g
    int[][] paths = cv.paths();
    assertEquals(expected, paths.length);
    assertEquals(c.testGroups() * binomial(c.groups(), c.testGroups()), paths.length * c.groups());
    boolean[][] used = new boolean[splits.size()][c.groups()];
    for (int[] path : paths) {
      for (int g = 0; g < c.groups(); g++) {
        int s = path[g];
        assertTrue(contains(splits.get(s).testGroups(), g), "split " + s + " does not test group " + g);
        assertFalse(used[s][g], "split " + s + ", group " + g + " used twice");
        used[s][g] = true;
      }
    }
  }

  /** Test = the split's groups; train = exactly the other indices that neither overlap nor are embargoed. */
  private static void checkSplit(Case c, CvSplit s) {
    int[] end = c.labelEnd();
    int n = end.length;
    int h = (int) Math.floor(n * c.embargo());
    int[] starts = groupStarts(n, c.groups());
    boolean[] isTest = new boolean[n];
    int testCount = 0;
    for (int g : s.testGroups()) {
      for (int i = starts[g]; i < starts[g + 1]; i++) {
        isTest[i] = true;
        testCount++;
      }
    }
    assertEquals(testCount, s.testSize());
    for (int i : s.test()) {
      assertTrue(isTest[i], "test index " + i + " outside the test groups");
    }
    boolean[] isTrain = new boolean[n];
    for (int j : s.train()) {
      isTrain[j] = true;
    }
    for (int j = 0; j < n; j++) {
      if (isTest[j]) {
        continue;
      }
      boolean overlaps = false;
      for (int i = 0; i < n && !overlaps; i++) {
        overlaps = isTest[i] && j <= end[i] && i <= end[j];
      }
      boolean embargoed = false;
      for (int g : s.testGroups()) {
        int m = -1;
        for (int i = starts[g]; i < starts[g + 1]; i++) {
          m = Math.max(m, end[i]);
        }
        embargoed |= j > m && j <= m + h;
        // the embargo starts right after the group: nothing in (b, m + h] may train
        if (j >= starts[g + 1] && j <= m + h) {
          assertFalse(isTrain[j], "index " + j + " trains inside the embargo of group " + g);
        }
      }
      assertEquals(!overlaps && !embargoed, isTrain[j],
          "index " + j + ": overlaps=" + overlaps + ", embargoed=" + embargoed);
    }
  }

  private static int[] groupStarts(int n, int groups) {
    int[] starts = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      starts[g + 1] = starts[g] + n / groups + (g < n % groups ? 1 : 0);
    }
    return starts;
  }

  private static boolean contains(int[] values, int v) {
    for (int x : values) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  private static int binomial(int n, int k) {
    int c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  @Property(tries = 50)
  void singleBarLabelsGiveContiguousFolds(@ForAll("cases") Case c) {
    int n = c.labelEnd().length;
    List<CvSplit> splits = PurgedKFold.of(c.groups(), 0).split(n);
    int[] starts = groupStarts(n, c.groups());
    for (int f = 0; f < splits.size(); f++) {
      int[] expected = new int[starts[f + 1] - starts[f]];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = starts[f] + i;
      }
      assertArrayEquals(expected, splits.get(f).test());
      assertEquals(n - expected.length, splits.get(f).trainSize(),
          "no embargo, one-bar labels: nothing purged");
    }
  }
}
