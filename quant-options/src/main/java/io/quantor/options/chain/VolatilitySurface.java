package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.Locale;

/**
 * An implied-volatility surface in log-moneyness and time, built from smiles at a few expiries and free of
 * calendar arbitrage.
 *
 * <h2>Coordinates</h2>
 * {@code k = ln(K / F(t))} is the log-moneyness against the forward {@code F(t) = S e^{(r - q) t}}, {@code t}
 * the time to expiry in years (Actual/365 Fixed). The surface works in total implied variance
 * {@code w(k, t) = sigma(k, t)^2 t}, the quantity that must not decrease with expiry at fixed {@code k}:
 * calendar spreads of forward-moneyness-matched options have non-negative value iff {@code w} is
 * non-decreasing in {@code t} (J. Gatheral, <i>The Volatility Surface</i>, Wiley 2006, ch. 2; Gatheral and
 * Jacquier, "Arbitrage-free SVI volatility surfaces", Quant. Finance 14 (2014), Lemma 2.1).
 *
 * <h2>Interpolation</h2>
 * <ul>
 *   <li><b>In log-moneyness</b>, at each node expiry {@code t_i}: the total variances of the smile are
 *       interpolated by a C1 shape-preserving monotone cubic (PCHIP: Fritsch and Carlson 1980, with the
 *       Fritsch-Butland slopes), which reproduces the nodes and never overshoots them, so the variance
 *       stays positive; beyond the first and last node of a smile the total variance is held constant.</li>
 *   <li><b>Calendar guard</b>: the smile used at expiry {@code t_i} is
 *       {@code W_i(k) = max(w_0(k), ..., w_i(k))}, the running maximum over the earlier smiles. On monotone
 *       input (every smile at or above the earlier ones at every {@code k}) this changes nothing; where the
 *       input smiles cross, a later smile is raised to the earlier one and the surface does not reproduce
 *       the nodes that lie below (and is only continuous, not C1, at the crossing).</li>
 *   <li><b>In time</b>, linearly in total variance at fixed {@code k} between node expiries,
 *       {@code w = W_i + (t - t_i) / (t_i+1 - t_i) (W_i+1 - W_i)}; before the first expiry
 *       {@code w = W_0 t / t_0} (the first smile's volatilities), after the last
 *       {@code w = W_n t / t_n} (constant volatility).</li>
 * </ul>
 * Hence {@code w(k, t)} is non-decreasing in {@code t} at every {@code k} (no calendar arbitrage), for any
 * input. Butterfly (strike) arbitrage is not removed: a smile that has it keeps it.
 *
 * <pre>{@code
 * VolatilitySurface surface = VolatilitySurface.of(
 *     new double[] {30 / 365.0, 91 / 365.0},
 *     new double[][] {{-0.1, 0.0, 0.1}, {-0.2, 0.0, 0.2}},
 *     new double[][] {{0.24, 0.20, 0.19}, {0.25, 0.21, 0.20}});
 * double vol = surface.volatility(Math.log(95 / forward), 60 / 365.0);
 * }</pre>
 */
public final class VolatilitySurface {

  private final double[] expiries;
  private final double[][] logMoneyness;
  private final double[][] totalVariance;
  private final MonotoneCubic[] smiles;

  private VolatilitySurface(double[] expiries, double[][] logMoneyness, double[][] totalVariance) {
    this.expiries = expiries;
    this.logMoneyness = logMoneyness;
    this.totalVariance = totalVariance;
    this.smiles = new MonotoneCubic[expiries.length];
    for (int i = 0; i < expiries.length; i++) {
      smiles[i] = new MonotoneCubic(logMoneyness[i], totalVariance[i]);
    }
  }

  /**
   * A surface from implied volatilities.
   *
   * @param expiries the node expiries in years, finite, {@code > 0}, strictly increasing; at least one
   * @param logMoneyness per expiry, the log-moneyness {@code ln(K/F)} of the smile's nodes, finite and
   *     strictly increasing; at least one per expiry
   * @param volatilities per expiry, the implied volatilities at those nodes, finite and {@code >= 0}
   * @return the surface (the arrays are copied)
   * @throws IllegalArgumentException if an array is null, empty, of the wrong length, or a value out of
   *     range or out of order
   */
  public static VolatilitySurface of(double[] expiries, double[][] logMoneyness, double[][] volatilities) {
    checkShape(expiries, logMoneyness, volatilities, "volatilities");
    double[][] w = new double[expiries.length][];
    for (int i = 0; i < expiries.length; i++) {
      w[i] = new double[volatilities[i].length];
      for (int j = 0; j < w[i].length; j++) {
        double sigma = volatilities[i][j];
        if (!(sigma >= 0 && sigma < Double.POSITIVE_INFINITY)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "volatilities[%d][%d] must be finite and >= 0, was %s", i, j, sigma));
        }
        w[i][j] = sigma * sigma * expiries[i];
      }
    }
    return new VolatilitySurface(expiries.clone(), deepCopy(logMoneyness), w);
  }

  /**
   * A surface from total implied variances {@code sigma^2 t}.
   *
   * @param expiries the node expiries in years, finite, {@code > 0}, strictly increasing; at least one
   * @param logMoneyness per expiry, the log-moneyness of the nodes, finite and strictly increasing
   * @param totalVariances per expiry, the total variances at those nodes, finite and {@code >= 0}
   * @return the surface (the arrays are copied)
   * @throws IllegalArgumentException if an array is null, empty, of the wrong length, or a value out of
   *     range or out of order
   */
  public static VolatilitySurface ofTotalVariance(
      double[] expiries, double[][] logMoneyness, double[][] totalVariances) {
    checkShape(expiries, logMoneyness, totalVariances, "totalVariances");
    for (int i = 0; i < expiries.length; i++) {
      for (int j = 0; j < totalVariances[i].length; j++) {
        double w = totalVariances[i][j];
        if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "totalVariances[%d][%d] must be finite and >= 0, was %s", i, j, w));
        }
      }
    }
    return new VolatilitySurface(expiries.clone(), deepCopy(logMoneyness), deepCopy(totalVariances));
  }

  private static void checkShape(double[] expiries, double[][] k, double[][] values, String valuesName) {
    Args.notNull(expiries, "expiries");
    Args.notNull(k, "logMoneyness");
    Args.notNull(values, valuesName);
    if (expiries.length == 0) {
      throw new IllegalArgumentException("expiries must not be empty");
    }
    if (k.length != expiries.length || values.length != expiries.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "logMoneyness and %s must have one row per expiry (%d), were %d and %d",
          valuesName, expiries.length, k.length, values.length));
    }
    for (int i = 0; i < expiries.length; i++) {
      Args.positive(expiries[i], "expiries[" + i + "]");
      if (i > 0 && !(expiries[i] > expiries[i - 1])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "expiries must be strictly increasing, expiries[%d] = %s after %s", i, expiries[i],
            expiries[i - 1]));
      }
      Args.notNull(k[i], "logMoneyness[" + i + "]");
      Args.notNull(values[i], valuesName + "[" + i + "]");
      if (k[i].length == 0 || values[i].length != k[i].length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "logMoneyness[%d] must be non-empty with as many values in %s[%d], had %d and %d",
            i, valuesName, i, k[i].length, values[i].length));
      }
      for (int j = 0; j < k[i].length; j++) {
        Args.finite(k[i][j], "logMoneyness[" + i + "][" + j + "]");
        if (j > 0 && !(k[i][j] > k[i][j - 1])) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "logMoneyness[%d] must be strictly increasing, element %d = %s after %s", i, j, k[i][j],
              k[i][j - 1]));
        }
      }
    }
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] copy = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      copy[i] = a[i].clone();
    }
    return copy;
  }

  /**
   * The total implied variance {@code w(k, t) = sigma^2 t}.
   *
   * @param k the log-moneyness {@code ln(K/F(t))}, finite
   * @param t the time to expiry in years, finite and {@code >= 0}
   * @return the total variance, finite and {@code >= 0}; 0 at {@code t = 0}
   * @throws IllegalArgumentException if {@code k} or {@code t} is out of range
   */
  public double totalVariance(double k, double t) {
    Args.finite(k, "k");
    Args.finite(Args.atLeast(t, 0, "t"), "t");
    int n = expiries.length;
    if (t <= expiries[0]) {
      return guarded(0, k) * (t / expiries[0]);
    }
    if (t >= expiries[n - 1]) {
      return guarded(n - 1, k) * (t / expiries[n - 1]);
    }
    int i = Arrays.binarySearch(expiries, t);
    if (i >= 0) {
      return guarded(i, k);
    }
    int upper = -i - 1;
    int lower = upper - 1;
    double wLower = guarded(lower, k);
    double wUpper = guarded(upper, k);
    double weight = (t - expiries[lower]) / (expiries[upper] - expiries[lower]);
    // The clamp keeps rounding from stepping above the next node's value (monotone across nodes).
    return Math.min(wUpper, wLower + weight * (wUpper - wLower));
  }

  /**
   * The implied volatility {@code sqrt(w(k, t) / t)}.
   *
   * @param k the log-moneyness {@code ln(K/F(t))}, finite
   * @param t the time to expiry in years, finite and {@code > 0}
   * @return the volatility, finite and {@code >= 0}
   * @throws IllegalArgumentException if {@code k} or {@code t} is out of range
   */
  public double volatility(double k, double t) {
    Args.positive(t, "t");
    return Math.sqrt(totalVariance(k, t) / t);
  }

  /** The running maximum {@code W_i(k)} of the smiles up to expiry {@code i}. */
  private double guarded(int i, double k) {
    double w = smiles[0].value(k);
    for (int j = 1; j <= i; j++) {
      w = Math.max(w, smiles[j].value(k));
    }
    return w;
  }

  /**
   * The number of node expiries.
   *
   * @return at least 1
   */
  public int expiryCount() {
    return expiries.length;
  }

  /**
   * The node expiries in years.
   *
   * @return a copy, strictly increasing
   */
  public double[] expiries() {
    return expiries.clone();
  }

  /**
   * The log-moneyness of the nodes of one smile.
   *
   * @param index the expiry index, in {@code [0, expiryCount())}
   * @return a copy, strictly increasing
   * @throws IllegalArgumentException if the index is out of range
   */
  public double[] logMoneyness(int index) {
    return logMoneyness[checkIndex(index)].clone();
  }

  /**
   * The input total variances of the nodes of one smile (before the calendar guard).
   *
   * @param index the expiry index, in {@code [0, expiryCount())}
   * @return a copy
   * @throws IllegalArgumentException if the index is out of range
   */
  public double[] nodeTotalVariances(int index) {
    return totalVariance[checkIndex(index)].clone();
  }

  private int checkIndex(int index) {
    return Args.inRange(index, 0, expiries.length - 1, "index");
  }
}
