package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The group A indicators for parameters other than the reference ones, against straightforward
 * O(n*period) re-computations written here from the conventions of
 * {@code shared/reference/indicators/README.md} (each window summed afresh, EMAs seeded with the mean of
 * their first {@code period} defined inputs, Wilder averages seeded with plain means, TA-Lib's division
 * guards). Nothing here calls the code under test to produce an expected value.
 *
 * <p>Inputs: two deterministic series of 300 prices, a random walk and a random walk with flat
 * stretches (see {@link GroupASeries}). Tolerance: {@code |e - a| <= 1e-9 * max(1, |e|)} on every row,
 * and NaN exactly on the same warm-up rows.
 */
class GroupANaiveRecomputationTest {

  private static final double TOL = 1e-9;
  private static final int LENGTH = 300;
  private static final int[] PERIODS = {1, 2, 5, 50};
  private static final int[] PERIODS_FROM_TWO = {2, 5, 50};

  private static double[] series(boolean flat) {
    return flat ? GroupASeries.withFlatStretches(7, LENGTH) : GroupASeries.randomWalk(11, LENGTH);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void movingAverages(boolean flat) {
    double[] x = series(flat);
    for (int n : PERIODS) {
      check("wma " + n, naiveWma(x, n), Indicators.wma(x, n), n - 1);
      check("dema " + n, naiveDema(x, n), Indicators.dema(x, n), 2 * (n - 1));
      check("tema " + n, naiveTema(x, n), Indicators.tema(x, n), 3 * (n - 1));
      check("trix " + n, naiveTrix(x, n), Indicators.trix(x, n), 3 * (n - 1) + 1);
    }
    for (int n : PERIODS_FROM_TWO) {
      check("kama " + n, naiveKama(x, n), Indicators.kama(x, n), n);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void oscillators(boolean flat) {
    double[] x = series(flat);
    for (int n : PERIODS) {
      check("rsi " + n, naiveRsi(x, n), Indicators.rsi(x, n), n);
      check("cmo " + n, naiveCmo(x, n), Indicators.cmo(x, n), n);
      check("roc " + n, naiveRoc(x, n), Indicators.roc(x, n), n);
      check("mom " + n, naiveMom(x, n), Indicators.mom(x, n), n);
    }
    int[][] stoch = {{1, 1, 1}, {2, 5, 3}, {5, 2, 1}, {14, 14, 3}, {50, 5, 5}};
    for (int[] p : stoch) {
      String name = "stochrsi " + p[0] + "," + p[1] + "," + p[2];
      double[][] expected = naiveStochRsi(x, p[0], p[1], p[2]);
      Indicators.StochRsi actual = Indicators.stochRsi(x, p[0], p[1], p[2]);
      int lookback = p[0] + p[1] - 1 + p[2] - 1;
      boolean[][] noise = stochRsiNoiseRows(x, p[0], p[1], p[2]);
      if (!flat) {
        for (boolean skipped : noise[1]) {
          assertFalse(skipped, name + ": the random walk must be compared on every row");
        }
      }
      check(name + " fastK", expected[0], actual.fastK(), lookback, noise[0]);
      check(name + " fastD", expected[1], actual.fastD(), lookback, noise[1]);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void macd(boolean flat) {
    double[] x = series(flat);
    int[][] params = {{1, 2, 1}, {5, 3, 2}, {12, 26, 9}, {2, 50, 5}, {7, 7, 1}};
    for (int[] p : params) {
      String name = "macd " + p[0] + "," + p[1] + "," + p[2];
      double[][] expected = naiveMacd(x, p[0], p[1], p[2]);
      Indicators.Macd actual = Indicators.macd(x, p[0], p[1], p[2]);
      int lookback = Math.max(p[0], p[1]) - 1 + p[2] - 1;
      check(name + " line", expected[0], actual.macd(), lookback);
      check(name + " signal", expected[1], actual.signal(), lookback);
      check(name + " histogram", expected[2], actual.histogram(), lookback);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void bandsDeviationAndRegression(boolean flat) {
    double[] x = series(flat);
    double[][] bands = {{1, 2, 2}, {2, 1, 3}, {5, 0.5, 1.5}, {50, 2, 2}};
    for (double[] p : bands) {
      int n = (int) p[0];
      double[] middle = naiveSma(x, n);
      double[] sd = naiveStdDev(x, n, 1);
      Indicators.BollingerBands actual = Indicators.bbands(x, n, p[1], p[2]);
      String name = "bbands " + n + "," + p[1] + "," + p[2];
      check(name + " upper", plus(middle, sd, p[1]), actual.upper(), n - 1);
      check(name + " middle", middle, actual.middle(), n - 1);
      check(name + " lower", plus(middle, sd, -p[2]), actual.lower(), n - 1);
    }
    for (MovingAverageType type : MovingAverageType.values()) {
      int n = 5;
      double[] middle = naiveAverage(x, n, type);
      double[] sd = naiveStdDev(x, n, 1);
      Indicators.BollingerBands actual = Indicators.bbands(x, n, 2, 1, type);
      int lookback = firstDefined(middle);
      check("bbands " + type + " upper", plus(middle, sd, 2), actual.upper(), lookback);
      check("bbands " + type + " middle", middle, actual.middle(), lookback);
      check("bbands " + type + " lower", plus(middle, sd, -1), actual.lower(), lookback);
    }
    for (int n : PERIODS) {
      check("stddev " + n, naiveStdDev(x, n, 1.5), Indicators.stdDev(x, n, 1.5), n - 1);
    }
    for (int n : PERIODS_FROM_TWO) {
      check("linearreg " + n, naiveLinearReg(x, n), Indicators.linearReg(x, n), n - 1);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void ppo(boolean flat) {
    double[] x = series(flat);
    int[][] params = {{1, 2}, {5, 3}, {2, 50}, {12, 26}};
    for (MovingAverageType type : MovingAverageType.values()) {
      for (int[] p : params) {
        if (type == MovingAverageType.KAMA && Math.min(p[0], p[1]) < 2) {
          continue;
        }
        int fast = Math.min(p[0], p[1]);
        int slow = Math.max(p[0], p[1]);
        double[] f = naiveAverage(x, fast, type);
        double[] s = naiveAverage(x, slow, type);
        double[] expected = new double[x.length];
        for (int t = 0; t < x.length; t++) {
          expected[t] = Double.isNaN(s[t]) ? Double.NaN
              : Math.abs(s[t]) < 1e-8 ? 0.0 : 100 * (f[t] - s[t]) / s[t];
        }
        check("ppo " + type + " " + p[0] + "," + p[1], expected, Indicators.ppo(x, p[0], p[1], type),
            firstDefined(s));
      }
    }
  }

  /**
   * The O(1) running sums of {@link LinearRegression} must not drift: 100,000 inputs near 1e6, then
   * 100,000 near 1, period 100. Plain running sums of y and x*y are off by about 3e-5 at the end of this
   * series; the compensated sums must stay within 1e-9 of the naive fit on the last windows.
   */
  @Test
  void linearRegressionDoesNotDriftOnLongStreamsWithALevelChange() {
    int half = 100_000;
    int n = 100;
    SplittableRandom rng = new SplittableRandom(13);
    double[] x = new double[2 * half];
    for (int t = 0; t < x.length; t++) {
      double level = t < half ? 1e6 : 1.0;
      x[t] = level * (1 + 0.05 * Math.sin(t / 7.0) + 0.01 * rng.nextDouble());
    }
    double[] actual = Indicators.linearReg(x, n);
    double[] tail = Arrays.copyOfRange(x, x.length - 3 * n, x.length);
    double[] expected = naiveLinearReg(tail, n);
    for (int i = n - 1; i < tail.length; i++) {
      double e = expected[i];
      double a = actual[x.length - tail.length + i];
      assertTrue(Math.abs(e - a) <= TOL * Math.max(1, Math.abs(e)), "row " + i + ": " + e + " vs " + a);
    }
  }

  // ---- naive re-computations ----------------------------------------------------------------------

  private static double[] nans(int n) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    return out;
  }

  private static int firstDefined(double[] x) {
    int i = 0;
    while (i < x.length && Double.isNaN(x[i])) {
      i++;
    }
    return i;
  }

  private static double[] plus(double[] a, double[] b, double factor) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + factor * b[i];
    }
    return out;
  }

  private static double[] naiveAverage(double[] x, int n, MovingAverageType type) {
    return switch (type) {
      case SMA -> naiveSma(x, n);
      case EMA -> naiveEma(x, n);
      case WMA -> naiveWma(x, n);
      case DEMA -> naiveDema(x, n);
      case TEMA -> naiveTema(x, n);
      case KAMA -> naiveKama(x, n);
    };
  }

  private static double[] naiveSma(double[] x, int n) {
    double[] out = nans(x.length);
    for (int t = n - 1; t < x.length; t++) {
      double s = 0;
      for (int j = t - n + 1; j <= t; j++) {
        s += x[j];
      }
      out[t] = s / n;
    }
    return out;
  }

  /** EMA of the defined part of {@code x}, seeded with the mean of its first n defined values. */
  private static double[] naiveEma(double[] x, int n) {
    double[] out = nans(x.length);
    int start = firstDefined(x);
    if (start + n > x.length) {
      return out;
    }
    double alpha = 2.0 / (n + 1);
    double seed = 0;
    for (int j = start; j < start + n; j++) {
      seed += x[j];
    }
    double e = seed / n;
    out[start + n - 1] = e;
    for (int t = start + n; t < x.length; t++) {
      e = alpha * x[t] + (1 - alpha) * e;
      out[t] = e;
    }
    return out;
  }

  private static double[] naiveWma(double[] x, int n) {
    double[] out = nans(x.length);
    double weights = n * (n + 1) / 2.0;
    for (int t = n - 1; t < x.length; t++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += (n - j) * x[t - j];
      }
      out[t] = s / weights;
    }
    return out;
  }

  private static double[] naiveDema(double[] x, int n) {
    double[] e1 = naiveEma(x, n);
    double[] e2 = naiveEma(e1, n);
    double[] out = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      out[t] = 2 * e1[t] - e2[t];
    }
    return out;
  }

  private static double[] naiveTema(double[] x, int n) {
    double[] e1 = naiveEma(x, n);
    double[] e2 = naiveEma(e1, n);
    double[] e3 = naiveEma(e2, n);
    double[] out = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      out[t] = 3 * e1[t] - 3 * e2[t] + e3[t];
    }
    return out;
  }

  private static double[] naiveTrix(double[] x, int n) {
    double[] e3 = naiveEma(naiveEma(naiveEma(x, n), n), n);
    double[] out = nans(x.length);
    for (int t = 1; t < x.length; t++) {
      if (!Double.isNaN(e3[t - 1])) {
        out[t] = e3[t - 1] == 0 ? 0 : 100 * (e3[t] / e3[t - 1] - 1);
      }
    }
    return out;
  }

  private static double[] naiveKama(double[] x, int n) {
    double[] out = nans(x.length);
    double fastest = 2.0 / 3;
    double slowest = 2.0 / 31;
    double kama = n <= x.length ? x[n - 1] : Double.NaN;
    for (int t = n; t < x.length; t++) {
      double net = x[t] - x[t - n];
      double volatility = 0;
      for (int i = t - n + 1; i <= t; i++) {
        volatility += Math.abs(x[i] - x[i - 1]);
      }
      double er = volatility <= net || Math.abs(volatility) < 1e-8 ? 1 : Math.abs(net) / volatility;
      double sc = Math.pow(er * (fastest - slowest) + slowest, 2);
      kama = kama + sc * (x[t] - kama);
      out[t] = kama;
    }
    return out;
  }

  /** Wilder average gain (row 0) and loss (row 1), defined from index n. */
  private static double[][] naiveWilder(double[] x, int n) {
    double[][] out = {nans(x.length), nans(x.length)};
    if (n >= x.length) {
      return out;
    }
    double gain = 0;
    double loss = 0;
    for (int t = 1; t <= n; t++) {
      gain += Math.max(x[t] - x[t - 1], 0);
      loss += Math.max(x[t - 1] - x[t], 0);
    }
    gain /= n;
    loss /= n;
    out[0][n] = gain;
    out[1][n] = loss;
    for (int t = n + 1; t < x.length; t++) {
      gain = (gain * (n - 1) + Math.max(x[t] - x[t - 1], 0)) / n;
      loss = (loss * (n - 1) + Math.max(x[t - 1] - x[t], 0)) / n;
      out[0][t] = gain;
      out[1][t] = loss;
    }
    return out;
  }

  private static double[] naiveRsi(double[] x, int n) {
    double[][] w = naiveWilder(x, n);
    double[] out = nans(x.length);
    for (int t = n; t < x.length; t++) {
      double sum = w[0][t] + w[1][t];
      out[t] = Math.abs(sum) < 1e-8 ? 0 : 100 * w[0][t] / sum;
    }
    return out;
  }

  private static double[] naiveCmo(double[] x, int n) {
    // TA-Lib's CMO is 2*RSI - 100 (both 0 when the denominator is near zero).
    double[] rsi = naiveRsi(x, n);
    double[][] w = naiveWilder(x, n);
    double[] out = nans(x.length);
    for (int t = n; t < x.length; t++) {
      out[t] = Math.abs(w[0][t] + w[1][t]) < 1e-8 ? 0 : 2 * rsi[t] - 100;
    }
    return out;
  }

  private static double[] naiveRoc(double[] x, int n) {
    double[] out = nans(x.length);
    for (int t = n; t < x.length; t++) {
      out[t] = x[t - n] == 0 ? 0 : 100 * (x[t] / x[t - n] - 1);
    }
    return out;
  }

  private static double[] naiveMom(double[] x, int n) {
    double[] out = nans(x.length);
    for (int t = n; t < x.length; t++) {
      out[t] = x[t] - x[t - n];
    }
    return out;
  }

  private static double[][] naiveStochRsi(double[] x, int rsiPeriod, int kPeriod, int dPeriod) {
    double[] rsi = naiveRsi(x, rsiPeriod);
    double[] k = nans(x.length);
    for (int t = rsiPeriod + kPeriod - 1; t < x.length; t++) {
      double hi = Double.NEGATIVE_INFINITY;
      double lo = Double.POSITIVE_INFINITY;
      for (int j = t - kPeriod + 1; j <= t; j++) {
        hi = Math.max(hi, rsi[j]);
        lo = Math.min(lo, rsi[j]);
      }
      k[t] = hi == lo ? 0 : 100 * (rsi[t] - lo) / (hi - lo);
    }
    double[] d = naiveSma(k, dPeriod);
    int first = rsiPeriod + kPeriod - 1 + dPeriod - 1;
    for (int t = 0; t < Math.min(first, x.length); t++) {
      k[t] = Double.NaN;
      d[t] = Double.NaN;
    }
    return new double[][] {k, d};
  }

  /**
   * Rows where %K (row 0) or %D (row 1) is the ratio of two rounding errors: on a flat stretch the RSI is
   * mathematically constant, but its computed value may move by an ulp or stay put depending on the order
   * of operations, so its range over the window is below 1e-9 (or exactly 0 by luck) and %K jumps between
   * 0 and 100 on the last bits (in TA-Lib as here). Those rows are not compared. Rows where every RSI of
   * the window is the exact 0 of the division guard are compared: %K must be TA-Lib's 0 there.
   */
  private static boolean[][] stochRsiNoiseRows(double[] x, int rsiPeriod, int kPeriod, int dPeriod) {
    double[] rsi = naiveRsi(x, rsiPeriod);
    boolean[] k = new boolean[x.length];
    boolean[] d = new boolean[x.length];
    for (int t = rsiPeriod + kPeriod - 1; t < x.length; t++) {
      double hi = Double.NEGATIVE_INFINITY;
      double lo = Double.POSITIVE_INFINITY;
      for (int j = t - kPeriod + 1; j <= t; j++) {
        hi = Math.max(hi, rsi[j]);
        lo = Math.min(lo, rsi[j]);
      }
      // With a one-value window the range is always exactly 0 and %K always 0: nothing to skip.
      k[t] = kPeriod > 1 && hi - lo < 1e-9 && hi != 0;
    }
    // %D averages the last dPeriod values of %K.
    for (int t = 0; t < x.length; t++) {
      for (int j = Math.max(0, t - dPeriod + 1); j <= t; j++) {
        d[t] |= k[j];
      }
    }
    return new boolean[][] {k, d};
  }

  private static double[][] naiveMacd(double[] x, int fastPeriod, int slowPeriod, int signalPeriod) {
    int fast = Math.min(fastPeriod, slowPeriod);
    int slow = Math.max(fastPeriod, slowPeriod);
    double[] line = nans(x.length);
    double slowEma = 0;
    double fastEma = 0;
    for (int j = 0; j < slow; j++) {
      slowEma += x[j] / slow;
    }
    for (int j = slow - fast; j < slow; j++) {
      fastEma += x[j] / fast;
    }
    line[slow - 1] = fastEma - slowEma;
    for (int t = slow; t < x.length; t++) {
      slowEma += 2.0 / (slow + 1) * (x[t] - slowEma);
      fastEma += 2.0 / (fast + 1) * (x[t] - fastEma);
      line[t] = fastEma - slowEma;
    }
    double[] signal = naiveEma(line, signalPeriod);
    double[] hist = new double[x.length];
    int first = slow - 1 + signalPeriod - 1;
    for (int t = 0; t < x.length; t++) {
      if (t < first) {
        line[t] = Double.NaN;
      }
      hist[t] = line[t] - signal[t];
    }
    return new double[][] {line, signal, hist};
  }

  private static double[] naiveStdDev(double[] x, int n, double factor) {
    double[] out = nans(x.length);
    for (int t = n - 1; t < x.length; t++) {
      double mean = 0;
      for (int j = t - n + 1; j <= t; j++) {
        mean += x[j];
      }
      mean /= n;
      double var = 0;
      for (int j = t - n + 1; j <= t; j++) {
        var += (x[j] - mean) * (x[j] - mean);
      }
      var /= n;
      out[t] = var < 1e-8 ? 0 : Math.sqrt(var) * factor;
    }
    return out;
  }

  private static double[] naiveLinearReg(double[] x, int n) {
    double[] out = nans(x.length);
    double xMean = (n - 1) / 2.0;
    for (int t = n - 1; t < x.length; t++) {
      double yMean = 0;
      for (int i = 0; i < n; i++) {
        yMean += x[t - n + 1 + i];
      }
      yMean /= n;
      double sxy = 0;
      double sxx = 0;
      for (int i = 0; i < n; i++) {
        sxy += (i - xMean) * (x[t - n + 1 + i] - yMean);
        sxx += (i - xMean) * (i - xMean);
      }
      out[t] = yMean + sxy / sxx * (n - 1 - xMean);
    }
    return out;
  }

  // ---- comparison ----------------------------------------------------------------------------------

  private static void check(String name, double[] expected, double[] actual, int lookback) {
    check(name, expected, actual, lookback, new boolean[expected.length]);
  }

  private static void check(String name, double[] expected, double[] actual, int lookback,
      boolean[] skip) {
    assertEquals(expected.length, actual.length, name + ": length");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      boolean warmUp = i < lookback;
      if (warmUp != Double.isNaN(e)) {
        problems.add("row " + i + ": naive value " + e + " does not fit lookback " + lookback);
      } else if (warmUp) {
        if (!Double.isNaN(a)) {
          problems.add("row " + i + ": expected NaN (warm-up), got " + a);
        }
      } else if (!skip[i] && !(Math.abs(e - a) <= TOL * Math.max(1, Math.abs(e)))) {
        problems.add(String.format(Locale.ROOT, "row %d: expected %.17g, got %.17g", i, e, a));
      }
    }
    if (!problems.isEmpty()) {
      fail(name + ": " + problems.size() + " mismatches, first: "
          + problems.subList(0, Math.min(5, problems.size())));
    }
  }
}
