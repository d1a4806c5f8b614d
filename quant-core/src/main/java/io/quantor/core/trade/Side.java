package io.quantor.core.trade;

/**
 * The direction of an order or a fill. A side and an unsigned quantity make a signed quantity: buying adds
 * to the position (sign {@code +1}), selling subtracts from it (sign {@code -1}); selling more than is held
 * opens or adds to a short.
 */
public enum Side {
  /** Buy: the signed quantity is {@code +quantity}. */
  BUY(1),
  /** Sell (or sell short): the signed quantity is {@code -quantity}. */
  SELL(-1);

  private final int sign;

  Side(int sign) {
    this.sign = sign;
  }

  /**
   * The sign this side gives a quantity.
   *
   * @return {@code +1} for {@link #BUY}, {@code -1} for {@link #SELL}
   */
  public int sign() {
    return sign;
  }

  /**
   * The other side.
   *
   * @return {@link #SELL} for {@link #BUY} and the reverse
   */
  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }

  /**
   * The side that moves a position by a signed quantity.
   *
   * @param signedQuantity the signed quantity, not zero and not NaN
   * @return {@link #BUY} if positive, {@link #SELL} if negative
   * @throws IllegalArgumentException if {@code signedQuantity} is zero or NaN
   */
  public static Side of(double signedQuantity) {
    if (signedQuantity > 0) {
      return BUY;
    }
    if (signedQuantity < 0) {
      return SELL;
    }
    throw new IllegalArgumentException("signedQuantity must be non-zero, was " + signedQuantity);
  }
}
