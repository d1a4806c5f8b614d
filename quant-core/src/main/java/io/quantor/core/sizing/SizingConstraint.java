package io.quantor.core.sizing;

/**
 * What limited a sizing result, in the order the shared final step applies the limits (see
 * {@link SizingResult#constrain(SizingRequest, double, java.util.List)}).
 */
public enum SizingConstraint {

  /** Nothing limited the quantity: the sizer's rule alone set it (exactly a whole number of lots). */
  NONE,

  /**
   * The request's maximum position, in units ({@link SizingRequest#maxQuantity()}) or as a fraction of
   * equity ({@link SizingRequest#maxFraction()}), capped the quantity.
   */
  MAX_POSITION,

  /** The available capital capped the quantity's gross notional. */
  CAPITAL,

  /** Rounding toward zero to whole lots was the only change to the quantity. */
  LOT_SIZE,

  /**
   * The request lacked an input the sizer needs (for example realized volatility during warm-up), so the
   * target is a zero position; the explanation names the missing input.
   */
  MISSING_INPUT
}
