package io.quantor.options.chain;

/** How a spot bar was matched to a chain snapshot ({@link AlignedChain#status()}). */
public enum AlignmentStatus {
  /** A snapshot within the maximum lag: used. */
  FRESH,
  /** A snapshot older than the maximum lag, used anyway with a decayed confidence ({@link
   * AlignmentPolicy#DECAY_ONLY}). */
  STALE_DECAYED,
  /** A snapshot older than the maximum lag, withheld by the cutoff. */
  STALE_REJECTED,
  /** No snapshot at or before the bar time. */
  NO_SNAPSHOT;

  /**
   * Whether the bar counts as stale in the diagnostics: every status but {@link #FRESH}.
   *
   * @return {@code this != FRESH}
   */
  public boolean isStale() {
    return this != FRESH;
  }
}
