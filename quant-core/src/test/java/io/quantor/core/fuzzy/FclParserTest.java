package io.quantor.core.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.fuzzy.Defuzzification.Method;
import io.quantor.core.fuzzy.InferenceOptions.Aggregation;
import io.quantor.core.fuzzy.InferenceOptions.And;
import io.quantor.core.fuzzy.InferenceOptions.Implication;
import io.quantor.core.fuzzy.InferenceOptions.Or;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FCL parsing: jFuzzyLogic's published tipper.fcl (verbatim, test resource) and the point-list version of
 * its web page, the features a file may use, and errors that name the line, the column and the token.
 */
class FclParserTest {

  /** The tipper as printed on https://jfuzzylogic.sourceforge.net/html/example_fcl.html (point lists). */
  static final String WEB_TIPPER = String.join("\n",
      "// Block definition (there may be more than one block per file)",
      "FUNCTION_BLOCK tipper",
      "// Define input variables",
      "VAR_INPUT",
      "service : REAL;",
      "food : REAL;",
      "END_VAR",
      "// Define output variable",
      "VAR_OUTPUT",
      "tip : REAL;",
      "END_VAR",
      "// Fuzzify input variable 'service'",
      "FUZZIFY service",
      "TERM poor := (0, 1) (4, 0) ;",
      "TERM good := (1, 0) (4,1) (6,1) (9,0);",
      "TERM excellent := (6, 0) (9, 1);",
      "END_FUZZIFY",
      "// Fuzzify input variable 'food'",
      "FUZZIFY food",
      "TERM rancid := (0, 1) (1, 1) (3,0) ;",
      "TERM delicious := (7,0) (9,1);",
      "END_FUZZIFY",
      "// Defzzzify output variable 'tip'",
      "DEFUZZIFY tip",
      "TERM cheap := (0,0) (5,1) (10,0);",
      "TERM average := (10,0) (15,1) (20,0);",
      "TERM generous := (20,0) (25,1) (30,0);",
      "// Use 'Center Of Gravity' defuzzification method",
      "METHOD : COG;",
      "// Default value is 0 (if no rule activates defuzzifier)",
      "DEFAULT := 0;",
      "END_DEFUZZIFY",
      "RULEBLOCK No1",
      "// Use 'min' for 'and' (also implicit use 'max'",
      "// for 'or' to fulfill DeMorgan's Law)",
      "AND : MIN;",
      "// Use 'min' activation method",
      "ACT : MIN;",
      "// Use 'max' accumulation method",
      "ACCU : MAX;",
      "RULE 1 : IF service IS poor OR food IS rancid",
      "THEN tip IS cheap;",
      "RULE 2 : IF service IS good",
      "THEN tip IS average;",
      "RULE 3 : IF service IS excellent AND food IS delicious",
      "THEN tip is generous;",
      "END_RULEBLOCK",
      "END_FUNCTION_BLOCK");

  @Test
  void readsJFuzzyLogicsTipperAsPublished() throws IOException {
    FuzzySystem s = FclParser.parse(FuzzyTippingReferenceTest.resource("jfuzzylogic-tipper.fcl"));
    assertEquals("tipper", s.name());
    assertEquals(2, s.inputs().size());
    LinguisticVariable service = s.inputs().get(0);
    assertEquals("service", service.name());
    assertEquals(0.0, service.min(), 0);
    assertEquals(10.0, service.max(), 0);
    assertEquals(MembershipFunction.triangular(0, 0, 4), service.terms().get(0).function());
    assertEquals(MembershipFunction.trapezoidal(1, 4, 6, 9), service.terms().get(1).function());
    LinguisticVariable food = s.inputs().get(1);
    assertEquals(MembershipFunction.piecewiseLinear(new double[] {7, 9}, new double[] {0, 1}),
        food.terms().get(1).function());
    OutputVariable.Mamdani tip = assertInstanceOf(OutputVariable.Mamdani.class, s.outputs().get(0));
    assertEquals(0.0, tip.variable().min(), 0);
    assertEquals(30.0, tip.variable().max(), 0, "universe estimated from the terms");
    assertEquals(Defuzzification.jFuzzyLogic(Method.CENTROID).withDefault(0), tip.defuzzification());
    assertEquals(InferenceOptions.mamdani(), s.options());
    assertEquals(3, s.rules().size());
    assertEquals("RULE 1 : IF service IS poor OR food IS rancid THEN tip IS cheap",
        s.rules().get(0).toString());
    assertEquals("IF service IS excellent AND food IS delicious THEN tip IS generous",
        s.rules().get(2).text());
  }

  @Test
  void webPagePointListsGiveTheSameTipsAsTrianAndTrape() throws IOException {
    FuzzyEvaluator shapes = FclParser.parse(FuzzyTippingReferenceTest.resource("jfuzzylogic-tipper.fcl"))
        .evaluator();
    FuzzyEvaluator points = FclParser.parse(WEB_TIPPER).evaluator();
    for (double service = 0; service <= 10; service += 0.5) {
      for (double food = 0; food <= 10; food += 0.5) {
        double[] in = {service, food};
        assertEquals(shapes.evaluate(in).output(0), points.evaluate(in).output(0), 1e-9,
            service + ", " + food);
      }
    }
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tipper.fcl");
    Files.writeString(file, WEB_TIPPER);
    assertEquals(11.701603788948043, FclParser.parse(file).evaluate(3, 7).output("tip"), 1e-3);
  }

  @Test
  void readsSugenoWeightsNegationsRangesAndOperators() {
    String fcl = String.join("\n",
        "(* IEC style comment *) function_block demo",
        "var_input a : real; b : REAL; END_VAR",
        "VAR_OUTPUT out : REAL; END_VAR",
        "FUZZIFY a TERM lo := TRIAN 0 0 1; TERM hi := TRIAN 0 1 1; RANGE := (0 .. 1); END_FUZZIFY",
        "FUZZIFY b TERM lo := GAUSS 0 0.5; TERM hi := SIGM 10 0.5; TERM mid := GBELL 0.2 2 0.6;",
        "  RANGE := (0..1); END_FUZZIFY",
        "DEFUZZIFY out TERM small := 1; TERM big := 3.5e0; METHOD : COGS; DEFAULT := NC; END_DEFUZZIFY",
        "RULEBLOCK r AND : PROD; ACT : PROD; ACCU : BSUM;",
        "  RULE one : IF a IS lo AND NOT (b IS hi OR b IS mid) THEN out IS small WITH 0.5;",
        "  RULE two : IF (a IS hi) AND b IS NOT lo THEN out IS big;",
        "END_RULEBLOCK",
        "END_FUNCTION_BLOCK");
    FuzzySystem s = FclParser.parse(fcl);
    assertEquals(InferenceOptions.of(And.PRODUCT, Or.PROBABILISTIC_SUM, Implication.PRODUCT,
        Aggregation.BOUNDED_SUM), s.options(), "AND PROD implies OR ASUM");
    OutputVariable.Sugeno out = assertInstanceOf(OutputVariable.Sugeno.class, s.outputs().get(0));
    assertEquals(3.5, out.terms().get(1).constant(), 0);
    assertTrue(Double.isNaN(out.defaultValue()));
    assertEquals(0.5, s.rules().get(0).weight(), 0);
    assertEquals("IF a IS lo AND NOT (b IS hi OR b IS mid) THEN out IS small WITH 0.5",
        s.rules().get(0).text());
    assertEquals("IF a IS hi AND b IS NOT lo THEN out IS big", s.rules().get(1).text());
    FuzzyResult r = s.evaluate(0.25, 0.5);
    double hi = 0.5;
    double mid = 1.0 / 1.0625;
    double notLo = 1 - Math.exp(-0.5);
    double one = 0.5 * 0.75 * (1 - (hi + mid - hi * mid));
    double two = 0.25 * notLo;
    assertEquals(one, r.firingStrength(0), 1e-12);
    assertEquals(two, r.firingStrength(1), 1e-12);
    assertEquals((one * 1 + two * 3.5) / (one + two), r.output(0), 1e-12);
  }

  private static FclParseException fails(String fcl) {
    return assertThrows(FclParseException.class, () -> FclParser.parse(fcl, "bad.fcl"));
  }

  private static String tipperWith(String from, String to) {
    String changed = WEB_TIPPER.replace(from, to);
    assertTrue(!changed.equals(WEB_TIPPER), "test setup: '" + from + "' not found");
    return changed;
  }

  private static void assertAt(FclParseException e, int line, String token) {
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(token, e.token(), e.getMessage());
    assertTrue(e.getMessage().startsWith("bad.fcl line " + line + ", column " + e.column() + ", at '" + token
        + "': "), e.getMessage());
  }

  @Test
  void missingSemicolonNamesTheNextToken() {
    FclParseException e = fails(tipperWith("TERM poor := (0, 1) (4, 0) ;", "TERM poor := (0, 1) (4, 0)"));
    assertAt(e, 15, "TERM");
    assertEquals(1, e.column());
    assertTrue(e.getMessage().endsWith("expected ';'"), e.getMessage());
  }

  @Test
  void unknownTermInARule() {
    FclParseException e = fails(tipperWith("IF service IS good", "IF service IS great"));
    assertAt(e, 43, "great");
    assertTrue(e.getMessage().contains("input 'service' has no term 'great'"), e.getMessage());
  }

  @Test
  void unknownVariableAndOutputTerm() {
    assertAt(fails(tipperWith("OR food IS rancid", "OR drink IS rancid")), 41, "drink");
    assertAt(fails(tipperWith("THEN tip IS average", "THEN tip IS lavish")), 44, "lavish");
    assertAt(fails(tipperWith("THEN tip IS average", "THEN service IS good")), 44, "service");
  }

  @Test
  void unsupportedMethodOperatorAndShape() {
    assertAt(fails(tipperWith("METHOD : COG;", "METHOD : XYZ;")), 29, "XYZ");
    assertAt(fails(tipperWith("ACCU : MAX;", "ACCU : NSUM;")), 40, "NSUM");
    assertAt(fails(tipperWith("TERM cheap := (0,0) (5,1) (10,0);", "TERM cheap := CIRCLE 5;")), 25, "CIRCLE");
    FclParseException order =
        fails(tipperWith("TERM cheap := (0,0) (5,1) (10,0);", "TERM cheap := TRIAN 5 3 1;"));
    assertAt(order, 25, "TRIAN");
    assertTrue(order.getMessage().contains("non-decreasing"), order.getMessage());
  }

  @Test
  void structuralErrors() {
    assertAt(fails(tipperWith("FUZZIFY food", "FUZZIFY drink")), 19, "drink");
    assertAt(fails(tipperWith("END_FUNCTION_BLOCK", "")), 48, "end of input");
    assertAt(fails(tipperWith("food : REAL;", "food : INT;")), 6, "INT");
    assertAt(fails(tipperWith("TERM rancid", "# TERM rancid")), 20, "#");
    assertAt(fails(tipperWith("FUNCTION_BLOCK tipper", "FUNCTION_BLOCK tipper /* open")), 2, "/*");
    assertAt(fails(tipperWith("RULE 2 : IF", "RULE 1 : IF")), 43, "1");
    // An input declared without a FUZZIFY block is reported at its declaration.
    assertAt(fails(tipperWith("food : REAL;", "food : REAL; drink : REAL;")), 6, "drink");
  }

  @Test
  void everyErrorIsAParseExceptionWithItsPosition() {
    String[] broken = {"", "FUNCTION_BLOCK", "FUNCTION_BLOCK x END_FUNCTION_BLOCK", "RULE", "(* never closed",
        "FUNCTION_BLOCK x VAR_INPUT a : REAL; END_VAR FUZZIFY a TERM t := (1, 2) (3, 4); END_FUZZIFY"};
    for (String text : broken) {
      FclParseException e = assertThrows(FclParseException.class, () -> FclParser.parse(text), text);
      assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
    }
  }
}
