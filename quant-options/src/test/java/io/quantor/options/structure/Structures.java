package io.quantor.options.structure;

import io.quantor.options.chain.OptionContract;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made structures for tests (multiplier 100, one expiry). */
final class Structures {

  static final LocalDate EXPIRY = LocalDate.of(2024, 2, 16);

  private Structures() {
  }

  static Leg leg(OptionType type, double strike, int quantity, double price) {
    return Leg.of(OptionContract.of("SPY", type, strike, EXPIRY, ExerciseStyle.EUROPEAN), quantity, price);
  }

  /** A structure from (type, strike, quantity, price) quadruples. */
  static OptionStructure of(StructureKind kind, Object... legs) {
    List<Leg> out = new ArrayList<>();
    for (int i = 0; i < legs.length; i += 4) {
      out.add(leg((OptionType) legs[i], ((Number) legs[i + 1]).doubleValue(), (Integer) legs[i + 2],
          ((Number) legs[i + 3]).doubleValue()));
    }
    return OptionStructure.of(kind, out);
  }
}
