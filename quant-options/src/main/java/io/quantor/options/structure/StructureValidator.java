package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import io.quantor.options.pricing.OptionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks an {@link OptionStructure} against the shape its {@link StructureKind} claims and returns every
 * violation found, as values: an invalid structure is an expected outcome, never an exception.
 *
 * <h2>Checks</h2>
 * For every kind: one underlying ({@link ViolationCode#MIXED_UNDERLYINGS}) and one multiplier
 * ({@link ViolationCode#MIXED_MULTIPLIERS}). Then by kind, where {@code q} is the signed quantity and
 * "sizes equal" means equal {@code |q|} ({@link ViolationCode#QUANTITY_RATIO}):
 * <ul>
 *   <li>{@link StructureKind#VERTICAL}: 2 legs of one type, one expiry, different strikes, opposite
 *       signs, sizes equal;</li>
 *   <li>{@link StructureKind#IRON_CONDOR}: 2 puts and 2 calls on one expiry; with the puts sorted
 *       {@code Kp1 <= Kp2} and the calls {@code Kc1 <= Kc2}: positive widths {@code Kp2 - Kp1} and
 *       {@code Kc2 - Kc1}, {@code Kp2 < Kc1} (so long put &lt; short put &lt; short call &lt; long call in
 *       the usual orientation), wings ({@code Kp1}, {@code Kc2}) of one sign and bodies ({@code Kp2},
 *       {@code Kc1}) of the other, sizes equal;</li>
 *   <li>{@link StructureKind#CALENDAR}: 2 legs of one type, one strike, two different expiries, opposite
 *       signs, sizes equal;</li>
 *   <li>{@link StructureKind#BUTTERFLY}: 3 legs of one type and expiry; sorted by strike,
 *       {@code K1 < K2 < K3} (positive widths, which may differ), quantities {@code q, -2q, q};</li>
 *   <li>{@link StructureKind#STRADDLE}: a call and a put, one expiry, one strike, same sign, sizes
 *       equal;</li>
 *   <li>{@link StructureKind#STRANGLE}: a call and a put, one expiry, put strike below call strike
 *       (positive width), same sign, sizes equal;</li>
 *   <li>{@link StructureKind#CUSTOM}: nothing more.</li>
 * </ul>
 * A structure with the wrong number of legs or the wrong mix of calls and puts gets that violation only
 * (the remaining shape checks need the right legs); otherwise every applicable check runs and all
 * violations are listed.
 *
 * <pre>{@code
 * List<Violation> problems = StructureValidator.validate(condor);
 * if (!problems.isEmpty()) {
 *   log.warn("rejected {}: {}", condor.kind(), problems);
 * }
 * }</pre>
 */
public final class StructureValidator {

  private StructureValidator() {
  }

  /**
   * All violations of the structure's claimed shape.
   *
   * @param structure the structure
   * @return the violations, empty when the structure is valid
   * @throws IllegalArgumentException if {@code structure} is null
   */
  public static List<Violation> validate(OptionStructure structure) {
    Args.notNull(structure, "structure");
    List<Violation> out = new ArrayList<>();
    List<Leg> legs = structure.legs();
    if (legs.stream().map(l -> l.contract().underlying()).distinct().count() > 1) {
      out.add(new Violation(ViolationCode.MIXED_UNDERLYINGS, "legs are on several underlyings: "
          + legs.stream().map(l -> l.contract().underlying()).distinct().toList()));
    }
    if (legs.stream().mapToDouble(l -> l.contract().multiplier()).distinct().count() > 1) {
      out.add(new Violation(ViolationCode.MIXED_MULTIPLIERS, "legs have several multipliers: "
          + legs.stream().map(l -> l.contract().multiplier()).distinct().toList()));
    }
    switch (structure.kind()) {
      case VERTICAL:
        vertical(legs, out);
        break;
      case IRON_CONDOR:
        ironCondor(legs, out);
        break;
      case CALENDAR:
        calendar(legs, out);
        break;
      case BUTTERFLY:
        butterfly(legs, out);
        break;
      case STRADDLE:
      case STRANGLE:
        straddleOrStrangle(structure.kind(), legs, out);
        break;
      default:
        break;
    }
    return List.copyOf(out);
  }

  private static void vertical(List<Leg> legs, List<Violation> out) {
    if (!shape(StructureKind.VERTICAL, legs, 2, -1, out)) {
      return;
    }
    oneExpiry(legs, out);
    Leg a = legs.get(0);
    Leg b = legs.get(1);
    double ka = a.contract().strike();
    double kb = b.contract().strike();
    width(Math.min(ka, kb), Math.max(ka, kb), "vertical strikes", out);
    opposite(a, b, "vertical", out);
  }

  private static void ironCondor(List<Leg> legs, List<Violation> out) {
    if (!shape(StructureKind.IRON_CONDOR, legs, 4, 2, out)) {
      return;
    }
    oneExpiry(legs, out);
    List<Leg> puts = sortedOfType(legs, OptionType.PUT);
    List<Leg> calls = sortedOfType(legs, OptionType.CALL);
    Leg p1 = puts.get(0);
    Leg p2 = puts.get(1);
    Leg c1 = calls.get(0);
    Leg c2 = calls.get(1);
    width(p1.contract().strike(), p2.contract().strike(), "put wing (Kp1, Kp2)", out);
    width(c1.contract().strike(), c2.contract().strike(), "call wing (Kc1, Kc2)", out);
    if (!(p2.contract().strike() < c1.contract().strike())) {
      out.add(new Violation(ViolationCode.STRIKE_ORDER, String.format(Locale.ROOT,
          "iron condor needs short put strike < short call strike, was Kp2 = %s, Kc1 = %s",
          p2.contract().strike(), c1.contract().strike())));
    }
    int wing = Integer.signum(p1.quantity());
    if (Integer.signum(c2.quantity()) != wing || Integer.signum(p2.quantity()) != -wing
        || Integer.signum(c1.quantity()) != -wing) {
      out.add(new Violation(ViolationCode.QUANTITY_SIGNS, String.format(Locale.ROOT,
          "iron condor needs wings of one sign and bodies of the other, quantities were "
              + "Kp1 %d, Kp2 %d, Kc1 %d, Kc2 %d", p1.quantity(), p2.quantity(), c1.quantity(),
          c2.quantity())));
    }
    equalSizes(legs, "iron condor", out);
  }

  private static void calendar(List<Leg> legs, List<Violation> out) {
    if (!shape(StructureKind.CALENDAR, legs, 2, -1, out)) {
      return;
    }
    Leg a = legs.get(0);
    Leg b = legs.get(1);
    if (a.contract().strike() != b.contract().strike()) {
      out.add(new Violation(ViolationCode.STRIKES_DIFFER, String.format(Locale.ROOT,
          "calendar legs need one strike, were %s and %s", a.contract().strike(), b.contract().strike())));
    }
    if (a.contract().expiry().equals(b.contract().expiry())) {
      out.add(new Violation(ViolationCode.SAME_EXPIRY,
          "calendar legs need two expiries, both were " + a.contract().expiry()));
    }
    opposite(a, b, "calendar", out);
  }

  private static void butterfly(List<Leg> legs, List<Violation> out) {
    if (!shape(StructureKind.BUTTERFLY, legs, 3, -1, out)) {
      return;
    }
    oneExpiry(legs, out);
    List<Leg> sorted = new ArrayList<>(legs);
    sorted.sort(Comparator.comparingDouble(l -> l.contract().strike()));
    Leg low = sorted.get(0);
    Leg body = sorted.get(1);
    Leg high = sorted.get(2);
    width(low.contract().strike(), body.contract().strike(), "lower wing (K1, K2)", out);
    width(body.contract().strike(), high.contract().strike(), "upper wing (K2, K3)", out);
    int wing = Integer.signum(low.quantity());
    if (Integer.signum(high.quantity()) != wing || Integer.signum(body.quantity()) != -wing) {
      out.add(new Violation(ViolationCode.QUANTITY_SIGNS, String.format(Locale.ROOT,
          "butterfly needs wings of one sign and the body of the other, quantities were %d, %d, %d",
          low.quantity(), body.quantity(), high.quantity())));
    } else if (high.quantity() != low.quantity() || (long) body.quantity() != -2L * low.quantity()) {
      out.add(new Violation(ViolationCode.QUANTITY_RATIO, String.format(Locale.ROOT,
          "butterfly needs quantities q, -2q, q, were %d, %d, %d",
          low.quantity(), body.quantity(), high.quantity())));
    }
  }

  private static void straddleOrStrangle(StructureKind kind, List<Leg> legs, List<Violation> out) {
    if (!shape(kind, legs, 2, 1, out)) {
      return;
    }
    oneExpiry(legs, out);
    Leg put = sortedOfType(legs, OptionType.PUT).get(0);
    Leg call = sortedOfType(legs, OptionType.CALL).get(0);
    String name = kind == StructureKind.STRADDLE ? "straddle" : "strangle";
    if (kind == StructureKind.STRADDLE) {
      if (put.contract().strike() != call.contract().strike()) {
        out.add(new Violation(ViolationCode.STRIKES_DIFFER, String.format(Locale.ROOT,
            "straddle legs need one strike, were put %s and call %s", put.contract().strike(),
            call.contract().strike())));
      }
    } else {
      width(put.contract().strike(), call.contract().strike(), "strangle (put strike, call strike)", out);
    }
    if (Integer.signum(put.quantity()) != Integer.signum(call.quantity())) {
      out.add(new Violation(ViolationCode.QUANTITY_SIGNS, String.format(Locale.ROOT,
          "%s legs need the same sign, quantities were put %d and call %d", name, put.quantity(),
          call.quantity())));
    }
    equalSizes(legs, name, out);
  }

  /**
   * Checks the leg count and, when {@code puts >= 0}, the number of puts (else: one option type).
   * Returns whether the shape is right, so that the other checks can run.
   */
  private static boolean shape(StructureKind kind, List<Leg> legs, int count, int puts, List<Violation> out) {
    if (legs.size() != count) {
      out.add(new Violation(ViolationCode.LEG_COUNT, String.format(Locale.ROOT,
          "%s needs %d legs, had %d", kind, count, legs.size())));
      return false;
    }
    long putCount = legs.stream().filter(l -> l.contract().type() == OptionType.PUT).count();
    boolean ok = puts >= 0 ? putCount == puts : putCount == 0 || putCount == count;
    if (!ok) {
      String need = puts >= 0 ? puts + " puts and " + (count - puts) + " calls" : "legs of one type";
      out.add(new Violation(ViolationCode.LEG_TYPES, String.format(Locale.ROOT,
          "%s needs %s, had %d puts and %d calls", kind, need, putCount, count - putCount)));
      return false;
    }
    return true;
  }

  private static void oneExpiry(List<Leg> legs, List<Violation> out) {
    List<?> expiries = legs.stream().map(l -> l.contract().expiry()).distinct().sorted().toList();
    if (expiries.size() > 1) {
      out.add(new Violation(ViolationCode.MIXED_EXPIRIES, "legs need one expiry, had " + expiries));
    }
  }

  private static void width(double lower, double upper, String what, List<Violation> out) {
    if (!(upper - lower > 0)) {
      out.add(new Violation(ViolationCode.NON_POSITIVE_WIDTH, String.format(Locale.ROOT,
          "%s need a positive width, were %s and %s (width %s)", what, lower, upper, upper - lower)));
    }
  }

  private static void opposite(Leg a, Leg b, String name, List<Violation> out) {
    if (Integer.signum(a.quantity()) == Integer.signum(b.quantity())) {
      out.add(new Violation(ViolationCode.QUANTITY_SIGNS, String.format(Locale.ROOT,
          "%s legs need opposite signs, quantities were %d and %d", name, a.quantity(), b.quantity())));
    }
    equalSizes(List.of(a, b), name, out);
  }

  private static void equalSizes(List<Leg> legs, String name, List<Violation> out) {
    long size = Math.abs((long) legs.get(0).quantity());
    for (Leg leg : legs) {
      if (Math.abs((long) leg.quantity()) != size) {
        out.add(new Violation(ViolationCode.QUANTITY_RATIO, String.format(Locale.ROOT,
            "%s legs need equal sizes, quantities were %s", name,
            legs.stream().map(Leg::quantity).toList())));
        return;
      }
    }
  }

  private static List<Leg> sortedOfType(List<Leg> legs, OptionType type) {
    List<Leg> out = new ArrayList<>();
    for (Leg leg : legs) {
      if (leg.contract().type() == type) {
        out.add(leg);
      }
    }
    out.sort(Comparator.comparingDouble(l -> l.contract().strike()));
    return out;
  }
}
