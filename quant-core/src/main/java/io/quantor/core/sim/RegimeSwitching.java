package io.quantor.core.sim;

import io.quantor.core.internal.Args;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A Markov chain over {@link Regime}s: which regime each bar is in.
 *
 * <p>The chain steps once per bar, at the start of every bar but the first: from regime {@code i} the next
 * bar is in regime {@code j} with probability {@code transition(i, j)}. The first bar's regime is drawn
 * from the chain's stationary distribution, or is fixed with {@link #startingIn(int)}. A single regime
 * ({@link #single(Regime)}) is plain geometric Brownian motion.
 *
 * <p>Build the chain from a per-bar transition matrix ({@link #of(List, double[][])}) or, more
 * readably, from the expected number of bars each regime lasts
 * ({@link #ofExpectedDurations(List, double[])}). Instances are immutable.
 *
 * <pre>{@code
 * RegimeSwitching bullBear = RegimeSwitching.ofExpectedDurations(
 *     List.of(Regime.of("bull", 0.12, 0.15), Regime.of("bear", -0.20, 0.35)),
 *     new double[] {500, 120});   // bars
 * }</pre>
 */
public final class RegimeSwitching {

  /** Rows of a transition matrix must sum to 1 within this tolerance. */
  private static final double ROW_SUM_TOLERANCE = 1e-9;
  /** Pivots smaller than this (the matrix entries are at most 1) mean a singular system. */
  private static final double SINGULAR_PIVOT = 1e-12;

  private final Regime[] regimes;
  private final double[][] transitions;
  /** The stationary distribution, or null if it is not unique. */
  private final double[] stationary;
  /** The first bar's regime, or -1 to draw it from the stationary distribution. */
  private final int initialRegime;

  private RegimeSwitching(Regime[] regimes, double[][] transitions, double[] stationary,
      int initialRegime) {
    this.regimes = regimes;
    this.transitions = transitions;
    this.stationary = stationary;
    this.initialRegime = initialRegime;
  }

  /**
   * One regime forever: geometric Brownian motion with the regime's drift and volatility.
   *
   * @param regime the regime
   * @return the chain
   */
  public static RegimeSwitching single(Regime regime) {
    Args.notNull(regime, "regime");
    return new RegimeSwitching(new Regime[] {regime}, new double[][] {{1.0}}, new double[] {1.0}, -1);
  }

  /**
   * A chain from its per-bar transition matrix; the first bar's regime is drawn from the stationary
   * distribution.
   *
   * @param regimes the regimes, at least one
   * @param transitionsPerBar {@code k x k} matrix, {@code transitionsPerBar[i][j]} the probability that a
   *     bar in regime {@code i} is followed by one in regime {@code j}; entries in {@code [0, 1]}, each row
   *     summing to 1 (within {@code 1e-9}). The matrix is copied.
   * @return the chain
   * @throws IllegalArgumentException if the matrix is not a transition matrix for the regimes, or the chain
   *     has no unique stationary distribution (then give the first regime with
   *     {@link #of(List, double[][], int)})
   */
  public static RegimeSwitching of(List<Regime> regimes, double[][] transitionsPerBar) {
    RegimeSwitching chain = of(regimes, transitionsPerBar, 0);
    if (chain.stationary == null) {
      throw new IllegalArgumentException("transitionsPerBar has no unique stationary distribution (the chain"
          + " has several closed classes); give the first bar's regime");
    }
    return new RegimeSwitching(chain.regimes, chain.transitions, chain.stationary, -1);
  }

  /**
   * A chain from its per-bar transition matrix, starting in a given regime.
   *
   * @param regimes the regimes, at least one
   * @param transitionsPerBar the per-bar transition matrix, as in {@link #of(List, double[][])}
   * @param initialRegime the first bar's regime, an index into {@code regimes}
   * @return the chain
   * @throws IllegalArgumentException if the matrix is not a transition matrix for the regimes or the index
   *     is out of range
   */
  public static RegimeSwitching of(List<Regime> regimes, double[][] transitionsPerBar, int initialRegime) {
    Regime[] r = regimeArray(regimes);
    int k = r.length;
    Args.notNull(transitionsPerBar, "transitionsPerBar");
    if (transitionsPerBar.length != k) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "transitionsPerBar must have one row per regime (%d), had %d", k, transitionsPerBar.length));
    }
    double[][] t = new double[k][];
    for (int i = 0; i < k; i++) {
      double[] row = Args.notNull(transitionsPerBar[i], "transitionsPerBar[" + i + "]");
      if (row.length != k) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "transitionsPerBar[%d] must have one entry per regime (%d), had %d", i, k, row.length));
      }
      double sum = 0;
      for (int j = 0; j < k; j++) {
        sum += Args.inRange(row[j], 0, 1, "transitionsPerBar[" + i + "][" + j + "]");
      }
      if (!(Math.abs(sum - 1) <= ROW_SUM_TOLERANCE)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "transitionsPerBar[%d] must sum to 1, was %s", i, sum));
      }
      t[i] = row.clone();
    }
    Args.inRange(initialRegime, 0, k - 1, "initialRegime");
    return new RegimeSwitching(r, t, stationaryOf(t), initialRegime);
  }

  /**
   * A chain from the expected number of bars each regime lasts.
   *
   * <p>Regime {@code i} stays with probability {@code 1 - 1/d_i} per bar and otherwise moves to one of the
   * other regimes with equal probability. Its stationary distribution is proportional to the durations.
   * The first bar's regime is drawn from it.
   *
   * @param regimes the regimes, at least one
   * @param expectedDurationBars for each regime, its expected duration in bars, {@code >= 1} and finite
   *     (ignored for a single regime)
   * @return the chain
   * @throws IllegalArgumentException if the lengths differ or a duration is out of range
   */
  public static RegimeSwitching ofExpectedDurations(List<Regime> regimes, double[] expectedDurationBars) {
    Regime[] r = regimeArray(regimes);
    int k = r.length;
    Args.notNull(expectedDurationBars, "expectedDurationBars");
    if (expectedDurationBars.length != k) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "expectedDurationBars must have one entry per regime (%d), had %d", k,
          expectedDurationBars.length));
    }
    if (k == 1) {
      return single(r[0]);
    }
    double[][] t = new double[k][k];
    for (int i = 0; i < k; i++) {
      double d = Args.inRange(expectedDurationBars[i], 1, Double.MAX_VALUE,
          "expectedDurationBars[" + i + "]");
      double leave = 1 / d;
      for (int j = 0; j < k; j++) {
        t[i][j] = i == j ? 1 - leave : leave / (k - 1);
      }
    }
    return new RegimeSwitching(r, t, stationaryOf(t), -1);
  }

  /**
   * This chain with the first bar's regime fixed.
   *
   * @param regime the first bar's regime, an index
   * @return a new chain with the same regimes and transitions
   * @throws IllegalArgumentException if the index is out of range
   */
  public RegimeSwitching startingIn(int regime) {
    Args.inRange(regime, 0, regimes.length - 1, "regime");
    return new RegimeSwitching(regimes, transitions, stationary, regime);
  }

  /**
   * The number of regimes.
   *
   * @return the number of regimes, {@code >= 1}
   */
  public int size() {
    return regimes.length;
  }

  /**
   * Regime {@code i}.
   *
   * @param i the index, {@code 0 <= i < size()}
   * @return the regime
   */
  public Regime regime(int i) {
    return regimes[i];
  }

  /**
   * The regimes, in index order.
   *
   * @return an unmodifiable list
   */
  public List<Regime> regimes() {
    return List.of(regimes);
  }

  /**
   * The probability that a bar in regime {@code from} is followed by one in regime {@code to}.
   *
   * @param from the current regime
   * @param to the next regime
   * @return the transition probability
   */
  public double transition(int from, int to) {
    return transitions[from][to];
  }

  /**
   * The per-bar transition matrix (a copy).
   *
   * @return a new {@code size() x size()} matrix
   */
  public double[][] transitions() {
    double[][] copy = new double[transitions.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = transitions[i].clone();
    }
    return copy;
  }

  /**
   * Whether the chain has a unique stationary distribution.
   *
   * @return true if {@link #stationaryDistribution()} is defined
   */
  public boolean hasStationaryDistribution() {
    return stationary != null;
  }

  /**
   * The stationary distribution {@code pi} ({@code pi P = pi}, entries summing to 1): the long-run share
   * of bars spent in each regime.
   *
   * @return a new array of {@link #size()} probabilities
   * @throws IllegalStateException if the chain has no unique stationary distribution
   */
  public double[] stationaryDistribution() {
    if (stationary == null) {
      throw new IllegalStateException("the chain has no unique stationary distribution");
    }
    return stationary.clone();
  }

  /**
   * The first bar's regime.
   *
   * @return its index, or -1 if it is drawn from the stationary distribution
   */
  public int initialRegime() {
    return initialRegime;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegimeSwitching other && Arrays.equals(regimes, other.regimes)
        && Arrays.deepEquals(transitions, other.transitions) && initialRegime == other.initialRegime;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(regimes) + Arrays.deepHashCode(transitions)) + initialRegime;
  }

  @Override
  public String toString() {
    return "RegimeSwitching[regimes=" + Arrays.toString(regimes) + ", transitions="
        + Arrays.deepToString(transitions) + ", initialRegime="
        + (initialRegime < 0 ? "stationary" : Integer.toString(initialRegime)) + "]";
  }

  private static Regime[] regimeArray(List<Regime> regimes) {
    Args.notNull(regimes, "regimes");
    if (regimes.isEmpty()) {
      throw new IllegalArgumentException("regimes must not be empty");
    }
    Regime[] r = new Regime[regimes.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = Args.notNull(regimes.get(i), "regimes[" + i + "]");
    }
    return r;
  }

  /**
   * Solves {@code pi (P - I) = 0, sum(pi) = 1} by Gaussian elimination with partial pivoting on the
   * transposed system whose last equation is replaced by the normalization.
   *
   * @return the distribution, or null if the system is singular (no unique stationary distribution)
   */
  private static double[] stationaryOf(double[][] p) {
    int k = p.length;
    double[][] a = new double[k][k + 1];
    for (int i = 0; i < k - 1; i++) {
      for (int j = 0; j < k; j++) {
        a[i][j] = p[j][i] - (i == j ? 1 : 0);
      }
    }
    Arrays.fill(a[k - 1], 1.0);
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int row = col + 1; row < k; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      if (!(Math.abs(a[pivot][col]) > SINGULAR_PIVOT)) {
        return null;
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int row = 0; row < k; row++) {
        if (row != col) {
          double f = a[row][col] / a[col][col];
          if (f != 0) {
            for (int j = col; j <= k; j++) {
              a[row][j] -= f * a[col][j];
            }
          }
        }
      }
    }
    double[] pi = new double[k];
    double sum = 0;
    for (int i = 0; i < k; i++) {
      // Round-off can leave -1e-17 where the exact answer is 0 (transient regimes).
      pi[i] = Math.max(0, a[i][k] / a[i][i]);
      sum += pi[i];
    }
    for (int i = 0; i < k; i++) {
      pi[i] /= sum;
    }
    return pi;
  }
}
