package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import io.quantor.options.chain.OptionChain;
import io.quantor.options.chain.OptionQuote;
import io.quantor.options.pricing.OptionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Builds structures from an {@link OptionChain}: strikes chosen by target delta, wings by a
 * {@link WingWidthRule} of the IV rank, each leg priced at its quote's mid.
 *
 * <h2>Selection</h2>
 * <ul>
 *   <li>A <b>short strike by delta</b> is the quote of the expiry and type whose delta is nearest to the
 *       target ({@link OptionChain#nearestDelta}); put deltas are negative (a 16-delta put is
 *       {@code -0.16}).</li>
 *   <li>A <b>wing</b> is the listed strike of the same type strictly beyond the short strike (below it for
 *       puts, above for calls) nearest to {@code short -/+ width}; ties go to the wider wing.</li>
 * </ul>
 * Every method returns empty when the chain cannot supply the legs (no quote with Greeks, no strike
 * beyond the short one, overlapping sides): an expected outcome, not an error. Built structures pass
 * {@link StructureValidator}.
 *
 * <h2>Quantities</h2>
 * {@code quantity} is a signed multiple of the kind's pattern, as the method states; a negative quantity
 * takes the other side (e.g. {@code -1} on {@link #ironCondor} buys the condor).
 *
 * <pre>{@code
 * StructureBuilder builder = StructureBuilder.of(chain);
 * WingWidthRule wings = WingWidthRule.step(5, 10, 0.5);
 * Optional<OptionStructure> condor =
 *     builder.ironCondor(expiry, -0.16, 0.16, wings, ivRank.value(), 1);
 * Optional<OptionStructure> bullPut = builder.vertical(expiry, OptionType.PUT, -0.30, wings, 0.2, 2);
 * }</pre>
 */
public final class StructureBuilder {

  private final OptionChain chain;

  private StructureBuilder(OptionChain chain) {
    this.chain = chain;
  }

  /**
   * A builder on a chain.
   *
   * @param chain the chain to take strikes and prices from
   * @return the builder
   * @throws IllegalArgumentException if {@code chain} is null
   */
  public static StructureBuilder of(OptionChain chain) {
    return new StructureBuilder(Args.notNull(chain, "chain"));
  }

  /**
   * A credit vertical: short the option nearest {@code shortDelta}, long the wing further out of the
   * money ({@code -quantity} short leg, then {@code +quantity} long leg).
   *
   * @param expiry an expiry of the chain
   * @param type call (bear call spread) or put (bull put spread)
   * @param shortDelta the short leg's target delta, in {@code [0, 1]} for calls, {@code [-1, 0]} for puts
   * @param wing the wing-width rule
   * @param ivRank the IV rank in {@code [0, 1]}
   * @param quantity the signed number of spreads, not 0
   * @return the vertical, or empty when the chain cannot supply it
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Optional<OptionStructure> vertical(LocalDate expiry, OptionType type, double shortDelta,
      WingWidthRule wing, double ivRank, int quantity) {
    Args.notNull(wing, "wing");
    double width = wing.width(ivRank);
    checkQuantity(quantity);
    Optional<OptionQuote> shortLeg = chain.nearestDelta(expiry, type, shortDelta);
    if (shortLeg.isEmpty()) {
      return Optional.empty();
    }
    Optional<OptionQuote> longLeg = wingQuote(shortLeg.get(), width);
    return longLeg.map(l -> OptionStructure.of(StructureKind.VERTICAL,
        List.of(leg(shortLeg.get(), -quantity), leg(l, quantity))));
  }

  /**
   * A short iron condor: long put wing, short put at {@code shortPutDelta}, short call at
   * {@code shortCallDelta}, long call wing, in that leg order with quantities
   * {@code +q, -q, -q, +q}; both wings from the same rule.
   *
   * @param expiry an expiry of the chain
   * @param shortPutDelta the short put's target delta, in {@code [-1, 0]} (e.g. -0.16)
   * @param shortCallDelta the short call's target delta, in {@code [0, 1]} (e.g. 0.16)
   * @param wing the wing-width rule
   * @param ivRank the IV rank in {@code [0, 1]}
   * @param quantity the signed number of condors ({@code q}), not 0
   * @return the condor, or empty when the chain cannot supply it or the short put is not below the short
   *     call
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Optional<OptionStructure> ironCondor(LocalDate expiry, double shortPutDelta, double shortCallDelta,
      WingWidthRule wing, double ivRank, int quantity) {
    Args.notNull(wing, "wing");
    double width = wing.width(ivRank);
    checkQuantity(quantity);
    Optional<OptionQuote> shortPut = chain.nearestDelta(expiry, OptionType.PUT, shortPutDelta);
    Optional<OptionQuote> shortCall = chain.nearestDelta(expiry, OptionType.CALL, shortCallDelta);
    if (shortPut.isEmpty() || shortCall.isEmpty()
        || !(shortPut.get().contract().strike() < shortCall.get().contract().strike())) {
      return Optional.empty();
    }
    Optional<OptionQuote> longPut = wingQuote(shortPut.get(), width);
    Optional<OptionQuote> longCall = wingQuote(shortCall.get(), width);
    if (longPut.isEmpty() || longCall.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OptionStructure.of(StructureKind.IRON_CONDOR, List.of(
        leg(longPut.get(), quantity), leg(shortPut.get(), -quantity),
        leg(shortCall.get(), -quantity), leg(longCall.get(), quantity))));
  }

  /**
   * A long calendar: short the near expiry, long the far expiry, one strike: among the strikes quoted for
   * the type at both expiries (with Greeks at the near one), the one whose near-expiry delta is nearest to
   * the target. Legs {@code -q} near, {@code +q} far.
   *
   * @param type call or put
   * @param nearExpiry the expiry sold, an expiry of the chain
   * @param farExpiry the expiry bought, an expiry of the chain after {@code nearExpiry}
   * @param targetDelta the target delta at the near expiry (0.5 or -0.5 for at the money)
   * @param quantity the signed number of calendars, not 0
   * @return the calendar, or empty when no strike is quoted at both expiries
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Optional<OptionStructure> calendar(OptionType type, LocalDate nearExpiry, LocalDate farExpiry,
      double targetDelta, int quantity) {
    Args.notNull(nearExpiry, "nearExpiry");
    Args.notNull(farExpiry, "farExpiry");
    if (!farExpiry.isAfter(nearExpiry)) {
      throw new IllegalArgumentException("farExpiry must be after nearExpiry " + nearExpiry + ", was "
          + farExpiry);
    }
    checkQuantity(quantity);
    if (type == OptionType.CALL) {
      Args.inRange(targetDelta, 0, 1, "call delta");
    } else {
      Args.inRange(targetDelta, -1, 0, "put delta");
    }
    OptionQuote bestNear = null;
    OptionQuote bestFar = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (OptionQuote near : chain.quotes(nearExpiry, type)) {
      Optional<OptionQuote> far = chain.quote(farExpiry, near.contract().strike(), type);
      if (near.hasGreeks() && far.isPresent()) {
        double distance = Math.abs(near.greeks().delta() - targetDelta);
        if (distance < bestDistance) {
          bestDistance = distance;
          bestNear = near;
          bestFar = far.get();
        }
      }
    }
    if (bestNear == null) {
      return Optional.empty();
    }
    return Optional.of(OptionStructure.of(StructureKind.CALENDAR,
        List.of(leg(bestNear, -quantity), leg(bestFar, quantity))));
  }

  /**
   * A long (broken-wing) butterfly: body at the strike nearest {@code bodyDelta}, a lower wing about
   * {@code lowerWidth} below and an upper wing about {@code upperWidth} above; leg order lower, body,
   * upper with quantities {@code +q, -2q, +q}. Unequal widths make the wing "broken".
   *
   * @param expiry an expiry of the chain
   * @param type call or put
   * @param bodyDelta the body's target delta
   * @param lowerWidth the lower wing's width, finite and {@code > 0}
   * @param upperWidth the upper wing's width, finite and {@code > 0}
   * @param quantity the signed number of butterflies, not 0, with {@code 2 quantity} an int
   * @return the butterfly, or empty when the chain cannot supply it
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Optional<OptionStructure> brokenWingButterfly(LocalDate expiry, OptionType type, double bodyDelta,
      double lowerWidth, double upperWidth, int quantity) {
    Args.positive(lowerWidth, "lowerWidth");
    Args.positive(upperWidth, "upperWidth");
    checkQuantity(quantity);
    if (Math.abs((long) quantity) * 2 > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("quantity must allow 2 * quantity as an int, was " + quantity);
    }
    Optional<OptionQuote> body = chain.nearestDelta(expiry, type, bodyDelta);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Optional<OptionQuote> lower = strikeBeyond(body.get(), lowerWidth, -1);
    Optional<OptionQuote> upper = strikeBeyond(body.get(), upperWidth, 1);
    if (lower.isEmpty() || upper.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OptionStructure.of(StructureKind.BUTTERFLY, List.of(
        leg(lower.get(), quantity), leg(body.get(), -2 * quantity), leg(upper.get(), quantity))));
  }

  /**
   * A straddle at the at-the-money strike ({@link OptionChain#atmStrike}): put and call, quantities
   * {@code +q, +q} (long for {@code q > 0}).
   *
   * @param expiry an expiry of the chain
   * @param quantity the signed number of straddles, not 0
   * @return the straddle, or empty when the put or the call is not quoted at that strike
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Optional<OptionStructure> straddle(LocalDate expiry, int quantity) {
    checkQuantity(quantity);
    double strike = chain.atmStrike(expiry);
    Optional<OptionQuote> put = chain.quote(expiry, strike, OptionType.PUT);
    Optional<OptionQuote> call = chain.quote(expiry, strike, OptionType.CALL);
    if (put.isEmpty() || call.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OptionStructure.of(StructureKind.STRADDLE,
        List.of(leg(put.get(), quantity), leg(call.get(), quantity))));
  }

  /**
   * A strangle: the put nearest {@code putDelta} and the call nearest {@code callDelta}, quantities
   * {@code +q, +q} (long for {@code q > 0}).
   *
   * @param expiry an expiry of the chain
   * @param putDelta the put's target delta, in {@code [-1, 0]}
   * @param callDelta the call's target delta, in {@code [0, 1]}
   * @param quantity the signed number of strangles, not 0
   * @return the strangle, or empty when the chain cannot supply it or the put strike is not below the
   *     call strike
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Optional<OptionStructure> strangle(LocalDate expiry, double putDelta, double callDelta,
      int quantity) {
    checkQuantity(quantity);
    Optional<OptionQuote> put = chain.nearestDelta(expiry, OptionType.PUT, putDelta);
    Optional<OptionQuote> call = chain.nearestDelta(expiry, OptionType.CALL, callDelta);
    if (put.isEmpty() || call.isEmpty()
        || !(put.get().contract().strike() < call.get().contract().strike())) {
      return Optional.empty();
    }
    return Optional.of(OptionStructure.of(StructureKind.STRANGLE,
        List.of(leg(put.get(), quantity), leg(call.get(), quantity))));
  }

  /** The protecting wing: further out of the money than the short leg (below for puts). */
  private Optional<OptionQuote> wingQuote(OptionQuote shortLeg, double width) {
    return strikeBeyond(shortLeg, width, shortLeg.contract().type() == OptionType.PUT ? -1 : 1);
  }

  /**
   * The quote of the same expiry and type strictly beyond {@code from} in {@code direction} (+1 above,
   * -1 below) whose strike is nearest {@code from + direction * width}; ties go to the farther strike.
   */
  private Optional<OptionQuote> strikeBeyond(OptionQuote from, double width, int direction) {
    double origin = from.contract().strike();
    double target = origin + direction * width;
    OptionQuote best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (OptionQuote q : chain.quotes(from.contract().expiry(), from.contract().type())) {
      double k = q.contract().strike();
      if (direction * (k - origin) > 0) {
        double distance = Math.abs(k - target);
        if (distance < bestDistance
            || distance == bestDistance && direction * (k - best.contract().strike()) > 0) {
          bestDistance = distance;
          best = q;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Leg leg(OptionQuote quote, int quantity) {
    return Leg.of(quote.contract(), quantity, quote.mid());
  }

  private static void checkQuantity(int quantity) {
    if (quantity == 0 || quantity == Integer.MIN_VALUE) {
      throw new IllegalArgumentException(
          "quantity must be non-zero and > Integer.MIN_VALUE, was " + quantity);
    }
  }
}
