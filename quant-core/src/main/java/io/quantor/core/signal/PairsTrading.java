package io.quantor.core.signal;

import io.quantor.core.analytics.SpreadZScore;
import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;
import java.util.Optional;

/**
 * Pairs trading on the log-price spread of two cointegrated instruments: buy the spread when it is far
 * below its recent mean, sell it when far above.
 *
 * <p><b>Formation.</b> Every {@code refitInterval} bars, starting on bar {@code formationWindow}, the model
 * runs the {@link EngleGranger} test on the last {@code formationWindow} log closes
 * ({@code ln A = intercept + beta ln B + u}), which gives the OLS hedge ratio {@code beta} and the
 * cointegration p-value. Between refits both stay fixed (no look-ahead: a refit uses the current bar and
 * earlier ones only).
 *
 * <p><b>Trading.</b> The spread {@code s = ln A - beta ln B} is standardized by its rolling mean and sample
 * deviation over the last {@code zWindow} bars ({@link SpreadZScore}; after a refit the z-score restarts
 * from the stored log prices with the new ratio), and
 * <pre>
 *   score = -clamp(z / saturation, -1, 1)
 * </pre>
 * ({@code +1} when the spread is {@code saturation} deviations or more below its mean). When the last test
 * rejects no-cointegration at {@code maxPValue} the signal's direction is the sign of the score and its
 * confidence {@code |score|}; otherwise the model abstains (confidence 0) and the signal keeps the score
 * for diagnostics. Warm-up {@code formationWindow - 1}.
 *
 * <p>Defaults: formation 250 bars, z window 20, refit every 20 bars, lag order
 * {@link AugmentedDickeyFuller#defaultLags(int)} of the formation window (6 for 250), p-value 0.05,
 * saturation 2.0, horizon 1 bar. Closes must be positive. A refit costs O(formationWindow * lags^2) and
 * allocates; the other bars are O(1) without allocation beyond the signal.
 *
 * <pre>{@code
 * PairsTrading pairs = PairsTrading.builder().formationWindow(500).maxPValue(0.10).build();
 * for (int i = 0; i < orcl.size(); i++) {
 *   Signal s = pairs.update("ORCL/YHOO", orcl.bar(i), yhoo.bar(i));
 * }
 * double beta = pairs.hedgeRatio();
 * }</pre>
 */
public final class PairsTrading implements PairAlphaModel {

  private final int formationWindow;
  private final int zWindow;
  private final int refitInterval;
  private final int lags;
  private final double maxPValue;
  private final double saturation;
  private final int horizonBars;
  private final String name;
  private final double[] logFirst;
  private final double[] logSecond;
  private final double[] formationFirst;
  private final double[] formationSecond;
  private long count;
  private SpreadZScore zScore;
  private CointegrationResult cointegration;

  private PairsTrading(Builder b) {
    this.formationWindow = b.formationWindow;
    this.zWindow = b.zWindow;
    this.refitInterval = b.refitInterval;
    this.lags = b.lags >= 0 ? b.lags : AugmentedDickeyFuller.defaultLags(b.formationWindow);
    this.maxPValue = b.maxPValue;
    this.saturation = b.saturation;
    this.horizonBars = b.horizonBars;
    if (zWindow > formationWindow) {
      throw new IllegalArgumentException("zWindow must be <= formationWindow (" + formationWindow
          + "), was " + zWindow);
    }
    if (formationWindow <= 2 * lags + 2) {
      throw new IllegalArgumentException("formationWindow must be > " + (2 * lags + 2) + " for " + lags
          + " lags, was " + formationWindow);
    }
    this.name = Signal.sourceName("pairs-trading", formationWindow, zWindow, refitInterval, lags, maxPValue,
        saturation);
    this.logFirst = new double[formationWindow];
    this.logSecond = new double[formationWindow];
    this.formationFirst = new double[formationWindow];
    this.formationSecond = new double[formationWindow];
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Feeds the next pair of bars.
   *
   * @param instrument the pair's name; not blank
   * @param first the first leg's bar, positive close
   * @param second the hedge leg's bar, positive close, same timestamp
   * @return the signal on the spread
   * @throws IllegalArgumentException if an argument is invalid, the timestamps differ, or a close is not
   *     positive (the state is then unchanged)
   */
  @Override
  public Signal update(String instrument, Bar first, Bar second) {
    Signal.checkInstrument(instrument);
    Args.notNull(first, "first");
    Args.notNull(second, "second");
    if (!first.timestamp().equals(second.timestamp())) {
      throw new IllegalArgumentException("second must have the timestamp of first (" + first.timestamp()
          + "), was " + second.timestamp());
    }
    double a = first.close();
    double b = second.close();
    if (!(a > 0 && b > 0)) {
      throw new IllegalArgumentException("closes must be > 0 for log prices, was " + a + " and " + b
          + " (bars at " + first.timestamp() + ")");
    }
    double la = Math.log(a);
    double lb = Math.log(b);
    long t = count++;
    int slot = (int) (t % formationWindow);
    logFirst[slot] = la;
    logSecond[slot] = lb;
    if (count < formationWindow) {
      return Signal.abstain(instrument, first.timestamp(), horizonBars, name);
    }
    double z;
    if ((count - formationWindow) % refitInterval == 0) {
      z = refit(t);
    } else {
      z = zScore.update(la, lb);
    }
    double score = -Math.max(-1.0, Math.min(1.0, z / saturation));
    if (cointegration.defined() && cointegration.pValue() <= maxPValue) {
      return Signal.of(instrument, first.timestamp(), score, Math.abs(score), horizonBars, name);
    }
    return new Signal(instrument, first.timestamp(), Direction.ABSTAIN, score, 0.0, horizonBars, name);
  }

  /** Re-estimates the hedge ratio on the window ending at bar {@code t}; returns the new z-score. */
  private double refit(long t) {
    long start = t - formationWindow + 1;
    for (int i = 0; i < formationWindow; i++) {
      int slot = (int) ((start + i) % formationWindow);
      formationFirst[i] = logFirst[slot];
      formationSecond[i] = logSecond[slot];
    }
    cointegration = EngleGranger.test(formationFirst, formationSecond, lags);
    zScore = new SpreadZScore(cointegration.hedgeRatio(), zWindow);
    for (int i = formationWindow - zWindow; i < formationWindow; i++) {
      zScore.update(formationFirst[i], formationSecond[i]);
    }
    return zScore.value();
  }

  /**
   * The hedge ratio in use, on log prices: the spread {@code ln A - beta ln B} moves by
   * {@code dA/A - beta dB/B}, so one unit of the spread is one dollar long A and {@code beta} dollars short
   * B (rebalanced as prices move).
   *
   * @return the ratio of the last refit, {@code NaN} before the first
   */
  public double hedgeRatio() {
    return cointegration == null ? Double.NaN : cointegration.hedgeRatio();
  }

  /**
   * The last Engle-Granger test.
   *
   * @return the test of the last refit, empty before the first
   */
  public Optional<CointegrationResult> cointegration() {
    return Optional.ofNullable(cointegration);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int warmUp() {
    return formationWindow - 1;
  }

  @Override
  public int horizonBars() {
    return horizonBars;
  }

  @Override
  public boolean isReady() {
    return count >= formationWindow;
  }

  @Override
  public void reset() {
    count = 0;
    zScore = null;
    cointegration = null;
  }

  /**
   * The formation window.
   *
   * @return the number of bars of each Engle-Granger test
   */
  public int formationWindow() {
    return formationWindow;
  }

  /**
   * The z-score window.
   *
   * @return the number of spreads in the rolling mean and deviation
   */
  public int zWindow() {
    return zWindow;
  }

  /**
   * The refit interval.
   *
   * @return the number of bars between refits
   */
  public int refitInterval() {
    return refitInterval;
  }

  /**
   * The lag order of the Engle-Granger residual regression.
   *
   * @return the lags
   */
  public int lags() {
    return lags;
  }

  /**
   * The p-value at or below which the pair counts as cointegrated.
   *
   * @return the p-value threshold
   */
  public double maxPValue() {
    return maxPValue;
  }

  /**
   * The z-score at which the score saturates.
   *
   * @return the saturation
   */
  public double saturation() {
    return saturation;
  }

  /** Builds a {@link PairsTrading} model; every setter validates its argument. */
  public static final class Builder {

    private int formationWindow = 250;
    private int zWindow = 20;
    private int refitInterval = 20;
    private int lags = -1;
    private double maxPValue = 0.05;
    private double saturation = 2.0;
    private int horizonBars = 1;

    private Builder() {
    }

    /**
     * The number of bars of each Engle-Granger test (default 250).
     *
     * @param bars the window, {@code >= 3}
     * @return this builder
     * @throws IllegalArgumentException if {@code bars < 3}
     */
    public Builder formationWindow(int bars) {
      this.formationWindow = Args.atLeast(bars, 3, "formationWindow");
      return this;
    }

    /**
     * The number of spreads in the z-score's rolling mean and deviation (default 20).
     *
     * @param bars the window, {@code >= 2} and at most the formation window
     * @return this builder
     * @throws IllegalArgumentException if {@code bars < 2}
     */
    public Builder zWindow(int bars) {
      this.zWindow = Args.atLeast(bars, 2, "zWindow");
      return this;
    }

    /**
     * The number of bars between re-estimations (default 20).
     *
     * @param bars the interval, {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if {@code bars < 1}
     */
    public Builder refitInterval(int bars) {
      this.refitInterval = Args.atLeast(bars, 1, "refitInterval");
      return this;
    }

    /**
     * The lag order of the residual regression (default: {@link AugmentedDickeyFuller#defaultLags(int)} of
     * the formation window).
     *
     * @param lags the lags, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if {@code lags < 0}
     */
    public Builder lags(int lags) {
      this.lags = Args.atLeast(lags, 0, "lags");
      return this;
    }

    /**
     * The p-value at or below which the pair counts as cointegrated (default 0.05).
     *
     * @param pValue the threshold, in {@code (0, 1]} (1 trades whatever the test says)
     * @return this builder
     * @throws IllegalArgumentException if outside {@code (0, 1]}
     */
    public Builder maxPValue(double pValue) {
      if (!(pValue > 0 && pValue <= 1)) {
        throw new IllegalArgumentException("maxPValue must be in (0, 1], was " + pValue);
      }
      this.maxPValue = pValue;
      return this;
    }

    /**
     * The z-score at which the score reaches {@code +-1} (default 2.0).
     *
     * @param z the saturation; finite, {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if not finite and positive
     */
    public Builder saturation(double z) {
      this.saturation = Args.positive(z, "saturation");
      return this;
    }

    /**
     * The signals' horizon (default 1).
     *
     * @param bars the horizon, {@code >= 1}
     * @return this builder
     * @throws IllegalArgumentException if {@code bars < 1}
     */
    public Builder horizonBars(int bars) {
      this.horizonBars = Args.atLeast(bars, 1, "horizonBars");
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the model
     * @throws IllegalArgumentException if the z window exceeds the formation window, or the formation
     *     window is too short for the lag order ({@code formationWindow > 2*lags + 2})
     */
    public PairsTrading build() {
      return new PairsTrading(this);
    }
  }
}
