package io.quantor.core.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Membership functions at hand-computed points (the formulas of scikit-fuzzy's trimf, trapmf, gaussmf,
 * gbellmf and sigmf, and jFuzzyLogic's point lists), their effective spans and their argument checks.
 */
class MembershipFunctionTest {

  @Test
  void triangle() {
    MembershipFunction t = MembershipFunction.triangular(0, 5, 10);
    assertEquals(0.0, t.degree(-1), 0);
    assertEquals(0.0, t.degree(0), 0);
    assertEquals(0.7, t.degree(3.5), 1e-15);
    assertEquals(1.0, t.degree(5), 0);
    assertEquals(0.3, t.degree(8.5), 1e-15);
    assertEquals(0.0, t.degree(10), 0);
    assertEquals(0.0, t.degree(11), 0);
    // Shoulders: scikit-fuzzy's trimf [0, 0, 5] and [5, 10, 10].
    MembershipFunction left = MembershipFunction.triangular(0, 0, 5);
    assertEquals(1.0, left.degree(0), 0);
    assertEquals(0.6, left.degree(2), 1e-15);
    MembershipFunction right = MembershipFunction.triangular(5, 10, 10);
    assertEquals(1.0, right.degree(10), 0);
    assertEquals(0.0, right.degree(10.5), 0);
  }

  @Test
  void trapezoid() {
    MembershipFunction t = MembershipFunction.trapezoidal(1, 4, 6, 9);
    assertEquals(0.0, t.degree(1), 0);
    assertEquals(2.0 / 3.0, t.degree(3), 1e-15);
    assertEquals(1.0, t.degree(4), 0);
    assertEquals(1.0, t.degree(6), 0);
    assertEquals(1.0 / 3.0, t.degree(8), 1e-15);
    assertEquals(0.0, t.degree(9), 0);
    MembershipFunction shoulder = MembershipFunction.trapezoidal(0, 0, 1, 3);
    assertEquals(1.0, shoulder.degree(0), 0);
    assertEquals(0.5, shoulder.degree(2), 0);
    assertEquals(0.0, shoulder.degree(-0.1), 0);
  }

  @Test
  void smoothShapes() {
    MembershipFunction g = MembershipFunction.gaussian(2, 0.5);
    assertEquals(1.0, g.degree(2), 0);
    assertEquals(0.6065306597126334, g.degree(2.5), 1e-15);
    assertEquals(0.011108996538242306, g.degree(0.5), 1e-15);
    assertEquals(0.0, g.spanStart(), 0);
    assertEquals(4.0, g.spanEnd(), 0);
    MembershipFunction bell = MembershipFunction.generalizedBell(2, 4, 6);
    assertEquals(1.0, bell.degree(6), 0);
    assertEquals(0.5, bell.degree(8), 0);
    assertEquals(0.5, bell.degree(4), 0);
    assertEquals(0.03755317588381986, bell.degree(3), 1e-15);
    assertEquals(0.01, bell.degree(bell.spanEnd()), 1e-12);
    MembershipFunction s = MembershipFunction.sigmoid(2, 1);
    assertEquals(0.5, s.degree(1), 0);
    assertEquals(0.8807970779778823, s.degree(2), 1e-15);
    assertEquals(1 - 0.8807970779778823, s.degree(0), 1e-15);
    assertEquals(0.01, s.degree(s.spanStart()), 1e-12);
    assertEquals(0.99, s.degree(s.spanEnd()), 1e-12);
    MembershipFunction falling = MembershipFunction.sigmoid(-2, 1);
    assertEquals(0.8807970779778823, falling.degree(0), 1e-15);
  }

  @Test
  void piecewiseLinear() {
    MembershipFunction p = MembershipFunction.piecewiseLinear(new double[] {1, 4, 6, 9},
        new double[] {0, 1, 1, 0});
    assertEquals(MembershipFunction.trapezoidal(1, 4, 6, 9).degree(2.5), p.degree(2.5), 1e-15);
    assertEquals(0.0, p.degree(0), 0);
    assertEquals(0.0, p.degree(10), 0);
    MembershipFunction rising = MembershipFunction.piecewiseLinear(new double[] {7, 9}, new double[] {0, 1});
    assertEquals(0.0, rising.degree(3), 0);
    assertEquals(0.5, rising.degree(8), 0);
    assertEquals(1.0, rising.degree(10), 0, "constant beyond the last point, as jFuzzyLogic");
    MembershipFunction step = MembershipFunction.piecewiseLinear(new double[] {0, 2, 2, 4},
        new double[] {0, 0, 1, 1});
    assertEquals(0.0, step.degree(1.99), 0);
    assertEquals(1.0, step.degree(2), 0, "the right-hand value at a vertical step");
    assertEquals(7.0, rising.spanStart(), 0);
    assertEquals(9.0, rising.spanEnd(), 0);
  }

  @Test
  void invalidParametersNameThemselves() {
    assertEquals("triangle parameters must be non-decreasing, was [5.0, 3.0, 1.0]",
        assertThrows(IllegalArgumentException.class, () -> MembershipFunction.triangular(5, 3, 1))
            .getMessage());
    assertEquals("triangle must have a width > 0, was [2.0, 2.0, 2.0]",
        assertThrows(IllegalArgumentException.class, () -> MembershipFunction.triangular(2, 2, 2))
            .getMessage());
    assertEquals("sigma must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> MembershipFunction.gaussian(0, 0)).getMessage());
    assertEquals("a must be finite and > 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> MembershipFunction.generalizedBell(-1, 1, 0))
            .getMessage());
    assertEquals("slope must not be 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> MembershipFunction.sigmoid(0, 1)).getMessage());
    assertEquals("ys[1] must be in [0.0, 1.0], was 2.0",
        assertThrows(IllegalArgumentException.class,
            () -> MembershipFunction.piecewiseLinear(new double[] {0, 1}, new double[] {0, 2})).getMessage());
    assertEquals("xs must be non-decreasing, was xs[1] = 0.0 < xs[0] = 1.0",
        assertThrows(IllegalArgumentException.class,
            () -> MembershipFunction.piecewiseLinear(new double[] {1, 0}, new double[] {0, 1})).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> MembershipFunction.trapezoidal(0, Double.NaN, 1, 2));
    assertThrows(IllegalArgumentException.class,
        () -> Term.of("1bad", MembershipFunction.triangular(0, 1, 2)));
    assertThrows(IllegalArgumentException.class, () -> LinguisticVariable.of("v", 1, 1,
        Term.of("t", MembershipFunction.triangular(0, 1, 2))));
  }

  @Test
  void variablesFuzzifyAndLookUpTerms() {
    LinguisticVariable v = FuzzyEvaluatorTest.threeTerms("x");
    double[] d = v.fuzzify(6.5);
    assertEquals(0.0, d[0], 0);
    assertEquals(0.7, d[1], 1e-15);
    assertEquals(0.3, d[2], 1e-15);
    assertEquals(2, v.termIndex("high"));
    assertEquals(-1, v.termIndex("absent"));
    assertEquals(1.0, v.fuzzify(42)[2], 0, "clamped to the universe");
  }
}
