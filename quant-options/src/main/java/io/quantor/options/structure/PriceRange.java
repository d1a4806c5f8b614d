package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * An open range {@code (lower, upper)} of prices of the underlying at expiry, as in
 * {@link ExpiryProfile#profitRanges()}.
 *
 * @param lower the lower end, finite and {@code >= 0}
 * @param upper the upper end, {@code > lower}; {@code +infinity} when the range is unbounded above
 */
public record PriceRange(double lower, double upper) {

  /**
   * Validates the range.
   *
   * @param lower the lower end
   * @param upper the upper end
   * @throws IllegalArgumentException if the ends are out of range or out of order
   */
  public PriceRange {
    Args.finite(Args.atLeast(lower, 0, "lower"), "lower");
    if (!(upper > lower)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "upper must be > lower (%s), was %s", lower, upper));
    }
  }

  /**
   * Whether the range is unbounded above.
   *
   * @return {@code upper() == +infinity}
   */
  public boolean isUnbounded() {
    return upper == Double.POSITIVE_INFINITY;
  }

  /**
   * Whether a price lies strictly inside the range.
   *
   * @param price the price
   * @return {@code lower < price < upper}
   */
  public boolean contains(double price) {
    return price > lower && price < upper;
  }
}
