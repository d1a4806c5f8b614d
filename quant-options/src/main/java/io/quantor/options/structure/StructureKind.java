package io.quantor.options.structure;

/**
 * The shape an {@link OptionStructure} claims to have; {@link StructureValidator} checks the legs against
 * it. Each constant describes its leg pattern; a structure may hold any whole multiple of it, with either
 * sign (a negative multiple swaps long and short legs).
 */
public enum StructureKind {
  /** Two options of one type and expiry at two strikes, one long and one short in equal size. */
  VERTICAL,
  /**
   * Four options of one expiry: long put {@code Kp1} &lt; short put {@code Kp2} &lt; short call
   * {@code Kc1} &lt; long call {@code Kc2} (or the reverse signs), equal sizes.
   */
  IRON_CONDOR,
  /** Two options of one type and strike at two expiries, one long and one short in equal size. */
  CALENDAR,
  /**
   * Three options of one type and expiry at strikes {@code K1 < K2 < K3} in quantities {@code q, -2q, q};
   * the wings may differ in width (a broken-wing butterfly).
   */
  BUTTERFLY,
  /** A call and a put of one strike and expiry, same side and size. */
  STRADDLE,
  /** A put and a call of one expiry, put strike below call strike, same side and size. */
  STRANGLE,
  /** Any legs; only the generic checks apply. */
  CUSTOM
}
