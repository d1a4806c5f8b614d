package io.quantor.risk.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quantor.options.pricing.OptionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-checkable Greeks of small portfolios.
 *
 * <p>The option values are the Black-Scholes-Merton formula (Haug 2007, sect. 1.1) at S = K = 100,
 * T = 1, r = 5 %, q = 0, sigma = 20 %: d1 = 0.35, d2 = 0.15, so delta = N(0.35) = 0.636831, gamma =
 * n(0.35)/(S sigma) = 0.0187620, vega = S n(0.35) = 37.5240, theta = -S n(0.35) sigma/2 - r K e^{-r}
 * N(0.15) = -6.41403 (normal-table values; the digits below are a 30-digit mpmath evaluation of the same
 * formulas). Tolerance 1e-12 relative: the pricing itself matches QuantLib to ~1e-13 (quant-options).
 */
class PortfolioGreeksTest {

  private static final double TOL = 1e-12;
  private static final double CALL_DELTA = 0.636830651175619073306262317005;
  private static final double CALL_GAMMA = 0.0187620173458468928407547702039;
  private static final double CALL_VEGA = 37.5240346916937877645119049854;
  private static final double CALL_THETA = -6.41402754643819613173247917539;
  private static final double CALL_PRICE = 10.4505835721855673460015207992;

  private static void near(double expected, double actual) {
    assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)));
  }

  @Test
  void longStockShortCallIsCoveredCall() {
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 100));
    List<RiskPosition> book = List.of(
        RiskPosition.stock("XYZ", 100),
        RiskPosition.option("XYZ", OptionType.CALL, 100, 1.0, -1, 0.20));
    PortfolioGreeks g = PortfolioGreeks.of(book, market);
    GreeksExposure total = g.total();
    // 100 shares minus 100 * N(d1) shares sold through the call.
    near(100 - 100 * CALL_DELTA, total.delta());                  // 36.3169 shares
    near((100 - 100 * CALL_DELTA) * 100, total.dollarDelta());    // $3,631.69
    near(-100 * CALL_GAMMA, total.gamma());                       // -1.87620 shares per $1
    near(-100 * CALL_GAMMA * 100 * 100 / 100, total.dollarGamma());  // -$187.62 per 1 %
    near(-100 * CALL_VEGA, total.vega());                         // -$3,752.40 per 1.00 vol
    near(-37.5240346916937877645119049854, total.vegaPerPoint());
    near(-100 * CALL_THETA, total.theta());                       // +$641.40 per year
    near(641.402754643819613173247917539 / 365, total.thetaPerDay());
    near(100 * 100 - 100 * CALL_PRICE, g.marketValue());
    assertEquals(1, g.byUnderlying().size());
    assertEquals(total, g.underlying("XYZ"));
    assertSame(GreeksExposure.ZERO, g.underlying("ABC"));
  }

  @Test
  void optionGreeksScaleByMultiplierAndQuantity() {
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("XYZ", 100));
    OptionPosition call = RiskPosition.option("XYZ", OptionType.CALL, 100, 1.0, 3, 0.20).withMultiplier(10);
    PositionGreeks p = PositionPricer.standard().greeks(call, market);
    near(CALL_PRICE, p.unitPrice());
    near(30 * CALL_PRICE, p.marketValue());
    near(30 * CALL_DELTA, p.exposure().delta());
    near(30 * CALL_GAMMA, p.exposure().gamma());
    near(30 * CALL_VEGA, p.exposure().vega());
    near(30 * CALL_THETA, p.exposure().theta());
  }

  @Test
  void betaWeightedDeltaConvertsDollarDeltaToBenchmarkShares() {
    // 200 AAPL at 190 with beta 1.2 and -100 QQQ at 400 with beta 1.1, benchmark SPY at 500:
    // (200*190*1.2 - 100*400*1.1) / 500 = (45,600 - 44,000) / 500 = 3.2 SPY shares.
    MarketSnapshot market = MarketSnapshot.of(0.04,
        Underlying.of("AAPL", 190, 0.005, 1.2), Underlying.of("QQQ", 400, 0.006, 1.1));
    PortfolioGreeks g = PortfolioGreeks.of(
        List.of(RiskPosition.stock("AAPL", 200), RiskPosition.stock("QQQ", -100)), market);
    near(1_600, g.total().betaWeightedDollarDelta());
    near(3.2, g.total().betaWeightedDelta(500));
    near(38_000 - 40_000, g.total().dollarDelta());
    near(45_600, g.underlying("AAPL").betaWeightedDollarDelta());
    near(-44_000, g.underlying("QQQ").betaWeightedDollarDelta());
    near(100, g.total().delta());
    assertEquals(0, g.total().gamma());
    assertEquals(0, g.total().vega());
    assertEquals(0, g.total().theta());
  }

  @Test
  void exposureUnderCapReadsTotalOrUnderlying() {
    MarketSnapshot market = MarketSnapshot.of(0.0, Underlying.of("A", 50), Underlying.of("B", 20));
    PortfolioGreeks g = PortfolioGreeks.of(
        List.of(RiskPosition.stock("A", 10), RiskPosition.stock("B", -40), RiskPosition.stock("A", 5)),
        market);
    assertEquals(15, g.exposure(GreeksCap.underlying("A", Greek.DELTA, 1)));
    assertEquals(750, g.exposure(GreeksCap.underlying("A", Greek.DOLLAR_DELTA, 1)));
    assertEquals(-800, g.exposure(GreeksCap.underlying("B", Greek.DOLLAR_DELTA, 1)));
    assertEquals(-50, g.exposure(GreeksCap.portfolio(Greek.DOLLAR_DELTA, 1)));
    assertEquals(0, g.exposure(GreeksCap.underlying("C", Greek.DELTA, 1)));
    assertEquals(List.of("A", "B"), List.copyOf(g.byUnderlying().keySet()));
  }

  @Test
  void limitsReportBreachedCapsInOrder() {
    MarketSnapshot market = MarketSnapshot.of(0.0, Underlying.of("A", 50));
    PortfolioGreeks g = PortfolioGreeks.of(List.of(RiskPosition.stock("A", -100)), market);
    GreeksCap deltaOk = GreeksCap.underlying("A", Greek.DELTA, 100);        // |-100| <= 100
    GreeksCap dollarBreached = GreeksCap.portfolio(Greek.DOLLAR_DELTA, 4_999);
    GreeksCap gammaOk = GreeksCap.portfolio(Greek.GAMMA, 0);
    GreeksLimits limits = GreeksLimits.of(deltaOk, dollarBreached, gammaOk);
    assertEquals(List.of(dollarBreached), limits.breaches(g));
    assertEquals(false, limits.isKeptBy(g));
    assertEquals(true, GreeksLimits.of(deltaOk, gammaOk).isKeptBy(g));
  }
}
