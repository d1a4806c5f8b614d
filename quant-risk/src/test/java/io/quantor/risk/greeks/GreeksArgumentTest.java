package io.quantor.risk.greeks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid input is rejected where it enters, with a message naming the parameter and the value. */
class GreeksArgumentTest {

  private static void rejects(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void positions() {
    rejects("symbol must not be blank, was  ", () -> RiskPosition.stock(" ", 1));
    rejects("quantity must be finite, was NaN", () -> RiskPosition.stock("A", Double.NaN));
    rejects("strike must be finite and > 0, was 0.0",
        () -> RiskPosition.option("A", OptionType.CALL, 0, 1, 1, 0.2));
    rejects("expiry must be >= 0.0, was -1.0",
        () -> RiskPosition.option("A", OptionType.CALL, 1, -1, 1, 0.2));
    rejects("impliedVol must be finite and > 0, was 0.0",
        () -> RiskPosition.option("A", OptionType.CALL, 1, 1, 1, 0));
    rejects("multiplier must be finite and > 0, was -100.0",
        () -> RiskPosition.option("A", OptionType.CALL, 1, 1, 1, 0.2).withMultiplier(-100));
    rejects("type must not be null",
        () -> OptionPosition.of("A", null, 1, 1, 1, 100, ExerciseStyle.EUROPEAN, 0.2));
    rejects("exercise must not be null",
        () -> OptionPosition.of("A", OptionType.PUT, 1, 1, 1, 100, null, 0.2));
  }

  @Test
  void market() {
    rejects("spot must be finite and > 0, was -1.0", () -> Underlying.of("A", -1));
    rejects("beta must be finite, was Infinity", () -> Underlying.of("A", 1, 0, Double.POSITIVE_INFINITY));
    rejects("rate must be finite, was NaN", () -> MarketSnapshot.of(Double.NaN, Underlying.of("A", 1)));
    rejects("underlyings must have distinct symbols, was A twice",
        () -> MarketSnapshot.of(0, Underlying.of("A", 1), Underlying.of("A", 2)));
    rejects("underlyings key must equal the symbol, was B for A",
        () -> new MarketSnapshot(0, Map.of("B", Underlying.of("A", 1))));
    MarketSnapshot market = MarketSnapshot.of(0, Underlying.of("A", 1));
    rejects("symbol must be in the market snapshot, was B",
        () -> PortfolioGreeks.of(List.of(RiskPosition.stock("B", 1)), market));
    rejects("benchmarkSpot must be finite and > 0, was 0.0", () -> GreeksExposure.ZERO.betaWeightedDelta(0));
  }

  @Test
  void caps() {
    rejects("limit must be >= 0.0, was -1.0", () -> GreeksCap.portfolio(Greek.VEGA, -1));
    rejects("limit must be finite, was Infinity",
        () -> GreeksCap.portfolio(Greek.VEGA, Double.POSITIVE_INFINITY));
    rejects("greek must not be null", () -> GreeksCap.underlying("A", null, 1));
    rejects("symbol must not be blank, was ", () -> GreeksCap.underlying("", Greek.DELTA, 1));
    rejects("cap must not be null", () -> GreeksLimits.of(GreeksCap.portfolio(Greek.DELTA, 1), null));
  }

  @Test
  void pricer() {
    rejects("american must not be null", () -> PositionPricer.of(null));
    rejects("tree must not be null", () -> AmericanModel.tree(null));
    RiskPosition call = RiskPosition.option("A", OptionType.CALL, 1, 1, 1, 0.2);
    rejects("volMultiplier must be finite and > 0, was 0.0",
        () -> PositionPricer.standard().value(call, 1, 0, 0, 0));
    rejects("spot must be finite and > 0, was 0.0",
        () -> PositionPricer.standard().value(RiskPosition.stock("A", 1), 0, 0, 0, 1));
  }
}
