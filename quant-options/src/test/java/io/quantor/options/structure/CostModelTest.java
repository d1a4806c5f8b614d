package io.quantor.options.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.chain.OptionChain;
import io.quantor.options.chain.OptionContract;
import io.quantor.options.chain.OptionQuote;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CostModel}: commission with a per-order minimum, fills at mid plus a fraction of the half-spread.
 */
class CostModelTest {

  private static final LocalDate EXPIRY = LocalDate.of(2024, 2, 16);
  private static final Instant NOW = Instant.parse("2024-01-15T15:00:00Z");
  private static final CostModel COSTS = CostModel.of(0.65, 1.00, 0.5);

  private static OptionContract contract(OptionType type, double strike) {
    return OptionContract.of("SPY", type, strike, EXPIRY, ExerciseStyle.AMERICAN);
  }

  @Test
  void commissionHasAPerOrderMinimum() {
    assertEquals(0, COSTS.commission(0));
    assertEquals(1.00, COSTS.commission(1));
    assertEquals(1.30, COSTS.commission(2), 1e-12);
    assertEquals(2.60, COSTS.commission(4), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> COSTS.commission(-1));
    // An iron condor of 2 lots is 8 contracts in one order.
    OptionStructure condor = Structures.of(StructureKind.IRON_CONDOR, OptionType.PUT, 90, 2, 0.4,
        OptionType.PUT, 95, -2, 1.2, OptionType.CALL, 105, -2, 1.1, OptionType.CALL, 110, 2, 0.35);
    assertEquals(8, condor.contracts());
    assertEquals(5.20, COSTS.commission(condor), 1e-12);
    assertEquals(0, CostModel.free().commission(condor));
  }

  @Test
  void fillsAtMidPlusAFractionOfTheHalfSpreadAgainstYou() {
    assertEquals(1.15, COSTS.fillPrice(1.00, 1.20, 3), 1e-15);
    assertEquals(1.05, COSTS.fillPrice(1.00, 1.20, -3), 1e-15);
    assertEquals(1.10, CostModel.of(0, 0, 0).fillPrice(1.00, 1.20, 1), 1e-15);
    assertEquals(1.20, CostModel.of(0, 0, 1).fillPrice(1.00, 1.20, 1), 1e-15);
    assertEquals(1.00, CostModel.of(0, 0, 1).fillPrice(1.00, 1.20, -1), 1e-15);
    assertEquals(0.025, COSTS.fillPrice(0, 0.1, -1), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> COSTS.fillPrice(1.2, 1.0, 1));
    assertThrows(IllegalArgumentException.class, () -> COSTS.fillPrice(1.0, 1.2, 0));
    assertThrows(IllegalArgumentException.class, () -> CostModel.of(0.65, 1, 1.5));
    assertThrows(IllegalArgumentException.class, () -> CostModel.of(-0.65, 1, 0.5));
  }

  @Test
  void fillsAStructureAtTheChainsQuotes() {
    OptionChain chain = OptionChain.of("SPY", 100, NOW, LocalDate.of(2024, 1, 15), 0.04, 0.01, List.of(
        OptionQuote.of(contract(OptionType.PUT, 95), 1.10, 1.30, NOW),
        OptionQuote.of(contract(OptionType.PUT, 90), 0.30, 0.40, NOW)));
    OptionStructure bullPut = OptionStructure.of(StructureKind.VERTICAL, List.of(
        Leg.of(contract(OptionType.PUT, 95), -2, 0), Leg.of(contract(OptionType.PUT, 90), 2, 0)));
    StructureFill entry = COSTS.fill(bullPut, chain).orElseThrow();
    // Sell the 95 put: 1.20 - 0.5 * 0.10 = 1.15; buy the 90 put: 0.35 + 0.5 * 0.05 = 0.375.
    assertEquals(1.15, entry.structure().legs().get(0).price(), 1e-15);
    assertEquals(0.375, entry.structure().legs().get(1).price(), 1e-15);
    double credit = (1.15 - 0.375) * 2 * 100;
    assertEquals(-credit, entry.netPremium(), 1e-9);
    assertEquals(2.60, entry.commission(), 1e-12);
    assertEquals(credit - 2.60, entry.cashFlow(), 1e-9);
    // Slippage: 200 units * 0.05 on the short leg + 200 units * 0.025 on the long leg.
    assertEquals(15, entry.slippage(), 1e-9);
    // Closing buys back the short leg and sells the long one, paying the half-spread fraction again.
    StructureFill exit = COSTS.fill(entry.structure().reversed(), chain).orElseThrow();
    assertEquals(1.25, exit.structure().legs().get(0).price(), 1e-15);
    assertEquals(0.325, exit.structure().legs().get(1).price(), 1e-15);
    assertTrue(entry.cashFlow() + exit.cashFlow() < 0, "a round trip at unchanged quotes loses the costs");
    assertEquals(-(2 * 15 + 2 * 2.60), entry.cashFlow() + exit.cashFlow(), 1e-9);
  }

  @Test
  void missingOrMismatchedQuotes() {
    OptionChain chain = OptionChain.of("SPY", 100, NOW, LocalDate.of(2024, 1, 15), 0.04, 0.01, List.of(
        OptionQuote.of(contract(OptionType.PUT, 95), 1.10, 1.30, NOW)));
    OptionStructure order = OptionStructure.of(StructureKind.VERTICAL, List.of(
        Leg.of(contract(OptionType.PUT, 95), -1, 0), Leg.of(contract(OptionType.PUT, 90), 1, 0)));
    assertTrue(COSTS.fill(order, chain).isEmpty());
    OptionQuote wrong = OptionQuote.of(contract(OptionType.CALL, 95), 1.10, 1.30, NOW);
    assertThrows(IllegalArgumentException.class, () -> COSTS.fill(order, List.of(wrong, wrong)));
    assertThrows(IllegalArgumentException.class, () -> COSTS.fill(order, List.of(wrong)));
  }
}
