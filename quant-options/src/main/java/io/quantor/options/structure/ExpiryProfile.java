package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import io.quantor.options.pricing.OptionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The profit and loss at expiry of a single-expiry structure: maximum profit, maximum loss, breakevens and
 * the ranges of the underlying's price where the position makes money.
 *
 * <h2>Definition</h2>
 * With the structure's payoff {@code f(S_T)} (the sum of the legs' payoffs, {@link
 * OptionStructure#payoffAtExpiry(double)}) and its net premium {@code P} (positive when paid), the profit
 * at expiry is
 * <pre>
 *   profit(S_T) = f(S_T) - P g,   g = 1 (premium not carried, {@link #of})
 *                                 g = 1 / e^{-rT} (premium carried to expiry at the risk-free rate,
 *                                     {@link #carried})
 * </pre>
 * {@code f} is piecewise linear with kinks at the strikes, so everything is exact: the profit is evaluated
 * at {@code S_T = 0} and at every strike, and the slope beyond the highest strike decides whether profit or
 * loss is unbounded.
 * <ul>
 *   <li>{@link #maxProfit()}: the largest profit over {@code S_T >= 0}; empty when unbounded (net long
 *       calls).</li>
 *   <li>{@link #maxLoss()}: the largest loss as a positive number, {@code -min profit}; empty when
 *       unbounded (net short calls). A negative value means the position cannot lose.</li>
 *   <li>{@link #breakevens()}: the prices where the position passes between losing and not losing, i.e.
 *       the boundary points in {@code (0, infinity)} of the set {@code {S_T : profit(S_T) < 0}}, increasing.
 *       A side that never loses has no breakeven: for a short iron condor whose credit is at least a
 *       wing's width that side has none (the reference data write {@code NaN} there).</li>
 *   <li>{@link #profitRanges()}: the open ranges where {@code profit(S_T) > 0}.</li>
 * </ul>
 * For an iron condor sold for a credit {@code c} (long put {@code Kp1} &lt; short put {@code Kp2} &lt;
 * short call {@code Kc1} &lt; long call {@code Kc2}, one unit each, multiplier 1): max profit {@code c},
 * max loss {@code max(Kp2 - Kp1, Kc2 - Kc1) - c}, breakevens {@code Kp2 - c} and {@code Kc1 + c}.
 *
 * <pre>{@code
 * ExpiryProfile profile = ExpiryProfile.of(condor);
 * double maxLoss = profile.maxLoss().orElseThrow();     // bounded: the wings are long
 * List<Double> breakevens = profile.breakevens();
 * ExpiryProfile fv = ExpiryProfile.carried(condor, 0.04, 30 / 365.0);
 * }</pre>
 *
 * @param structure the structure (single expiry)
 * @param premiumAtExpiry the net premium as counted at expiry, {@code P g}
 * @param maxProfit the maximum profit, empty when unbounded
 * @param maxLoss the maximum loss as a positive number, empty when unbounded
 * @param breakevens the breakeven prices, increasing
 * @param profitRanges the open price ranges of positive profit, increasing and disjoint
 */
public record ExpiryProfile(
    OptionStructure structure, double premiumAtExpiry, OptionalDouble maxProfit, OptionalDouble maxLoss,
    List<Double> breakevens, List<PriceRange> profitRanges) {

  /**
   * Validates and copies.
   *
   * @param structure the structure
   * @param premiumAtExpiry the premium at expiry
   * @param maxProfit the maximum profit
   * @param maxLoss the maximum loss
   * @param breakevens the breakevens
   * @param profitRanges the profit ranges
   * @throws IllegalArgumentException if a reference is null or the premium not finite
   */
  public ExpiryProfile {
    Args.notNull(structure, "structure");
    Args.finite(premiumAtExpiry, "premiumAtExpiry");
    Args.notNull(maxProfit, "maxProfit");
    Args.notNull(maxLoss, "maxLoss");
    breakevens = List.copyOf(Args.notNull(breakevens, "breakevens"));
    profitRanges = List.copyOf(Args.notNull(profitRanges, "profitRanges"));
  }

  /**
   * The profile with the premium not carried: {@code profit = f(S_T) - netPremium}.
   *
   * @param structure a structure whose legs share one expiry
   * @return the profile
   * @throws IllegalArgumentException if {@code structure} is null or has several expiries
   */
  public static ExpiryProfile of(OptionStructure structure) {
    Args.notNull(structure, "structure");
    return compute(structure, structure.netPremium());
  }

  /**
   * The profile with the premium carried to expiry at the risk-free rate:
   * {@code profit = f(S_T) - netPremium / e^{-rT}}.
   *
   * @param structure a structure whose legs share one expiry
   * @param r the continuously compounded risk-free rate, finite
   * @param t the time from the premium's payment to expiry in years, finite and {@code >= 0}
   * @return the profile
   * @throws IllegalArgumentException if an argument is invalid or the structure has several expiries
   */
  public static ExpiryProfile carried(OptionStructure structure, double r, double t) {
    Args.notNull(structure, "structure");
    Args.finite(r, "r");
    Args.finite(Args.atLeast(t, 0, "t"), "t");
    return compute(structure, structure.netPremium() / Math.exp(-r * t));
  }

  /**
   * The profit at expiry, {@code structure.payoffAtExpiry(S_T) - premiumAtExpiry}.
   *
   * @param spotAtExpiry the underlying's price at expiry, {@code >= 0}
   * @return the profit (negative for a loss)
   */
  public double profitAt(double spotAtExpiry) {
    return structure.payoffAtExpiry(spotAtExpiry) - premiumAtExpiry;
  }

  private static ExpiryProfile compute(OptionStructure structure, double premium) {
    if (structure.expiries().size() != 1) {
      throw new IllegalArgumentException("structure must have one expiry for an expiry profile, had "
          + structure.expiries());
    }
    List<Leg> legs = structure.legs();
    double[] strikes = legs.stream().mapToDouble(l -> l.contract().strike()).distinct().sorted().toArray();
    int m = strikes.length;
    // Nodes x_0 = 0 < x_1 < ... < x_m (the strikes); slope[i] is the slope on (x_i, x_i+1), slope[m] beyond.
    double[] x = new double[m + 1];
    System.arraycopy(strikes, 0, x, 1, m);
    double[] y = new double[m + 1];
    double[] slope = new double[m + 1];
    for (int i = 0; i <= m; i++) {
      y[i] = structure.payoffAtExpiry(x[i]) - premium;
      double s = 0;
      for (Leg leg : legs) {
        double k = leg.contract().strike();
        if (leg.contract().type() == OptionType.CALL) {
          s += k <= x[i] ? leg.units() : 0;
        } else {
          s -= i < m && k >= x[i + 1] ? leg.units() : 0;
        }
      }
      slope[i] = s;
    }
    double max = Arrays.stream(y).max().orElseThrow();
    double min = Arrays.stream(y).min().orElseThrow();
    OptionalDouble maxProfit = slope[m] > 0 ? OptionalDouble.empty() : OptionalDouble.of(max);
    OptionalDouble maxLoss = slope[m] < 0 ? OptionalDouble.empty() : OptionalDouble.of(-min);
    List<double[]> losses = ranges(x, y, slope, -1);
    List<Double> breakevens = new ArrayList<>();
    for (double[] range : losses) {
      if (range[0] > 0) {
        breakevens.add(range[0]);
      }
      if (range[1] < Double.POSITIVE_INFINITY) {
        breakevens.add(range[1]);
      }
    }
    List<PriceRange> profits = new ArrayList<>();
    for (double[] range : ranges(x, y, slope, 1)) {
      profits.add(new PriceRange(range[0], range[1]));
    }
    return new ExpiryProfile(structure, premium, maxProfit, maxLoss, breakevens, profits);
  }

  /**
   * The maximal open ranges where {@code sign * profit > 0}, from the piecewise-linear representation:
   * on each segment the profit is {@code y_i + slope_i (S - x_i)}; its zero is computed from the segment's
   * end nearer to it, so that a breakeven such as {@code Kp2 - credit} comes out as that difference.
   */
  private static List<double[]> ranges(double[] x, double[] y, double[] slope, int sign) {
    int m = x.length - 1;
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i <= m; i++) {
      double a = x[i];
      double b = i < m ? x[i + 1] : Double.POSITIVE_INFINITY;
      double ga = sign * y[i];
      double gs = sign * slope[i];
      double lo;
      double hi;
      if (gs == 0) {
        if (!(ga > 0)) {
          continue;
        }
        lo = a;
        hi = b;
      } else {
        double root = i < m && Math.abs(y[i + 1]) < Math.abs(y[i]) ? b - sign * y[i + 1] / gs : a - ga / gs;
        root = Math.max(a, Math.min(b, root));
        if (gs > 0) {
          lo = root;
          hi = b;
        } else {
          lo = a;
          hi = root;
        }
        if (!(hi > lo)) {
          continue;
        }
      }
      if (!out.isEmpty() && out.get(out.size() - 1)[1] >= lo) {
        out.get(out.size() - 1)[1] = hi;
      } else {
        out.add(new double[] {lo, hi});
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ExpiryProfile[premiumAtExpiry=%s, maxProfit=%s, maxLoss=%s, "
        + "breakevens=%s, profitRanges=%s]", premiumAtExpiry, maxProfit, maxLoss, breakevens, profitRanges);
  }
}
