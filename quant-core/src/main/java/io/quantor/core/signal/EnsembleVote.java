package io.quantor.core.signal;

import io.quantor.core.internal.Args;

/**
 * The outcome of one {@link SignalEngine} vote: the ensemble's signal and how the vote went.
 *
 * <p>The weight shares are fractions of the total weight of the engine's models: a model votes BUY or SELL
 * when its signal does and its confidence reaches its threshold; it abstains otherwise, and when its
 * signal is missing. {@link #entropyBits()} is the Shannon entropy of the shares in bits (log base 2): 0
 * when every model votes the same way, 1 when the weight is split evenly between two outcomes, and
 * {@code log2(3) ~ 1.585} at most, when it is split evenly among all three. {@link #disagreement()} is
 * {@code 1 - |sum w_i s_i| / sum w_i |s_i|} over the voting models (weights {@code w_i}, scores
 * {@code s_i}): 0 when all voters' scores have one sign, 1 when the weighted scores cancel exactly; 0 when
 * no model votes.
 *
 * @param signal the ensemble's signal (score, regime-scaled confidence, direction after the thresholds)
 * @param rawConfidence the ensemble confidence before the regime multiplier, in {@code [0, 1]}
 * @param regimeMultiplier the multiplier applied to the confidence, {@code >= 0}
 * @param buyShare the share of the total weight voting BUY
 * @param sellShare the share of the total weight voting SELL
 * @param abstainShare the share of the total weight abstaining
 * @param entropyBits the entropy of the three shares, in bits, in {@code [0, log2(3)]}
 * @param disagreement the disagreement of the voters' scores, in {@code [0, 1]}
 * @param voters the number of models that voted BUY or SELL
 */
public record EnsembleVote(Signal signal, double rawConfidence, double regimeMultiplier, double buyShare,
    double sellShare, double abstainShare, double entropyBits, double disagreement, int voters) {

  /** The largest entropy of three outcomes, {@code log2(3)}. */
  public static final double MAX_ENTROPY_BITS = Math.log(3) / Math.log(2);

  /**
   * Validates the fields.
   *
   * @param signal the ensemble's signal
   * @param rawConfidence the confidence before the regime multiplier, in {@code [0, 1]}
   * @param regimeMultiplier the multiplier, finite and {@code >= 0}
   * @param buyShare the BUY share, in {@code [0, 1]}
   * @param sellShare the SELL share, in {@code [0, 1]}
   * @param abstainShare the ABSTAIN share, in {@code [0, 1]}
   * @param entropyBits the entropy, in {@code [0, log2(3)]} (with a rounding margin of {@code 1e-12})
   * @param disagreement the disagreement, in {@code [0, 1]}
   * @param voters the number of voting models, {@code >= 0}
   * @throws IllegalArgumentException if a field is out of range
   */
  public EnsembleVote {
    Args.notNull(signal, "signal");
    Args.inRange(rawConfidence, 0.0, 1.0, "rawConfidence");
    Args.finite(Args.atLeast(regimeMultiplier, 0.0, "regimeMultiplier"), "regimeMultiplier");
    Args.inRange(buyShare, 0.0, 1.0, "buyShare");
    Args.inRange(sellShare, 0.0, 1.0, "sellShare");
    Args.inRange(abstainShare, 0.0, 1.0, "abstainShare");
    Args.inRange(entropyBits, 0.0, MAX_ENTROPY_BITS + 1e-12, "entropyBits");
    Args.inRange(disagreement, 0.0, 1.0, "disagreement");
    Args.atLeast(voters, 0, "voters");
  }

  /**
   * The entropy as a fraction of its maximum {@code log2(3)}.
   *
   * @return the normalized entropy, in {@code [0, 1]}
   */
  public double normalizedEntropy() {
    return Math.min(1.0, entropyBits / MAX_ENTROPY_BITS);
  }
}
