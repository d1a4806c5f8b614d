package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quantor.core.testing.ReferenceTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Group B indicators at parameters other than the reference files' ones, against textbook O(n*period)
 * re-computations written here from the conventions of {@code shared/reference/indicators/README.md};
 * plus argument checking.
 *
 * <p>Input: ORCL daily bars ({@code shared/data/orcl_daily_1995_2014.csv}). Tolerance: 1e-9 relative
 * ({@code |e - a| <= 1e-9 * max(1, |e|)}), with the same undefined warm-up rows.
 */
class GroupBParameterTest {

  private static final double TOL = 1e-9;

  private static double[] high;
  private static double[] low;
  private static double[] close;

  @BeforeAll
  static void load() {
    ReferenceTable orcl = ReferenceTable.orclDaily();
    high = orcl.column("high");
    low = orcl.column("low");
    close = orcl.column("close");
  }

  // ---------------------------------------------------------------------------------------------
  // Textbook re-computations.
  // ---------------------------------------------------------------------------------------------

  private static double[] undefined(int n) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    return out;
  }

  private static double highest(double[] x, int from, int to) {
    double m = Double.NEGATIVE_INFINITY;
    for (int j = from; j <= to; j++) {
      m = Math.max(m, x[j]);
    }
    return m;
  }

  private static double lowest(double[] x, int from, int to) {
    double m = Double.POSITIVE_INFINITY;
    for (int j = from; j <= to; j++) {
      m = Math.min(m, x[j]);
    }
    return m;
  }

  /** ATR: TR_t = max(H, C_prev) - min(L, C_prev) from t = 1; mean of TR_1..TR_n at n; then Wilder. */
  private static double[] naiveAtr(int period) {
    int n = close.length;
    double[] out = undefined(n);
    double[] tr = new double[n];
    for (int t = 1; t < n; t++) {
      tr[t] = Math.max(high[t], close[t - 1]) - Math.min(low[t], close[t - 1]);
    }
    double seed = 0;
    for (int t = 1; t <= period; t++) {
      seed += tr[t];
    }
    out[period] = seed / period;
    for (int t = period + 1; t < n; t++) {
      out[t] = (out[t - 1] * (period - 1) + tr[t]) / period;
    }
    return out;
  }

  /** Stochastic: fastK over the window; slowK, slowD as plain means; all from the full lookback. */
  private static double[][] naiveStoch(int fastK, int slowK, int slowD) {
    int n = close.length;
    double[] fk = undefined(n);
    for (int t = fastK - 1; t < n; t++) {
      double hh = highest(high, t - fastK + 1, t);
      double ll = lowest(low, t - fastK + 1, t);
      fk[t] = hh == ll ? 0 : 100 * (close[t] - ll) / (hh - ll);
    }
    double[] sk = undefined(n);
    for (int t = fastK - 1 + slowK - 1; t < n; t++) {
      double s = 0;
      for (int j = t - slowK + 1; j <= t; j++) {
        s += fk[j];
      }
      sk[t] = s / slowK;
    }
    int lookback = fastK - 1 + slowK - 1 + slowD - 1;
    double[] k = undefined(n);
    double[] d = undefined(n);
    for (int t = lookback; t < n; t++) {
      double s = 0;
      for (int j = t - slowD + 1; j <= t; j++) {
        s += sk[j];
      }
      k[t] = sk[t];
      d[t] = s / slowD;
    }
    return new double[][] {k, d};
  }

  private static double[] naiveWillR(int period) {
    int n = close.length;
    double[] out = undefined(n);
    for (int t = period - 1; t < n; t++) {
      double hh = highest(high, t - period + 1, t);
      double ll = lowest(low, t - period + 1, t);
      out[t] = hh == ll ? 0 : -100 * (hh - close[t]) / (hh - ll);
    }
    return out;
  }

  /** Aroon: window t-n..t, most recent extreme on ties, (100/n)*(n - bars since). */
  private static double[][] naiveAroon(int period) {
    int n = close.length;
    double[] down = undefined(n);
    double[] up = undefined(n);
    for (int t = period; t < n; t++) {
      int hi = t - period;
      int lo = t - period;
      for (int j = t - period; j <= t; j++) {
        if (high[j] >= high[hi]) {
          hi = j;
        }
        if (low[j] <= low[lo]) {
          lo = j;
        }
      }
      up[t] = (100.0 / period) * (period - (t - hi));
      down[t] = (100.0 / period) * (period - (t - lo));
    }
    return new double[][] {down, up};
  }

  private static double[][] naiveDonchian(int period) {
    int n = close.length;
    double[] upper = undefined(n);
    double[] middle = undefined(n);
    double[] lower = undefined(n);
    for (int t = period - 1; t < n; t++) {
      upper[t] = highest(high, t - period + 1, t);
      lower[t] = lowest(low, t - period + 1, t);
      middle[t] = (upper[t] + lower[t]) / 2;
    }
    return new double[][] {upper, middle, lower};
  }

  private static double[] naiveMidPrice(int period) {
    int n = close.length;
    double[] out = undefined(n);
    for (int t = period - 1; t < n; t++) {
      out[t] = (highest(high, t - period + 1, t) + lowest(low, t - period + 1, t)) / 2;
    }
    return out;
  }

  /** CCI: (tp - mean)/(0.015 * mean |tp_i - mean|) over the window; 0 when either part is 0. */
  private static double[] naiveCci(int period) {
    int n = close.length;
    double[] tp = new double[n];
    for (int t = 0; t < n; t++) {
      tp[t] = (high[t] + low[t] + close[t]) / 3;
    }
    double[] out = undefined(n);
    for (int t = period - 1; t < n; t++) {
      double mean = 0;
      for (int j = t - period + 1; j <= t; j++) {
        mean += tp[j];
      }
      mean /= period;
      double md = 0;
      for (int j = t - period + 1; j <= t; j++) {
        md += Math.abs(tp[j] - mean);
      }
      md /= period;
      out[t] = md == 0 || tp[t] == mean ? 0 : (tp[t] - mean) / (0.015 * md);
    }
    return out;
  }

  private static void assertClose(String what, double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length, what + " length");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      if (Double.isNaN(e) != Double.isNaN(a)) {
        problems.add(String.format(Locale.ROOT, "row %d: expected %s, got %s", i, e, a));
      } else if (!Double.isNaN(e) && !(Math.abs(e - a) <= TOL * Math.max(1, Math.abs(e)))) {
        problems.add(String.format(Locale.ROOT, "row %d: expected %.17g, got %.17g", i, e, a));
      }
    }
    if (!problems.isEmpty()) {
      fail(what + ": " + problems.size() + " mismatches, first " + problems.subList(0,
          Math.min(5, problems.size())));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Parameter coverage.
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 30})
  void atrAgreesWithTextbook(int period) {
    assertClose("ATR(" + period + ")", naiveAtr(period), Indicators.atr(high, low, close, period));
    assertEquals(period, new Atr(period).lookback());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,1,1", "2,2,2", "5,3,3", "30,1,5", "5,30,2"})
  void stochasticAgreesWithTextbook(String periods) {
    String[] p = periods.split(",");
    int fk = Integer.parseInt(p[0]);
    int sk = Integer.parseInt(p[1]);
    int sd = Integer.parseInt(p[2]);
    double[][] expected = naiveStoch(fk, sk, sd);
    Indicators.Stochastic actual = Indicators.stoch(high, low, close, fk, sk, sd);
    assertClose("slowK(" + periods + ")", expected[0], actual.slowK());
    assertClose("slowD(" + periods + ")", expected[1], actual.slowD());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 30})
  void williamsRAgreesWithTextbook(int period) {
    assertClose("WILLR(" + period + ")", naiveWillR(period), Indicators.willR(high, low, close, period));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 30})
  void aroonAgreesWithTextbook(int period) {
    double[][] expected = naiveAroon(period);
    Indicators.Aroon actual = Indicators.aroon(high, low, period);
    assertClose("AROON down(" + period + ")", expected[0], actual.down());
    assertClose("AROON up(" + period + ")", expected[1], actual.up());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 30})
  void donchianAgreesWithTextbook(int period) {
    double[][] expected = naiveDonchian(period);
    Indicators.Donchian actual = Indicators.donchian(high, low, period);
    assertClose("DC upper(" + period + ")", expected[0], actual.upper());
    assertClose("DC middle(" + period + ")", expected[1], actual.middle());
    assertClose("DC lower(" + period + ")", expected[2], actual.lower());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 30})
  void midPriceAgreesWithTextbook(int period) {
    assertClose("MIDPRICE(" + period + ")", naiveMidPrice(period), Indicators.midPrice(high, low, period));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 30})
  void cciAgreesWithTextbook(int period) {
    assertClose("CCI(" + period + ")", naiveCci(period), Indicators.cci(high, low, close, period));
  }

  /** TA-Lib returns 0 for a zero high-low range (STOCH, WILLR) instead of dividing by zero. */
  @Test
  void flatMarketGivesZeroOscillators() {
    double[] flat = {5, 5, 5, 5, 5, 5, 5, 5};
    Indicators.Stochastic s = Indicators.stoch(flat, flat, flat, 3, 2, 2);
    double[] w = Indicators.willR(flat, flat, flat, 3);
    double[] c = Indicators.cci(flat, flat, flat, 3);
    double[] atr = Indicators.atr(flat, flat, flat, 3);
    double[] adx = Indicators.adx(flat, flat, flat, 2);
    double[] plus = Indicators.plusDi(flat, flat, flat, 2);
    double[] ult = Indicators.ultOsc(flat, flat, flat, 1, 2, 3);
    for (int i = 4; i < flat.length; i++) {
      assertEquals(0.0, s.slowK()[i]);
      assertEquals(0.0, s.slowD()[i]);
      assertEquals(0.0, w[i]);
      assertEquals(0.0, c[i]);
      assertEquals(0.0, atr[i]);
      assertEquals(0.0, adx[i]);
      assertEquals(0.0, plus[i]);
      assertEquals(0.0, ult[i]);
    }
  }

  /**
   * Where TA-Lib has no DX (smoothed TR within 1e-8 of zero: a long flat market) it leaves the ADX as it
   * was instead of smoothing in a 0, and reports both DIs as 0.
   */
  @Test
  void adxHoldsItsValueWhileDxIsUndefined() {
    Adx adx = new Adx(2);
    for (int i = 0; i < 10; i++) {
      adx.update(10 + i + 0.5, 10 + i - 0.5, 10 + i);
    }
    double previous = adx.value();
    boolean frozen = false;
    for (int i = 0; i < 80; i++) {
      double v = adx.update(20, 20, 20);
      if (adx.plusDi() == 0 && adx.minusDi() == 0) {
        frozen = true;
        assertEquals(previous, v, "ADX must not move without a DX");
      }
      previous = v;
    }
    assertTrue(frozen, "the smoothed true range should have decayed below 1e-8");
    assertTrue(previous > 50, "a strong trend's ADX is kept, not decayed to 0: " + previous);
  }

  // ---------------------------------------------------------------------------------------------
  // Argument checking.
  // ---------------------------------------------------------------------------------------------

  private static void assertRejects(String name, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(name), () -> "message should name '" + name + "': " + e.getMessage());
  }

  @Test
  void invalidParametersAreRejectedByName() {
    assertRejects("period", () -> new Atr(0));
    assertRejects("period", () -> new Natr(0));
    assertRejects("period", () -> new Adx(0));
    assertRejects("period", () -> new PlusDi(0));
    assertRejects("period", () -> new MinusDi(-1));
    assertRejects("fastKPeriod", () -> new Stochastic(0, 3, 3));
    assertRejects("slowKPeriod", () -> new Stochastic(14, 0, 3));
    assertRejects("slowDPeriod", () -> new Stochastic(14, 3, 0));
    assertRejects("period", () -> new Cci(1));
    assertRejects("period", () -> new WilliamsR(0));
    assertRejects("period", () -> new Aroon(0));
    assertRejects("period", () -> new Aroon(Integer.MAX_VALUE));
    assertRejects("acceleration", () -> new ParabolicSar(0, 0.2));
    assertRejects("acceleration", () -> new ParabolicSar(Double.NaN, 0.2));
    assertRejects("maximum", () -> new ParabolicSar(0.02, 0.01));
    assertRejects("maximum", () -> new ParabolicSar(0.02, Double.POSITIVE_INFINITY));
    assertRejects("period", () -> new MidPrice(0));
    assertRejects("period1", () -> new UltimateOscillator(0, 14, 28));
    assertRejects("period2", () -> new UltimateOscillator(7, 0, 28));
    assertRejects("period3", () -> new UltimateOscillator(7, 14, 0));
    assertRejects("period", () -> new DonchianChannel(0));
    assertRejects("period", () -> new KeltnerChannel(0, 2));
    assertRejects("atrMultiplier", () -> new KeltnerChannel(20, 0));
    assertRejects("atrMultiplier", () -> new KeltnerChannel(20, Double.NaN));
    double[] x = {1, 2, 3};
    assertRejects("period", () -> Indicators.atr(x, x, x, 0));
    assertRejects("slowDPeriod", () -> Indicators.stoch(x, x, x, 1, 1, 0));
    assertRejects("maximum", () -> Indicators.sar(x, x, 0.3, 0.2));
  }

  @Test
  void arraysMustBeNonNullAndOfEqualLength() {
    double[] x = {1, 2, 3};
    double[] shorter = {1, 2};
    assertRejects("close", () -> Indicators.atr(x, x, shorter, 14));
    assertRejects("low", () -> Indicators.stoch(x, shorter, x, 3, 1, 1));
    assertRejects("high", () -> Indicators.aroon(null, x, 2));
    assertRejects("low", () -> Indicators.donchian(x, shorter, 2));
    assertRejects("close", () -> Indicators.keltner(x, x, null, 2, 2));
  }

  /** Every used input is checked; the offending one is named and the state is left unchanged. */
  @Test
  void nonFiniteInputThrowsAndNamesTheInput() {
    List<BarIndicator> all = List.of(new TrueRange(), new Atr(3), new Natr(3), new Adx(3), new PlusDi(3),
        new MinusDi(3), new Stochastic(3, 2, 2), new Cci(3), new WilliamsR(3), new Aroon(3),
        new ParabolicSar(0.02, 0.2), new MidPrice(3), new UltimateOscillator(1, 2, 3),
        new DonchianChannel(3), new KeltnerChannel(3, 2));
    for (BarIndicator ind : all) {
      String what = ind.getClass().getSimpleName();
      for (int i = 0; i < 10; i++) {
        ind.update(10 + i, 10 + i + 1, 10 + i - 1, 10 + i, 1000);
      }
      double before = ind.value();
      assertRejects("high", () -> ind.update(1, Double.NaN, 1, 1, 1));
      assertRejects("low", () -> ind.update(1, 2, Double.POSITIVE_INFINITY, 1, 1));
      boolean usesClose = !(ind instanceof Aroon || ind instanceof ParabolicSar || ind instanceof MidPrice
          || ind instanceof DonchianChannel);
      if (usesClose) {
        assertRejects("close", () -> ind.update(1, 2, 1, Double.NEGATIVE_INFINITY, 1));
      }
      assertEquals(before, ind.value(), what + ": value after rejected inputs");
      assertTrue(ind.isReady(), what);
      // Open and volume (and close, where unused) are ignored, NaN or not.
      ind.update(Double.NaN, 12, 10, usesClose ? 11 : Double.NaN, Double.NaN);
    }
  }
}
