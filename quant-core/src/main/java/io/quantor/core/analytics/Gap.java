package io.quantor.core.analytics;

import io.quantor.core.internal.Args;
import java.util.OptionalInt;

/**
 * One overnight gap found by {@link OvernightGaps}.
 *
 * @param index the index of the bar that opened with the gap (its previous bar's close is the reference)
 * @param size the gap as a signed fraction, {@code open/previousClose - 1} (positive up, negative down)
 * @param direction up or down, matching the sign of {@code size}
 * @param filled whether the gap was filled on the bar itself: for a gap up its low reached the previous
 *     close ({@code low <= previousClose}), for a gap down its high did ({@code high >= previousClose})
 * @param daysToFill the number of bars after the gap bar until the first fill (0 = filled the same day),
 *     or empty if not filled within the analysis' maximum or before the data ends
 */
public record Gap(int index, double size, Direction direction, boolean filled, OptionalInt daysToFill) {

  /** The direction of a gap. */
  public enum Direction {
    /** The bar opened above the previous close. */
    UP,
    /** The bar opened below the previous close. */
    DOWN
  }

  /**
   * Validates the fields.
   *
   * @param index the gap bar's index, {@code >= 0}
   * @param size the signed gap fraction: finite, non-zero, with the sign of {@code direction}
   * @param direction the direction
   * @param filled whether filled on the gap bar itself
   * @param daysToFill the bars until the fill; present and 0 exactly when {@code filled}
   * @throws IllegalArgumentException if a field is invalid or the fields disagree
   */
  public Gap {
    Args.atLeast(index, 0, "index");
    Args.notNull(direction, "direction");
    Args.notNull(daysToFill, "daysToFill");
    if (!(direction == Direction.UP ? size > 0 : size < 0) || !Double.isFinite(size)) {
      throw new IllegalArgumentException("size must be finite with the sign of a gap " + direction
          + ", was " + size);
    }
    if (daysToFill.isPresent() && daysToFill.getAsInt() < 0) {
      throw new IllegalArgumentException("daysToFill must be >= 0, was " + daysToFill.getAsInt());
    }
    if (filled != (daysToFill.isPresent() && daysToFill.getAsInt() == 0)) {
      throw new IllegalArgumentException("filled (" + filled + ") must agree with daysToFill " + daysToFill);
    }
  }

  /**
   * Whether the gap was filled within the analysis' maximum number of days (the gap bar included).
   *
   * @return true if {@link #daysToFill()} is present
   */
  public boolean filledWithin() {
    return daysToFill.isPresent();
  }
}
