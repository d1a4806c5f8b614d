package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Bollinger Bands (TA-Lib {@code BBANDS}): a moving average with bands a multiple of the rolling standard
 * deviation above and below.
 *
 * <p>{@code middle = MA(x, period)} (SMA unless another {@link MovingAverageType} is given);
 * {@code sd} = population standard deviation (divisor {@code period}) of the last {@code period} inputs,
 * computed as {@link StdDev} does (running sums, 0 when the variance is below 1e-8);
 * {@code upper = middle + nbDevUp*sd}, {@code lower = middle - nbDevDn*sd}. With the SMA, {@code sd} is
 * taken around the middle band itself, exactly TA-Lib's arithmetic; with another average, TA-Lib (and this
 * class) still uses the standard deviation around the window's arithmetic mean. All three outputs start
 * together; lookback = the average's lookback ({@code period - 1} for the SMA).
 */
public final class BollingerBands implements ValueIndicator {

  private final int period;
  private final double nbDevUp;
  private final double nbDevDn;
  private final MovingAverageType type;
  private final ValueIndicator average;
  private final StdDev deviation;
  private double upper = Double.NaN;
  private double middle = Double.NaN;
  private double lower = Double.NaN;

  /**
   * Creates the indicator on a simple moving average, TA-Lib's default.
   *
   * @param period the window length, {@code >= 1}
   * @param nbDevUp the number of standard deviations above the middle band, finite and {@code >= 0}
   * @param nbDevDn the number of standard deviations below the middle band, finite and {@code >= 0}
   * @throws IllegalArgumentException if {@code period < 1} or a deviation factor is negative or not finite
   */
  public BollingerBands(int period, double nbDevUp, double nbDevDn) {
    this(period, nbDevUp, nbDevDn, MovingAverageType.SMA);
  }

  /**
   * Creates the indicator on the given moving average.
   *
   * @param period the window length, {@code >= 1} ({@code >= 2} for KAMA)
   * @param nbDevUp the number of standard deviations above the middle band, finite and {@code >= 0}
   * @param nbDevDn the number of standard deviations below the middle band, finite and {@code >= 0}
   * @param type the moving average of the middle band
   * @throws IllegalArgumentException if a parameter is invalid
   */
  public BollingerBands(int period, double nbDevUp, double nbDevDn, MovingAverageType type) {
    this.period = Args.atLeast(period, 1, "period");
    this.nbDevUp = Args.finite(Args.atLeast(nbDevUp, 0.0, "nbDevUp"), "nbDevUp");
    this.nbDevDn = Args.finite(Args.atLeast(nbDevDn, 0.0, "nbDevDn"), "nbDevDn");
    this.type = Args.notNull(type, "type");
    this.average = type.create(period);
    this.deviation = new StdDev(period, 1.0);
  }

  /**
   * Feeds the next input.
   *
   * @param x the next input; must be finite
   * @return the middle band after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if {@code x} is NaN or infinite (the state is then unchanged)
   */
  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double m = average.update(x);
    // The deviation's lookback (period - 1) never exceeds the average's, so it is defined here too.
    double sd = deviation.update(x);
    if (average.isReady()) {
      middle = m;
      upper = m + nbDevUp * sd;
      lower = m - nbDevDn * sd;
    }
    return middle;
  }

  /**
   * The middle band, the main output.
   *
   * @return the latest middle band, {@code NaN} during warm-up
   */
  @Override
  public double value() {
    return middle;
  }

  /**
   * The upper band.
   *
   * @return the latest upper band, {@code NaN} during warm-up
   */
  public double upper() {
    return upper;
  }

  /**
   * The middle band (the moving average).
   *
   * @return the latest middle band, {@code NaN} during warm-up
   */
  public double middle() {
    return middle;
  }

  /**
   * The lower band.
   *
   * @return the latest lower band, {@code NaN} during warm-up
   */
  public double lower() {
    return lower;
  }

  @Override
  public boolean isReady() {
    return average.isReady();
  }

  @Override
  public int lookback() {
    return average.lookback();
  }

  @Override
  public void reset() {
    average.reset();
    deviation.reset();
    upper = Double.NaN;
    middle = Double.NaN;
    lower = Double.NaN;
  }

  /**
   * The window length.
   *
   * @return the period
   */
  public int period() {
    return period;
  }

  /**
   * The moving average of the middle band.
   *
   * @return the type
   */
  public MovingAverageType averageType() {
    return type;
  }
}
