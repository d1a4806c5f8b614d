package io.quantor.core.signal;

import io.quantor.core.internal.Args;
import io.quantor.core.regime.RegimeMultipliers;
import io.quantor.core.regime.TrendRegime;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines the signals of several alpha models into one by weighted voting, with per-model and global
 * confidence thresholds and a regime multiplier on the confidence. Immutable and thread-safe.
 *
 * <p>Each model is registered under its name ({@link AlphaModel#name()}, the {@link Signal#source()} of
 * its signals) with a weight {@code w_i > 0} and a minimum confidence {@code m_i}. One vote takes the
 * models' signals for one instrument and one time; {@code W} is the sum of the weights of
 * <em>all</em> registered models, so a model whose signal is missing counts as abstaining.
 * <ol>
 *   <li>Model {@code i} votes when its direction is BUY or SELL and its confidence {@code c_i >= m_i};
 *       otherwise it abstains.</li>
 *   <li>Score {@code S = sum_(voters) w_i s_i / W}, in {@code [-1, 1]}: the weighted mean score with
 *       abstentions counted as 0. The candidate direction is the sign of {@code S}.</li>
 *   <li>Raw confidence {@code C = sum_(voters in the candidate direction) w_i c_i / W}, in
 *       {@code [0, 1]}: dissenters and abstainers add nothing.</li>
 *   <li>Confidence {@code C' = min(1, C * multiplier)}, the multiplier of the current trend regime
 *       ({@link RegimeMultipliers}, by default 1.0 bull, 0.7 sideways, 0.5 bear) or given directly.</li>
 *   <li>The ensemble's direction is the candidate when {@code C' > 0} and {@code C' >= minConfidence}
 *       (the global threshold); otherwise ABSTAIN. The signal carries {@code S} and {@code C'} either
 *       way.</li>
 * </ol>
 * The result ({@link EnsembleVote}) also reports the BUY/SELL/ABSTAIN weight shares, their entropy in
 * bits and the disagreement {@code 1 - |sum w_i s_i| / sum w_i |s_i|} of the voters. The ensemble signal's
 * horizon is the shortest horizon among the input signals; its source is the engine's name.
 *
 * <pre>{@code
 * AlphaModel rsi = new RsiReversion();
 * AlphaModel ema = new EmaCrossover();
 * SignalEngine engine = SignalEngine.builder()
 *     .model(rsi.name(), 1.0, 0.5)      // RSI votes only from 0.5 confidence on
 *     .model(ema.name(), 2.0)
 *     .minConfidence(0.2)
 *     .build();
 * List<Signal> signals = List.of(rsi.update("ORCL", bar), ema.update("ORCL", bar));
 * EnsembleVote v = engine.vote(signals, TrendRegime.BULL);
 * if (v.signal().isActionable()) { ... }
 * }</pre>
 */
public final class SignalEngine {

  private static final double LOG2 = Math.log(2);

  private final Map<String, double[]> models;
  private final double totalWeight;
  private final double minConfidence;
  private final RegimeMultipliers multipliers;
  private final String name;

  private SignalEngine(Builder b) {
    if (b.models.isEmpty()) {
      throw new IllegalArgumentException("models must not be empty: register at least one model");
    }
    this.models = Collections.unmodifiableMap(new LinkedHashMap<>(b.models));
    double w = 0;
    for (double[] m : models.values()) {
      w += m[0];
    }
    this.totalWeight = w;
    this.minConfidence = b.minConfidence;
    this.multipliers = b.multipliers;
    this.name = b.name;
  }

  /**
   * A builder with no models, global threshold 0, the default regime multipliers and the name
   * {@code "signal-engine"}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Votes with regime multiplier 1.
   *
   * @param signals the models' signals for one instrument and time; not empty
   * @return the vote
   * @throws IllegalArgumentException see {@link #vote(List, double)}
   */
  public EnsembleVote vote(List<Signal> signals) {
    return vote(signals, 1.0);
  }

  /**
   * Votes with the engine's multiplier for the current trend regime.
   *
   * @param signals the models' signals for one instrument and time; not empty
   * @param regime the current trend regime
   * @return the vote
   * @throws IllegalArgumentException see {@link #vote(List, double)}, or if {@code regime} is null
   */
  public EnsembleVote vote(List<Signal> signals, TrendRegime regime) {
    return vote(signals, multipliers.multiplier(regime));
  }

  /**
   * Votes with a given regime multiplier.
   *
   * @param signals the models' signals for one instrument and time; not empty, no source twice, every
   *     source registered
   * @param regimeMultiplier the multiplier of the confidence, finite and {@code >= 0}
   * @return the vote
   * @throws IllegalArgumentException if the signals are empty, mix instruments or times, repeat a source or
   *     come from an unregistered source, or the multiplier is invalid
   */
  public EnsembleVote vote(List<Signal> signals, double regimeMultiplier) {
    Args.notNull(signals, "signals");
    Args.finite(Args.atLeast(regimeMultiplier, 0.0, "regimeMultiplier"), "regimeMultiplier");
    if (signals.isEmpty()) {
      throw new IllegalArgumentException("signals must not be empty");
    }
    Signal first = Args.notNull(signals.get(0), "signals[0]");
    String instrument = first.instrument();
    Instant time = first.time();
    int horizon = Integer.MAX_VALUE;
    Set<String> seen = new HashSet<>();
    double buy = 0;
    double sell = 0;
    double weightedScore = 0;
    double weightedAbsScore = 0;
    double buyConfidence = 0;
    double sellConfidence = 0;
    int voters = 0;
    for (int i = 0; i < signals.size(); i++) {
      Signal s = Args.notNull(signals.get(i), "signals[" + i + "]");
      if (!s.instrument().equals(instrument) || !s.time().equals(time)) {
        throw new IllegalArgumentException("signals must share one instrument and time (" + instrument
            + " at " + time + "), signals[" + i + "] was " + s.instrument() + " at " + s.time());
      }
      double[] model = models.get(s.source());
      if (model == null) {
        throw new IllegalArgumentException("signals[" + i + "] has an unregistered source: " + s.source());
      }
      if (!seen.add(s.source())) {
        throw new IllegalArgumentException("signals[" + i + "] repeats the source " + s.source());
      }
      horizon = Math.min(horizon, s.horizonBars());
      if (s.direction() == Direction.ABSTAIN || !(s.confidence() >= model[1])) {
        continue;
      }
      double w = model[0];
      voters++;
      weightedScore += w * s.score();
      weightedAbsScore += w * Math.abs(s.score());
      if (s.direction() == Direction.BUY) {
        buy += w;
        buyConfidence += w * s.confidence();
      } else {
        sell += w;
        sellConfidence += w * s.confidence();
      }
    }
    double score = clampUnit(weightedScore / totalWeight, -1.0);
    Direction candidate = Direction.of(score);
    double raw;
    if (candidate == Direction.BUY) {
      raw = clampUnit(buyConfidence / totalWeight, 0.0);
    } else if (candidate == Direction.SELL) {
      raw = clampUnit(sellConfidence / totalWeight, 0.0);
    } else {
      raw = 0.0;
    }
    double confidence = Math.min(1.0, raw * regimeMultiplier);
    Direction direction = confidence > 0 && confidence >= minConfidence ? candidate : Direction.ABSTAIN;
    double buyShare = clampUnit(buy / totalWeight, 0.0);
    double sellShare = clampUnit(sell / totalWeight, 0.0);
    double abstainShare = clampUnit(1.0 - buyShare - sellShare, 0.0);
    double entropy = bits(buyShare) + bits(sellShare) + bits(abstainShare);
    double disagreement = weightedAbsScore > 0
        ? clampUnit(1.0 - Math.abs(weightedScore) / weightedAbsScore, 0.0) : 0.0;
    Signal signal = new Signal(instrument, time, direction, score, confidence, horizon, name);
    return new EnsembleVote(signal, raw, regimeMultiplier, buyShare, sellShare, abstainShare,
        Math.min(entropy, EnsembleVote.MAX_ENTROPY_BITS), disagreement, voters);
  }

  /** Rounding can push a ratio of sums a few ulps past 1 (or a difference below 0): clamp it back. */
  private static double clampUnit(double x, double lower) {
    return Math.max(lower, Math.min(1.0, x));
  }

  private static double bits(double p) {
    return p > 0 ? -p * Math.log(p) / LOG2 : 0.0;
  }

  /**
   * The registered models' weights.
   *
   * @return model name to weight, in registration order
   */
  public Map<String, Double> weights() {
    Map<String, Double> out = new LinkedHashMap<>();
    models.forEach((k, v) -> out.put(k, v[0]));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The registered models' minimum confidences.
   *
   * @return model name to threshold, in registration order
   */
  public Map<String, Double> modelThresholds() {
    Map<String, Double> out = new LinkedHashMap<>();
    models.forEach((k, v) -> out.put(k, v[1]));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The global threshold on the regime-scaled confidence.
   *
   * @return the minimum confidence, in {@code [0, 1]}
   */
  public double minConfidence() {
    return minConfidence;
  }

  /**
   * The regime multipliers used by {@link #vote(List, TrendRegime)}.
   *
   * @return the multipliers
   */
  public RegimeMultipliers regimeMultipliers() {
    return multipliers;
  }

  /**
   * The engine's name, the source of its signals.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /** Builds a {@link SignalEngine}; every setter validates its argument. */
  public static final class Builder {

    private final Map<String, double[]> models = new LinkedHashMap<>();
    private double minConfidence;
    private RegimeMultipliers multipliers = RegimeMultipliers.defaults();
    private String name = "signal-engine";

    private Builder() {
    }

    /**
     * Registers a model that votes at any confidence.
     *
     * @param source the model's name (its signals' source); not blank, not registered yet
     * @param weight the model's weight; finite, {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if an argument is invalid
     */
    public Builder model(String source, double weight) {
      return model(source, weight, 0.0);
    }

    /**
     * Registers a model with a minimum confidence for its vote.
     *
     * @param source the model's name (its signals' source); not blank, not registered yet
     * @param weight the model's weight; finite, {@code > 0}
     * @param minConfidence the confidence below which the model abstains, in {@code [0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if an argument is invalid
     */
    public Builder model(String source, double weight, double minConfidence) {
      Args.notNull(source, "source");
      if (source.isBlank()) {
        throw new IllegalArgumentException("source must not be blank, was \"" + source + "\"");
      }
      if (models.containsKey(source)) {
        throw new IllegalArgumentException("source is already registered: " + source);
      }
      Args.positive(weight, "weight");
      Args.inRange(minConfidence, 0.0, 1.0, "minConfidence");
      models.put(source, new double[] {weight, minConfidence});
      return this;
    }

    /**
     * The global threshold on the regime-scaled ensemble confidence (default 0).
     *
     * @param threshold the threshold, in {@code [0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if outside {@code [0, 1]}
     */
    public Builder minConfidence(double threshold) {
      this.minConfidence = Args.inRange(threshold, 0.0, 1.0, "minConfidence");
      return this;
    }

    /**
     * The multipliers used when a vote is given a trend regime (default
     * {@link RegimeMultipliers#defaults()}).
     *
     * @param multipliers the multipliers
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public Builder regimeMultipliers(RegimeMultipliers multipliers) {
      this.multipliers = Args.notNull(multipliers, "multipliers");
      return this;
    }

    /**
     * The engine's name, the source of its signals (default {@code "signal-engine"}).
     *
     * @param name the name; not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder name(String name) {
      Args.notNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank, was \"" + name + "\"");
      }
      this.name = name;
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws IllegalArgumentException if no model is registered
     */
    public SignalEngine build() {
      return new SignalEngine(this);
    }
  }
}
