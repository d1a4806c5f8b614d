package io.quantor.risk.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.pricing.OptionType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Risk-budget sizing on hand-checkable cases, among them the iron condor budget of the documentation.
 */
class GreeksRiskBudgetTest {

  private static final MarketSnapshot ONE_STOCK = MarketSnapshot.of(0.0, Underlying.of("A", 10));

  private static PortfolioGreeks shares(double quantity) {
    return PortfolioGreeks.of(List.of(RiskPosition.stock("A", quantity)), ONE_STOCK);
  }

  /**
   * The documentation's example: a book long 450 XYZ shares sells short iron condors 90/95/105/110
   * (30 days, S = 100, sigma = 15 %, r = 4 %, q = 1 %, multiplier 100). Per condor, from row 4 of
   * {@code iron_condor.csv} (QuantLib) times 100: delta -3.3207 shares, dollar gamma
   * -0.081163 * 100 * 100^2 / 100 = -811.63 per 1 %, vega -1,000.64 per 1.00 vol. Caps: |vega| <= 25,000
   * ($250 per vol point) allows floor(25,000 / 1,000.64) = 24; |dollar gamma| <= 15,000 allows
   * floor(15,000 / 811.63) = floor(18.48) = 18; |450 - 3.3207 x| <= 500 shares allows
   * floor(950 / 3.3207) = 286. Gamma binds at 18.
   */
  @Test
  void ironCondorBudgetOfTheDocumentation() {
    IronCondors file = IronCondors.read();
    int row = 4;
    MarketSnapshot market = file.market(row);
    List<RiskPosition> condor = new ArrayList<>();
    for (RiskPosition leg : file.legs(row, 1)) {
      condor.add(((OptionPosition) leg).withMultiplier(100));
    }
    PortfolioGreeks perUnit = PortfolioGreeks.of(condor, market);
    assertEquals(-811.6285549835148, perUnit.total().dollarGamma(), 1e-9);
    assertEquals(-1000.637944500214, perUnit.total().vega(), 1e-9);
    assertEquals(-3.320677228542994, perUnit.total().delta(), 1e-12);

    PortfolioGreeks book = PortfolioGreeks.of(List.of(RiskPosition.stock("XYZ", 450)), market);
    GreeksCap vega = GreeksCap.portfolio(Greek.VEGA, 25_000);
    GreeksCap gamma = GreeksCap.portfolio(Greek.DOLLAR_GAMMA, 15_000);
    GreeksCap delta = GreeksCap.underlying("XYZ", Greek.DELTA, 500);
    RiskBudgetResult r = GreeksRiskBudget.largestQuantity(book, perUnit,
        GreeksLimits.of(vega, gamma, delta), 50);
    assertEquals(18, r.quantity());
    assertEquals(0, r.smallestQuantity());
    assertEquals(RiskBudgetResult.Binding.CAP, r.binding());
    assertEquals(gamma, r.bindingCap());

    // Without the gamma cap vega binds at 24; without both, the maximum of 50 condors.
    RiskBudgetResult byVega =
        GreeksRiskBudget.largestQuantity(book, perUnit, GreeksLimits.of(vega, delta), 50);
    assertEquals(24, byVega.quantity());
    assertEquals(vega, byVega.bindingCap());
    RiskBudgetResult byMax = GreeksRiskBudget.largestQuantity(book, perUnit, GreeksLimits.of(delta), 50);
    assertEquals(50, byMax.quantity());
    assertEquals(RiskBudgetResult.Binding.MAX_QUANTITY, byMax.binding());
    assertNull(byMax.bindingCap());
    assertEquals(286,
        GreeksRiskBudget.largestQuantity(book, perUnit, GreeksLimits.of(delta), 1000).quantity());
  }

  /** The example of the package documentation, verbatim. */
  @Test
  void packageDocumentationExample() {
    MarketSnapshot market = MarketSnapshot.of(0.04, Underlying.of("XYZ", 100, 0.01, 1.0));
    double t = 30 / 365.0;
    List<RiskPosition> book = List.of(RiskPosition.stock("XYZ", 450));
    List<RiskPosition> condor = List.of(                        // one short iron condor
        RiskPosition.option("XYZ", OptionType.PUT, 90, t, 1, 0.15),
        RiskPosition.option("XYZ", OptionType.PUT, 95, t, -1, 0.15),
        RiskPosition.option("XYZ", OptionType.CALL, 105, t, -1, 0.15),
        RiskPosition.option("XYZ", OptionType.CALL, 110, t, 1, 0.15));
    GreeksLimits limits = GreeksLimits.of(
        GreeksCap.portfolio(Greek.VEGA, 25_000),                // $250 per vol point
        GreeksCap.portfolio(Greek.DOLLAR_GAMMA, 15_000),        // $ delta change per 1 % move
        GreeksCap.underlying("XYZ", Greek.DELTA, 500));         // shares
    RiskBudgetResult r = GreeksRiskBudget.largestQuantity(
        PortfolioGreeks.of(book, market), PortfolioGreeks.of(condor, market), limits, 50);
    assertEquals(18, r.quantity());
    assertEquals(limits.caps().get(1), r.bindingCap());
  }

  /** |E + x u| <= L with E = 300 shares, u = -100 per unit, L = 250: x in [0.5, 5.5], so 1..5. */
  @Test
  void breachedCapNeedsAMinimumQuantity() {
    RiskBudgetResult r = GreeksRiskBudget.largestQuantity(shares(300), shares(-100),
        GreeksLimits.of(GreeksCap.underlying("A", Greek.DELTA, 250)), 100);
    assertEquals(5, r.quantity());
    assertEquals(1, r.smallestQuantity());
    assertEquals(RiskBudgetResult.Binding.CAP, r.binding());
    assertTrue(r.isFeasible());
  }

  /** The same portfolio with a structure that adds delta cannot repair the cap. */
  @Test
  void breachedCapThatTheStructureWorsensIsInfeasible() {
    GreeksCap cap = GreeksCap.underlying("A", Greek.DELTA, 250);
    RiskBudgetResult r =
        GreeksRiskBudget.largestQuantity(shares(300), shares(100), GreeksLimits.of(cap), 100);
    assertFalse(r.isFeasible());
    assertEquals(RiskBudgetResult.Binding.NO_FEASIBLE_QUANTITY, r.binding());
    assertEquals(cap, r.bindingCap());
    assertEquals(0, r.quantity());
  }

  /** One position on "A" whose exposure is the given delta (shares) and vega. */
  private static PortfolioGreeks exposure(double delta, double vega) {
    GreeksExposure e = new GreeksExposure(delta, 10 * delta, 10 * delta, 0, 0, vega, 0);
    return PortfolioGreeks.fromPositions(
        List.of(new PositionGreeks(RiskPosition.stock("A", 1), 10, 10, 10, e)));
  }

  /**
   * Two caps that pull apart: the book's delta of 300 needs x >= 1 unit of delta -100 to get within 250,
   * but each unit adds vega 10 against a vega cap of 5 (x <= 0).
   */
  @Test
  void conflictingCapsAreInfeasible() {
    GreeksCap delta = GreeksCap.underlying("A", Greek.DELTA, 250);
    GreeksCap vega = GreeksCap.portfolio(Greek.VEGA, 5);
    RiskBudgetResult r = GreeksRiskBudget.largestQuantity(exposure(300, 0), exposure(-100, 10),
        GreeksLimits.of(delta, vega), 100);
    assertEquals(RiskBudgetResult.Binding.NO_FEASIBLE_QUANTITY, r.binding());
    assertEquals(vega, r.bindingCap());
    // a looser vega cap (x <= 3) leaves 1..3
    GreeksCap looser = GreeksCap.portfolio(Greek.VEGA, 35);
    RiskBudgetResult ok = GreeksRiskBudget.largestQuantity(exposure(300, 0), exposure(-100, 10),
        GreeksLimits.of(delta, looser), 100);
    assertEquals(3, ok.quantity());
    assertEquals(1, ok.smallestQuantity());
    assertEquals(looser, ok.bindingCap());
    // the maximum quantity itself can leave a breached cap unrepaired: x must be >= 1, max is 0
    RiskBudgetResult none = GreeksRiskBudget.largestQuantity(shares(300), shares(-100),
        GreeksLimits.of(delta), 0);
    assertEquals(RiskBudgetResult.Binding.NO_FEASIBLE_QUANTITY, none.binding());
    assertEquals(delta, none.bindingCap());
  }

  /** Short exposure in the book leaves more room for a long structure: |-300 + 100 x| <= 250 -> 1..5. */
  @Test
  void signOfTheBookDecidesTheRoom() {
    GreeksCap cap = GreeksCap.underlying("A", Greek.DELTA, 250);
    assertEquals(5, GreeksRiskBudget.largestQuantity(shares(-300), shares(100), GreeksLimits.of(cap), 100)
        .quantity());
    assertEquals(2, GreeksRiskBudget.largestQuantity(shares(0), shares(100), GreeksLimits.of(cap), 100)
        .quantity());
    assertEquals(2, GreeksRiskBudget.largestQuantity(shares(0), shares(-100), GreeksLimits.of(cap), 100)
        .quantity());
  }

  /** The limit itself is allowed: |0 + 3 * 100| <= 300. */
  @Test
  void exposureExactlyAtTheLimitKeepsTheCap() {
    RiskBudgetResult r = GreeksRiskBudget.largestQuantity(shares(0), shares(100),
        GreeksLimits.of(GreeksCap.underlying("A", Greek.DELTA, 300)), 10);
    assertEquals(3, r.quantity());
    assertEquals(RiskBudgetResult.Binding.CAP, r.binding());
  }

  /** A structure without the capped exposure leaves the cap to the book alone. */
  @Test
  void structureWithoutTheExposure() {
    GreeksCap vega = GreeksCap.portfolio(Greek.VEGA, 0);
    RiskBudgetResult kept = GreeksRiskBudget.largestQuantity(shares(10), shares(5), GreeksLimits.of(vega), 7);
    assertEquals(7, kept.quantity());
    assertEquals(RiskBudgetResult.Binding.MAX_QUANTITY, kept.binding());
    MarketSnapshot market = MarketSnapshot.of(0.05, Underlying.of("A", 10));
    PortfolioGreeks longVega = PortfolioGreeks.of(
        List.of(RiskPosition.option("A", OptionType.CALL, 10, 1, 1, 0.3)), market);
    RiskBudgetResult breached =
        GreeksRiskBudget.largestQuantity(longVega, shares(5), GreeksLimits.of(vega), 7);
    assertEquals(RiskBudgetResult.Binding.NO_FEASIBLE_QUANTITY, breached.binding());
  }

  /** Caps on another underlying see nothing of the structure or the book. */
  @Test
  void capOnAnotherUnderlyingDoesNotBind() {
    RiskBudgetResult r = GreeksRiskBudget.largestQuantity(shares(10), shares(5),
        GreeksLimits.of(GreeksCap.underlying("B", Greek.DELTA, 0)), 1_000_000);
    assertEquals(1_000_000, r.quantity());
    assertEquals(RiskBudgetResult.Binding.MAX_QUANTITY, r.binding());
  }

  @Test
  void rejectsInvalidArguments() {
    GreeksLimits limits = GreeksLimits.of();
    assertThrows(IllegalArgumentException.class,
        () -> GreeksRiskBudget.largestQuantity(shares(1), shares(1), limits, -1));
    assertThrows(IllegalArgumentException.class,
        () -> GreeksRiskBudget.largestQuantity(shares(1), shares(1), limits, (1L << 53) + 1));
    assertThrows(IllegalArgumentException.class,
        () -> GreeksRiskBudget.largestQuantity(null, shares(1), limits, 1));
    assertThrows(IllegalArgumentException.class,
        () -> GreeksRiskBudget.largestQuantity(shares(1), null, limits, 1));
    assertThrows(IllegalArgumentException.class,
        () -> GreeksRiskBudget.largestQuantity(shares(1), shares(1), null, 1));
    assertEquals(1L << 53,
        GreeksRiskBudget.largestQuantity(shares(1), shares(1), limits, 1L << 53).quantity());
  }
}
