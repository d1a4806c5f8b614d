package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lag-aware alignment of option-chain snapshots to spot bars: for each bar time, the latest snapshot taken
 * at or before it, how old it is, and how far to trust its implied volatilities.
 *
 * <p>Option chains are snapshotted less often than the underlying trades, so a bar at 10:31 may only
 * have the 10:25 chain. Using it as if it were current mixes a fresh spot with stale volatilities; never
 * looking past the bar time avoids look-ahead. With {@code lag = barTime - snapshotTime} in seconds:
 * <ul>
 *   <li>IV confidence {@code = 0.5^(lag / halfLife)} ({@link #ivConfidence(double, double)}; half-life
 *       300 s by default): 1 for a snapshot taken at the bar, 1/2 after one half-life;</li>
 *   <li>a snapshot is <b>stale</b> when {@code lag > maxLag} of its underlying (600 s for SPY and QQQ,
 *       900 s for SPX by default, see {@link AlignmentSettings}); the {@link AlignmentPolicy} decides
 *       whether stale snapshots are withheld and whether confidence decays;</li>
 *   <li>diagnostics over a run of bars: the stale rate (bars without a fresh snapshot) and the lag
 *       distribution; with fail-fast on, {@link #alignAll(List)} aborts by throwing a
 *       {@link StaleChainException} when the stale rate exceeds the threshold (20 % by default), since a
 *       backtest on mostly stale chains would be meaningless. With fail-fast off the report carries the
 *       same diagnostics and the caller decides.</li>
 * </ul>
 *
 * <pre>{@code
 * ChainAlignment alignment = ChainAlignment.of("SPY", snapshots, AlignmentSettings.defaults());
 * AlignmentReport report = alignment.alignAll(barTimes);   // StaleChainException if > 20 % stale
 * for (AlignedChain a : report.alignments()) {
 *   if (a.isUsable()) {
 *     double weight = a.confidence();
 *     OptionChain chain = a.chain().orElseThrow();
 *   }
 * }
 * double staleRate = report.diagnostics().staleRate();
 * }</pre>
 */
public final class ChainAlignment {

  private final String underlying;
  private final AlignmentSettings settings;
  private final OptionChain[] snapshots;
  private final double maxLagSeconds;

  private ChainAlignment(String underlying, AlignmentSettings settings, OptionChain[] snapshots) {
    this.underlying = underlying;
    this.settings = settings;
    this.snapshots = snapshots;
    this.maxLagSeconds = settings.maxLagSecondsFor(underlying);
  }

  /**
   * An alignment over the snapshots of one underlying.
   *
   * @param underlying the underlying symbol; every snapshot must be on it
   * @param snapshots the chain snapshots, in any order, at most one per timestamp; may be empty
   * @param settings the policy, half-life, maximum lags and fail-fast rule
   * @return the alignment
   * @throws IllegalArgumentException if an argument is null, a snapshot is on another underlying, or two
   *     snapshots share a timestamp
   */
  public static ChainAlignment of(
      String underlying, Collection<OptionChain> snapshots, AlignmentSettings settings) {
    Args.notNull(underlying, "underlying");
    Args.notNull(snapshots, "snapshots");
    Args.notNull(settings, "settings");
    List<OptionChain> sorted = new ArrayList<>(snapshots.size());
    for (OptionChain c : snapshots) {
      Args.notNull(c, "snapshots element");
      if (!c.underlying().equals(underlying)) {
        throw new IllegalArgumentException("snapshots must be on " + underlying + ", found one on "
            + c.underlying() + " at " + c.timestamp());
      }
      sorted.add(c);
    }
    sorted.sort(Comparator.comparing(OptionChain::timestamp));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).timestamp().equals(sorted.get(i - 1).timestamp())) {
        throw new IllegalArgumentException("snapshots must have distinct timestamps, two at "
            + sorted.get(i).timestamp());
      }
    }
    return new ChainAlignment(underlying, settings, sorted.toArray(new OptionChain[0]));
  }

  /**
   * The implied-volatility confidence of a snapshot of a given age, {@code 0.5^(lag / halfLife)}.
   *
   * @param lagSeconds the lag, {@code >= 0} ({@code +infinity} gives 0)
   * @param halfLifeSeconds the half-life, finite and {@code > 0}
   * @return the confidence in {@code [0, 1]}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double ivConfidence(double lagSeconds, double halfLifeSeconds) {
    Args.atLeast(lagSeconds, 0, "lagSeconds");
    Args.positive(halfLifeSeconds, "halfLifeSeconds");
    return Math.pow(0.5, lagSeconds / halfLifeSeconds);
  }

  /**
   * Aligns one bar: the latest snapshot whose timestamp is not after {@code barTime}, treated by the
   * policy.
   *
   * @param barTime the spot bar time
   * @return the alignment
   * @throws IllegalArgumentException if {@code barTime} is null
   */
  public AlignedChain align(Instant barTime) {
    Args.notNull(barTime, "barTime");
    int i = latestNotAfter(barTime);
    if (i < 0) {
      return new AlignedChain(barTime, Optional.empty(), Double.POSITIVE_INFINITY, 0,
          AlignmentStatus.NO_SNAPSHOT);
    }
    OptionChain chain = snapshots[i];
    Duration age = Duration.between(chain.timestamp(), barTime);
    double lag = age.getSeconds() + age.getNano() * 1e-9;
    boolean fresh = lag <= maxLagSeconds;
    double decayed = ivConfidence(lag, settings.halfLifeSeconds());
    switch (settings.policy()) {
      case HARD_CUTOFF:
        return fresh
            ? new AlignedChain(barTime, Optional.of(chain), lag, 1, AlignmentStatus.FRESH)
            : new AlignedChain(barTime, Optional.empty(), lag, 0, AlignmentStatus.STALE_REJECTED);
      case DECAY_ONLY:
        return new AlignedChain(barTime, Optional.of(chain), lag, decayed,
            fresh ? AlignmentStatus.FRESH : AlignmentStatus.STALE_DECAYED);
      default:
        return fresh
            ? new AlignedChain(barTime, Optional.of(chain), lag, decayed, AlignmentStatus.FRESH)
            : new AlignedChain(barTime, Optional.empty(), lag, 0, AlignmentStatus.STALE_REJECTED);
    }
  }

  /**
   * Aligns a run of bars and computes the diagnostics; with fail-fast on, aborts when the stale rate of
   * the run exceeds the threshold.
   *
   * @param barTimes the bar times, in any order
   * @return one alignment per bar, in the given order, with the diagnostics
   * @throws StaleChainException if {@link AlignmentSettings#failFast()} and the stale rate exceeds
   *     {@link AlignmentSettings#maxStaleRate()}
   * @throws IllegalArgumentException if the list or an element is null
   */
  public AlignmentReport alignAll(List<Instant> barTimes) {
    Args.notNull(barTimes, "barTimes");
    List<AlignedChain> out = new ArrayList<>(barTimes.size());
    for (Instant t : barTimes) {
      out.add(align(t));
    }
    AlignmentDiagnostics diagnostics = AlignmentDiagnostics.of(out);
    if (settings.failFast() && diagnostics.staleRate() > settings.maxStaleRate()) {
      throw new StaleChainException(underlying, diagnostics, settings.maxStaleRate());
    }
    return new AlignmentReport(out, diagnostics);
  }

  /** Index of the last snapshot with timestamp <= t, or -1. */
  private int latestNotAfter(Instant t) {
    int lo = 0;
    int hi = snapshots.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (!snapshots[mid].timestamp().isAfter(t)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * The underlying symbol.
   *
   * @return the symbol
   */
  public String underlying() {
    return underlying;
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public AlignmentSettings settings() {
    return settings;
  }

  /**
   * The maximum lag that applies to this underlying.
   *
   * @return the maximum lag in seconds
   */
  public double maxLagSeconds() {
    return maxLagSeconds;
  }

  /**
   * The number of snapshots.
   *
   * @return the count
   */
  public int snapshotCount() {
    return snapshots.length;
  }
}
