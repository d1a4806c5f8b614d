package io.quantor.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Misuse raises IllegalArgumentException naming the parameter and the value. */
class SizingArgumentTest {

  private static void rejects(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  private static SizingRequest.Builder valid() {
    return SizingRequest.builder("XYZ").price(10).signal(1).equity(1000).availableCapital(1000);
  }

  @Test
  void sizerParameters() {
    rejects("riskFraction must be finite and > 0, was 0.0", () -> FixedFractionalSizer.risk(0));
    rejects("riskFraction must be in [0.0, 1.0], was 1.5", () -> FixedFractionalSizer.risk(1.5));
    rejects("fraction must be finite and > 0, was NaN", () -> FixedFractionalSizer.allocation(Double.NaN));
    rejects("count must be >= 1, was 0", () -> new EqualWeightSizer(0));
    rejects("weight must be finite and > 0, was -0.1", () -> new InverseVolatilitySizer(-0.1, 0.2));
    rejects("referenceVolatility must be finite and > 0, was Infinity",
        () -> new InverseVolatilitySizer(0.1, Double.POSITIVE_INFINITY));
    rejects("volatilities[1] must be finite and > 0, was 0.0",
        () -> InverseVolatilitySizer.normalizedWeights(0.2, 0.0));
    rejects("volatilities.length must be >= 1, was 0", InverseVolatilitySizer::normalizedWeights);
    rejects("targetVolatility must be finite and > 0, was 0.0", () -> new VolatilityTargetSizer(0));
    rejects("winRate must be in [0.0, 1.0], was 1.1", () -> KellySizer.fromWinRate(1.1, 2));
    rejects("payoffRatio must be finite and > 0, was 0.0", () -> KellySizer.fromWinRate(0.5, 0));
    rejects("multiplier must be in [0.0, 1.0], was 2.0", () -> KellySizer.fromWinRate(0.5, 2, 2));
    rejects("multiplier must be finite and > 0, was 0.0", () -> KellySizer.fromMoments(0.1, 0.04, 0));
    rejects("variance must be finite and > 0, was -0.04", () -> KellySizer.fromMoments(0.1, -0.04));
    rejects("meanExcessReturn must be finite, was NaN", () -> KellySizer.fromMoments(Double.NaN, 0.04));
    rejects("meanExcessReturn / variance must be finite, was 1.0 / 1.0E-320",
        () -> KellySizer.momentsFraction(1, 1e-320));
    rejects("riskFraction must be finite and > 0, was -0.01", () -> new AtrRiskSizer(-0.01, 2));
    rejects("atrMultiple must be finite and > 0, was 0.0", () -> new AtrRiskSizer(0.01, 0));
    rejects("request must not be null", () -> new EqualWeightSizer(2).size(null));
  }

  @Test
  void requestValues() {
    rejects("price must be set", () -> SizingRequest.builder("XYZ").signal(1).equity(1).build());
    rejects("availableCapital must be set",
        () -> SizingRequest.builder("XYZ").price(1).signal(1).equity(1).build());
    rejects("symbol must not be null", () -> SizingRequest.builder(null).price(1).signal(1).equity(1)
        .availableCapital(1).build());
    rejects("symbol must not be blank, was ' '", () -> SizingRequest.builder(" ").price(1).signal(1)
        .equity(1).availableCapital(1).build());
    rejects("price must be finite and > 0, was 0.0", () -> valid().price(0).build());
    rejects("signal must be in [-1.0, 1.0], was 1.2", () -> valid().signal(1.2).build());
    rejects("equity must be finite and > 0, was -5.0", () -> valid().equity(-5).build());
    rejects("availableCapital must be finite and >= 0, was -1.0", () -> valid().availableCapital(-1).build());
    rejects("currentPosition must be finite, was NaN", () -> valid().currentPosition(Double.NaN).build());
    rejects("lotSize must be finite and > 0, was 0.0", () -> valid().lotSize(0).build());
    rejects("maxQuantity must be finite and >= 0, was -1.0", () -> valid().maxQuantity(-1).build());
    rejects("maxFraction must be finite and >= 0, was Infinity",
        () -> valid().maxFraction(Double.POSITIVE_INFINITY).build());
    rejects("stopDistance must be finite and > 0, was 0.0", () -> valid().stopDistance(0).build());
    rejects("realizedVolatility must be finite and > 0, was 0.0",
        () -> valid().realizedVolatility(0).build());
    rejects("atr must be finite and > 0, was NaN", () -> valid().atr(Double.NaN).build());
    rejects("ivRank must be in [0.0, 1.0], was 1.01", () -> valid().ivRank(1.01).build());
    rejects("regime must not be null", () -> valid().regime(null));
    SizingRequest r = valid().build();
    rejects("atr must not be null", () -> new SizingRequest("XYZ", 1, 1, 1, 1, 0, 1, OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), null, OptionalDouble.empty(),
        r.regime()));
  }

  @Test
  void resultValues() {
    SizingRequest r = valid().build();
    rejects("unconstrainedQuantity must be finite, was Infinity",
        () -> SizingResult.constrain(r, Double.POSITIVE_INFINITY, List.of()));
    rejects("steps must not be null", () -> SizingResult.constrain(r, 1, null));
    rejects("lots must have the sign of quantity -2.0, was 2",
        () -> new SizingResult(-2, 2, 0, 0, 0, SizingConstraint.NONE, List.of()));
  }
}
