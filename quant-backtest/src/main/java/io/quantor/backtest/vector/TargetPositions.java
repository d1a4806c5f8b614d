package io.quantor.backtest.vector;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Turns signal arrays into target-position arrays for {@link VectorBacktest}. {@code NaN} in a result
 * means "no change" (the backtest keeps the position), which is what warm-up {@code NaN}s of indicators
 * become.
 *
 * <pre>{@code
 * double[] fast = Indicators.sma(close, 10);
 * double[] slow = Indicators.sma(close, 50);
 * double[] longFlat = TargetPositions.crossover(fast, slow, 100);        // 100 while fast > slow, else 0
 * double[] scaled = TargetPositions.fromSignal(zScores, -50);            // -50 units per unit of signal
 * }</pre>
 */
public final class TargetPositions {

  private TargetPositions() {
  }

  /**
   * Long {@code quantity} while {@code fast > slow}, flat while {@code fast < slow}, no change while they
   * are equal or either is NaN.
   *
   * @param fast the fast series
   * @param slow the slow series, same length
   * @param quantity the long quantity, finite
   * @return the targets
   * @throws IllegalArgumentException if the lengths differ or {@code quantity} is not finite
   */
  public static double[] crossover(double[] fast, double[] slow, double quantity) {
    Args.notNull(fast, "fast");
    Args.notNull(slow, "slow");
    Args.finite(quantity, "quantity");
    if (fast.length != slow.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "fast and slow must have one length, were %d and %d", fast.length, slow.length));
    }
    double[] out = new double[fast.length];
    for (int t = 0; t < out.length; t++) {
      double f = fast[t];
      double s = slow[t];
      out[t] = f > s ? quantity : f < s ? 0 : Double.NaN;
    }
    return out;
  }

  /**
   * {@code signal[t] * unitsPerSignal}; NaN stays NaN.
   *
   * @param signal the signal, finite or NaN
   * @param unitsPerSignal the units per unit of signal, finite
   * @return the targets
   * @throws IllegalArgumentException if an argument is null, infinite, or a signal is infinite
   */
  public static double[] fromSignal(double[] signal, double unitsPerSignal) {
    Args.notNull(signal, "signal");
    Args.finite(unitsPerSignal, "unitsPerSignal");
    double[] out = new double[signal.length];
    for (int t = 0; t < out.length; t++) {
      if (Double.isInfinite(signal[t])) {
        throw new IllegalArgumentException("signal must be finite or NaN, was " + signal[t] + " at " + t);
      }
      out[t] = signal[t] * unitsPerSignal;
    }
    return out;
  }
}
