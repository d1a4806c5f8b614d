package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the group A indicators on positive random walks (length 50..400, steps of 0.5 % to 2 %,
 * from a seeded generator; see {@link GroupASeries}) with random valid periods.
 */
class GroupAProperties {

  private static final double TOL = 1e-9;

  /** A single-output indicator: its streaming form and its batch form. */
  private record Case(String name, Supplier<ValueIndicator> streaming, Function<double[], double[]> batch) {
  }

  private static List<Case> singleOutputCases(int p) {
    int q = p + 1;
    return List.of(
        new Case("wma", () -> new Wma(p), x -> Indicators.wma(x, p)),
        new Case("dema", () -> new Dema(p), x -> Indicators.dema(x, p)),
        new Case("tema", () -> new Tema(p), x -> Indicators.tema(x, p)),
        new Case("kama", () -> new Kama(q), x -> Indicators.kama(x, q)),
        new Case("rsi", () -> new Rsi(p), x -> Indicators.rsi(x, p)),
        new Case("cmo", () -> new Cmo(p), x -> Indicators.cmo(x, p)),
        new Case("stddev", () -> new StdDev(p, 1.5), x -> Indicators.stdDev(x, p, 1.5)),
        new Case("linearreg", () -> new LinearRegression(q), x -> Indicators.linearReg(x, q)),
        new Case("trix", () -> new Trix(p), x -> Indicators.trix(x, p)),
        new Case("ppo sma", () -> new Ppo(p, 2 * p, MovingAverageType.SMA),
            x -> Indicators.ppo(x, p, 2 * p, MovingAverageType.SMA)),
        new Case("ppo ema", () -> new Ppo(2 * p, p, MovingAverageType.EMA),
            x -> Indicators.ppo(x, 2 * p, p, MovingAverageType.EMA)),
        new Case("roc", () -> new Roc(p), x -> Indicators.roc(x, p)),
        new Case("mom", () -> new Momentum(p), x -> Indicators.mom(x, p)));
  }

  @Property(tries = 100)
  void streamingEqualsBatchAlsoAfterReset(@ForAll long seed,
      @ForAll @IntRange(min = 50, max = 400) int length, @ForAll @IntRange(min = 1, max = 30) int period) {
    double[] x = GroupASeries.randomWalk(seed, length);
    for (Case c : singleOutputCases(period)) {
      double[] batch = c.batch().apply(x);
      ValueIndicator ind = c.streaming().get();
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < length; i++) {
          double v = ind.update(x[i]);
          String where = c.name() + " row " + i + " round " + round;
          assertEquals(batch[i], v, 0.0, where);
          assertEquals(batch[i], ind.value(), 0.0, where);
          assertEquals(i >= ind.lookback(), ind.isReady(), where + ": isReady");
          assertEquals(i >= ind.lookback(), !Double.isNaN(v), where + ": defined after lookback");
        }
        ind.reset();
        assertTrue(Double.isNaN(ind.value()) && !ind.isReady(), c.name() + ": reset");
      }
    }
  }

  @Property(tries = 100)
  void multiOutputStreamingEqualsBatchAlsoAfterReset(@ForAll long seed,
      @ForAll @IntRange(min = 50, max = 400) int length, @ForAll @IntRange(min = 1, max = 20) int a,
      @ForAll @IntRange(min = 1, max = 20) int b, @ForAll @IntRange(min = 1, max = 10) int c) {
    double[] x = GroupASeries.randomWalk(seed, length);
    Indicators.Macd macd = Indicators.macd(x, a, b, c);
    Indicators.BollingerBands bands = Indicators.bbands(x, a, 2, 1.5);
    Indicators.StochRsi stoch = Indicators.stochRsi(x, a, b, c);
    Macd m = new Macd(a, b, c);
    BollingerBands bb = new BollingerBands(a, 2, 1.5);
    StochRsi s = new StochRsi(a, b, c);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < length; i++) {
        String where = "row " + i + " round " + round;
        assertEquals(macd.macd()[i], m.update(x[i]), 0.0, where);
        assertEquals(macd.signal()[i], m.signal(), 0.0, where);
        assertEquals(macd.histogram()[i], m.histogram(), 0.0, where);
        assertEquals(i >= m.lookback(), m.isReady(), where);
        assertEquals(bands.middle()[i], bb.update(x[i]), 0.0, where);
        assertEquals(bands.upper()[i], bb.upper(), 0.0, where);
        assertEquals(bands.lower()[i], bb.lower(), 0.0, where);
        assertEquals(i >= bb.lookback(), bb.isReady(), where);
        assertEquals(stoch.fastK()[i], s.update(x[i]), 0.0, where);
        assertEquals(stoch.fastD()[i], s.fastD(), 0.0, where);
        assertEquals(i >= s.lookback(), s.isReady(), where);
        assertEquals(i >= s.lookback(), !Double.isNaN(s.fastD()), where);
      }
      m.reset();
      bb.reset();
      s.reset();
    }
  }

  @Property(tries = 200)
  void averagesOfAConstantAreTheConstant(@ForAll @DoubleRange(min = 0.01, max = 1e4) double level,
      @ForAll @IntRange(min = 1, max = 30) int period) {
    double[] x = new double[4 * period + 10];
    Arrays.fill(x, level);
    double[][] averages = {Indicators.sma(x, period), Indicators.ema(x, period), Indicators.wma(x, period),
        Indicators.dema(x, period), Indicators.tema(x, period), Indicators.kama(x, period + 1)};
    for (double[] avg : averages) {
      double last = avg[x.length - 1];
      assertEquals(level, last, TOL * Math.max(1, level));
      for (double v : avg) {
        assertTrue(Double.isNaN(v) || Math.abs(v - level) <= TOL * Math.max(1, level), "value " + v);
      }
    }
  }

  @Property(tries = 200)
  void oscillatorsStayInTheirRanges(@ForAll long seed, @ForAll @IntRange(min = 50, max = 400) int length,
      @ForAll @IntRange(min = 1, max = 30) int period, @ForAll @IntRange(min = 1, max = 20) int k,
      @ForAll @IntRange(min = 1, max = 10) int d) {
    double[] x = GroupASeries.randomWalk(seed, length);
    for (double v : Indicators.rsi(x, period)) {
      assertTrue(Double.isNaN(v) || (v >= 0 && v <= 100), "rsi " + v);
    }
    for (double v : Indicators.cmo(x, period)) {
      assertTrue(Double.isNaN(v) || (v >= -100 && v <= 100), "cmo " + v);
    }
    // TA-Lib's arithmetic may leave the range by rounding: %K divides by (max - min)/100 and %D is a
    // running sum of %K values (both kept, to match TA-Lib), so the bounds hold within 1e-9.
    Indicators.StochRsi s = Indicators.stochRsi(x, period, k, d);
    for (int i = 0; i < length; i++) {
      double fk = s.fastK()[i];
      double fd = s.fastD()[i];
      assertTrue(Double.isNaN(fk) || (fk >= -TOL && fk <= 100 + TOL), "fastK " + fk);
      assertTrue(Double.isNaN(fd) || (fd >= -TOL && fd <= 100 + TOL), "fastD " + fd);
    }
  }

  @Property(tries = 200)
  void cmoIsTwiceRsiMinusHundred(@ForAll long seed, @ForAll @IntRange(min = 50, max = 400) int length,
      @ForAll @IntRange(min = 1, max = 30) int period) {
    double[] x = GroupASeries.randomWalk(seed, length);
    double[] rsi = Indicators.rsi(x, period);
    double[] cmo = Indicators.cmo(x, period);
    for (int i = 0; i < length; i++) {
      assertClose(2 * rsi[i] - 100, cmo[i], "row " + i);
    }
  }

  @Property(tries = 200)
  void bollingerMiddleIsTheSmaAndBandsAreDeviationMultiples(@ForAll long seed,
      @ForAll @IntRange(min = 50, max = 400) int length, @ForAll @IntRange(min = 1, max = 40) int period,
      @ForAll @DoubleRange(min = 0, max = 4) double up, @ForAll @DoubleRange(min = 0, max = 4) double down) {
    double[] x = GroupASeries.randomWalk(seed, length);
    Indicators.BollingerBands bands = Indicators.bbands(x, period, up, down);
    assertArrayEquals(Indicators.sma(x, period), bands.middle());
    double[] sd = Indicators.stdDev(x, period, 1);
    for (int i = period - 1; i < length; i++) {
      double m = bands.middle()[i];
      assertEquals(up * sd[i], bands.upper()[i] - m, TOL * Math.max(1, m), "upper row " + i);
      assertEquals(down * sd[i], m - bands.lower()[i], TOL * Math.max(1, m), "lower row " + i);
    }
  }

  @Property(tries = 200)
  void rsiIsInvariantToScalingPrices(@ForAll long seed, @ForAll @IntRange(min = 50, max = 400) int length,
      @ForAll @IntRange(min = 1, max = 30) int period,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    double[] x = GroupASeries.randomWalk(seed, length);
    double[] scaled = scale(x, factor);
    double[] rsi = Indicators.rsi(x, period);
    double[] rsiScaled = Indicators.rsi(scaled, period);
    for (int i = 0; i < length; i++) {
      assertClose(rsi[i], rsiScaled[i], "row " + i);
    }
  }

  @Property(tries = 200)
  void smaAndEmaScaleWithPrices(@ForAll long seed, @ForAll @IntRange(min = 50, max = 400) int length,
      @ForAll @IntRange(min = 1, max = 30) int period,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    double[] x = GroupASeries.randomWalk(seed, length);
    double[] scaled = scale(x, factor);
    double[][] plain = {Indicators.sma(x, period), Indicators.ema(x, period)};
    double[][] ofScaled = {Indicators.sma(scaled, period), Indicators.ema(scaled, period)};
    for (int m = 0; m < plain.length; m++) {
      for (int i = 0; i < length; i++) {
        assertClose(factor * plain[m][i], ofScaled[m][i], "row " + i);
      }
    }
  }

  @Property(tries = 100)
  void swappedFastAndSlowPeriodsGiveTheSameResult(@ForAll long seed,
      @ForAll @IntRange(min = 50, max = 400) int length, @ForAll @IntRange(min = 1, max = 20) int a,
      @ForAll @IntRange(min = 1, max = 20) int b, @ForAll @IntRange(min = 1, max = 10) int signal) {
    double[] x = GroupASeries.randomWalk(seed, length);
    Indicators.Macd m1 = Indicators.macd(x, a, b, signal);
    Indicators.Macd m2 = Indicators.macd(x, b, a, signal);
    assertArrayEquals(m1.macd(), m2.macd());
    assertArrayEquals(m1.signal(), m2.signal());
    assertArrayEquals(Indicators.ppo(x, a, b, MovingAverageType.EMA), Indicators.ppo(x, b, a,
        MovingAverageType.EMA));
  }

  /** Both NaN, or {@code |e - a| <= 1e-9 * max(1, |e|)}. */
  private static void assertClose(double expected, double actual, String where) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), where + ": expected NaN, got " + actual);
    } else {
      assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), where);
    }
  }

  private static double[] scale(double[] x, double factor) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] * factor;
    }
    return out;
  }
}
