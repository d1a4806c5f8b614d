package io.quantor.core.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.fuzzy.Defuzzification.Grid;
import io.quantor.core.fuzzy.Defuzzification.Integration;
import io.quantor.core.fuzzy.Defuzzification.Method;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classic tipping problem against the two published implementations, tolerance 1e-3 (absolute, in
 * tip percentage points).
 *
 * <p><b>scikit-fuzzy.</b> "Fuzzy Control Systems: The Tipping Problem",
 * https://pythonhosted.org/scikit-fuzzy/auto_examples/plot_tipping_problem_newapi.html (source
 * scikit-fuzzy/scikit-fuzzy, docs/examples/plot_tipping_problem_newapi.py): quality and service on
 * {@code np.arange(0, 11, 1)} with {@code automf(3)} (poor {@code trimf [0, 0, 5]}, average
 * {@code [0, 5, 10]}, good {@code [5, 10, 10]}), tip on {@code np.arange(0, 26, 1)} with low
 * {@code [0, 0, 13]}, medium {@code [0, 13, 25]}, high {@code [13, 25, 25]}; rules poor|poor -> low,
 * average service -> medium, good|good -> high; centroid. For quality 6.5 and service 9.8 the page prints
 * the tip and states "The resulting suggested tip is **19.84%**" (two decimals, truncated). The full value
 * the example prints is 19.847607361963192, as recorded by a port of scikit-fuzzy 0.5.0's control
 * system whose tests compare against scikit-fuzzy itself (github.com/lee101/mojo-scikit-fuzzy, README.md:
 * {@code print(simulation.output["tip"])  # 19.847607361963192});
 * scikit-fuzzy's own test (skfuzzy/control/tests/test_controlsystem.py, test_tipping_problem) asserts
 * 19.8578 with atol and rtol 1e-2. Reproducing it needs scikit-fuzzy's defuzzification: the 26 grid
 * points integrated as straight lines, with the points where each term crosses its activation level
 * inserted ({@link Integration#PIECEWISE_LINEAR}).
 *
 * <p><b>jFuzzyLogic.</b> The FCL file pcingola/jFuzzyLogic tests/tipper.fcl (the tipper of
 * https://jfuzzylogic.sourceforge.net/html/example_fcl.html, which evaluates it at service 3, food 7),
 * evaluated by jFuzzyLogic on the 11 x 11 integer grid in tests/tipper.txt (its TestCaseTipper asserts
 * these with EPSILON = 0.001). Copied into test resource {@code jfuzzylogic-tipper.txt}; the FCL text,
 * verbatim, in {@code jfuzzylogic-tipper.fcl}. jFuzzyLogic's defaults: universe estimated from the terms
 * ([0, 30] for tip), COG over 1000 half-open points as sample sums, DEFAULT 0 when no rule fires (service
 * 9 or 10 with food 3..7).
 */
class FuzzyTippingReferenceTest {

  private static final double TOLERANCE = 1e-3;

  static FuzzySystem scikitFuzzyTipper() {
    LinguisticVariable quality = automf3("quality");
    LinguisticVariable service = automf3("service");
    LinguisticVariable tip = LinguisticVariable.builder("tip", 0, 25)
        .term("low", MembershipFunction.triangular(0, 0, 13))
        .term("medium", MembershipFunction.triangular(0, 13, 25))
        .term("high", MembershipFunction.triangular(13, 25, 25))
        .build();
    return FuzzySystem.builder()
        .name("tipping")
        .input(quality)
        .input(service)
        .output(tip, new Defuzzification(Method.CENTROID, 26, Grid.INCLUSIVE, Integration.PIECEWISE_LINEAR,
            Double.NaN))
        .rule(Condition.is("quality", "poor").or("service", "poor"), "tip", "low")
        .rule(Condition.is("service", "average"), "tip", "medium")
        .rule(Condition.is("service", "good").or("quality", "good"), "tip", "high")
        .build();
  }

  private static LinguisticVariable automf3(String name) {
    return LinguisticVariable.builder(name, 0, 10)
        .term("poor", MembershipFunction.triangular(0, 0, 5))
        .term("average", MembershipFunction.triangular(0, 5, 10))
        .term("good", MembershipFunction.triangular(5, 10, 10))
        .build();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = FuzzyTippingReferenceTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void scikitFuzzyTippingProblemAtQuality65Service98() {
    FuzzyResult r = scikitFuzzyTipper().evaluator().evaluate(new double[] {6.5, 9.8});
    double tip = r.output("tip");
    assertEquals(19.847607361963192, tip, TOLERANCE);
    assertEquals(19.84, Math.floor(tip * 100) / 100, 1e-12, "documented 19.84% (two decimals)");
    assertEquals(19.8578, tip, 1e-2 + 1e-2 * 19.8578, "scikit-fuzzy's own test bound");
    assertFalse(r.isDefault(0));
    // The explanation: rule 1 does not fire; average service 0.04 and good service 0.96 do.
    assertEquals(0.0, r.firingStrength(0), 1e-12);
    assertEquals(0.04, r.firingStrength(1), 1e-12);
    assertEquals(0.96, r.firingStrength(2), 1e-12);
    assertEquals("3", r.firedRules().get(0).rule().label());
  }

  @Test
  void sampleSumsOnTheCoarseGridDoNotReproduceScikitFuzzy() {
    // Why PIECEWISE_LINEAR matters: the same system with point-mass sums lands elsewhere.
    FuzzySystem s = scikitFuzzyTipper();
    FuzzySystem sums = new FuzzySystem(s.name(), s.inputs(), List.of(new OutputVariable.Mamdani(
        ((OutputVariable.Mamdani) s.outputs().get(0)).variable(),
        new Defuzzification(Method.CENTROID, 26, Grid.INCLUSIVE, Integration.SAMPLE_SUM, Double.NaN))),
        s.rules(), s.options());
    double tip = sums.evaluate(6.5, 9.8).output(0);
    assertTrue(Math.abs(tip - 19.847607361963192) > 0.1, "sample sums gave " + tip);
  }

  @Test
  void jFuzzyLogicTipperFclOverItsPublishedGrid() throws IOException {
    FuzzySystem tipper = FclParser.parse(resource("jfuzzylogic-tipper.fcl"), "jfuzzylogic-tipper.fcl");
    FuzzyEvaluator evaluator = tipper.evaluator();
    List<double[]> rows = new ArrayList<>();
    for (String line : resource("jfuzzylogic-tipper.txt").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] cells = line.trim().split("\\s+");
        rows.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1]),
            Double.parseDouble(cells[2])});
      }
    }
    assertEquals(121, rows.size());
    double worst = 0;
    int defaults = 0;
    for (double[] row : rows) {
      FuzzyResult r = evaluator.evaluate(new double[] {row[0], row[1]});
      double tip = r.output("tip");
      assertEquals(row[2], tip, TOLERANCE, "service " + row[0] + ", food " + row[1]);
      worst = Math.max(worst, Math.abs(row[2] - tip));
      defaults += r.isDefault(0) ? 1 : 0;
    }
    assertEquals(10, defaults, "no rule fires at service 9..10 with food 3..7: DEFAULT := 0");
    assertTrue(worst < 1e-9, "largest difference " + worst);
  }

  @Test
  void jFuzzyLogicDocumentedExampleService3Food7() throws IOException {
    FuzzySystem tipper = FclParser.parse(resource("jfuzzylogic-tipper.fcl"));
    FuzzyInputs in = tipper.newInputs().set("service", 3).set("food", 7);
    FuzzyResult r = tipper.evaluator().evaluate(in);
    assertEquals(11.701603788948043, r.output("tip"), TOLERANCE);
    // service 3 is poor to 0.25 and good to 2/3; food 7 is neither rancid nor delicious.
    assertEquals(2, r.firedCount());
    assertEquals(0.25, r.firingStrength(0), 1e-12);
    assertEquals(2.0 / 3.0, r.firingStrength(1), 1e-12);
    assertEquals(0.0, r.firingStrength(2), 1e-12);
    assertEquals("2", r.firedRules().get(0).rule().label(), "strongest first");
  }
}
