package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.Optional;

/**
 * The chain snapshot matched to one spot bar by {@link ChainAlignment}, with its lag and the confidence
 * to put in its implied volatilities.
 *
 * @param barTime the time of the spot bar
 * @param chain the snapshot to use: the latest one not after the bar, unless the policy withheld it (or
 *     there is none)
 * @param lagSeconds {@code barTime - snapshot time} in seconds, {@code >= 0}; {@code +infinity} when there
 *     is no snapshot at or before the bar (an infinitely old one: its confidence is 0)
 * @param confidence the weight to give the snapshot's implied volatilities, in {@code [0, 1]}:
 *     {@code 0.5^(lagSeconds / halfLife)} under the decaying policies, 1 under
 *     {@link AlignmentPolicy#HARD_CUTOFF}, 0 when withheld or missing
 * @param status how the bar was matched
 */
public record AlignedChain(
    Instant barTime, Optional<OptionChain> chain, double lagSeconds, double confidence,
    AlignmentStatus status) {

  /**
   * Validates the value.
   *
   * @param barTime the bar time
   * @param chain the snapshot, or empty
   * @param lagSeconds the lag
   * @param confidence the confidence
   * @param status the status
   * @throws IllegalArgumentException if a reference is null or a number out of range
   */
  public AlignedChain {
    Args.notNull(barTime, "barTime");
    Args.notNull(chain, "chain");
    Args.atLeast(lagSeconds, 0, "lagSeconds");
    Args.inRange(confidence, 0, 1, "confidence");
    Args.notNull(status, "status");
  }

  /**
   * Whether a snapshot is available for the bar.
   *
   * @return {@code chain().isPresent()}
   */
  public boolean isUsable() {
    return chain.isPresent();
  }
}
