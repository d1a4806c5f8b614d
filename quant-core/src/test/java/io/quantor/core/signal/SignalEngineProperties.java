package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Properties of the {@link SignalEngine} vote on random ensembles (seeded): unanimity, the entropy at its
 * extremes, the documented formulas, bounds, order independence and the monotone global threshold.
 */
class SignalEngineProperties {

  private static final Instant T = Instant.parse("2024-03-01T21:00:00Z");
  private static final double LOG2_3 = Math.log(3) / Math.log(2);

  /** A random ensemble: the engine and one signal per model. */
  private static final class Ensemble {
    final SignalEngine engine;
    final List<Signal> signals;
    final double[] weights;
    final double[] thresholds;

    Ensemble(SignalEngine engine, List<Signal> signals, double[] weights, double[] thresholds) {
      this.engine = engine;
      this.signals = signals;
      this.weights = weights;
      this.thresholds = thresholds;
    }
  }

  /** Directions: -1 all SELL, +1 all BUY, 0 random. */
  private static Ensemble ensemble(long seed, int n, int unanimous, double globalThreshold) {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    SignalEngine.Builder b = SignalEngine.builder().minConfidence(globalThreshold);
    List<Signal> signals = new ArrayList<>();
    double[] w = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.1 + 5 * rng.nextDouble();
      double confidence = 0.01 + 0.99 * rng.nextDouble();
      double magnitude = 0.01 + 0.99 * rng.nextDouble();
      m[i] = unanimous != 0 ? confidence * rng.nextDouble() : rng.nextDouble() * 0.6;
      b.model("m" + i, w[i], m[i]);
      int d = unanimous != 0 ? unanimous : rng.nextInt(3) - 1;
      Direction dir = d > 0 ? Direction.BUY : d < 0 ? Direction.SELL : Direction.ABSTAIN;
      double score = d == 0 ? (rng.nextDouble() * 2 - 1) : d * magnitude;
      signals.add(new Signal("SPY", T, dir, score, confidence, 1 + rng.nextInt(5), "m" + i));
    }
    return new Ensemble(b.build(), signals, w, m);
  }

  @Property(tries = 200)
  void unanimousModelsGiveTheirDirectionWithZeroEntropy(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int n, @ForAll boolean buy,
      @ForAll @DoubleRange(min = 0.5, max = 2) double multiplier) {
    Ensemble e = ensemble(seed, n, buy ? 1 : -1, 0.0);
    double minConfidence = e.signals.stream().mapToDouble(Signal::confidence).min().orElseThrow();
    // The ensemble confidence is at least the smallest model confidence times the multiplier; the threshold
    // sits just below that bound so that rounding of the weighted mean cannot decide the test.
    double threshold = Math.min(1.0, minConfidence * multiplier) * (1 - 1e-12);
    SignalEngine.Builder b = SignalEngine.builder().minConfidence(threshold);
    for (int i = 0; i < n; i++) {
      b.model("m" + i, e.weights[i], e.thresholds[i]);
    }
    EnsembleVote v = b.build().vote(e.signals, multiplier);
    assertEquals(buy ? Direction.BUY : Direction.SELL, v.signal().direction(), v.toString());
    assertEquals(0.0, v.entropyBits(), 0.0);
    assertEquals(0.0, v.disagreement(), 1e-15);
    assertEquals(1.0, buy ? v.buyShare() : v.sellShare(), 1e-12);
    assertEquals(n, v.voters());
  }

  @Property(tries = 100)
  void evenSplitsHaveMaximalEntropy(@ForAll @IntRange(min = 1, max = 5) int k,
      @ForAll @DoubleRange(min = 0.1, max = 10) double weight,
      @ForAll @DoubleRange(min = 0.05, max = 1) double magnitude, @ForAll boolean threeWays) {
    SignalEngine.Builder b = SignalEngine.builder();
    List<Signal> signals = new ArrayList<>();
    int groups = threeWays ? 3 : 2;
    for (int g = 0; g < groups; g++) {
      for (int i = 0; i < k; i++) {
        String name = "g" + g + "m" + i;
        b.model(name, weight);
        double score = g == 0 ? magnitude : g == 1 ? -magnitude : 0.0;
        signals.add(Signal.of("SPY", T, score, magnitude, 1, name));
      }
    }
    EnsembleVote v = b.build().vote(signals);
    assertEquals(threeWays ? LOG2_3 : 1.0, v.entropyBits(), 1e-12);
    if (threeWays) {
      assertEquals(1.0, v.normalizedEntropy(), 1e-12);
    }
    assertEquals(1.0, v.disagreement(), 1e-12, "equal and opposite scores cancel");
    assertTrue(Math.abs(v.signal().score()) < 1e-12);
  }

  /** The documented formulas, recomputed from the ensemble, and bounds. */
  @Property(tries = 300)
  void voteFollowsTheDocumentedFormulas(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int n,
      @ForAll @DoubleRange(min = 0, max = 0.5) double global,
      @ForAll @DoubleRange(min = 0, max = 1.5) double multiplier) {
    Ensemble e = ensemble(seed, n, 0, global);
    EnsembleVote v = e.engine.vote(e.signals, multiplier);
    double total = 0;
    double sum = 0;
    double abs = 0;
    double buy = 0;
    double sell = 0;
    double buyConfidence = 0;
    double sellConfidence = 0;
    int minHorizon = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      Signal s = e.signals.get(i);
      total += e.weights[i];
      minHorizon = Math.min(minHorizon, s.horizonBars());
      if (s.direction() == Direction.ABSTAIN || s.confidence() < e.thresholds[i]) {
        continue;
      }
      sum += e.weights[i] * s.score();
      abs += e.weights[i] * Math.abs(s.score());
      if (s.direction() == Direction.BUY) {
        buy += e.weights[i];
        buyConfidence += e.weights[i] * s.confidence();
      } else {
        sell += e.weights[i];
        sellConfidence += e.weights[i] * s.confidence();
      }
    }
    double score = sum / total;
    double raw = score > 0 ? buyConfidence / total : score < 0 ? sellConfidence / total : 0;
    double confidence = Math.min(1, raw * multiplier);
    assertEquals(score, v.signal().score(), 1e-12);
    assertEquals(raw, v.rawConfidence(), 1e-12);
    assertEquals(confidence, v.signal().confidence(), 1e-12);
    assertEquals(buy / total, v.buyShare(), 1e-12);
    assertEquals(sell / total, v.sellShare(), 1e-12);
    assertEquals(1.0, v.buyShare() + v.sellShare() + v.abstainShare(), 1e-12);
    assertEquals(abs > 0 ? 1 - Math.abs(sum) / abs : 0, v.disagreement(), 1e-12);
    double h = 0;
    for (double p : new double[] {v.buyShare(), v.sellShare(), v.abstainShare()}) {
      h -= p > 0 ? p * Math.log(p) / Math.log(2) : 0;
    }
    assertEquals(h, v.entropyBits(), 1e-12);
    assertTrue(v.entropyBits() >= 0 && v.entropyBits() <= LOG2_3 + 1e-12);
    assertEquals(minHorizon, v.signal().horizonBars());
    boolean trades = confidence > 0 && confidence >= global && Math.abs(score) > 0;
    if (Math.abs(confidence - global) > 1e-12) {
      assertEquals(trades ? Direction.of(score) : Direction.ABSTAIN, v.signal().direction(), v.toString());
    }
  }

  @Property(tries = 200)
  void orderDoesNotMatterAndAHigherThresholdNeverAddsATrade(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int n, @ForAll @DoubleRange(min = 0, max = 0.6) double low,
      @ForAll @DoubleRange(min = 0, max = 0.4) double extra) {
    Ensemble e = ensemble(seed, n, 0, low);
    EnsembleVote v = e.engine.vote(e.signals, 1.0);
    List<Signal> shuffled = new ArrayList<>(e.signals);
    Collections.shuffle(shuffled, new Random(seed));
    EnsembleVote w = e.engine.vote(shuffled, 1.0);
    assertEquals(v.signal().score(), w.signal().score(), 1e-12);
    assertEquals(v.signal().confidence(), w.signal().confidence(), 1e-12);
    assertEquals(v.entropyBits(), w.entropyBits(), 1e-12);
    SignalEngine.Builder b = SignalEngine.builder().minConfidence(Math.min(1, low + extra));
    for (int i = 0; i < n; i++) {
      b.model("m" + i, e.weights[i], e.thresholds[i]);
    }
    EnsembleVote strict = b.build().vote(e.signals, 1.0);
    if (strict.signal().isActionable()) {
      assertEquals(strict.signal().direction(), v.signal().direction());
    }
  }
}
