package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Stochastic RSI (TA-Lib {@code STOCHRSI} with an SMA for %D), on 0..100.
 *
 * <p>{@code r = RSI(x, rsiPeriod)} ({@link Rsi}); over the last {@code fastKPeriod} RSI values,
 * {@code fastK = (r - min)/((max - min)/100)} in TA-Lib's order of operations, or 0 when
 * {@code max == min}; {@code fastD = SMA(fastK, fastDPeriod)}. There is no extra smoothing of %K. Both
 * outputs start together: lookback {@code rsiPeriod + (fastKPeriod-1) + (fastDPeriod-1)}. The rolling
 * maximum and minimum use monotonic deques over preallocated arrays (O(1) amortized per update).
 *
 * <p>TA-Lib's arithmetic can step outside 0..100 by rounding: %K divides by {@code (max - min)/100}, so at
 * the top of the range it can exceed 100 by an ulp, and %D is a running-sum SMA, so after a run of exact
 * zeros it can read -1e-14 or so. This class keeps TA-Lib's arithmetic rather than clamping.
 */
public final class StochRsi implements ValueIndicator {

  private final int rsiPeriod;
  private final int fastKPeriod;
  private final int fastDPeriod;
  private final Rsi rsi;
  private final Sma fastDAverage;
  private final RollingMax highest;
  // The minimum is kept as the maximum of the negated values (negation is exact).
  private final RollingMax negatedLowest;
  private int position;
  private int rsiSeen;
  private double fastK = Double.NaN;
  private double fastD = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param rsiPeriod the RSI period, {@code >= 1}
   * @param fastKPeriod the number of RSI values in the stochastic window, {@code >= 1}
   * @param fastDPeriod the SMA period of %D, {@code >= 1}
   * @throws IllegalArgumentException if a period is below 1
   */
  public StochRsi(int rsiPeriod, int fastKPeriod, int fastDPeriod) {
    this.rsiPeriod = Args.atLeast(rsiPeriod, 1, "rsiPeriod");
    this.fastKPeriod = Args.atLeast(fastKPeriod, 1, "fastKPeriod");
    this.fastDPeriod = Args.atLeast(fastDPeriod, 1, "fastDPeriod");
    this.rsi = new Rsi(rsiPeriod);
    this.fastDAverage = new Sma(fastDPeriod);
    this.highest = new RollingMax(fastKPeriod);
    this.negatedLowest = new RollingMax(fastKPeriod);
  }

  /**
   * Feeds the next input.
   *
   * @param x the next input; must be finite
   * @return %K after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if {@code x} is NaN or infinite (the state is then unchanged)
   */
  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double r = rsi.update(x);
    if (!rsi.isReady()) {
      return fastK;
    }
    position++;
    highest.push(r, position);
    negatedLowest.push(-r, position);
    if (rsiSeen < fastKPeriod) {
      rsiSeen++;
      if (rsiSeen < fastKPeriod) {
        return fastK;
      }
    }
    double low = -negatedLowest.max();
    double range = (highest.max() - low) / 100.0;
    double k = range != 0.0 ? (r - low) / range : 0.0;
    double d = fastDAverage.update(k);
    if (fastDAverage.isReady()) {
      fastK = k;
      fastD = d;
    }
    return fastK;
  }

  /**
   * %K, the main output.
   *
   * @return the latest %K, {@code NaN} during warm-up
   */
  @Override
  public double value() {
    return fastK;
  }

  /**
   * %K: where the RSI stands in its recent range, 0..100.
   *
   * @return the latest %K, {@code NaN} during warm-up
   */
  public double fastK() {
    return fastK;
  }

  /**
   * %D: the simple moving average of %K.
   *
   * @return the latest %D, {@code NaN} during warm-up
   */
  public double fastD() {
    return fastD;
  }

  @Override
  public boolean isReady() {
    return fastDAverage.isReady();
  }

  @Override
  public int lookback() {
    return rsiPeriod + (fastKPeriod - 1) + (fastDPeriod - 1);
  }

  @Override
  public void reset() {
    rsi.reset();
    fastDAverage.reset();
    highest.clear();
    negatedLowest.clear();
    position = 0;
    rsiSeen = 0;
    fastK = Double.NaN;
    fastD = Double.NaN;
  }

  /**
   * The RSI period.
   *
   * @return the RSI period
   */
  public int rsiPeriod() {
    return rsiPeriod;
  }

  /**
   * The stochastic window, in RSI values.
   *
   * @return the %K period
   */
  public int fastKPeriod() {
    return fastKPeriod;
  }

  /**
   * The SMA period of %D.
   *
   * @return the %D period
   */
  public int fastDPeriod() {
    return fastDPeriod;
  }

  /**
   * Maximum of the last {@code capacity} values: a monotonic deque (values strictly decreasing from the
   * front) in preallocated circular arrays. Positions are ints compared by difference, so they may wrap.
   */
  private static final class RollingMax {

    private final int capacity;
    private final double[] values;
    private final int[] positions;
    private int head;
    private int count;

    RollingMax(int capacity) {
      this.capacity = capacity;
      this.values = new double[capacity];
      this.positions = new int[capacity];
    }

    void push(double v, int position) {
      // The front leaves once it is 'capacity' positions old (at most one per push).
      if (count > 0 && position - positions[head] >= capacity) {
        if (++head == capacity) {
          head = 0;
        }
        count--;
      }
      // Values not above v can never be the maximum again while v is in the window.
      while (count > 0) {
        int back = head + count - 1;
        if (back >= capacity) {
          back -= capacity;
        }
        if (values[back] > v) {
          break;
        }
        count--;
      }
      int tail = head + count;
      if (tail >= capacity) {
        tail -= capacity;
      }
      values[tail] = v;
      positions[tail] = position;
      count++;
    }

    double max() {
      return values[head];
    }

    void clear() {
      head = 0;
      count = 0;
    }
  }
}
