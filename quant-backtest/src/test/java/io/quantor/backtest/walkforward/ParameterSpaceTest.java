package io.quantor.backtest.walkforward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSpaceTest {

  @Test
  void gridIsTheCartesianProductInNameOrder() {
    List<Parameters> grid = ParameterSpace.grid(Map.of("slow", new double[] {50, 100},
        "fast", new double[] {5, 10, 20}));
    assertEquals(6, grid.size());
    assertEquals("{fast=5, slow=50}", grid.get(0).toString());
    assertEquals("{fast=5, slow=100}", grid.get(1).toString());
    assertEquals("{fast=20, slow=100}", grid.get(5).toString());
    assertEquals(6, new HashSet<>(grid).size());
  }

  @Test
  void randomSampleIsReproducibleAndInRange() {
    Map<String, ParameterSpace.Range> ranges = Map.of("fast", ParameterSpace.Range.integers(5, 30),
        "threshold", ParameterSpace.Range.of(0.1, 0.9));
    List<Parameters> a = ParameterSpace.random(ranges, 200, 42L);
    List<Parameters> b = ParameterSpace.random(ranges, 200, 42L);
    assertEquals(a, b);
    assertNotEquals(a, ParameterSpace.random(ranges, 200, 43L));
    for (Parameters p : a) {
      int fast = p.getInt("fast");
      assertTrue(fast >= 5 && fast <= 30);
      assertTrue(p.get("threshold") >= 0.1 && p.get("threshold") <= 0.9);
    }
    assertTrue(a.stream().anyMatch(p -> p.getInt("fast") == 5));
    assertTrue(a.stream().anyMatch(p -> p.getInt("fast") == 30));
  }

  @Test
  void misuseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ParameterSpace.grid(Map.of()));
    assertThrows(IllegalArgumentException.class, () -> ParameterSpace.grid(Map.of("a", new double[0])));
    assertThrows(IllegalArgumentException.class, () -> ParameterSpace.Range.of(2, 1));
    assertThrows(IllegalArgumentException.class, () -> ParameterSpace.Range.integers(3, 2));
    assertThrows(IllegalArgumentException.class,
        () -> ParameterSpace.random(Map.of("a", ParameterSpace.Range.of(0, 1)), 0, 1L));
    Parameters p = Parameters.of(Map.of("x", 1.5));
    assertThrows(IllegalArgumentException.class, () -> p.getInt("x"));
    assertThrows(IllegalArgumentException.class, () -> p.get("y"));
    assertThrows(IllegalArgumentException.class, () -> Parameters.of(Map.of("x", Double.NaN)));
  }
}
