package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.core.regime.RegimeMultipliers;
import io.quantor.core.regime.TrendRegime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vote worked by hand, the regime multipliers, missing models and argument checks.
 */
class SignalEngineTest {

  private static final Instant T = Instant.parse("2024-03-01T21:00:00Z");

  private static Signal signal(String source, double score, double confidence) {
    return Signal.of("SPY", T, score, confidence, 5, source);
  }

  private static SignalEngine engine() {
    return SignalEngine.builder().model("a", 1).model("b", 2).model("c", 1, 0.5).minConfidence(0.1).build();
  }

  /**
   * Weights a 1, b 2, c 1 (c needs confidence 0.5), W = 4. a BUY 0.6/0.6, b SELL -0.2/0.2, c BUY 0.4/0.4
   * (below its threshold: abstains). Score (0.6 - 0.4)/4 = 0.05: BUY candidate; raw confidence 0.6/4 =
   * 0.15; shares 1/4 BUY, 2/4 SELL, 1/4 ABSTAIN, entropy 1.5 bits; disagreement 1 - 0.2/1.0 = 0.8.
   */
  @Test
  void voteByHand() {
    List<Signal> signals = List.of(signal("a", 0.6, 0.6), signal("b", -0.2, 0.2), signal("c", 0.4, 0.4));
    EnsembleVote v = engine().vote(signals);
    assertEquals(0.05, v.signal().score(), 1e-15);
    assertEquals(Direction.BUY, v.signal().direction());
    assertEquals(0.15, v.rawConfidence(), 1e-15);
    assertEquals(0.15, v.signal().confidence(), 1e-15);
    assertEquals(1.0, v.regimeMultiplier());
    assertEquals(0.25, v.buyShare(), 1e-15);
    assertEquals(0.5, v.sellShare(), 1e-15);
    assertEquals(0.25, v.abstainShare(), 1e-15);
    assertEquals(1.5, v.entropyBits(), 1e-15);
    assertEquals(1.5 / (Math.log(3) / Math.log(2)), v.normalizedEntropy(), 1e-15);
    assertEquals(0.8, v.disagreement(), 1e-15);
    assertEquals(2, v.voters());
    assertEquals("signal-engine", v.signal().source());
    assertEquals("SPY", v.signal().instrument());
    assertEquals(T, v.signal().time());
    assertEquals(5, v.signal().horizonBars());
  }

  /** Bear multiplier 0.5: confidence 0.075 is below the global 0.1, so the engine abstains. */
  @Test
  void regimeMultiplierScalesTheConfidence() {
    List<Signal> signals = List.of(signal("a", 0.6, 0.6), signal("b", -0.2, 0.2), signal("c", 0.4, 0.4));
    EnsembleVote bear = engine().vote(signals, TrendRegime.BEAR);
    assertEquals(0.5, bear.regimeMultiplier());
    assertEquals(0.075, bear.signal().confidence(), 1e-15);
    assertEquals(Direction.ABSTAIN, bear.signal().direction());
    assertEquals(0.05, bear.signal().score(), 1e-15, "the score is kept");
    assertEquals(0.105, engine().vote(signals, TrendRegime.SIDEWAYS).signal().confidence(), 1e-15);
    assertEquals(Direction.BUY, engine().vote(signals, TrendRegime.SIDEWAYS).signal().direction());
    assertEquals(1.0, engine().vote(signals, 10.0).signal().confidence(), "capped at 1");
    SignalEngine custom = SignalEngine.builder().model("a", 1)
        .regimeMultipliers(RegimeMultipliers.of(1, 1, 0))
        .build();
    EnsembleVote zero = custom.vote(List.of(signal("a", 0.6, 0.6)), TrendRegime.BEAR);
    assertEquals(Direction.ABSTAIN, zero.signal().direction(), "zero confidence never trades");
  }

  /** A registered model without a signal abstains with its weight; horizon is the shortest one. */
  @Test
  void missingModelsAbstain() {
    Signal a = Signal.of("SPY", T, 0.6, 0.6, 3, "a");
    EnsembleVote v = engine().vote(List.of(a));
    assertEquals(0.15, v.signal().score(), 1e-15);
    assertEquals(0.75, v.abstainShare(), 1e-15);
    assertEquals(3, v.signal().horizonBars());
    Signal b = Signal.of("SPY", T, -0.1, 0.1, 2, "b");
    assertEquals(2, engine().vote(List.of(a, b)).signal().horizonBars());
  }

  @Test
  void abstainingSignalsDoNotVote() {
    Signal held = new Signal("SPY", T, Direction.ABSTAIN, 0.9, 0.9, 1, "a");
    EnsembleVote v = engine().vote(List.of(held));
    assertEquals(0.0, v.signal().score());
    assertEquals(0, v.voters());
    assertEquals(0.0, v.entropyBits());
    assertEquals(0.0, v.disagreement());
    assertEquals(Direction.ABSTAIN, v.signal().direction());
  }

  @Test
  void rejectsInvalidVotes() {
    SignalEngine e = engine();
    Signal a = signal("a", 0.5, 0.5);
    assertThrows(IllegalArgumentException.class, () -> e.vote(List.of()));
    assertThrows(IllegalArgumentException.class, () -> e.vote(null));
    assertThrows(IllegalArgumentException.class, () -> e.vote(List.of(signal("zzz", 0.5, 0.5))));
    assertThrows(IllegalArgumentException.class, () -> e.vote(List.of(a, a)));
    assertThrows(IllegalArgumentException.class,
        () -> e.vote(List.of(a, Signal.of("QQQ", T, 0.5, 0.5, 1, "b"))));
    assertThrows(IllegalArgumentException.class,
        () -> e.vote(List.of(a, Signal.of("SPY", T.plusSeconds(1), 0.5, 0.5, 1, "b"))));
    assertThrows(IllegalArgumentException.class, () -> e.vote(List.of(a), -0.1));
    assertThrows(IllegalArgumentException.class, () -> e.vote(List.of(a), Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> e.vote(List.of(a), (TrendRegime) null));
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThrows(IllegalArgumentException.class, () -> SignalEngine.builder().build());
    assertThrows(IllegalArgumentException.class, () -> SignalEngine.builder().model("a", 0));
    assertThrows(IllegalArgumentException.class, () -> SignalEngine.builder().model("a", 1, 1.5));
    assertThrows(IllegalArgumentException.class, () -> SignalEngine.builder().model(" ", 1));
    assertThrows(IllegalArgumentException.class, () -> SignalEngine.builder().model("a", 1).model("a", 2));
    assertThrows(IllegalArgumentException.class, () -> SignalEngine.builder().minConfidence(-0.1));
    assertThrows(IllegalArgumentException.class, () -> SignalEngine.builder().name(""));
    assertThrows(IllegalArgumentException.class, () -> SignalEngine.builder().regimeMultipliers(null));
    SignalEngine e = SignalEngine.builder().model("x", 2, 0.3).model("y", 1).name("ens").build();
    assertEquals(List.of("x", "y"), List.copyOf(e.weights().keySet()));
    assertEquals(0.3, e.modelThresholds().get("x"));
    assertEquals("ens", e.name());
    assertEquals(RegimeMultipliers.defaults(), e.regimeMultipliers());
  }

  @Test
  void signalValidation() {
    assertThrows(IllegalArgumentException.class,
        () -> new Signal("SPY", T, Direction.BUY, -0.1, 0.1, 1, "a"));
    assertThrows(IllegalArgumentException.class,
        () -> new Signal("SPY", T, Direction.SELL, 0.0, 0.1, 1, "a"));
    assertThrows(IllegalArgumentException.class, () -> Signal.of("SPY", T, 1.5, 0.1, 1, "a"));
    assertThrows(IllegalArgumentException.class, () -> Signal.of("SPY", T, 0.5, -0.1, 1, "a"));
    assertThrows(IllegalArgumentException.class, () -> Signal.of("SPY", T, Double.NaN, 0.1, 1, "a"));
    assertThrows(IllegalArgumentException.class, () -> Signal.of("SPY", T, 0.5, 0.1, 0, "a"));
    assertThrows(IllegalArgumentException.class, () -> Signal.of("", T, 0.5, 0.1, 1, "a"));
    assertThrows(IllegalArgumentException.class, () -> Signal.of("SPY", null, 0.5, 0.1, 1, "a"));
    assertThrows(IllegalArgumentException.class, () -> Signal.of("SPY", T, 0.5, 0.1, 1, " "));
    assertEquals(Signal.of("SPY", T, 0.0, 0.0, 1, "a"), Signal.of("SPY", T, -0.0, 0.0, 1, "a"));
    assertEquals(Direction.ABSTAIN, Signal.of("SPY", T, 0.0, 0.3, 1, "a").direction());
    assertEquals(-1, Direction.SELL.sign());
  }
}
