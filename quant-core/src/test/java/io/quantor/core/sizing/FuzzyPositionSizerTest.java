package io.quantor.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.fuzzy.FuzzyResult;
import io.quantor.core.regime.TrendRegime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fuzzy sizer with its default rule base on hand-computed cases (every input on a term's plateau or
 * halfway between two terms), its explanation, missing inputs, and a replacement rule base.
 */
class FuzzyPositionSizerTest {

  private static final FuzzyPositionSizer SIZER = FuzzyPositionSizer.withDefaultRules(0.10);

  private static SizingRequest.Builder request(double signal) {
    return SizingRequest.builder("XYZ").price(50).signal(signal).equity(100_000).availableCapital(100_000);
  }

  @Test
  void fullSizeWhenEverythingAgrees() {
    // confidence 0.9 is fully high, IV rank 0.1 and volatility 0.05 fully low, long in BULL aligned:
    // vol3, iv3 and trend3 fire with strength 1 and all say full.
    SizingResult r = SIZER.size(request(0.9).ivRank(0.1).realizedVolatility(0.05)
        .regime(TrendRegime.BULL).build());
    assertEquals(200.0, r.quantity(), 1e-9, "1 x 0.10 x 100000 / 50");
    assertEquals(SizingConstraint.NONE, r.binding());
    List<String> lines = r.explanation();
    assertTrue(lines.contains(
        "fired vol3 (1): IF confidence IS high AND volatility IS low THEN fraction IS full"), r.explain());
    assertTrue(lines.contains("fired iv3 (1): IF confidence IS high AND ivRank IS low THEN fraction IS full"),
        r.explain());
    assertTrue(lines.contains(
        "fired trend3 (1): IF confidence IS high AND trend IS aligned THEN fraction IS full"), r.explain());
    assertEquals(3, lines.stream().filter(l -> l.startsWith("fired ")).count(), r.explain());
  }

  @Test
  void halfwayConfidenceInAQuietSidewaysMarket() {
    // confidence 0.65: medium 0.5, high 0.5; volatility 0.25, IV rank 0.5 and a SIDEWAYS regime are
    // fully normal / neutral. Each table gives 0.5 * half + 0.5 * threeQuarters = 0.625.
    FuzzyPositionSizer.Evaluation e = SIZER.evaluate(0.65, 0.5, 0.25, 0);
    assertEquals(0.625, e.fraction(), 1e-12);
    assertEquals(6, e.result().firedCount());
    SizingResult r = SIZER.size(request(-0.65).ivRank(0.5).realizedVolatility(0.25)
        .regime(TrendRegime.SIDEWAYS).build());
    assertEquals(-125.0, r.quantity(), 1e-9, "short 0.625 x 0.10 x 100000 / 50");
    assertTrue(r.explain().contains("trend 0 (direction -1 in SIDEWAYS)"), r.explain());
  }

  @Test
  void againstTheTrendIsCut() {
    // Long in BEAR: trend -1 (against): (full + full + quarter) / 3 at full confidence, low vol and rank.
    assertEquals(0.75, SIZER.evaluate(1, 0, 0, -1).fraction(), 1e-12);
    // Short in BEAR is with the trend.
    SizingResult shortInBear = SIZER.size(request(-1).ivRank(0).realizedVolatility(0.05)
        .regime(TrendRegime.BEAR).build());
    assertEquals(-200.0, shortInBear.quantity(), 1e-9);
  }

  @Test
  void lowConfidenceIsFlatAndZeroSignalTradesNothing() {
    assertEquals(0.0, SIZER.evaluate(0.1, 0, 0, 1).fraction(), 0);
    SizingResult zero = SIZER.size(request(0).ivRank(0.3).realizedVolatility(0.2)
        .regime(TrendRegime.BULL).currentPosition(40).build());
    assertEquals(0.0, zero.quantity(), 0);
    assertEquals(-40.0, zero.orderQuantity(), 0);
  }

  @Test
  void missingInputsGiveAZeroPosition() {
    SizingResult noRank = SIZER.size(request(0.8).realizedVolatility(0.2).regime(TrendRegime.BULL).build());
    assertEquals(SizingConstraint.MISSING_INPUT, noRank.binding());
    assertTrue(noRank.explain().contains("missing input ivRank"), noRank.explain());
    SizingResult noVol = SIZER.size(request(0.8).ivRank(0.2).regime(TrendRegime.BULL).build());
    assertTrue(noVol.explain().contains("missing input realizedVolatility"), noVol.explain());
    SizingResult noRegime = SIZER.size(request(0.8).ivRank(0.2).realizedVolatility(0.2).build());
    assertEquals(SizingConstraint.MISSING_INPUT, noRegime.binding());
    assertTrue(noRegime.explain().contains("missing input regime"), noRegime.explain());
  }

  @Test
  void limitsStillApply() {
    SizingResult r = SIZER.size(request(0.9).ivRank(0.1).realizedVolatility(0.05).regime(TrendRegime.BULL)
        .maxQuantity(150).build());
    assertEquals(150.0, r.quantity(), 0);
    assertEquals(SizingConstraint.MAX_POSITION, r.binding());
  }

  @Test
  void aReplacementRuleBaseInFcl() {
    String fcl = String.join("\n",
        "FUNCTION_BLOCK confidenceOnly",
        "VAR_INPUT confidence : REAL; ivRank : REAL; volatility : REAL; trend : REAL; END_VAR",
        "VAR_OUTPUT fraction : REAL; END_VAR",
        "FUZZIFY confidence TERM weak := TRIAN 0 0 1; TERM strong := TRIAN 0 1 1; END_FUZZIFY",
        "FUZZIFY ivRank TERM any := TRAPE 0 0 1 1; END_FUZZIFY",
        "FUZZIFY volatility TERM any := TRAPE 0 0 1 1; END_FUZZIFY",
        "FUZZIFY trend TERM any := TRAPE -1 -1 1 1; END_FUZZIFY",
        "DEFUZZIFY fraction TERM none := 0; TERM all := 1; METHOD : COGS; END_DEFUZZIFY",
        "RULEBLOCK r",
        "  RULE 1 : IF confidence IS weak THEN fraction IS none;",
        "  RULE 2 : IF confidence IS strong THEN fraction IS all;",
        "END_RULEBLOCK",
        "END_FUNCTION_BLOCK");
    FuzzyPositionSizer custom = FuzzyPositionSizer.fromFcl(fcl, 0.2);
    assertEquals(0.4, custom.evaluate(0.4, 0.9, 0.9, -1).fraction(), 1e-12);
    SizingResult r = custom.size(request(0.5).ivRank(0.9).realizedVolatility(0.9).regime(TrendRegime.BEAR)
        .build());
    assertEquals(200.0, r.quantity(), 1e-9, "0.5 x 0.2 x 100000 / 50");
  }

  @Test
  void rejectsRuleBasesWithoutTheExpectedNamesAndBadBudgets() {
    String wrong = FuzzyPositionSizer.defaultRules().replace("trend", "momentum");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FuzzyPositionSizer.fromFcl(wrong, 0.1));
    assertEquals("system must have an input named 'trend'", e.getMessage());
    assertEquals("budget must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> FuzzyPositionSizer.withDefaultRules(0))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> SIZER.evaluate(1.5, 0, 0, 0));
  }

  @Test
  void defaultRuleBaseIsTheDocumentedFcl() {
    String text = FuzzyPositionSizer.defaultRules();
    assertTrue(text.contains("FUNCTION_BLOCK defaultSizer"));
    assertEquals(27, SIZER.system().rules().size());
    FuzzyResult r = SIZER.evaluate(0.65, 0.5, 0.25, 0).result();
    assertTrue(r.firedRules().stream().allMatch(f -> f.strength() > 0));
  }
}
