package io.quantor.core.fuzzy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.fuzzy.Defuzzification.Grid;
import io.quantor.core.fuzzy.Defuzzification.Integration;
import io.quantor.core.fuzzy.Defuzzification.Method;
import io.quantor.core.fuzzy.InferenceOptions.Aggregation;
import io.quantor.core.fuzzy.InferenceOptions.And;
import io.quantor.core.fuzzy.InferenceOptions.Implication;
import io.quantor.core.fuzzy.InferenceOptions.Or;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of inference: Mamdani outputs stay in their universe (for every operator, defuzzifier and
 * integration, inputs inside or outside their universes), the monotone 9-rule base gives an output
 * that never falls when an input rises, firing strengths are degrees, Sugeno outputs lie between their
 * consequents, and the FCL parser fails on arbitrary text only with {@link FclParseException}.
 */
class FuzzyProperties {

  private static Defuzzification defuzz(Method m, Integration integration, int points) {
    return new Defuzzification(m, points, Grid.INCLUSIVE, integration, Double.NaN);
  }

  @Property(tries = 200)
  void mamdaniOutputStaysInItsUniverse(@ForAll @DoubleRange(min = -5, max = 15) double x,
      @ForAll @DoubleRange(min = -5, max = 15) double y, @ForAll And and, @ForAll Or or,
      @ForAll Implication implication, @ForAll Aggregation aggregation, @ForAll Method method,
      @ForAll Integration integration, @ForAll @IntRange(min = 2, max = 300) int points) {
    FuzzySystem s = FuzzyEvaluatorTest.nineRules(InferenceOptions.of(and, or, implication, aggregation),
        defuzz(method, integration, points));
    FuzzyResult r = s.evaluator().evaluate(new double[] {x, y});
    double z = r.output(0);
    if (r.isDefault(0)) {
      // Only possible when the fired terms miss every grid point of a very coarse grid.
      assertTrue(points < 5, "defaulted with " + points + " points");
    } else {
      assertTrue(z >= 0 && z <= 100, "output " + z);
    }
    for (int i = 0; i < r.ruleCount(); i++) {
      assertTrue(r.firingStrength(i) >= 0 && r.firingStrength(i) <= 1, "strength " + r.firingStrength(i));
    }
  }

  /**
   * The 9-rule base is monotone (rule (i, j) concludes term i + j, terms ordered along the output), so
   * raising one input never lowers the centroid, for each operator combination. Tolerance 1e-9.
   */
  @Property(tries = 200)
  void monotoneRuleBaseGivesMonotoneCentroid(@ForAll @DoubleRange(min = 0, max = 10) double a,
      @ForAll @DoubleRange(min = 0, max = 10) double b, @ForAll @DoubleRange(min = 0, max = 10) double y,
      @ForAll And and, @ForAll Implication implication, @ForAll Aggregation aggregation,
      @ForAll Integration integration, @ForAll boolean swap) {
    FuzzySystem s = FuzzyEvaluatorTest.nineRules(InferenceOptions.of(and, Or.MAX, implication, aggregation),
        defuzz(Method.CENTROID, integration, 1001));
    FuzzyEvaluator e = s.evaluator();
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    double zLo = e.evaluate(swap ? new double[] {y, lo} : new double[] {lo, y}).output(0);
    double zHi = e.evaluate(swap ? new double[] {y, hi} : new double[] {hi, y}).output(0);
    assertTrue(zLo <= zHi + 1e-9, zLo + " at " + lo + " > " + zHi + " at " + hi);
  }

  @Property(tries = 200)
  void sugenoOutputLiesBetweenTheFiredConsequents(@ForAll @DoubleRange(min = 0, max = 10) double x,
      @ForAll @DoubleRange(min = -3, max = 3) double c0, @ForAll @DoubleRange(min = -3, max = 3) double c1,
      @ForAll @DoubleRange(min = -3, max = 3) double c2, @ForAll @DoubleRange(min = 0, max = 1) double w) {
    FuzzySystem s = FuzzySystem.builder().input(FuzzyEvaluatorTest.threeTerms("x"))
        .sugenoOutput("z", SugenoTerm.constant("a", c0), SugenoTerm.linear("b", c1, 0.1),
            SugenoTerm.constant("c", c2))
        .rule(Rule.of("1", Condition.is("x", "low"), "z", "a"))
        .rule(Rule.of("2", Condition.is("x", "mid"), "z", "b").withWeight(w))
        .rule(Rule.of("3", Condition.is("x", "high"), "z", "c"))
        .build();
    FuzzyResult r = s.evaluate(x);
    double[] z = {c0, c1 + 0.1 * x, c2};
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < 3; i++) {
      if (r.firingStrength(i) > 0) {
        min = Math.min(min, z[i]);
        max = Math.max(max, z[i]);
      }
    }
    assertFalse(r.isDefault(0));
    assertTrue(r.output(0) >= min - 1e-12 && r.output(0) <= max + 1e-12, r.output(0) + " not in ["
        + min + ", " + max + "]");
  }

  @Provide
  Arbitrary<String> fclSoup() {
    List<String> words = List.of("FUNCTION_BLOCK", "END_FUNCTION_BLOCK", "VAR_INPUT", "VAR_OUTPUT",
        "END_VAR", "REAL", "FUZZIFY", "END_FUZZIFY", "DEFUZZIFY", "END_DEFUZZIFY", "TERM", "RANGE",
        "METHOD", "COG", "COGS", "DEFAULT", "NC", "RULEBLOCK", "END_RULEBLOCK", "AND", "OR", "NOT", "ACT",
        "ACCU", "MIN", "MAX", "PROD", "RULE", "IF", "THEN", "IS", "WITH", "TRIAN", "TRAPE", "GAUSS",
        "GBELL", "SIGM", "x", "y", "t", "u", ":=", ":", ";", ",", "(", ")", "..", "0", "1", "0.5", "-2",
        "1e9", "(*", "*)", "//", "\n", "#", "/*");
    return Arbitraries.of(words).list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 200)
  void parserFailsOnlyWithParseExceptions(@ForAll("fclSoup") String text) {
    try {
      FuzzySystem s = FclParser.parse(text);
      assertTrue(s.rules().size() > 0);
    } catch (FclParseException e) {
      assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
    }
  }

  @Property(tries = 100)
  void parserRejectsEveryTruncationOfAValidFile(@ForAll @IntRange(min = 0, max = 1400) int cut) {
    String text = FclParserTest.WEB_TIPPER;
    String prefix = text.substring(0, Math.min(cut, text.length() - "END_FUNCTION_BLOCK".length()));
    try {
      FclParser.parse(prefix);
      throw new AssertionError("a truncated file parsed: " + prefix.length() + " characters");
    } catch (FclParseException expected) {
      assertTrue(expected.line() >= 1);
    }
  }
}
