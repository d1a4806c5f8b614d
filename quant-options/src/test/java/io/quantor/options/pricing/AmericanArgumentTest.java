package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Input checking, domain limits and the expiry case of the American pricers. */
class AmericanArgumentTest {

  private static final BinomialTree CRR = BinomialTree.crr(50);
  private static final BinomialTree LR = BinomialTree.leisenReimer(51);

  @Test
  void badInputNamesParameterAndValue() {
    expect("spot must be finite and > 0, was -1.0",
        () -> BaroneAdesiWhaley.price(OptionType.PUT, -1, 100, 1, 0.05, 0, 0.2));
    expect("strike must be finite and > 0, was NaN",
        () -> BjerksundStensland.price(OptionType.CALL, 100, Double.NaN, 1, 0.05, 0, 0.2));
    expect("t must be finite and >= 0, was -0.5",
        () -> BjerksundStensland.price2002(OptionType.CALL, 100, 100, -0.5, 0.05, 0, 0.2));
    expect("r must be finite, was Infinity",
        () -> CRR.price(OptionType.PUT, ExerciseStyle.AMERICAN, 100, 100, 1, Double.POSITIVE_INFINITY, 0,
            0.2));
    expect("q must be finite, was NaN",
        () -> LR.greeks(OptionType.PUT, ExerciseStyle.AMERICAN, 100, 100, 1, 0.05, Double.NaN, 0.2));
    expect("sigma must be finite and > 0, was 0.0",
        () -> BaroneAdesiWhaley.price(OptionType.CALL, 100, 100, 1, 0.05, 0.02, 0));
    expect("type must not be null", () -> BaroneAdesiWhaley.price(null, 100, 100, 1, 0.05, 0.02, 0.2));
    expect("exercise must not be null",
        () -> CRR.price(OptionType.CALL, null, 100, 100, 1, 0.05, 0.02, 0.2));
    expect("steps must be in [2, 100000], was 1", () -> BinomialTree.crr(1));
    expect("steps must be in [2, 100000], was 100001", () -> BinomialTree.leisenReimer(100_001));
  }

  @Test
  void negativeRatesAreRejectedWhereTheApproximationsNeedThem() {
    expect("r must be >= 0 for the Barone-Adesi-Whaley approximation of an American put, was -0.01",
        () -> BaroneAdesiWhaley.price(OptionType.PUT, 100, 100, 1, -0.01, 0, 0.2));
    expect("q must be >= 0 for the Bjerksund-Stensland approximation of an American put with r > 0,"
        + " was -0.01", () -> BjerksundStensland.price(OptionType.PUT, 100, 100, 1, 0.05, -0.01, 0.2));
    // Where early exercise is never optimal the rate does not matter: the European price.
    assertEquals(BlackScholes.price(OptionType.CALL, 100, 100, 1, -0.01, 0, 0.2),
        BaroneAdesiWhaley.price(OptionType.CALL, 100, 100, 1, -0.01, 0, 0.2));
    assertEquals(BlackScholes.price(OptionType.PUT, 100, 100, 1, -0.01, 0.02, 0.2),
        BjerksundStensland.price2002(OptionType.PUT, 100, 100, 1, -0.01, 0.02, 0.2));
  }

  @Test
  void baroneAdesiWhaleyCoversTheCasesWhereQuantLibReturnsNaN() {
    // A put with r = 0 < q: no positive critical price; early exercise is never optimal.
    assertEquals(BlackScholes.price(OptionType.PUT, 100, 100, 0.5, 0.0, 0.02, 0.2),
        BaroneAdesiWhaley.price(OptionType.PUT, 100, 100, 0.5, 0.0, 0.02, 0.2));
    // q - r > 2 sigma / sqrt(T): the paper's seed lies below the strike; the iteration starts from the
    // perpetual critical price and lands within the approximation's usual error of the tree value.
    for (OptionType type : OptionType.values()) {
      double r = type == OptionType.CALL ? 0.02 : 0.19;
      double q = type == OptionType.CALL ? 0.19 : 0.02;
      double spot = type == OptionType.CALL ? 150 : 70;
      double baw = BaroneAdesiWhaley.price(type, spot, 100, 3, r, q, 0.04);
      double tree = BinomialTree.leisenReimer(801).price(type, ExerciseStyle.AMERICAN, spot, 100, 3, r, q,
          0.04);
      assertTrue(baw >= type.payoff(spot, 100), type + ": " + baw);
      assertEquals(tree, baw, 0.01 * tree, type.toString());
    }
  }

  @Test
  void bjerksundStenslandRejectsATriggerBelowTheStrike() {
    // q - r = 0.3 > 2 sigma / sqrt(T) = 0.1: h(T) > 0 puts the trigger below the strike.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BjerksundStensland.price(OptionType.CALL, 100, 100, 1, 0.0, 0.3, 0.05));
    assertTrue(e.getMessage().startsWith("Bjerksund-Stensland approximation not applicable"),
        e.getMessage());
  }

  @Test
  void crrRejectsANegativeProbability() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BinomialTree.crr(2).price(OptionType.PUT, ExerciseStyle.AMERICAN, 100, 100, 1, 0.5, 0, 0.01));
    assertTrue(e.getMessage().startsWith("Cox-Ross-Rubinstein tree has no valid probability"),
        e.getMessage());
  }

  @Test
  void atExpiryEveryPricerReturnsTheIntrinsicValue() {
    for (OptionType type : OptionType.values()) {
      for (double spot : new double[] {90, 100, 110}) {
        double intrinsic = type.payoff(spot, 100);
        assertEquals(intrinsic, BaroneAdesiWhaley.price(type, spot, 100, 0, 0.05, 0.02, 0.3));
        assertEquals(intrinsic, BjerksundStensland.price(type, spot, 100, 0, 0.05, 0.02, 0.3));
        assertEquals(intrinsic, BjerksundStensland.price2002(type, spot, 100, 0, 0.05, 0.02, 0.3));
        for (BinomialTree tree : new BinomialTree[] {CRR, LR}) {
          for (ExerciseStyle exercise : ExerciseStyle.values()) {
            assertEquals(intrinsic, tree.price(type, exercise, spot, 100, 0, 0.05, 0.02, 0.3));
            TreeGreeks g = tree.greeks(type, exercise, spot, 100, 0, 0.05, 0.02, 0.3);
            assertEquals(intrinsic, g.price());
            double slope = spot == 100 ? 0.5 * type.sign() : intrinsic > 0 ? type.sign() : 0;
            assertEquals(slope, g.delta());
            assertEquals(0, g.gamma());
            assertEquals(0, g.theta());
          }
        }
      }
    }
  }

  @Test
  void leisenReimerUsesAnOddNumberOfSteps() {
    assertEquals(801, BinomialTree.leisenReimer(800).steps());
    assertEquals(801, BinomialTree.leisenReimer(801).steps());
    assertEquals(BinomialTree.leisenReimer(800), BinomialTree.leisenReimer(801));
    assertEquals(800, BinomialTree.crr(800).steps());
    assertEquals(BinomialTree.Lattice.COX_ROSS_RUBINSTEIN, BinomialTree.crr(800).lattice());
  }

  @Test
  void leisenReimerFarFromTheMoneyTakesTheDeterministicLimit() {
    // d2 ~ 950: the down probability underflows; the value is the discounted forward payoff.
    double t = 1;
    double expected = 110 * Math.exp(-0.05 * t) - 100 * Math.exp(-0.05 * t);
    double value = BinomialTree.leisenReimer(801).price(OptionType.CALL, ExerciseStyle.EUROPEAN, 110, 100,
        t, 0.05, 0.05, 1e-4);
    assertEquals(expected, value, 1e-9);
    TreeGreeks g = BinomialTree.leisenReimer(801).greeks(OptionType.CALL, ExerciseStyle.AMERICAN, 110, 100,
        t, 0.05, 0.05, 1e-4);
    assertTrue(Double.isFinite(g.delta()) && Double.isFinite(g.gamma()) && Double.isFinite(g.theta()),
        g.toString());
  }

  private static void expect(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }
}
