package io.quantor.core.indicator;

import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * Money flow index, TA-Lib {@code MFI}: a volume-weighted RSI of the typical price, on 0..100.
 *
 * <p>Typical price {@code tp = (high + low + close)/3}, evaluated left to right in doubles, money flow
 * {@code mf = tp * volume}. A bar's flow is positive when {@code tp_t > tp_(t-1)}, negative when lower and
 * neither when equal; the comparison is exact, as in TA-Lib (typical prices equal on paper may differ by
 * one ulp and then count as up or down; R's TTR, averaging differently, sees a tie there and differs by a
 * few points on such rows). {@code MFI = 100 * pos / (pos + neg)} over the flows of the last
 * {@code period} bars, kept as running sums in TA-Lib's order; TA-Lib's guard gives 0 when
 * {@code pos + neg < 1}. The first value needs {@code period} flows, so {@code period + 1} bars: lookback
 * {@code period}. The result is clamped to [0, 100] so that the roundoff of the running sums can never
 * push it a hair outside (TA-Lib does not clamp); otherwise it equals TA-Lib's.
 *
 * <pre>{@code
 * Mfi mfi = new Mfi(14);
 * mfi.update(high, low, close, volume);        // NaN for the first 14 bars
 * }</pre>
 */
public final class Mfi implements BarIndicator {

  private final int period;
  private final double[] posFlow;
  private final double[] negFlow;
  private double posSum;
  private double negSum;
  private double prevTypical;
  private int next;
  private int count;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the number of money flows summed, {@code >= 1} (TA-Lib default 14)
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Mfi(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.posFlow = new double[period];
    this.negFlow = new double[period];
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low, close, volume);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high; finite
   * @param low the low; finite
   * @param close the close; finite
   * @param volume the volume; finite and {@code >= 0}
   * @return the index after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if an input is invalid (the state is then unchanged)
   */
  public double update(double high, double low, double close, double volume) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    VolumeCheck.volume(volume);
    double typical = (high + low + close) / 3.0;
    if (count == 0) {
      prevTypical = typical;
      count = 1;
      return value;
    }
    // The slot at 'next' holds the flow leaving the window (zeros while filling, which subtract exactly).
    posSum -= posFlow[next];
    negSum -= negFlow[next];
    double diff = typical - prevTypical;
    prevTypical = typical;
    double flow = typical * volume;
    if (diff < 0) {
      negFlow[next] = flow;
      posFlow[next] = 0;
      negSum += flow;
    } else if (diff > 0) {
      posFlow[next] = flow;
      negFlow[next] = 0;
      posSum += flow;
    } else {
      posFlow[next] = 0;
      negFlow[next] = 0;
    }
    if (++next == period) {
      next = 0;
    }
    if (count <= period) {
      count++;
    }
    if (count > period) {
      double total = posSum + negSum;
      double v = total < 1.0 ? 0.0 : 100.0 * (posSum / total);
      value = v < 0 ? 0 : (v > 100 ? 100 : v);
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return count > period;
  }

  @Override
  public int lookback() {
    return period;
  }

  @Override
  public void reset() {
    Arrays.fill(posFlow, 0);
    Arrays.fill(negFlow, 0);
    posSum = 0;
    negSum = 0;
    prevTypical = 0;
    next = 0;
    count = 0;
    value = Double.NaN;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
