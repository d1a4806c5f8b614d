package io.quantor.core.sizing;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Kelly and fractional Kelly sizing: the fraction of equity that maximizes the expected logarithm of
 * wealth, scaled down by a multiplier.
 *
 * <p><b>From win rate and payoff</b> ({@link #fromWinRate(double, double, double)}; Kelly 1956): a
 * trade wins {@code b} times the stake with probability {@code p} and loses the stake otherwise;
 * <pre>f* = p - (1 - p) / b</pre>
 * <b>From mean and variance</b> ({@link #fromMoments(double, double, double)}; Thorp 2006, the
 * continuous-time form): for an asset with expected excess return {@code mu} and return variance
 * {@code sigma^2} over the same period, the growth-optimal leverage is
 * <pre>f* = mu / sigma^2</pre>
 * The statistics describe trades taken <em>in the signal's direction</em> (a short strategy's edge is
 * the mean of its short trades' returns), so {@code f*} is computed the same way for long and short
 * signals.
 *
 * <p><b>Position.</b> {@code fraction = multiplier * max(0, f*)} of equity as notional,
 * <pre>q = signal * fraction * equity / price</pre>
 * A negative edge ({@code f* <= 0}) gives a zero position, never a position against the signal: Kelly
 * does not short unless the signal is short. The multiplier defaults to 0.5 ("half Kelly": about 3/4 of
 * the growth for 1/2 of the volatility, and far less damage when {@code p}, {@code b} or {@code mu} are
 * overestimated, which estimates from a backtest usually are); it is limited to (0, 1] because betting
 * more than full Kelly lowers growth and raises risk. The win-rate fraction treats the stake as the
 * position's whole notional; if a stop caps the loss per trade below the notional, this is conservative.
 * Full Kelly can ask for leverage; the request's {@code maxFraction} and the available capital cap it.
 *
 * <p>References: J. L. Kelly, "A New Interpretation of Information Rate", <i>Bell System Technical
 * Journal</i> 35(4), 1956; E. O. Thorp, "The Kelly Criterion in Blackjack, Sports Betting and the Stock
 * Market", <i>Handbook of Asset and Liability Management</i> vol. 1, 2006; L. C. MacLean, E. O. Thorp and
 * W. T. Ziemba, "Good and Bad Properties of the Kelly Criterion", 2010 (fractional Kelly).
 */
public final class KellySizer implements PositionSizer {

  /** The default multiplier: half Kelly. */
  public static final double DEFAULT_MULTIPLIER = 0.5;

  private final double fullKelly;
  private final double multiplier;
  private final String source;

  private KellySizer(double fullKelly, double multiplier, String source) {
    this.fullKelly = fullKelly;
    this.multiplier = multiplier;
    this.source = source;
  }

  /**
   * Half Kelly from win rate and payoff ratio.
   *
   * @param winRate the probability {@code p} that a trade wins, in [0, 1]
   * @param payoffRatio the average win over the average loss, {@code b}, finite and {@code > 0}
   * @return the sizer
   * @throws IllegalArgumentException if a parameter is out of range, naming it
   */
  public static KellySizer fromWinRate(double winRate, double payoffRatio) {
    return fromWinRate(winRate, payoffRatio, DEFAULT_MULTIPLIER);
  }

  /**
   * Fractional Kelly from win rate and payoff ratio.
   *
   * @param winRate the probability {@code p} that a trade wins, in [0, 1]
   * @param payoffRatio the average win over the average loss, {@code b}, finite and {@code > 0}
   * @param multiplier the Kelly multiplier, in (0, 1] (1 = full Kelly)
   * @return the sizer
   * @throws IllegalArgumentException if a parameter is out of range, naming it
   */
  public static KellySizer fromWinRate(double winRate, double payoffRatio, double multiplier) {
    double f = winRateFraction(winRate, payoffRatio);
    return new KellySizer(f, checkMultiplier(multiplier), "Kelly p " + SizingResult.num(winRate) + ", b "
        + SizingResult.num(payoffRatio) + ": f* = p - (1 - p) / b = " + SizingResult.num(f));
  }

  /**
   * Half Kelly from the mean and variance of returns.
   *
   * @param meanExcessReturn the expected excess return {@code mu} per period, finite
   * @param variance the variance {@code sigma^2} of returns over the same period, finite and {@code > 0}
   * @return the sizer
   * @throws IllegalArgumentException if a parameter is out of range, naming it
   */
  public static KellySizer fromMoments(double meanExcessReturn, double variance) {
    return fromMoments(meanExcessReturn, variance, DEFAULT_MULTIPLIER);
  }

  /**
   * Fractional Kelly from the mean and variance of returns.
   *
   * @param meanExcessReturn the expected excess return {@code mu} per period, finite
   * @param variance the variance {@code sigma^2} of returns over the same period, finite and {@code > 0}
   * @param multiplier the Kelly multiplier, in (0, 1] (1 = full Kelly)
   * @return the sizer
   * @throws IllegalArgumentException if a parameter is out of range, naming it
   */
  public static KellySizer fromMoments(double meanExcessReturn, double variance, double multiplier) {
    double f = momentsFraction(meanExcessReturn, variance);
    return new KellySizer(f, checkMultiplier(multiplier), "Kelly mu " + SizingResult.num(meanExcessReturn)
        + ", variance " + SizingResult.num(variance) + ": f* = mu / variance = " + SizingResult.num(f));
  }

  /**
   * The full Kelly fraction from win rate and payoff ratio, {@code p - (1 - p) / b}; negative when the
   * edge is negative.
   *
   * @param winRate the probability {@code p} that a trade wins, in [0, 1]
   * @param payoffRatio the average win over the average loss, {@code b}, finite and {@code > 0}
   * @return {@code f*}, at most 1
   * @throws IllegalArgumentException if a parameter is out of range, naming it
   */
  public static double winRateFraction(double winRate, double payoffRatio) {
    Args.inRange(winRate, 0.0, 1.0, "winRate");
    Args.positive(payoffRatio, "payoffRatio");
    return winRate - (1 - winRate) / payoffRatio;
  }

  /**
   * The full Kelly fraction (leverage) from the mean and variance of returns, {@code mu / sigma^2}.
   *
   * @param meanExcessReturn the expected excess return {@code mu} per period, finite
   * @param variance the variance of returns over the same period, finite and {@code > 0}
   * @return {@code f*}, with the sign of {@code mu}
   * @throws IllegalArgumentException if a parameter is out of range, naming it
   */
  public static double momentsFraction(double meanExcessReturn, double variance) {
    Args.finite(meanExcessReturn, "meanExcessReturn");
    Args.positive(variance, "variance");
    double f = meanExcessReturn / variance;
    if (!Double.isFinite(f)) {
      throw new IllegalArgumentException("meanExcessReturn / variance must be finite, was "
          + meanExcessReturn + " / " + variance);
    }
    return f;
  }

  private static double checkMultiplier(double multiplier) {
    return FixedFractionalSizer.unitFraction(multiplier, "multiplier");
  }

  /**
   * The full Kelly fraction {@code f*}, before the multiplier and the clamp at 0.
   *
   * @return {@code f*}
   */
  public double fullKelly() {
    return fullKelly;
  }

  /**
   * The Kelly multiplier.
   *
   * @return the multiplier in (0, 1]
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * The fraction of equity a full-strength signal gets, {@code multiplier * max(0, f*)}.
   *
   * @return the fraction, {@code >= 0}
   */
  public double fraction() {
    return multiplier * Math.max(0.0, fullKelly);
  }

  @Override
  public SizingResult size(SizingRequest request) {
    Args.notNull(request, "request");
    List<String> steps = new ArrayList<>(4);
    steps.add(source);
    double fraction = fraction();
    if (fullKelly > 0) {
      steps.add("fractional Kelly: " + SizingResult.num(multiplier) + " x " + SizingResult.num(fullKelly)
          + " = " + SizingResult.num(fraction) + " of equity");
    } else {
      steps.add("no edge (f* <= 0): fraction 0, no position against the signal");
    }
    double base = fraction * request.equity() / request.price();
    steps.add(SizingResult.num(fraction) + " x equity " + SizingResult.num(request.equity()) + " / price "
        + SizingResult.num(request.price()) + " = " + SizingResult.num(base) + " units");
    double q = request.signal() * base;
    steps.add(FixedFractionalSizer.signalStep(request, base, q));
    return SizingResult.constrain(request, q, steps);
  }

  @Override
  public String toString() {
    return "KellySizer[f* " + fullKelly + ", multiplier " + multiplier + "]";
  }
}
