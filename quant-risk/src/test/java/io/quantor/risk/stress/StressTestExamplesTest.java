package io.quantor.risk.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quantor.options.pricing.OptionType;
import io.quantor.risk.greeks.MarketSnapshot;
import io.quantor.risk.greeks.RiskPosition;
import io.quantor.risk.greeks.Underlying;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-checkable stress tests. Expected option values are the Black-Scholes-Merton formula (Haug 2007,
 * sect. 1.1) evaluated with 30-digit mpmath, an implementation independent of quant-options; tolerance
 * {@code 1e-10} of the amounts (a few hundred dollars, priced to ~1e-13 relative).
 */
class StressTestExamplesTest {

  private static final double TOL = 1e-10;

  /**
   * 100 shares and one short call (S = K = 100, T = 1, r = 5 %, sigma = 20 %, multiplier 100) after a
   * 10 % fall: the stock loses 1,000; the call falls from 10.450584 to 5.091222, so the short call gains
   * 535.94; total -464.06.
   */
  @Test
  void longStockShortCallUnderSpotDown10() {
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 100));
    List<RiskPosition> book = List.of(RiskPosition.stock("XYZ", 100),
        RiskPosition.option("XYZ", OptionType.CALL, 100, 1, -1, 0.2));
    StressReport report = StressTest.standard().run(book, market,
        List.of(StressScenario.spotMove("-10%", -0.10)));
    assertEquals(-1000, report.pnl(0, 0), TOL * 1000);
    assertEquals(535.936149336801508767321104982, report.pnl(0, 1), TOL * 1000);
    assertEquals(-464.063850663198491232678895018, report.totalPnl(0), TOL * 1000);
    assertEquals(100 * 100 - 100 * 10.4505835721855673460015207992, report.totalBaseValue(), TOL * 1e4);
  }

  /**
   * A long straddle (call and put at 100, T = 0.25, r = 5 %, sigma = 20 %, one contract each) gains on
   * both sides: +256.50 after -10 % (call -371.75, put +628.25) and +474.67 after +10 % (call +737.33,
   * put -262.67); the unchanged scenario is the worst.
   */
  @Test
  void straddleUnderPlusMinus10() {
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 100));
    List<RiskPosition> straddle = List.of(RiskPosition.option("XYZ", OptionType.CALL, 100, 0.25, 1, 0.2),
        RiskPosition.option("XYZ", OptionType.PUT, 100, 0.25, 1, 0.2));
    StressScenario down = StressScenario.spotMove("-10%", -0.10);
    StressScenario up = StressScenario.spotMove("+10%", 0.10);
    StressScenario flat = StressScenario.none("flat");
    StressReport report = StressTest.standard().run(straddle, market, List.of(down, up, flat));
    assertEquals(-371.747530907330974309422741613, report.pnl(0, 0), TOL * 1000);
    assertEquals(628.252469092669025690577258387, report.pnl(0, 1), TOL * 1000);
    assertEquals(256.504938185338051381154516775, report.totalPnl(0), TOL * 1000);
    assertEquals(737.33323948581581742818254932, report.pnl(1, 0), TOL * 1000);
    assertEquals(-262.666760514184182571817450681, report.pnl(1, 1), TOL * 1000);
    assertEquals(474.666478971631634856365098639, report.totalPnl(1), TOL * 1000);
    assertEquals(0, report.totalPnl(2), 0);
    assertEquals(2, report.worstIndex());
    assertSame(flat, report.worst().scenario());
    assertEquals(List.of(report.pnl(1, 0), report.pnl(1, 1)), report.result(1).positionPnl());
  }

  /**
   * A short iron condor 90/95/105/110 (S = 100, 30 days, r = 4 %, q = 1 %, sigma = 15 %, multiplier 100)
   * when every volatility rises by half to 22.5 %: the net value goes from -0.494398 (credit) to -1.277764,
   * a loss of 78.34 per condor. Legs: long put 90 +11.163, short put 95 -49.908, short call 105 -59.803,
   * long call 110 +20.211.
   */
  @Test
  void ironCondorUnderVolTimes1point5() {
    MarketSnapshot market = MarketSnapshot.of(0.04, Underlying.of("XYZ", 100, 0.01, 1));
    double t = 30 / 365.0;
    List<RiskPosition> condor = List.of(
        RiskPosition.option("XYZ", OptionType.PUT, 90, t, 1, 0.15),
        RiskPosition.option("XYZ", OptionType.PUT, 95, t, -1, 0.15),
        RiskPosition.option("XYZ", OptionType.CALL, 105, t, -1, 0.15),
        RiskPosition.option("XYZ", OptionType.CALL, 110, t, 1, 0.15));
    StressReport report = StressTest.standard().run(condor, market,
        List.of(StressScenario.none("vol x1.5").withVolMultiplier(1.5)));
    assertEquals(11.1632734465789987732110995274, report.pnl(0, 0), TOL * 100);
    assertEquals(-49.9082085074286867595830669932, report.pnl(0, 1), TOL * 100);
    assertEquals(-59.8026654681750551174851416647, report.pnl(0, 2), TOL * 100);
    assertEquals(20.2110080704567524300474477633, report.pnl(0, 3), TOL * 100);
    assertEquals(-78.3365924585679906738096613675, report.totalPnl(0), TOL * 100);
    assertEquals(-49.4398233487129963175968753999, report.totalBaseValue(), TOL * 100);
  }

  /**
   * Per-underlying shocks override the shock for all: A falls 20 %, B (unlisted) rises 5 %. A rate shift
   * does not move stocks.
   */
  @Test
  void perUnderlyingShockOverridesTheCommonOne() {
    MarketSnapshot market = MarketSnapshot.of(0.02, Underlying.of("A", 50), Underlying.of("B", 20));
    List<RiskPosition> book = List.of(RiskPosition.stock("A", 10), RiskPosition.stock("B", -100));
    StressScenario s = StressScenario.spotMove("B +5%, A -20%", 0.05).withSpotShock("A", -0.20)
        .withRateShift(0.01);
    StressReport report = StressTest.standard().run(book, market, List.of(s));
    assertEquals(-100, report.pnl(0, 0), 1e-12);
    assertEquals(-100, report.pnl(0, 1), 1e-12);
    assertEquals(-200, report.totalPnl(0), 1e-12);
    assertEquals(-100, StressTest.standard().pnl(book.get(1), market, s), 1e-12);
  }

  /**
   * Correlations to one: with k = -2 standard deviations over 0.25 years, an underlying of volatility
   * 40 % moves by exp(-2 * 0.4 * 0.5) - 1 = exp(-0.4) - 1 = -32.968 % and one of 10 % by exp(-0.1) - 1 =
   * -9.516 %.
   */
  @Test
  void correlatedMoveIsTheSameNumberOfOwnDeviations() {
    StressScenario s = StressScenario.correlated("2 sd down", -2, 0.25,
        java.util.Map.of("HI", 0.4, "LO", 0.1));
    assertEquals(Math.exp(-0.4) - 1, s.spotShock("HI"), 1e-15);
    assertEquals(Math.exp(-0.1) - 1, s.spotShock("LO"), 1e-15);
    assertEquals(0, s.spotShock("OTHER"), 0);
    MarketSnapshot market = MarketSnapshot.of(0.0, Underlying.of("HI", 100), Underlying.of("LO", 100));
    StressReport report = StressTest.standard().run(
        List.of(RiskPosition.stock("HI", 1), RiskPosition.stock("LO", 1)), market, List.of(s));
    assertEquals(-32.96799539643607, report.pnl(0, 0), 1e-12);
    assertEquals(-9.516258196404042, report.pnl(0, 1), 1e-12);
  }
}
