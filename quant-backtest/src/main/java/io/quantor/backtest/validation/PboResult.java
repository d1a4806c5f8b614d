package io.quantor.backtest.validation;

import java.util.Locale;

/**
 * The outcome of a CSCV run ({@link Pbo}): one entry per combination of in-sample blocks, in increasing
 * order of the in-sample bitmask, and the summaries the paper reports.
 *
 * <p>Arrays are copied on the way out; the result is immutable.
 */
public final class PboResult {

  private final int blocks;
  private final int trials;
  private final int[] masks;
  private final double[] logits;
  private final int[] selected;
  private final double[] inSample;
  private final double[] outOfSample;
  private final double pbo;
  private final double probabilityOfLoss;
  private final double slope;
  private final double intercept;

  PboResult(int blocks, int trials, int[] masks, double[] logits, int[] selected, double[] inSample,
      double[] outOfSample) {
    this.blocks = blocks;
    this.trials = trials;
    this.masks = masks;
    this.logits = logits;
    this.selected = selected;
    this.inSample = inSample;
    this.outOfSample = outOfSample;
    int count = logits.length;
    int overfit = 0;
    int losses = 0;
    for (int c = 0; c < count; c++) {
      if (logits[c] <= 0) {
        overfit++;
      }
      if (outOfSample[c] < 0) {
        losses++;
      }
    }
    this.pbo = (double) overfit / count;
    this.probabilityOfLoss = (double) losses / count;
    // OLS of OOS on IS over the pairs where both are finite
    int m = 0;
    double sx = 0;
    double sy = 0;
    for (int c = 0; c < count; c++) {
      if (Double.isFinite(inSample[c]) && Double.isFinite(outOfSample[c])) {
        m++;
        sx += inSample[c];
        sy += outOfSample[c];
      }
    }
    double mx = sx / m;
    double my = sy / m;
    double sxx = 0;
    double sxy = 0;
    for (int c = 0; c < count; c++) {
      if (Double.isFinite(inSample[c]) && Double.isFinite(outOfSample[c])) {
        double dx = inSample[c] - mx;
        sxx += dx * dx;
        sxy += dx * (outOfSample[c] - my);
      }
    }
    this.slope = m >= 2 && sxx > 0 ? sxy / sxx : Double.NaN;
    this.intercept = Double.isNaN(slope) ? Double.NaN : my - slope * mx;
  }

  /**
   * Returns the probability of backtest overfitting.
   *
   * @return the fraction of combinations whose logit is {@code <= 0}, in {@code [0, 1]}
   */
  public double pbo() {
    return pbo;
  }

  /**
   * Returns the logits {@code lambda = ln(w / (1 - w))} of the selected trial's relative out-of-sample
   * rank {@code w}, one per combination.
   *
   * @return a copy of the logit distribution, in combination order
   */
  public double[] logits() {
    return logits.clone();
  }

  /**
   * Returns the trial selected in-sample, per combination.
   *
   * @return a copy of the selected column indices, in combination order
   */
  public int[] selected() {
    return selected.clone();
  }

  /**
   * Returns the in-sample statistic of the selected trial, per combination.
   *
   * @return a copy, in combination order
   */
  public double[] inSample() {
    return inSample.clone();
  }

  /**
   * Returns the out-of-sample statistic of the selected trial, per combination.
   *
   * @return a copy, in combination order (with {@link #inSample()}: the degradation scatter)
   */
  public double[] outOfSample() {
    return outOfSample.clone();
  }

  /**
   * Returns the in-sample blocks of one combination.
   *
   * @param combination the combination index, in {@code [0, combinations())}
   * @return the in-sample block indices, increasing; the other blocks are out-of-sample
   * @throws IllegalArgumentException if the index is out of range
   */
  public int[] inSampleBlocks(int combination) {
    if (combination < 0 || combination >= masks.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "combination must be in [0, %d], was %d", masks.length - 1, combination));
    }
    int[] out = new int[blocks / 2];
    for (int b = 0, i = 0; b < blocks; b++) {
      if ((masks[combination] & (1 << b)) != 0) {
        out[i++] = b;
      }
    }
    return out;
  }

  /**
   * Returns the probability of loss.
   *
   * @return the fraction of combinations whose selected trial has a negative out-of-sample statistic
   */
  public double probabilityOfLoss() {
    return probabilityOfLoss;
  }

  /**
   * Returns the slope of the performance degradation line: the OLS fit of the selected trial's
   * out-of-sample statistic on its in-sample statistic, over the combinations where both are finite.
   *
   * @return the slope; NaN if fewer than 2 finite pairs or all in-sample values are equal
   */
  public double degradationSlope() {
    return slope;
  }

  /**
   * Returns the intercept of the performance degradation line.
   *
   * @return the intercept; NaN when the slope is NaN
   */
  public double degradationIntercept() {
    return intercept;
  }

  /**
   * Returns the number of combinations.
   *
   * @return {@code C(S, S/2)}
   */
  public int combinations() {
    return logits.length;
  }

  /**
   * Returns the number of blocks.
   *
   * @return {@code S}
   */
  public int blocks() {
    return blocks;
  }

  /**
   * Returns the number of trials.
   *
   * @return {@code N}, the number of columns
   */
  public int trials() {
    return trials;
  }

  /**
   * Summarizes the result.
   *
   * @return for example {@code PboResult[pbo=0.0712, combinations=12870, trials=50, ...]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "PboResult[pbo=%.4f, combinations=%d, trials=%d, probabilityOfLoss=%.4f, degradationSlope=%.4f]",
        pbo, logits.length, trials, probabilityOfLoss, slope);
  }
}
