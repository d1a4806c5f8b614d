package io.quantor.core.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.fuzzy.Defuzzification.Grid;
import io.quantor.core.fuzzy.Defuzzification.Integration;
import io.quantor.core.fuzzy.Defuzzification.Method;
import io.quantor.core.fuzzy.InferenceOptions.Aggregation;
import io.quantor.core.fuzzy.InferenceOptions.And;
import io.quantor.core.fuzzy.InferenceOptions.Implication;
import io.quantor.core.fuzzy.InferenceOptions.Or;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed evaluations: each defuzzifier on shapes with known centroids, bisectors and maxima,
 * the operators, weights, Sugeno orders, defaults, input handling, and that evaluation allocates nothing.
 */
class FuzzyEvaluatorTest {

  /** The 2-input, 9-rule monotone Mamdani system of the benchmark (output grid of 1001 points). */
  static FuzzySystem nineRules(InferenceOptions options, Defuzzification defuzzification) {
    String[] in = {"low", "mid", "high"};
    String[] out = {"veryLow", "low", "mid", "high", "veryHigh"};
    LinguisticVariable.Builder z = LinguisticVariable.builder("z", 0, 100);
    for (int k = 0; k < out.length; k++) {
      z.term(out[k], tri(Math.max(0, 25 * (k - 1)), 25 * k,
          Math.min(100, 25 * (k + 1))));
    }
    FuzzySystem.Builder b = FuzzySystem.builder().input(threeTerms("x")).input(threeTerms("y"))
        .output(z.build(), defuzzification).options(options);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        b.rule(Condition.is("x", in[i]).and("y", in[j]), "z", out[i + j]);
      }
    }
    return b.build();
  }

  static LinguisticVariable threeTerms(String name) {
    return LinguisticVariable.builder(name, 0, 10)
        .term("low", tri(0, 0, 5))
        .term("mid", tri(0, 5, 10))
        .term("high", tri(5, 10, 10))
        .build();
  }

  private static MembershipFunction tri(double a, double b, double c) {
    return MembershipFunction.triangular(a, b, c);
  }

  private static MembershipFunction trap(double a, double b, double c, double d) {
    return MembershipFunction.trapezoidal(a, b, c, d);
  }

  /** One input on [0, 10] with a single always-true term, one rule firing {@code out} fully. */
  private static FuzzySystem oneShape(MembershipFunction out, Defuzzification d) {
    return FuzzySystem.builder()
        .input(LinguisticVariable.of("x", 0, 10, Term.of("any", trap(0, 0, 10, 10))))
        .output(LinguisticVariable.of("y", 0, 10, Term.of("shape", out)), d)
        .rule(Condition.is("x", "any"), "y", "shape")
        .build();
  }

  private static double one(MembershipFunction out, Method m, Integration integration) {
    Defuzzification d = new Defuzzification(m, 1001, Grid.INCLUSIVE, integration, Double.NaN);
    return oneShape(out, d).evaluate(5.0).output(0);
  }

  @Test
  void defuzzifiersOnATrapezoid() {
    MembershipFunction trap = trap(2, 4, 6, 8);
    for (Integration integration : Integration.values()) {
      assertEquals(5.0, one(trap, Method.CENTROID, integration), 1e-9);
      assertEquals(5.0, one(trap, Method.BISECTOR, integration), 1e-9);
      assertEquals(5.0, one(trap, Method.MEAN_OF_MAXIMUM, integration), 1e-9);
      assertEquals(4.0, one(trap, Method.SMALLEST_OF_MAXIMUM, integration), 1e-9);
      assertEquals(6.0, one(trap, Method.LARGEST_OF_MAXIMUM, integration), 1e-9);
    }
  }

  @Test
  void piecewiseLinearIntegrationIsExactOnATriangle() {
    MembershipFunction shoulder = tri(0, 0, 10);
    // Centroid 10/3; the bisector b solves (10 - b)^2 / 100 = 1/2.
    assertEquals(10.0 / 3.0, one(shoulder, Method.CENTROID, Integration.PIECEWISE_LINEAR), 1e-12);
    assertEquals(2.9289321881345254, one(shoulder, Method.BISECTOR, Integration.PIECEWISE_LINEAR), 1e-12);
    // Sample sums on 1001 points are close but not exact.
    assertEquals(10.0 / 3.0, one(shoulder, Method.CENTROID, Integration.SAMPLE_SUM), 1e-2);
    assertEquals(2.93, one(shoulder, Method.BISECTOR, Integration.SAMPLE_SUM), 0.011);
  }

  @Test
  void gridKinds() {
    Defuzzification d = Defuzzification.centroid().withGrid(5, Grid.INCLUSIVE);
    assertEquals(2.5, d.abscissa(0, 10, 1), 0);
    assertEquals(10.0, d.abscissa(0, 10, 4), 0);
    Defuzzification h = d.withGrid(5, Grid.HALF_OPEN);
    assertEquals(2.0, h.abscissa(0, 10, 1), 0);
    assertEquals(8.0, h.abscissa(0, 10, 4), 0);
  }

  /** Two rules on one output term, each firing 0.6: max keeps the plateau at 0.6, bounded sum lifts it. */
  @Test
  void aggregationOperators() {
    LinguisticVariable x = LinguisticVariable.of("x", 0, 10,
        Term.of("a", tri(0, 4, 10)),
        Term.of("b", tri(0, 6, 10)));
    LinguisticVariable y = LinguisticVariable.of("y", 0, 10, Term.of("t", tri(0, 5, 10)));
    for (Aggregation agg : Aggregation.values()) {
      FuzzySystem s = FuzzySystem.builder().input(x)
          .output(y, Defuzzification.of(Method.SMALLEST_OF_MAXIMUM))
          .rule(Condition.is("x", "a"), "y", "t")
          .rule(Condition.is("x", "b"), "y", "t")
          .options(InferenceOptions.of(And.MIN, Or.MAX, Implication.MIN, agg))
          .build();
      FuzzyResult r = s.evaluate(5.0); // a(5) = 5/6, b(5) = 5/6
      assertEquals(5.0 / 6.0, r.firingStrength(0), 1e-12);
      // MAX: plateau 5/6 where mu >= 5/6, from 5 - 5/6 * ... = 4.1667; BOUNDED_SUM: 2 min(5/6, mu) >= 1
      // where mu >= 1/2, from 2.5.
      double expected = agg == Aggregation.MAX ? 5.0 * 5.0 / 6.0 : 2.5;
      assertEquals(expected, r.output(0), 0.011, agg.toString());
    }
  }

  @Test
  void andOrOperatorsAndWeights() {
    LinguisticVariable x = LinguisticVariable.of("x", 0, 10, Term.of("up", tri(0, 10, 10)));
    LinguisticVariable w = LinguisticVariable.of("w", 0, 10, Term.of("up", tri(0, 10, 10)));
    LinguisticVariable y = LinguisticVariable.of("y", 0, 1, Term.of("t", tri(0, 1, 1)));
    for (And and : And.values()) {
      for (Or or : Or.values()) {
        FuzzySystem s = FuzzySystem.builder().input(x).input(w).output(y, Defuzzification.centroid())
            .rule(Rule.of("and", Condition.is("x", "up").and("w", "up"), "y", "t"))
            .rule(Rule.of("or", Condition.is("x", "up").or("w", "up"), "y", "t").withWeight(0.5))
            .rule(Rule.of("not", Condition.isNot("x", "up"), "y", "t"))
            .options(InferenceOptions.of(and, or, Implication.MIN, Aggregation.MAX))
            .build();
        FuzzyResult r = s.evaluate(4.0, 5.0); // degrees 0.4 and 0.5
        assertEquals(and == And.MIN ? 0.4 : 0.2, r.firingStrength(0), 1e-12);
        assertEquals(0.5 * (or == Or.MAX ? 0.5 : 0.7), r.firingStrength(1), 1e-12);
        assertEquals(0.6, r.firingStrength(2), 1e-12);
      }
    }
  }

  @Test
  void sugenoZeroAndFirstOrder() {
    LinguisticVariable x = LinguisticVariable.of("x", 0, 10,
        Term.of("low", tri(0, 0, 10)),
        Term.of("high", tri(0, 10, 10)));
    FuzzySystem first = FuzzySystem.builder().input(x)
        .sugenoOutput("z", SugenoTerm.linear("rising", 1, 2), SugenoTerm.linear("falling", 10, -1))
        .rule(Condition.is("x", "low"), "z", "rising")
        .rule(Condition.is("x", "high"), "z", "falling")
        .build();
    // x = 4: weights 0.6 and 0.4, consequents 1 + 2*4 = 9 and 10 - 4 = 6.
    assertEquals(0.6 * 9 + 0.4 * 6, first.evaluate(4.0).output("z"), 1e-12);
    FuzzySystem zero = FuzzySystem.builder().input(x)
        .sugenoOutput("z", SugenoTerm.constant("small", 2), SugenoTerm.constant("big", 8))
        .rule(Condition.is("x", "low"), "z", "small")
        .rule(Condition.is("x", "high"), "z", "big")
        .build();
    assertEquals(0.75 * 2 + 0.25 * 8, zero.evaluate(2.5).output(0), 1e-12);
    assertEquals(1, SugenoTerm.linear("l", 0, 1).order());
    assertEquals(0, SugenoTerm.constant("c", 1).order());
  }

  @Test
  void defaultWhenNoRuleFires() {
    LinguisticVariable x = LinguisticVariable.of("x", 0, 10, Term.of("high", tri(5, 10, 10)));
    LinguisticVariable y = LinguisticVariable.of("y", 0, 1, Term.of("t", tri(0, 1, 1)));
    FuzzySystem s = FuzzySystem.builder().input(x)
        .output(y, Defuzzification.centroid().withDefault(0.25))
        .rule(Condition.is("x", "high"), "y", "t").build();
    FuzzyResult r = s.evaluate(1.0);
    assertTrue(r.isDefault(0));
    assertEquals(0.25, r.output(0), 0);
    assertEquals(0, r.firedCount());
    assertTrue(r.explain().contains("default"));
    FuzzySystem none = FuzzySystem.builder().input(x).output(y, Defuzzification.centroid())
        .rule(Condition.is("x", "high"), "y", "t").build();
    assertTrue(Double.isNaN(none.evaluate(1.0).output(0)));
    assertFalse(none.evaluate(9.0).isDefault(0));
  }

  @Test
  void inputsAreClampedAndValidated() {
    FuzzyEvaluator e = nineRules(InferenceOptions.mamdani(), Defuzzification.centroid()).evaluator();
    double atMax = e.evaluate(new double[] {10, 10}).output(0);
    assertEquals(atMax, e.evaluate(new double[] {25, 1e9}).output(0), 0);
    assertEquals(100.0 - 25.0 / 3.0, atMax, 0.05, "veryHigh right shoulder's centroid");
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> e.evaluate(new double[] {Double.NaN, 1}));
    assertEquals("input x must be finite, was NaN", nan.getMessage());
    assertThrows(IllegalArgumentException.class, () -> e.evaluate(new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> e.evaluate(new double[] {1, 1},
        FuzzyResult.of(nineRules(InferenceOptions.mamdani(), Defuzzification.centroid()))));
  }

  @Test
  void resultsAreReusedAndCopiable() {
    FuzzySystem s = nineRules(InferenceOptions.mamdani(), Defuzzification.centroid());
    FuzzyEvaluator e = s.evaluator();
    FuzzyResult first = e.evaluate(new double[] {2, 3});
    FuzzyResult kept = first.copy();
    FuzzyResult second = e.evaluate(new double[] {8, 9});
    assertTrue(first == second, "the evaluator's own result is reused");
    assertNotSame(first, kept);
    assertTrue(kept.output(0) < second.output(0));
    FuzzyResult mine = FuzzyResult.of(s);
    e.evaluate(new double[] {2, 3}, mine);
    assertEquals(kept.output(0), mine.output(0), 0);
    FuzzyInputs in = s.newInputs().set("y", 3).set(0, 2);
    assertEquals(kept.output(0), e.evaluate(in).output("z"), 0);
    List<FuzzyResult.FiredRule> fired = kept.firedRules();
    assertEquals(4, fired.size(), "two terms of each input are active");
    assertTrue(fired.get(0).strength() >= fired.get(1).strength());
  }

  /**
   * Evaluation allocates nothing once warmed up: the thread's allocated-byte counter
   * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}) does not move over 20,000
   * evaluations, for Mamdani with either integration and for Sugeno. The bound of 1 KiB only absorbs the
   * JVM's own occasional bookkeeping; any per-evaluation allocation would cost at least 16 bytes x
   * 20,000.
   */
  @Test
  void evaluationAllocatesNothingAfterWarmUp() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (!(bean instanceof com.sun.management.ThreadMXBean)) {
      return;
    }
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
    long tid = Thread.currentThread().getId();
    FuzzySystem sugeno = FuzzySystem.builder().input(threeTerms("x"))
        .sugenoOutput("z", SugenoTerm.linear("a", 1, 2), SugenoTerm.constant("b", 3))
        .rule(Condition.is("x", "low"), "z", "a")
        .rule(Condition.is("x", "high").or("x", "mid"), "z", "b")
        .build();
    List<FuzzySystem> systems = List.of(
        nineRules(InferenceOptions.mamdani(), Defuzzification.centroid()),
        nineRules(InferenceOptions.of(And.PRODUCT, Or.PROBABILISTIC_SUM, Implication.PRODUCT,
            Aggregation.BOUNDED_SUM), Defuzzification.of(Method.BISECTOR)),
        nineRules(InferenceOptions.mamdani(), Defuzzification.centroid()
            .withIntegration(Integration.PIECEWISE_LINEAR)),
        sugeno);
    for (FuzzySystem s : systems) {
      FuzzyEvaluator e = s.evaluator();
      double[] in = new double[s.inputs().size()];
      double sink = 0;
      for (int i = 0; i < 30_000; i++) {
        sink += evaluateAt(e, in, i);
      }
      long before = mx.getThreadAllocatedBytes(tid);
      for (int i = 0; i < 20_000; i++) {
        sink += evaluateAt(e, in, i);
      }
      long allocated = mx.getThreadAllocatedBytes(tid) - before;
      assertTrue(allocated <= 1024, s.options() + ": allocated " + allocated + " bytes");
      assertTrue(sink > 0);
    }
  }

  private static double evaluateAt(FuzzyEvaluator e, double[] in, int i) {
    for (int k = 0; k < in.length; k++) {
      in[k] = ((i * (k + 7)) % 1000) / 100.0;
    }
    return e.evaluate(in).output(0);
  }
}
