package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the group B bar indicators on random valid bar series.
 *
 * <p>Each series is drawn from a seeded generator ({@code seed} is a jqwik parameter, so a failure is
 * reproducible and shrinks): a random walk on a 0.01 tick (so equal highs, lows and closes happen and
 * exercise the tie rules), with {@code high >= max(open, close)}, {@code low <= min(open, close)}, and
 * about one flat bar in ten ({@code open = high = low = close}, a zero range).
 *
 * <p>Range checks allow {@code 1e-9} of slack: TA-Lib's operation order ({@code (C - LL)/((HH - LL)/100)})
 * and its running SMA sums can land one or two ulps outside [0, 100].
 */
class GroupBProperties {

  private static final double SLACK = 1e-9;

  /** A random valid bar series. */
  private record Bars(double[] open, double[] high, double[] low, double[] close, double[] volume) {

    int size() {
      return close.length;
    }

    static Bars random(long seed, int length) {
      SplittableRandom rnd = new SplittableRandom(seed);
      double[] o = new double[length];
      double[] h = new double[length];
      double[] l = new double[length];
      double[] c = new double[length];
      double[] v = new double[length];
      double last = 20 + rnd.nextInt(0, 8000) / 100.0;
      for (int i = 0; i < length; i++) {
        v[i] = rnd.nextInt(0, 1_000_000);
        if (rnd.nextInt(10) == 0) {
          o[i] = last;
          h[i] = last;
          l[i] = last;
          c[i] = last;
          continue;
        }
        double open = tick(Math.max(0.05, last + (rnd.nextInt(7) == 0 ? gauss(rnd) * 2 : 0)));
        double close = tick(Math.max(0.05, open * (1 + 0.02 * gauss(rnd))));
        // One bar in four has its high at max(open, close).
        double wick = rnd.nextInt(4) == 0 ? 0 : Math.abs(gauss(rnd)) * 0.4;
        double high = tick(Math.max(open, close) + wick);
        double low = tick(Math.max(0.01, Math.min(open, close) - Math.abs(gauss(rnd)) * 0.4));
        o[i] = open;
        c[i] = close;
        h[i] = Math.max(high, Math.max(open, close));
        l[i] = Math.min(low, Math.min(open, close));
        last = close;
      }
      return new Bars(o, h, l, c, v);
    }

    private static double gauss(SplittableRandom rnd) {
      // Sum of uniforms: bell-shaped, bounded, no boxing.
      return rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5;
    }

    private static double tick(double x) {
      return Math.round(x * 100) / 100.0;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Streaming == batch, also after reset().
  // ---------------------------------------------------------------------------------------------

  /**
   * Feeds {@code bars} twice through the streaming form (through the five-field {@link BarIndicator}
   * update, with a {@code reset()} in between) and checks each output against the batch arrays bit for
   * bit, the warm-up against {@code lookback()}, and {@code isReady()}.
   */
  private static <T extends BarIndicator> void assertStreamingMatchesBatch(T ind, Bars bars,
      List<ToDoubleFunction<T>> outputs, double[]... batch) {
    String name = ind.getClass().getSimpleName();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < bars.size(); i++) {
        double v = ind.update(bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i],
            bars.volume()[i]);
        assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(ind.value()), name + " value()");
        for (int k = 0; k < outputs.size(); k++) {
          double s = outputs.get(k).applyAsDouble(ind);
          double b = batch[k][i];
          if (Double.doubleToLongBits(s) != Double.doubleToLongBits(b)) {
            throw new AssertionError(name + " output " + k + " at " + i + " (pass " + pass + "): streaming "
                + s + " vs batch " + b);
          }
        }
        boolean warm = i < ind.lookback();
        assertEquals(warm, Double.isNaN(v), name + " warm-up at " + i);
        assertEquals(!warm, ind.isReady(), name + " isReady at " + i);
      }
      ind.reset();
      assertTrue(Double.isNaN(ind.value()) && !ind.isReady(), name + " after reset");
    }
  }

  @Property(tries = 200)
  void streamingMatchesBatch(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int length,
      @ForAll @IntRange(min = 1, max = 40) int period, @ForAll @IntRange(min = 1, max = 6) int smooth1,
      @ForAll @IntRange(min = 1, max = 6) int smooth2) {
    Bars b = Bars.random(seed, length);
    double[] h = b.high();
    double[] l = b.low();
    double[] c = b.close();
    assertStreamingMatchesBatch(new TrueRange(), b, List.of(TrueRange::value), Indicators.trueRange(h, l, c));
    assertStreamingMatchesBatch(new Atr(period), b, List.of(Atr::value), Indicators.atr(h, l, c, period));
    assertStreamingMatchesBatch(new Natr(period), b, List.of(Natr::value), Indicators.natr(h, l, c, period));
    assertStreamingMatchesBatch(new Adx(period), b, List.of(Adx::value, Adx::plusDi, Adx::minusDi),
        Indicators.adx(h, l, c, period), Indicators.plusDi(h, l, c, period),
        Indicators.minusDi(h, l, c, period));
    assertStreamingMatchesBatch(new PlusDi(period), b, List.of(PlusDi::value),
        Indicators.plusDi(h, l, c, period));
    assertStreamingMatchesBatch(new MinusDi(period), b, List.of(MinusDi::value),
        Indicators.minusDi(h, l, c, period));
    Indicators.Stochastic st = Indicators.stoch(h, l, c, period, smooth1, smooth2);
    assertStreamingMatchesBatch(new Stochastic(period, smooth1, smooth2), b,
        List.of(Stochastic::slowK, Stochastic::slowD), st.slowK(), st.slowD());
    int cciPeriod = Math.max(2, period);
    assertStreamingMatchesBatch(new Cci(cciPeriod), b, List.of(Cci::value),
        Indicators.cci(h, l, c, cciPeriod));
    assertStreamingMatchesBatch(new WilliamsR(period), b, List.of(WilliamsR::value),
        Indicators.willR(h, l, c, period));
    Indicators.Aroon ar = Indicators.aroon(h, l, period);
    assertStreamingMatchesBatch(new Aroon(period), b, List.of(Aroon::down, Aroon::up, Aroon::oscillator),
        ar.down(), ar.up(), Indicators.aroonOsc(h, l, period));
    double acceleration = smooth1 / 100.0;
    double maximum = acceleration * (1 + smooth2);
    assertStreamingMatchesBatch(new ParabolicSar(acceleration, maximum), b, List.of(ParabolicSar::value),
        Indicators.sar(h, l, acceleration, maximum));
    assertStreamingMatchesBatch(new MidPrice(period), b, List.of(MidPrice::value),
        Indicators.midPrice(h, l, period));
    assertStreamingMatchesBatch(new UltimateOscillator(period, smooth1, smooth2), b,
        List.of(UltimateOscillator::value), Indicators.ultOsc(h, l, c, period, smooth1, smooth2));
    Indicators.Donchian dc = Indicators.donchian(h, l, period);
    assertStreamingMatchesBatch(new DonchianChannel(period), b,
        List.of(DonchianChannel::upper, DonchianChannel::middle, DonchianChannel::lower),
        dc.upper(), dc.middle(), dc.lower());
    Indicators.Keltner kc = Indicators.keltner(h, l, c, period, smooth1 / 2.0);
    assertStreamingMatchesBatch(new KeltnerChannel(period, smooth1 / 2.0), b,
        List.of(KeltnerChannel::upper, KeltnerChannel::middle, KeltnerChannel::lower),
        kc.upper(), kc.middle(), kc.lower());
  }

  /**
   * The O(1) rolling extremes agree with a plain scan of each window, ties included (tick-rounded prices
   * repeat): Donchian lines and Aroon's bars-since-extreme, most recent extreme on ties.
   */
  @Property(tries = 200)
  void rollingExtremesMatchWindowScans(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int length,
      @ForAll @IntRange(min = 1, max = 40) int period) {
    Bars b = Bars.random(seed, length);
    double[] h = b.high();
    double[] l = b.low();
    Indicators.Donchian dc = Indicators.donchian(h, l, period);
    Indicators.Aroon ar = Indicators.aroon(h, l, period);
    for (int t = period - 1; t < length; t++) {
      double hh = Double.NEGATIVE_INFINITY;
      double ll = Double.POSITIVE_INFINITY;
      for (int j = t - period + 1; j <= t; j++) {
        hh = Math.max(hh, h[j]);
        ll = Math.min(ll, l[j]);
      }
      assertEquals(hh, dc.upper()[t], "upper at " + t);
      assertEquals(ll, dc.lower()[t], "lower at " + t);
    }
    for (int t = period; t < length; t++) {
      int hi = t - period;
      int lo = t - period;
      for (int j = t - period; j <= t; j++) {
        if (h[j] >= h[hi]) {
          hi = j;
        }
        if (l[j] <= l[lo]) {
          lo = j;
        }
      }
      assertEquals((100.0 / period) * (period - (t - hi)), ar.up()[t], "Aroon up at " + t);
      assertEquals((100.0 / period) * (period - (t - lo)), ar.down()[t], "Aroon down at " + t);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Ranges and orderings.
  // ---------------------------------------------------------------------------------------------

  private static void assertWithin(String what, double[] x, double lo, double hi) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !(x[i] >= lo - SLACK && x[i] <= hi + SLACK)) {
        throw new AssertionError(what + " at " + i + " = " + x[i] + " outside [" + lo + ", " + hi + "]");
      }
    }
  }

  @Property(tries = 200)
  void oscillatorsStayInTheirRanges(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int length,
      @ForAll @IntRange(min = 1, max = 40) int period, @ForAll @IntRange(min = 1, max = 6) int smooth1,
      @ForAll @IntRange(min = 1, max = 6) int smooth2) {
    Bars b = Bars.random(seed, length);
    double[] h = b.high();
    double[] l = b.low();
    double[] c = b.close();
    Indicators.Stochastic st = Indicators.stoch(h, l, c, period, smooth1, smooth2);
    assertWithin("slowK", st.slowK(), 0, 100);
    assertWithin("slowD", st.slowD(), 0, 100);
    assertWithin("WILLR", Indicators.willR(h, l, c, period), -100, 0);
    Indicators.Aroon ar = Indicators.aroon(h, l, period);
    assertWithin("Aroon down", ar.down(), 0, 100);
    assertWithin("Aroon up", ar.up(), 0, 100);
    assertWithin("ADX", Indicators.adx(h, l, c, period), 0, 100);
    assertWithin("+DI", Indicators.plusDi(h, l, c, period), 0, 100);
    assertWithin("-DI", Indicators.minusDi(h, l, c, period), 0, 100);
    assertWithin("ULTOSC", Indicators.ultOsc(h, l, c, period, smooth1, smooth2), 0, 100);
  }

  @Property(tries = 200)
  void aroonOscillatorIsUpMinusDown(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int length,
      @ForAll @IntRange(min = 1, max = 40) int period) {
    Bars b = Bars.random(seed, length);
    Indicators.Aroon ar = Indicators.aroon(b.high(), b.low(), period);
    double[] osc = Indicators.aroonOsc(b.high(), b.low(), period);
    for (int i = 0; i < length; i++) {
      double expected = ar.up()[i] - ar.down()[i];
      if (Double.isNaN(expected)) {
        assertTrue(Double.isNaN(osc[i]), "warm-up at " + i);
      } else {
        assertEquals(expected, osc[i], 1e-9 * Math.max(1, Math.abs(expected)), "at " + i);
      }
    }
  }

  @Property(tries = 200)
  void rangesAreNonNegative(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int length,
      @ForAll @IntRange(min = 1, max = 40) int period) {
    Bars b = Bars.random(seed, length);
    double[] tr = Indicators.trueRange(b.high(), b.low(), b.close());
    double[] atr = Indicators.atr(b.high(), b.low(), b.close(), period);
    double[] natr = Indicators.natr(b.high(), b.low(), b.close(), period);
    for (int i = 0; i < length; i++) {
      assertTrue(i < 1 || tr[i] >= 0, "TR at " + i);
      assertTrue(i < period || atr[i] >= 0, "ATR at " + i);
      assertTrue(i < period || natr[i] >= 0, "NATR at " + i);
    }
  }

  @Property(tries = 200)
  void channelsAreOrdered(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int length,
      @ForAll @IntRange(min = 1, max = 40) int period,
      @ForAll @IntRange(min = 1, max = 8) int halfMultiplier) {
    Bars b = Bars.random(seed, length);
    Indicators.Donchian dc = Indicators.donchian(b.high(), b.low(), period);
    Indicators.Keltner kc = Indicators.keltner(b.high(), b.low(), b.close(), period, halfMultiplier / 2.0);
    for (int i = period - 1; i < length; i++) {
      assertTrue(dc.lower()[i] <= dc.middle()[i] && dc.middle()[i] <= dc.upper()[i], "Donchian at " + i);
      assertTrue(dc.lower()[i] <= b.low()[i] && b.high()[i] <= dc.upper()[i], "Donchian contains bar " + i);
      if (i >= period) {
        assertTrue(kc.lower()[i] <= kc.middle()[i] && kc.middle()[i] <= kc.upper()[i], "Keltner at " + i);
      }
    }
  }

  /** A long SAR is at or below the bar's low, a short one at or above its high (the reversal rule). */
  @Property(tries = 200)
  void sarStaysOutsideTheBar(@ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int length,
      @ForAll @IntRange(min = 1, max = 10) int step, @ForAll @IntRange(min = 1, max = 20) int steps) {
    Bars b = Bars.random(seed, length);
    double acceleration = step / 100.0;
    ParabolicSar sar = new ParabolicSar(acceleration, acceleration * steps);
    for (int i = 0; i < length; i++) {
      double v = sar.update(b.high()[i], b.low()[i]);
      if (i == 0) {
        continue;
      }
      if (sar.isLong()) {
        assertTrue(v <= b.low()[i], "long SAR " + v + " above low " + b.low()[i] + " at " + i);
      } else {
        assertTrue(v >= b.high()[i], "short SAR " + v + " below high " + b.high()[i] + " at " + i);
      }
    }
  }
}
