package io.quantor.options.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.options.chain.OptionContract;
import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link StructureValidator}: valid shapes pass; each rule is reported as a value, all at once. */
class StructureValidatorTest {

  private static final LocalDate NEAR = LocalDate.of(2024, 2, 16);
  private static final LocalDate FAR = LocalDate.of(2024, 3, 15);
  private static final OptionType P = OptionType.PUT;
  private static final OptionType C = OptionType.CALL;

  private static Leg leg(OptionType type, double strike, int quantity) {
    return leg("SPY", type, strike, NEAR, quantity);
  }

  private static Leg leg(String underlying, OptionType type, double strike, LocalDate expiry, int quantity) {
    return Leg.of(OptionContract.of(underlying, type, strike, expiry, ExerciseStyle.AMERICAN), quantity, 1.0);
  }

  private static Set<ViolationCode> codes(StructureKind kind, Leg... legs) {
    return StructureValidator.validate(OptionStructure.of(kind, List.of(legs))).stream()
        .map(Violation::code).collect(Collectors.toSet());
  }

  @Test
  void validShapesHaveNoViolations() {
    assertEquals(Set.of(), codes(StructureKind.IRON_CONDOR, leg(P, 90, 1), leg(P, 95, -1), leg(C, 105, -1),
        leg(C, 110, 1)));
    // Reverse iron condor (bought), legs in any order, 3 lots.
    assertEquals(Set.of(), codes(StructureKind.IRON_CONDOR, leg(C, 110, -3), leg(P, 95, 3), leg(P, 90, -3),
        leg(C, 105, 3)));
    assertEquals(Set.of(), codes(StructureKind.VERTICAL, leg(P, 95, -2), leg(P, 90, 2)));
    assertEquals(Set.of(), codes(StructureKind.CALENDAR, leg("SPY", C, 100, NEAR, -1),
        leg("SPY", C, 100, FAR, 1)));
    assertEquals(Set.of(), codes(StructureKind.BUTTERFLY, leg(P, 90, 1), leg(P, 95, -2), leg(P, 105, 1)));
    assertEquals(Set.of(), codes(StructureKind.STRADDLE, leg(P, 100, -1), leg(C, 100, -1)));
    assertEquals(Set.of(), codes(StructureKind.STRANGLE, leg(P, 95, 2), leg(C, 105, 2)));
    assertEquals(Set.of(), codes(StructureKind.CUSTOM, leg(P, 95, 2)));
  }

  @Test
  void ironCondorOrderingWidthsSignsAndSizes() {
    // Short put above the short call.
    assertEquals(Set.of(ViolationCode.STRIKE_ORDER), codes(StructureKind.IRON_CONDOR, leg(P, 90, 1),
        leg(P, 106, -1), leg(C, 105, -1), leg(C, 110, 1)));
    // Short put at the short call (an iron butterfly is not an iron condor).
    assertEquals(Set.of(ViolationCode.STRIKE_ORDER), codes(StructureKind.IRON_CONDOR, leg(P, 90, 1),
        leg(P, 100, -1), leg(C, 100, -1), leg(C, 110, 1)));
    // Zero-width put wing.
    assertEquals(Set.of(ViolationCode.NON_POSITIVE_WIDTH), codes(StructureKind.IRON_CONDOR, leg(P, 95, 1),
        leg(P, 95, -1), leg(C, 105, -1), leg(C, 110, 1)));
    // Long the inner put, short the outer one.
    assertEquals(Set.of(ViolationCode.QUANTITY_SIGNS), codes(StructureKind.IRON_CONDOR, leg(P, 90, -1),
        leg(P, 95, 1), leg(C, 105, -1), leg(C, 110, 1)));
    assertEquals(Set.of(ViolationCode.QUANTITY_RATIO), codes(StructureKind.IRON_CONDOR, leg(P, 90, 2),
        leg(P, 95, -1), leg(C, 105, -1), leg(C, 110, 1)));
    assertEquals(Set.of(ViolationCode.MIXED_EXPIRIES), codes(StructureKind.IRON_CONDOR, leg(P, 90, 1),
        leg(P, 95, -1), leg(C, 105, -1), leg("SPY", C, 110, FAR, 1)));
  }

  @Test
  void reportsEveryViolationAtOnce() {
    List<Violation> all = StructureValidator.validate(OptionStructure.of(StructureKind.IRON_CONDOR, List.of(
        leg(P, 95, 1), leg("QQQ", P, 95, NEAR, 1), leg(C, 90, -1), leg("SPY", C, 90, FAR, 2))));
    Set<ViolationCode> codes = all.stream().map(Violation::code).collect(Collectors.toSet());
    assertEquals(Set.of(ViolationCode.MIXED_UNDERLYINGS, ViolationCode.MIXED_EXPIRIES,
        ViolationCode.NON_POSITIVE_WIDTH, ViolationCode.STRIKE_ORDER, ViolationCode.QUANTITY_SIGNS,
        ViolationCode.QUANTITY_RATIO), codes);
    assertEquals(2, all.stream().filter(v -> v.code() == ViolationCode.NON_POSITIVE_WIDTH).count());
    for (Violation v : all) {
      assertTrue(!v.message().isBlank(), v::toString);
    }
    assertTrue(all.stream().anyMatch(v -> v.message().contains("QQQ")), all::toString);
  }

  @Test
  void wrongLegCountOrTypesStopTheShapeChecks() {
    assertEquals(Set.of(ViolationCode.LEG_COUNT), codes(StructureKind.IRON_CONDOR, leg(P, 90, 1),
        leg(P, 95, -1), leg(C, 105, -1)));
    assertEquals(Set.of(ViolationCode.LEG_TYPES), codes(StructureKind.IRON_CONDOR, leg(P, 90, 1),
        leg(P, 95, -1), leg(P, 105, -1), leg(C, 110, 1)));
    assertEquals(Set.of(ViolationCode.LEG_TYPES), codes(StructureKind.VERTICAL, leg(P, 90, 1),
        leg(C, 95, -1)));
    assertEquals(Set.of(ViolationCode.LEG_TYPES), codes(StructureKind.STRADDLE, leg(C, 100, 1),
        leg(C, 100, 1)));
    assertEquals(Set.of(ViolationCode.LEG_COUNT, ViolationCode.MIXED_UNDERLYINGS),
        codes(StructureKind.STRANGLE, leg(P, 90, 1), leg("QQQ", C, 95, NEAR, 1), leg(C, 100, 1)));
  }

  @Test
  void verticals() {
    assertEquals(Set.of(ViolationCode.NON_POSITIVE_WIDTH), codes(StructureKind.VERTICAL, leg(P, 95, -1),
        leg(P, 95, 1)));
    assertEquals(Set.of(ViolationCode.QUANTITY_SIGNS), codes(StructureKind.VERTICAL, leg(P, 95, 1),
        leg(P, 90, 1)));
    assertEquals(Set.of(ViolationCode.QUANTITY_RATIO), codes(StructureKind.VERTICAL, leg(P, 95, -1),
        leg(P, 90, 2)));
    assertEquals(Set.of(ViolationCode.MIXED_EXPIRIES), codes(StructureKind.VERTICAL, leg(P, 95, -1),
        leg("SPY", P, 90, FAR, 1)));
  }

  @Test
  void calendarsNeedOneStrikeAndTwoExpiries() {
    assertEquals(Set.of(ViolationCode.STRIKES_DIFFER), codes(StructureKind.CALENDAR,
        leg("SPY", C, 100, NEAR, -1), leg("SPY", C, 105, FAR, 1)));
    assertEquals(Set.of(ViolationCode.SAME_EXPIRY), codes(StructureKind.CALENDAR,
        leg("SPY", C, 100, NEAR, -1), leg("SPY", C, 100, NEAR, 1)));
    assertEquals(Set.of(ViolationCode.QUANTITY_SIGNS), codes(StructureKind.CALENDAR,
        leg("SPY", C, 100, NEAR, 1), leg("SPY", C, 100, FAR, 1)));
    assertEquals(Set.of(ViolationCode.LEG_TYPES), codes(StructureKind.CALENDAR,
        leg("SPY", C, 100, NEAR, -1), leg("SPY", P, 100, FAR, 1)));
  }

  @Test
  void butterflies() {
    assertEquals(Set.of(ViolationCode.QUANTITY_RATIO), codes(StructureKind.BUTTERFLY, leg(C, 90, 1),
        leg(C, 95, -1), leg(C, 105, 1)));
    assertEquals(Set.of(ViolationCode.QUANTITY_SIGNS), codes(StructureKind.BUTTERFLY, leg(C, 90, 1),
        leg(C, 95, 2), leg(C, 105, 1)));
    assertEquals(Set.of(ViolationCode.NON_POSITIVE_WIDTH), codes(StructureKind.BUTTERFLY, leg(C, 95, 1),
        leg(C, 95, -2), leg(C, 105, 1)));
    assertEquals(Set.of(ViolationCode.LEG_TYPES), codes(StructureKind.BUTTERFLY, leg(C, 90, 1),
        leg(P, 95, -2), leg(C, 105, 1)));
  }

  @Test
  void straddlesAndStrangles() {
    assertEquals(Set.of(ViolationCode.STRIKES_DIFFER), codes(StructureKind.STRADDLE, leg(P, 100, 1),
        leg(C, 105, 1)));
    assertEquals(Set.of(ViolationCode.QUANTITY_SIGNS), codes(StructureKind.STRADDLE, leg(P, 100, 1),
        leg(C, 100, -1)));
    assertEquals(Set.of(ViolationCode.NON_POSITIVE_WIDTH), codes(StructureKind.STRANGLE, leg(P, 105, 1),
        leg(C, 100, 1)));
    assertEquals(Set.of(ViolationCode.QUANTITY_RATIO), codes(StructureKind.STRANGLE, leg(P, 95, 1),
        leg(C, 105, 2)));
    assertEquals(Set.of(ViolationCode.MIXED_MULTIPLIERS), codes(StructureKind.STRANGLE, leg(P, 95, 1),
        Leg.of(new OptionContract("SPY", C, 105, NEAR, ExerciseStyle.AMERICAN, 10), 1, 1.0)));
  }

  @Test
  void onlyMisuseThrows() {
    assertThrows(IllegalArgumentException.class, () -> StructureValidator.validate(null));
    assertThrows(IllegalArgumentException.class, () -> OptionStructure.of(StructureKind.CUSTOM, List.of()));
    assertThrows(IllegalArgumentException.class, () -> leg(P, 95, 0));
  }
}
