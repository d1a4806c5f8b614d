package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import java.util.Map;
import java.util.TreeMap;

/**
 * How {@link ChainAlignment} matches chain snapshots to spot bars: the policy, the confidence half-life,
 * the maximum lag per underlying and the fail-fast rule.
 *
 * <p>{@link #defaults()}: {@link AlignmentPolicy#DECAY_THEN_CUTOFF}, half-life 300 s, maximum lag 600 s
 * for SPY, QQQ, IWM and any underlying not listed, 900 s for the cash indices SPX, NDX and RUT (their
 * chains are larger and refresh more slowly), fail-fast on with a maximum stale rate of 0.20. Change a
 * field with the {@code with...} methods.
 *
 * <pre>{@code
 * AlignmentSettings settings = AlignmentSettings.defaults()
 *     .withPolicy(AlignmentPolicy.HARD_CUTOFF)
 *     .withMaxLag("TSLA", 300)
 *     .withFailFast(false);
 * }</pre>
 *
 * @param policy what to do with lagging snapshots
 * @param halfLifeSeconds the lag at which the implied-volatility confidence is 1/2, finite and {@code > 0}
 * @param maxLagSeconds the maximum lag in seconds per underlying symbol (copied; values finite, {@code >= 0})
 * @param defaultMaxLagSeconds the maximum lag for underlyings not in {@code maxLagSeconds}, finite and
 *     {@code >= 0}
 * @param failFast whether {@link ChainAlignment#alignAll} aborts with a {@link StaleChainException} when
 *     the stale rate exceeds {@code maxStaleRate}
 * @param maxStaleRate the largest acceptable stale rate, in {@code [0, 1]}
 */
public record AlignmentSettings(
    AlignmentPolicy policy, double halfLifeSeconds, Map<String, Double> maxLagSeconds,
    double defaultMaxLagSeconds, boolean failFast, double maxStaleRate) {

  /** Default confidence half-life: 300 seconds. */
  public static final double DEFAULT_HALF_LIFE_SECONDS = 300;
  /** Default maximum lag for unlisted underlyings: 600 seconds. */
  public static final double DEFAULT_MAX_LAG_SECONDS = 600;
  /** Default maximum stale rate before fail-fast aborts: 0.20. */
  public static final double DEFAULT_MAX_STALE_RATE = 0.20;

  /**
   * Validates and copies.
   *
   * @param policy the policy
   * @param halfLifeSeconds the half-life
   * @param maxLagSeconds the maximum lags by underlying
   * @param defaultMaxLagSeconds the maximum lag of other underlyings
   * @param failFast whether to abort on a high stale rate
   * @param maxStaleRate the stale-rate threshold
   * @throws IllegalArgumentException if a reference is null or a number out of range
   */
  public AlignmentSettings {
    Args.notNull(policy, "policy");
    Args.positive(halfLifeSeconds, "halfLifeSeconds");
    Args.notNull(maxLagSeconds, "maxLagSeconds");
    Map<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : maxLagSeconds.entrySet()) {
      Args.notNull(e.getKey(), "maxLagSeconds key");
      Double lag = Args.notNull(e.getValue(), "maxLagSeconds[" + e.getKey() + "]");
      checkLag(lag, "maxLagSeconds[" + e.getKey() + "]");
      copy.put(e.getKey(), lag);
    }
    maxLagSeconds = java.util.Collections.unmodifiableMap(copy);
    checkLag(defaultMaxLagSeconds, "defaultMaxLagSeconds");
    Args.inRange(maxStaleRate, 0, 1, "maxStaleRate");
  }

  private static void checkLag(double lag, String name) {
    Args.finite(Args.atLeast(lag, 0, name), name);
  }

  /**
   * The default settings described above.
   *
   * @return the defaults
   */
  public static AlignmentSettings defaults() {
    Map<String, Double> lags = new TreeMap<>();
    lags.put("SPY", 600.0);
    lags.put("QQQ", 600.0);
    lags.put("IWM", 600.0);
    lags.put("SPX", 900.0);
    lags.put("NDX", 900.0);
    lags.put("RUT", 900.0);
    return new AlignmentSettings(AlignmentPolicy.DECAY_THEN_CUTOFF, DEFAULT_HALF_LIFE_SECONDS, lags,
        DEFAULT_MAX_LAG_SECONDS, true, DEFAULT_MAX_STALE_RATE);
  }

  /**
   * The maximum lag for an underlying: its entry in {@link #maxLagSeconds()}, else
   * {@link #defaultMaxLagSeconds()}.
   *
   * @param underlying the symbol
   * @return the maximum lag in seconds
   */
  public double maxLagSecondsFor(String underlying) {
    Double lag = maxLagSeconds.get(Args.notNull(underlying, "underlying"));
    return lag != null ? lag : defaultMaxLagSeconds;
  }

  /**
   * These settings with another policy.
   *
   * @param newPolicy the policy
   * @return the new settings
   */
  public AlignmentSettings withPolicy(AlignmentPolicy newPolicy) {
    return new AlignmentSettings(newPolicy, halfLifeSeconds, maxLagSeconds, defaultMaxLagSeconds, failFast,
        maxStaleRate);
  }

  /**
   * These settings with another half-life.
   *
   * @param seconds the half-life, finite and {@code > 0}
   * @return the new settings
   */
  public AlignmentSettings withHalfLifeSeconds(double seconds) {
    return new AlignmentSettings(policy, seconds, maxLagSeconds, defaultMaxLagSeconds, failFast,
        maxStaleRate);
  }

  /**
   * These settings with the maximum lag of one underlying set.
   *
   * @param underlying the symbol
   * @param seconds the maximum lag, finite and {@code >= 0}
   * @return the new settings
   */
  public AlignmentSettings withMaxLag(String underlying, double seconds) {
    Map<String, Double> lags = new TreeMap<>(maxLagSeconds);
    lags.put(Args.notNull(underlying, "underlying"), seconds);
    return new AlignmentSettings(policy, halfLifeSeconds, lags, defaultMaxLagSeconds, failFast,
        maxStaleRate);
  }

  /**
   * These settings with another maximum lag for unlisted underlyings.
   *
   * @param seconds the maximum lag, finite and {@code >= 0}
   * @return the new settings
   */
  public AlignmentSettings withDefaultMaxLagSeconds(double seconds) {
    return new AlignmentSettings(policy, halfLifeSeconds, maxLagSeconds, seconds, failFast, maxStaleRate);
  }

  /**
   * These settings with fail-fast switched on or off.
   *
   * @param on whether to abort on a high stale rate
   * @return the new settings
   */
  public AlignmentSettings withFailFast(boolean on) {
    return new AlignmentSettings(policy, halfLifeSeconds, maxLagSeconds, defaultMaxLagSeconds, on,
        maxStaleRate);
  }

  /**
   * These settings with another stale-rate threshold.
   *
   * @param rate the threshold, in {@code [0, 1]}
   * @return the new settings
   */
  public AlignmentSettings withMaxStaleRate(double rate) {
    return new AlignmentSettings(policy, halfLifeSeconds, maxLagSeconds, defaultMaxLagSeconds, failFast,
        rate);
  }
}
