package io.quantor.core.signal;

import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;

/**
 * Time-series momentum on historical returns: long after a significantly positive past return, short
 * after a significantly negative one (Moskowitz, Ooi and Pedersen, "Time series momentum", JFE 104(2),
 * 2012; the skip of the most recent bars follows Jegadeesh and Titman's 12-1 convention).
 *
 * <p>At bar {@code t}, over the {@code L = lookback} log returns {@code r_j = ln(P_j / P_(j-1))},
 * {@code j = t-skip-L+1 .. t-skip} (the last {@code skip} bars left out):
 * <pre>
 *   R = ln(P_(t-skip) / P_(t-skip-L))  (their sum),   s = sample standard deviation of the r_j,
 *   t-stat = R / (s sqrt(L)) = mean / (s / sqrt(L)),   score = clamp(t-stat / saturation, -1, 1)
 * </pre>
 * When {@code s = 0} (every return equal) the score is the sign of {@code R}. Confidence {@code |score|}.
 * Warm-up {@code lookback + skip}. The deviation is a sliding Welford update, O(1) per bar; the window
 * sum {@code R} is exact from the stored log prices. Closes must be positive. Defaults: lookback 252,
 * skip 21 (12-1 months of daily bars), saturation 2.0 (a t-statistic of 2 gives a full score), horizon 1
 * bar.
 */
public final class ReturnsMomentum implements AlphaModel {

  private final int lookback;
  private final int skip;
  private final double saturation;
  private final int horizonBars;
  private final String name;
  private final double[] logPrices;
  private long count;
  private int returns;
  private double mean;
  private double m2;

  /** The model with lookback 252, skip 21, saturation 2.0, horizon 1. */
  public ReturnsMomentum() {
    this(252, 21, 2.0, 1);
  }

  /**
   * Creates the model.
   *
   * @param lookback the number of returns measured, {@code >= 2}
   * @param skip the number of most recent bars left out, {@code >= 0}
   * @param saturation the t-statistic at which the score reaches {@code +-1}; finite, {@code > 0}
   * @param horizonBars the signals' horizon, {@code >= 1}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public ReturnsMomentum(int lookback, int skip, double saturation, int horizonBars) {
    this.lookback = Args.atLeast(lookback, 2, "lookback");
    this.skip = Args.atLeast(skip, 0, "skip");
    this.saturation = Args.positive(saturation, "saturation");
    this.horizonBars = Args.atLeast(horizonBars, 1, "horizonBars");
    this.name = Signal.sourceName("returns-momentum", lookback, skip, saturation);
    // Prices t-skip-L-1 .. t: the leaving return needs one price before the window.
    this.logPrices = new double[lookback + skip + 2];
  }

  /**
   * Feeds the next bar.
   *
   * @param instrument the instrument; not blank
   * @param bar the next bar, with a positive close
   * @return the signal
   * @throws IllegalArgumentException if the instrument is blank or the close is not positive (the state is
   *     then unchanged)
   */
  @Override
  public Signal update(String instrument, Bar bar) {
    Signal.checkInstrument(instrument);
    double close = bar.close();
    if (!(close > 0)) {
      throw new IllegalArgumentException("close must be > 0 for log returns, was " + close
          + " (bar at " + bar.timestamp() + ")");
    }
    long t = count++;
    logPrices[slot(t)] = Math.log(close);
    long entering = t - skip;
    if (entering >= 1) {
      double x = price(entering) - price(entering - 1);
      if (returns < lookback) {
        returns++;
        double d = x - mean;
        mean += d / returns;
        m2 += d * (x - mean);
      } else {
        long leaving = entering - lookback;
        double y = price(leaving) - price(leaving - 1);
        double newMean = mean + (x - y) / lookback;
        m2 += (x - y) * ((x - newMean) + (y - mean));
        mean = newMean;
      }
    }
    if (!isReady()) {
      return Signal.abstain(instrument, bar.timestamp(), horizonBars, name);
    }
    double sum = price(entering) - price(entering - lookback);
    double sd = Math.sqrt(Math.max(0.0, m2) / (lookback - 1));
    double score;
    if (sd > 0) {
      double tStat = sum / (sd * Math.sqrt(lookback));
      score = Math.max(-1.0, Math.min(1.0, tStat / saturation));
    } else {
      score = Math.signum(sum);
    }
    return Signal.of(instrument, bar.timestamp(), score, Math.abs(score), horizonBars, name);
  }

  private int slot(long index) {
    return (int) (index % logPrices.length);
  }

  private double price(long index) {
    return logPrices[slot(index)];
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int warmUp() {
    return lookback + skip;
  }

  @Override
  public int horizonBars() {
    return horizonBars;
  }

  @Override
  public boolean isReady() {
    return count > lookback + skip;
  }

  @Override
  public void reset() {
    count = 0;
    returns = 0;
    mean = 0;
    m2 = 0;
  }

  /**
   * The number of returns measured.
   *
   * @return the lookback
   */
  public int lookback() {
    return lookback;
  }

  /**
   * The number of most recent bars left out.
   *
   * @return the skip
   */
  public int skip() {
    return skip;
  }

  /**
   * The t-statistic at which the score saturates.
   *
   * @return the saturation
   */
  public double saturation() {
    return saturation;
  }
}
