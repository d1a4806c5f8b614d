package io.quantor.backtest.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked what-if variants: delayed entries, a confidence threshold, an ensemble with one model
 * left out, and the side-by-side table. Expected values are worked out in the comments.
 */
class WhatIfTest {

  private static final double EPS = 1e-15;

  @Test
  void delayZeroIsTheIdentityAndDelayOneShiftsByABar() {
    double[] exposure = {0, 1, 1, 0, -1};
    double[] same = WhatIf.delayEntries(exposure, 0);
    assertArrayEquals(exposure, same, 0);
    assertNotSame(exposure, same);
    assertArrayEquals(new double[] {0, 0, 1, 1, 0}, WhatIf.delayEntries(exposure, 1), 0);
    assertArrayEquals(new double[] {0, 0, 0, 1, 1}, WhatIf.delayEntries(exposure, 2), 0);
    assertArrayEquals(new double[5], WhatIf.delayEntries(exposure, 5), 0);
    assertArrayEquals(new double[5], WhatIf.delayEntries(exposure, 99), 0);
  }

  @Test
  void delayedEntriesEarnTheLaterBars() {
    double[] asset = {0.01, 0.02, -0.03, 0.04, 0.05};
    double[] exposure = {1, 1, 0, 0, 0};
    // as run: long over bars 1 and 2: r = {-c, 0.02, -0.03 - c, 0, 0}
    // delayed 1: long over bars 2 and 3: r = {0, -c, -0.03, 0.04 - c, 0}
    double c = 0.001;
    assertArrayEquals(new double[] {-c, 0.02, -0.03 - c, 0, 0}, VariantReturns.of(asset, exposure, 10),
        EPS);
    assertArrayEquals(new double[] {0, -c, -0.03, 0.04 - c, 0},
        VariantReturns.of(asset, WhatIf.delayEntries(exposure, 1), 10), EPS);
  }

  @Test
  void thresholdKeepsTheDirectionWhereConfidenceIsHighEnough() {
    double[] confidence = {0.2, 0.7, 0.5, 0.9, 0.49};
    double[] direction = {1, -1, 1, 0.5, -1};
    assertArrayEquals(new double[] {0, -1, 1, 0.5, 0}, WhatIf.threshold(confidence, direction, 0.5), 0);
    assertArrayEquals(direction, WhatIf.threshold(confidence, direction, 0), 0);
    assertArrayEquals(new double[5], WhatIf.threshold(confidence, direction, 1), 0);
  }

  @Test
  void ensembleAndLeaveOneOutByHand() {
    double[][] d = {{1, 1}, {-1, 1}, {1, -1}};
    double[][] c = {{0.5, 0.2}, {0.5, 0.6}, {0.2, 0.2}};
    EnsembleRule vote = EnsembleRule.confidenceWeightedVote();
    // all: bar 0 (0.5 - 0.5 + 0.2) / 1.2 = 1/6; bar 1 (0.2 + 0.6 - 0.2) / 1.0 = 0.6
    assertArrayEquals(new double[] {1.0 / 6, 0.6}, WhatIf.ensemble(d, c, vote), EPS);
    // without model 0: bar 0 (-0.5 + 0.2) / 0.7 = -3/7; bar 1 (0.6 - 0.2) / 0.8 = 0.5
    assertArrayEquals(new double[] {-3.0 / 7, 0.5}, WhatIf.withoutModel(d, c, vote, 0), EPS);
    // without model 1: bar 0 (0.5 + 0.2) / 0.7 = 1; bar 1 (0.2 - 0.2) / 0.4 = 0
    assertArrayEquals(new double[] {1, 0}, WhatIf.withoutModel(d, c, vote, 1), EPS);
    // majority without model 2: bar 0 1 - 1 = tie -> 0; bar 1 1 + 1 -> 1
    assertArrayEquals(new double[] {0, 1}, WhatIf.withoutModel(d, c, EnsembleRule.majorityVote(), 2), 0);
    assertArrayEquals(new double[] {1, 1}, WhatIf.ensemble(d, c, EnsembleRule.majorityVote()), 0);
    // all confidences 0 once model 0 is out at bar 0: the vote is flat
    double[][] zero = {{0.5, 0.2}, {0, 0.6}, {0, 0.2}};
    assertEquals(0, WhatIf.withoutModel(d, zero, vote, 0)[0], 0);
  }

  @Test
  void compareListsVariantsInOrderWithDeltas() {
    double[] base = {0.01, -0.02, 0.03, 0.0};
    double[] better = {0.02, -0.01, 0.03, 0.0};
    Map<String, double[]> variants = new LinkedHashMap<>();
    variants.put("z first", better);
    variants.put("a second", base);
    WhatIfTable t = WhatIf.compare("as run", base, variants);
    assertEquals(List.of("z first", "a second"), t.variants().stream().map(WhatIfVariant::name).toList());
    // total returns: base 1.01 * 0.98 * 1.03 - 1; better 1.02 * 0.99 * 1.03 - 1
    double baseTotal = 1.01 * 0.98 * 1.03 - 1;
    double betterTotal = 1.02 * 0.99 * 1.03 - 1;
    assertEquals(baseTotal, t.baseline().cumulativeReturn(), 1e-15);
    assertEquals(betterTotal, t.variant("z first").values().cumulativeReturn(), 1e-15);
    assertEquals(betterTotal - baseTotal, t.variant("z first").delta().cumulativeReturn(), 1e-15);
    for (Metric m : Metric.values()) {
      assertEquals(0, t.variant("a second").delta().get(m), 0, m.name());
    }
    String text = t.render();
    String header = text.split("\n")[1];
    assertTrue(header.matches("metric\\s+as run\\s+z first\\s+delta\\s+a second\\s+delta"), header);
  }

  @Test
  void compareExposuresPaysTheSameCosts() {
    double[] asset = {0.01, 0.02, -0.03, 0.04, 0.05};
    double[] exposure = {1, 1, 0, 0, 0};
    Map<String, double[]> variants = new LinkedHashMap<>();
    variants.put("delay 1", WhatIf.delayEntries(exposure, 1));
    WhatIfTable t = WhatIf.compareExposures(asset, 10, "as run", exposure, variants);
    double asRun = 0.999 * 1.02 * (1 - 0.031) - 1;
    double delayed = 0.999 * 0.97 * 1.039 - 1;
    assertEquals(asRun, t.baseline().cumulativeReturn(), 1e-15);
    assertEquals(delayed - asRun, t.variant("delay 1").delta().cumulativeReturn(), 1e-15);
  }

  @Test
  void misuseIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WhatIf.delayEntries(new double[] {1}, -1));
    assertEquals("k must be >= 0, was -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WhatIf.threshold(new double[] {0.5, Double.NaN}, new double[] {1, 1}, 0.5));
    assertEquals("signalConfidence[1] must be finite, was NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WhatIf.threshold(new double[] {0.5, 1.5}, new double[] {1, 1}, 0.5));
    assertEquals("signalConfidence[1] must be in [0.0, 1.0], was 1.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WhatIf.withoutModel(new double[][] {{1}}, new double[][] {{1}},
            EnsembleRule.majorityVote(), 0));
    assertEquals("leaving a model out needs at least 2 models, had 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WhatIf.withoutModel(new double[][] {{1}, {1}}, new double[][] {{1}, {1}},
            EnsembleRule.majorityVote(), 2));
    assertEquals("model must be in [0, 2), was 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WhatIf.ensemble(new double[][] {{1}, {1}}, new double[][] {{1}, {1}},
            (dd, cc, in) -> Double.NaN));
    assertEquals("rule must return a finite position, returned NaN at bar 0", e.getMessage());
    Map<String, double[]> variants = new LinkedHashMap<>();
    variants.put("short", new double[] {0.1});
    e = assertThrows(IllegalArgumentException.class,
        () -> WhatIf.compare("base", new double[] {0.1, 0.2}, variants));
    assertEquals("variant \"short\" must have the length of baselineReturns (2), was 1", e.getMessage());
    Map<String, double[]> clash = new LinkedHashMap<>();
    clash.put("base", new double[] {0.1, 0.2});
    assertThrows(IllegalArgumentException.class, () -> WhatIf.compare("base", new double[] {0.1, 0.2},
        clash));
  }
}
