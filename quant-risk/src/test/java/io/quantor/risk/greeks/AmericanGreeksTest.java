package io.quantor.risk.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.options.pricing.BinomialTree;
import io.quantor.options.pricing.BlackScholes;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.Greeks;
import io.quantor.options.pricing.OptionType;
import io.quantor.options.pricing.TreeGreeks;
import org.junit.jupiter.api.Test;

/**
 * Finite-difference Greeks of American positions ({@link PositionPricer}, Barone-Adesi-Whaley by default).
 */
class AmericanGreeksTest {

  private static OptionPosition american(OptionType type, double strike, double t, double sigma) {
    return OptionPosition.of("XYZ", type, strike, t, 1, 1, ExerciseStyle.AMERICAN, sigma);
  }

  /**
   * A call without dividends is never exercised early, so Barone-Adesi-Whaley returns the European
   * price and the differences must reproduce the analytic Greeks: to 1e-7 for delta (truncation
   * {@code h^2 S^2 gamma'/6} with {@code h = 1e-4 S}), and to about 1e-5 relative for the others
   * (rounding of {@code 1e-16 V / h^2} for gamma, truncation for vega and theta).
   */
  @Test
  void americanCallWithoutDividendsHasEuropeanGreeks() {
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 105));
    PositionGreeks p = PositionPricer.standard().greeks(american(OptionType.CALL, 100, 0.5, 0.25), market);
    Greeks bs = BlackScholes.greeks(OptionType.CALL, 105, 100, 0.5, 0.05, 0, 0.25);
    assertEquals(bs.price(), p.unitPrice(), 1e-12);
    assertEquals(bs.delta(), p.exposure().delta(), 1e-7);
    assertEquals(bs.gamma(), p.exposure().gamma(), 1e-5 * bs.gamma());
    assertEquals(bs.vega(), p.exposure().vega(), 1e-5 * bs.vega());
    assertEquals(bs.theta(), p.exposure().theta(), 1e-5 * Math.abs(bs.theta()));
  }

  /**
   * Deep in the exercise region (spot 60 below the critical price of a 100 put) the American put is
   * worth {@code K - S} exactly: delta -1, gamma, vega and theta 0.
   */
  @Test
  void deepInTheMoneyAmericanPutIsExercisedIntrinsic() {
    MarketSnapshot market = MarketSnapshot.of(0.08, Underlying.of("XYZ", 60));
    PositionGreeks p = PositionPricer.standard().greeks(american(OptionType.PUT, 100, 0.5, 0.2), market);
    assertEquals(40, p.unitPrice(), 1e-12);
    assertEquals(-1, p.exposure().delta(), 1e-9);
    assertEquals(0, p.exposure().gamma(), 1e-6);
    assertEquals(0, p.exposure().vega(), 1e-9);
    assertEquals(0, p.exposure().theta(), 1e-9);
  }

  /**
   * An at-the-money American put against a Leisen-Reimer tree of 801 steps (quant-options, converged to
   * ~1e-4 in price): the approximation error of Barone-Adesi-Whaley itself (about 1 % of the price here)
   * bounds the agreement, so the tolerances are 0.01 in delta, 5 % in gamma and 5 % in theta.
   */
  @Test
  void americanPutAgreesWithBinomialTree() {
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 100));
    PositionGreeks p = PositionPricer.standard().greeks(american(OptionType.PUT, 100, 0.5, 0.3), market);
    TreeGreeks tree = BinomialTree.leisenReimer(801)
        .greeks(OptionType.PUT, ExerciseStyle.AMERICAN, 100, 100, 0.5, 0.05, 0, 0.3);
    assertEquals(tree.price(), p.unitPrice(), 0.01 * tree.price());
    assertEquals(tree.delta(), p.exposure().delta(), 0.01);
    assertEquals(tree.gamma(), p.exposure().gamma(), 0.05 * tree.gamma());
    assertEquals(tree.theta(), p.exposure().theta(), 0.05 * Math.abs(tree.theta()));
  }

  /** At expiry an American option is its payoff, like the European one. */
  @Test
  void americanAtExpiryHasPayoffGreeks() {
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 90));
    PositionGreeks p = PositionPricer.standard().greeks(american(OptionType.PUT, 100, 0, 0.3), market);
    assertEquals(10, p.unitPrice(), 0);
    assertEquals(-1, p.exposure().delta(), 0);
    assertEquals(0, p.exposure().gamma(), 0);
    assertEquals(0, p.exposure().vega(), 0);
  }

  /** A tree model replaces Barone-Adesi-Whaley for American positions, not for European ones. */
  @Test
  void americanModelIsUsedForAmericanPositionsOnly() {
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 100));
    BinomialTree tree = BinomialTree.crr(200);
    PositionPricer pricer = PositionPricer.of(AmericanModel.tree(tree));
    OptionPosition put = american(OptionType.PUT, 100, 1, 0.2);
    assertEquals(tree.price(OptionType.PUT, ExerciseStyle.AMERICAN, 100, 100, 1, 0.05, 0, 0.2),
        pricer.value(put, market), 0);
    OptionPosition european = RiskPosition.option("XYZ", OptionType.PUT, 100, 1, 1, 0.2).withMultiplier(1);
    assertEquals(BlackScholes.price(OptionType.PUT, 100, 100, 1, 0.05, 0, 0.2),
        pricer.value(european, market), 0);
  }
}
