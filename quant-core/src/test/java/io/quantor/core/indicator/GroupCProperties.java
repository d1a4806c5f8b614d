package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the volume indicators, VWAP and Chaikin volatility on random bars.
 *
 * <p>Bars are drawn on a coarse price grid (quarters) with zero ranges and zero volumes allowed, so ties
 * of close and typical price, flat bars and zero-volume windows, the branches the ORCL reference never
 * reaches, occur often.
 */
class GroupCProperties {

  /** One bar per row: open, high, low, close, volume. */
  @Provide
  Arbitrary<double[][]> bars() {
    Arbitrary<double[]> bar = Combinators.combine(
        Arbitraries.integers().between(1, 40),
        Arbitraries.integers().between(0, 8),
        Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 4),
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0)),
            Tuple.of(4, Arbitraries.integers().between(0, 1_000_000))))
        .as((lowQ, rangeQ, openPos, closePos, vol) -> {
          double low = lowQ / 4.0;
          double range = rangeQ / 4.0;
          return new double[] {low + range * openPos / 4, low + range, low, low + range * closePos / 4, vol};
        });
    return bar.list().ofMinSize(1).ofMaxSize(80).map(list -> list.toArray(new double[0][]));
  }

  @Property(tries = 200)
  void obvStreamingEqualsBatchAfterReset(@ForAll("bars") double[][] bars) {
    Col c = new Col(bars);
    Obv ind = new Obv();
    warmWithNoise(ind);
    ind.reset();
    assertTrue(Double.isNaN(ind.value()) && !ind.isReady());
    double[] streamed = new double[c.n];
    for (int i = 0; i < c.n; i++) {
      streamed[i] = ind.update(bars[i][0], bars[i][1], bars[i][2], bars[i][3], bars[i][4]);
    }
    assertArrayEquals(Indicators.obv(c.close, c.volume), streamed);
  }

  @Property(tries = 200)
  void adStreamingEqualsBatchAfterReset(@ForAll("bars") double[][] bars) {
    Col c = new Col(bars);
    AccumulationDistribution ind = new AccumulationDistribution();
    warmWithNoise(ind);
    ind.reset();
    assertTrue(Double.isNaN(ind.value()) && !ind.isReady());
    double[] streamed = new double[c.n];
    for (int i = 0; i < c.n; i++) {
      streamed[i] = ind.update(bars[i][0], bars[i][1], bars[i][2], bars[i][3], bars[i][4]);
    }
    assertArrayEquals(Indicators.ad(c.high, c.low, c.close, c.volume), streamed);
  }

  @Property(tries = 200)
  void adOscStreamingEqualsBatchAfterReset(@ForAll("bars") double[][] bars,
      @ForAll @IntRange(min = 1, max = 12) int fast, @ForAll @IntRange(min = 1, max = 20) int slow) {
    Col c = new Col(bars);
    ChaikinOscillator ind = new ChaikinOscillator(fast, slow);
    warmWithNoise(ind);
    ind.reset();
    double[] streamed = new double[c.n];
    for (int i = 0; i < c.n; i++) {
      streamed[i] = ind.update(bars[i][0], bars[i][1], bars[i][2], bars[i][3], bars[i][4]);
    }
    double[] batch = Indicators.adOsc(c.high, c.low, c.close, c.volume, fast, slow);
    assertArrayEquals(batch, streamed);
    assertWarmUp(batch, Math.max(fast, slow) - 1, ind.lookback());
  }

  @Property(tries = 200)
  void mfiStreamingEqualsBatchAfterReset(@ForAll("bars") double[][] bars,
      @ForAll @IntRange(min = 1, max = 20) int period) {
    Col c = new Col(bars);
    Mfi ind = new Mfi(period);
    warmWithNoise(ind);
    ind.reset();
    double[] streamed = new double[c.n];
    for (int i = 0; i < c.n; i++) {
      streamed[i] = ind.update(bars[i][0], bars[i][1], bars[i][2], bars[i][3], bars[i][4]);
    }
    double[] batch = Indicators.mfi(c.high, c.low, c.close, c.volume, period);
    assertArrayEquals(batch, streamed);
    assertWarmUp(batch, period, ind.lookback());
  }

  @Property(tries = 200)
  void vwapStreamingEqualsBatchAfterReset(@ForAll("bars") double[][] bars,
      @ForAll @IntRange(min = 1, max = 20) int period) {
    Col c = new Col(bars);
    Vwap ind = new Vwap(period);
    warmWithNoise(ind);
    ind.reset();
    double[] streamed = new double[c.n];
    for (int i = 0; i < c.n; i++) {
      streamed[i] = ind.update(c.close[i], c.volume[i]);
    }
    double[] batch = Indicators.vwap(c.close, c.volume, period);
    assertArrayEquals(batch, streamed);
    assertWarmUp(batch, period - 1, ind.lookback());
  }

  @Property(tries = 200)
  void chaikinVolatilityStreamingEqualsBatchAfterReset(@ForAll("bars") double[][] bars,
      @ForAll @IntRange(min = 1, max = 15) int period) {
    Col c = new Col(bars);
    ChaikinVolatility ind = new ChaikinVolatility(period);
    warmWithNoise(ind);
    ind.reset();
    double[] streamed = new double[c.n];
    for (int i = 0; i < c.n; i++) {
      streamed[i] = ind.update(bars[i][0], bars[i][1], bars[i][2], bars[i][3], bars[i][4]);
    }
    double[] batch = Indicators.chaikinVolatility(c.high, c.low, period);
    assertArrayEquals(batch, streamed);
    assertWarmUp(batch, 2 * period - 1, ind.lookback());
  }

  @Property(tries = 200)
  void mfiStaysWithinZeroAndHundred(@ForAll("bars") double[][] bars,
      @ForAll @IntRange(min = 1, max = 20) int period) {
    Col c = new Col(bars);
    double[] mfi = Indicators.mfi(c.high, c.low, c.close, c.volume, period);
    for (int i = period; i < c.n; i++) {
      assertTrue(mfi[i] >= 0 && mfi[i] <= 100, "mfi[" + i + "] = " + mfi[i]);
    }
  }

  @Property(tries = 200)
  void obvChangesOnlyByPlusOrMinusVolumeOrNothing(@ForAll("bars") double[][] bars) {
    Col c = new Col(bars);
    double[] obv = Indicators.obv(c.close, c.volume);
    assertEquals(c.volume[0], obv[0]);
    for (int i = 1; i < c.n; i++) {
      double step = obv[i] - obv[i - 1];
      double expected = c.close[i] > c.close[i - 1] ? c.volume[i]
          : c.close[i] < c.close[i - 1] ? -c.volume[i] : 0.0;
      // Integer volumes below 2^53 keep every step exact.
      assertEquals(expected, step, 0.0, "row " + i);
    }
  }

  @Property(tries = 200)
  void vwapLiesWithinTheWindowsPriceRange(@ForAll("bars") double[][] bars,
      @ForAll @IntRange(min = 1, max = 20) int period) {
    Col c = new Col(bars);
    double[] vwap = Indicators.vwap(c.close, c.volume, period);
    for (int i = period - 1; i < c.n; i++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = i - period + 1; j <= i; j++) {
        min = Math.min(min, c.close[j]);
        max = Math.max(max, c.close[j]);
      }
      double slack = 1e-9 * Math.max(1, max);
      assertTrue(vwap[i] >= min - slack && vwap[i] <= max + slack,
          "vwap[" + i + "] = " + vwap[i] + " outside [" + min + ", " + max + "]");
    }
  }

  @Property(tries = 100)
  void everyIndicatorIsFiniteAfterItsWarmUp(@ForAll("bars") double[][] bars,
      @ForAll @IntRange(min = 1, max = 12) int period) {
    Col c = new Col(bars);
    List<double[]> outputs = List.of(
        Indicators.obv(c.close, c.volume),
        Indicators.ad(c.high, c.low, c.close, c.volume),
        Indicators.adOsc(c.high, c.low, c.close, c.volume, period, period + 3),
        Indicators.mfi(c.high, c.low, c.close, c.volume, period),
        Indicators.vwap(c.close, c.volume, period),
        Indicators.chaikinVolatility(c.high, c.low, period));
    int[] lookbacks = {0, 0, period + 2, period, period - 1, 2 * period - 1};
    for (int k = 0; k < outputs.size(); k++) {
      double[] out = outputs.get(k);
      for (int i = lookbacks[k]; i < c.n; i++) {
        assertTrue(Double.isFinite(out[i]), "output " + k + " row " + i + " = " + out[i]);
      }
    }
  }

  private static void assertWarmUp(double[] out, int expectedLookback, int lookback) {
    assertEquals(expectedLookback, lookback);
    for (int i = 0; i < out.length; i++) {
      assertEquals(i < lookback, Double.isNaN(out[i]), "row " + i + " = " + out[i]);
    }
  }

  /** Feeds a few unrelated bars so that reset() has state to forget. */
  private static void warmWithNoise(BarIndicator ind) {
    for (int i = 0; i < 30; i++) {
      double low = 50 + (i * 7) % 11;
      ind.update(low + 1, low + 3, low, low + 2, 1000 + i);
    }
  }

  /** The bars as columns. */
  private static final class Col {
    final int n;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;

    Col(double[][] bars) {
      n = bars.length;
      high = new double[n];
      low = new double[n];
      close = new double[n];
      volume = new double[n];
      for (int i = 0; i < n; i++) {
        high[i] = bars[i][1];
        low[i] = bars[i][2];
        close[i] = bars[i][3];
        volume[i] = bars[i][4];
      }
    }
  }
}
