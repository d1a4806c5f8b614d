package io.quantor.options.chain;

/**
 * What {@link ChainAlignment} does with a chain snapshot that lags a spot bar: how the implied-volatility
 * confidence {@code 0.5^(lag / halfLife)} is used and whether a snapshot older than the underlying's
 * maximum lag is withheld.
 *
 * <table>
 *   <caption>Outcome by policy</caption>
 *   <tr><th>policy</th><th>lag &lt;= max lag</th><th>lag &gt; max lag</th></tr>
 *   <tr><td>{@link #HARD_CUTOFF}</td><td>used, confidence 1</td><td>withheld, confidence 0</td></tr>
 *   <tr><td>{@link #DECAY_ONLY}</td><td>used, confidence decays</td><td>used, confidence decays</td></tr>
 *   <tr><td>{@link #DECAY_THEN_CUTOFF}</td><td>used, confidence decays</td>
 *       <td>withheld, confidence 0</td></tr>
 * </table>
 */
public enum AlignmentPolicy {
  /** Use a snapshot at full confidence up to the maximum lag, never beyond it. */
  HARD_CUTOFF,
  /** Always use the latest snapshot, with a confidence that halves every half-life; never cut off. */
  DECAY_ONLY,
  /** Decay the confidence with the lag and withhold snapshots older than the maximum lag. */
  DECAY_THEN_CUTOFF
}
