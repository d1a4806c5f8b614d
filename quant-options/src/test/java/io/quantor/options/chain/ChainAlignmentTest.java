package io.quantor.options.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ChainAlignment}: the latest snapshot not after each bar, its lag, the IV confidence
 * {@code 0.5^(lag / 300 s)}, the three policies, per-underlying maximum lags, diagnostics and fail-fast.
 *
 * <p>Snapshots at 10:00, 10:05 and 10:20; bars at 09:59 (none yet), 10:00 (lag 0), 10:07 (lag 120 s),
 * 10:15 (lag 600 s, exactly SPY's maximum), 10:19 (lag 840 s: stale for SPY, fresh for SPX) and 10:20.
 */
class ChainAlignmentTest {

  private static final Instant T0 = Instant.parse("2024-03-01T15:00:00Z");
  private static final Instant BAR_BEFORE = T0.minusSeconds(60);
  private static final Instant BAR_AT = T0;
  private static final Instant BAR_120 = T0.plusSeconds(420);
  private static final Instant BAR_600 = T0.plusSeconds(900);
  private static final Instant BAR_840 = T0.plusSeconds(1140);
  private static final Instant BAR_LAST = T0.plusSeconds(1200);

  private static OptionChain snapshot(String underlying, Instant at) {
    return OptionChain.of(underlying, 100, at, LocalDate.of(2024, 3, 1), 0.05, 0.01, List.of());
  }

  private static List<OptionChain> snapshots(String underlying) {
    // Deliberately out of order: the alignment sorts them.
    return List.of(snapshot(underlying, T0.plusSeconds(1200)), snapshot(underlying, T0),
        snapshot(underlying, T0.plusSeconds(300)));
  }

  private static ChainAlignment alignment(String underlying, AlignmentSettings settings) {
    return ChainAlignment.of(underlying, snapshots(underlying), settings);
  }

  private static AlignmentSettings settings(AlignmentPolicy policy) {
    return AlignmentSettings.defaults().withPolicy(policy).withFailFast(false);
  }

  @Test
  void defaults() {
    AlignmentSettings d = AlignmentSettings.defaults();
    assertEquals(AlignmentPolicy.DECAY_THEN_CUTOFF, d.policy());
    assertEquals(300, d.halfLifeSeconds());
    assertEquals(600, d.maxLagSecondsFor("SPY"));
    assertEquals(600, d.maxLagSecondsFor("QQQ"));
    assertEquals(900, d.maxLagSecondsFor("SPX"));
    assertEquals(600, d.maxLagSecondsFor("TSLA"));
    assertTrue(d.failFast());
    assertEquals(0.20, d.maxStaleRate());
  }

  @Test
  void ivConfidenceHalvesEveryHalfLife() {
    assertEquals(1, ChainAlignment.ivConfidence(0, 300));
    assertEquals(0.5, ChainAlignment.ivConfidence(300, 300));
    assertEquals(0.25, ChainAlignment.ivConfidence(600, 300));
    assertEquals(0, ChainAlignment.ivConfidence(Double.POSITIVE_INFINITY, 300));
    assertThrows(IllegalArgumentException.class, () -> ChainAlignment.ivConfidence(-1, 300));
    assertThrows(IllegalArgumentException.class, () -> ChainAlignment.ivConfidence(1, 0));
  }

  @Test
  void picksTheLatestSnapshotNotAfterTheBar() {
    ChainAlignment a = alignment("SPY", settings(AlignmentPolicy.DECAY_ONLY));
    assertEquals(3, a.snapshotCount());
    AlignedChain before = a.align(BAR_BEFORE);
    assertEquals(AlignmentStatus.NO_SNAPSHOT, before.status());
    assertFalse(before.isUsable());
    assertEquals(Double.POSITIVE_INFINITY, before.lagSeconds());
    assertEquals(0, before.confidence());
    AlignedChain at = a.align(BAR_AT);
    assertEquals(T0, at.chain().orElseThrow().timestamp());
    assertEquals(0, at.lagSeconds());
    assertEquals(1, at.confidence());
    assertEquals(T0.plusSeconds(300), a.align(BAR_120).chain().orElseThrow().timestamp());
    assertEquals(120, a.align(BAR_120).lagSeconds());
    // Never a snapshot taken after the bar, even one second after it.
    assertEquals(T0.plusSeconds(300), a.align(BAR_LAST.minusSeconds(1)).chain().orElseThrow().timestamp());
    assertEquals(T0.plusSeconds(1200), a.align(BAR_LAST).chain().orElseThrow().timestamp());
    // Sub-second lags are kept.
    assertEquals(600.5, a.align(BAR_600.plusMillis(500)).lagSeconds(), 1e-12);
  }

  @Test
  void hardCutoffUsesFreshSnapshotsAtFullConfidenceAndWithholdsStaleOnes() {
    ChainAlignment a = alignment("SPY", settings(AlignmentPolicy.HARD_CUTOFF));
    AlignedChain fresh = a.align(BAR_120);
    assertEquals(AlignmentStatus.FRESH, fresh.status());
    assertEquals(1, fresh.confidence());
    assertTrue(fresh.isUsable());
    AlignedChain atLimit = a.align(BAR_600);
    assertEquals(AlignmentStatus.FRESH, atLimit.status());
    assertEquals(1, atLimit.confidence());
    AlignedChain stale = a.align(BAR_840);
    assertEquals(AlignmentStatus.STALE_REJECTED, stale.status());
    assertEquals(840, stale.lagSeconds());
    assertEquals(0, stale.confidence());
    assertFalse(stale.isUsable());
  }

  @Test
  void decayOnlyAlwaysUsesTheSnapshotWithDecayingConfidence() {
    ChainAlignment a = alignment("SPY", settings(AlignmentPolicy.DECAY_ONLY));
    AlignedChain fresh = a.align(BAR_120);
    assertEquals(AlignmentStatus.FRESH, fresh.status());
    assertEquals(Math.pow(0.5, 120.0 / 300), fresh.confidence(), 1e-15);
    assertEquals(0.25, a.align(BAR_600).confidence(), 1e-15);
    AlignedChain stale = a.align(BAR_840);
    assertEquals(AlignmentStatus.STALE_DECAYED, stale.status());
    assertTrue(stale.isUsable());
    assertEquals(Math.pow(0.5, 2.8), stale.confidence(), 1e-15);
  }

  @Test
  void decayThenCutoffDecaysUpToTheMaximumLagAndWithholdsBeyond() {
    ChainAlignment a = alignment("SPY", settings(AlignmentPolicy.DECAY_THEN_CUTOFF));
    assertEquals(Math.pow(0.5, 0.4), a.align(BAR_120).confidence(), 1e-15);
    assertEquals(AlignmentStatus.FRESH, a.align(BAR_600).status());
    assertEquals(0.25, a.align(BAR_600).confidence(), 1e-15);
    AlignedChain stale = a.align(BAR_840);
    assertEquals(AlignmentStatus.STALE_REJECTED, stale.status());
    assertEquals(0, stale.confidence());
    assertTrue(stale.chain().isEmpty());
  }

  @Test
  void maximumLagDependsOnTheUnderlying() {
    AlignmentSettings s = settings(AlignmentPolicy.HARD_CUTOFF);
    assertEquals(AlignmentStatus.FRESH, alignment("SPX", s).align(BAR_840).status());
    assertEquals(900, alignment("SPX", s).maxLagSeconds());
    assertEquals(AlignmentStatus.STALE_REJECTED, alignment("QQQ", s).align(BAR_840).status());
    assertEquals(AlignmentStatus.STALE_REJECTED, alignment("TSLA", s).align(BAR_840).status());
    assertEquals(AlignmentStatus.FRESH,
        alignment("TSLA", s.withMaxLag("TSLA", 1000)).align(BAR_840).status());
    assertEquals(AlignmentStatus.FRESH,
        alignment("TSLA", s.withDefaultMaxLagSeconds(840)).align(BAR_840).status());
  }

  @Test
  void diagnosticsCountStatusesAndDescribeTheLags() {
    ChainAlignment a = alignment("SPY", settings(AlignmentPolicy.DECAY_THEN_CUTOFF));
    List<Instant> bars = List.of(BAR_LAST, BAR_BEFORE, BAR_AT, BAR_120, BAR_600, BAR_840);
    AlignmentReport report = a.alignAll(bars);
    assertEquals(6, report.alignments().size());
    for (int i = 0; i < bars.size(); i++) {
      assertSame(bars.get(i), report.alignments().get(i).barTime());
    }
    AlignmentDiagnostics d = report.diagnostics();
    assertEquals(6, d.bars());
    assertEquals(4, d.fresh());
    assertEquals(0, d.staleDecayed());
    assertEquals(1, d.staleRejected());
    assertEquals(1, d.missing());
    assertEquals(2.0 / 6, d.staleRate(), 1e-15);
    // Lags of the bars with a snapshot: 0, 0, 120, 600, 840 (type-7 quantiles).
    LagDistribution lag = d.lag().orElseThrow();
    assertEquals(5, lag.count());
    assertEquals(312, lag.meanSeconds(), 1e-12);
    assertEquals(120, lag.medianSeconds(), 1e-12);
    assertEquals(744, lag.p90Seconds(), 1e-9);
    assertEquals(830.4, lag.p99Seconds(), 1e-9);
    assertEquals(840, lag.maxSeconds());
    AlignmentDiagnostics none = AlignmentDiagnostics.of(List.of());
    assertEquals(0, none.staleRate());
    assertTrue(none.lag().isEmpty());
  }

  @Test
  void decayOnlyCountsStaleBarsItStillUses() {
    AlignmentReport report = alignment("SPY", settings(AlignmentPolicy.DECAY_ONLY))
        .alignAll(List.of(BAR_AT, BAR_840));
    assertEquals(1, report.diagnostics().staleDecayed());
    assertEquals(0.5, report.diagnostics().staleRate());
  }

  @Test
  void failFastAbortsWhenTheStaleRateExceedsTheThreshold() {
    List<Instant> bars = List.of(BAR_BEFORE, BAR_AT, BAR_120, BAR_600, BAR_840, BAR_LAST);
    AlignmentSettings failFast = AlignmentSettings.defaults();
    StaleChainException e = assertThrows(StaleChainException.class,
        () -> alignment("SPY", failFast).alignAll(bars));
    assertEquals(2.0 / 6, e.diagnostics().staleRate(), 1e-15);
    assertEquals(1, e.diagnostics().missing());
    assertTrue(e.getMessage().contains("SPY") && e.getMessage().contains("0.2000"), e.getMessage());
    // At the threshold exactly it carries on; so does a run that is fresh enough, or fail-fast off.
    assertEquals(6, alignment("SPY", failFast.withMaxStaleRate(2.0 / 6)).alignAll(bars).alignments().size());
    assertEquals(0, alignment("SPY", failFast).alignAll(List.of(BAR_AT, BAR_120)).diagnostics().staleRate());
    assertEquals(2.0 / 6, alignment("SPY", failFast.withFailFast(false)).alignAll(bars).diagnostics()
        .staleRate(), 1e-15);
    // No snapshots at all: every bar is missing.
    ChainAlignment empty = ChainAlignment.of("SPY", List.of(), failFast);
    assertThrows(StaleChainException.class, () -> empty.alignAll(List.of(BAR_AT)));
  }

  @Test
  void rejectsInvalidInput() {
    AlignmentSettings s = AlignmentSettings.defaults();
    assertThrows(IllegalArgumentException.class,
        () -> ChainAlignment.of("SPY", List.of(snapshot("SPY", T0), snapshot("SPY", T0)), s));
    assertThrows(IllegalArgumentException.class,
        () -> ChainAlignment.of("SPY", List.of(snapshot("QQQ", T0)), s));
    assertThrows(IllegalArgumentException.class, () -> s.withHalfLifeSeconds(0));
    assertThrows(IllegalArgumentException.class, () -> s.withMaxStaleRate(1.5));
    assertThrows(IllegalArgumentException.class, () -> s.withMaxLag("SPY", -1));
    assertThrows(IllegalArgumentException.class, () -> s.withDefaultMaxLagSeconds(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> alignment("SPY", s).align(null));
  }
}
