package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.indicator.Indicators;
import io.quantor.core.series.BarSeries;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the single-series alpha models on seeded random bar series ({@link RandomBarSeries}: regime
 * switching volatility, flat runs, jumps): every signal is well formed and follows the warm-up contract,
 * the streaming model equals a batch computation from the {@link Indicators} arrays and the documented
 * formula (written out again here, independently of the models), and {@code run} after {@code reset}
 * equals a fresh model.
 */
class AlphaModelProperties {

  /** Indicator-based scores agree to rounding: the same indicator values, the formula evaluated anew. */
  private static final double TOLERANCE = 1e-12;

  @Property(tries = 200)
  void signalsAreWellFormedAndFollowTheWarmUpContract(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int size, @ForAll @IntRange(min = 0, max = 4) int kind,
      @ForAll @IntRange(min = 2, max = 30) int period) {
    BarSeries bars = RandomBarSeries.of(seed, size, 0.02);
    AlphaModel model = model(kind, period);
    int actionable = 0;
    for (int i = 0; i < size; i++) {
      Signal s = model.update(bars, i);
      assertTrue(s.score() >= -1 && s.score() <= 1, s.toString());
      assertTrue(s.confidence() >= 0 && s.confidence() <= 1, s.toString());
      assertEquals(bars.time(i), s.time());
      assertEquals("RND", s.instrument());
      assertEquals(model.name(), s.source());
      assertEquals(Direction.of(s.score()), s.direction());
      assertEquals(Math.abs(s.score()), s.confidence(), 0.0);
      if (i < model.warmUp()) {
        assertEquals(Signal.abstain("RND", bars.time(i), model.horizonBars(), model.name()), s);
        assertFalse(model.isReady());
      } else {
        assertTrue(model.isReady());
        actionable += s.isActionable() ? 1 : 0;
      }
    }
    Statistics.label("model").collect(model.getClass().getSimpleName());
    Statistics.label("actionable after warm-up").collect(actionable > 0);
    Statistics.label("actionable after warm-up").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  @Property(tries = 150)
  void rsiReversionEqualsTheBatchFormula(@ForAll long seed, @ForAll @IntRange(min = 1, max = 250) int size,
      @ForAll @IntRange(min = 1, max = 30) int period, @ForAll @DoubleRange(min = 5, max = 45) double low,
      @ForAll @DoubleRange(min = 55, max = 95) double high) {
    BarSeries bars = RandomBarSeries.of(seed, size, 0.03);
    List<Signal> signals = new RsiReversion(period, low, high, 1).run(bars);
    double[] rsi = Indicators.rsi(bars.closes(), period);
    for (int i = 0; i < size; i++) {
      double expected;
      if (Double.isNaN(rsi[i])) {
        expected = 0;
      } else if (rsi[i] < 50) {
        expected = Math.min(1, (50 - rsi[i]) / (50 - low));
      } else if (rsi[i] > 50) {
        expected = -Math.min(1, (rsi[i] - 50) / (high - 50));
      } else {
        expected = 0;
      }
      assertEquals(expected, signals.get(i).score(), TOLERANCE, "bar " + i);
    }
  }

  @Property(tries = 150)
  void emaCrossoverEqualsTheBatchFormula(@ForAll long seed, @ForAll @IntRange(min = 1, max = 250) int size,
      @ForAll @IntRange(min = 1, max = 15) int fast, @ForAll @IntRange(min = 1, max = 20) int extra,
      @ForAll @IntRange(min = 1, max = 20) int atrPeriod,
      @ForAll @DoubleRange(min = 0.1, max = 3) double saturation) {
    BarSeries bars = RandomBarSeries.of(seed, size, 0.05);
    int slow = fast + extra;
    EmaCrossover model = new EmaCrossover(fast, slow, atrPeriod, saturation, 1);
    List<Signal> signals = model.run(bars);
    double[] f = Indicators.ema(bars.closes(), fast);
    double[] s = Indicators.ema(bars.closes(), slow);
    double[] atr = Indicators.atr(bars.highs(), bars.lows(), bars.closes(), atrPeriod);
    int zeroAtr = 0;
    for (int i = 0; i < size; i++) {
      double expected = 0;
      if (i >= Math.max(slow - 1, atrPeriod)) {
        if (atr[i] > 0) {
          expected = Math.max(-1, Math.min(1, (f[i] - s[i]) / (saturation * atr[i])));
        } else {
          zeroAtr++;
        }
      }
      assertEquals(expected, signals.get(i).score(), TOLERANCE, "bar " + i);
    }
    assertEquals(Math.max(slow - 1, atrPeriod), model.warmUp());
    Statistics.label("zero ATR reached").collect(zeroAtr > 0);
    Statistics.label("zero ATR reached").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 150)
  void macdCrossoverEqualsTheBatchFormula(@ForAll long seed, @ForAll @IntRange(min = 1, max = 250) int size,
      @ForAll @IntRange(min = 1, max = 12) int fast, @ForAll @IntRange(min = 1, max = 20) int extra,
      @ForAll @IntRange(min = 1, max = 12) int signal, @ForAll @IntRange(min = 1, max = 20) int atrPeriod,
      @ForAll @DoubleRange(min = 0.05, max = 2) double saturation) {
    BarSeries bars = RandomBarSeries.of(seed, size, 0.05);
    int slow = fast + extra;
    MacdCrossover model = new MacdCrossover(fast, slow, signal, atrPeriod, saturation, 1);
    List<Signal> signals = model.run(bars);
    double[] histogram = Indicators.macd(bars.closes(), fast, slow, signal).histogram();
    double[] atr = Indicators.atr(bars.highs(), bars.lows(), bars.closes(), atrPeriod);
    int warmUp = Math.max(slow - 1 + signal - 1, atrPeriod);
    assertEquals(warmUp, model.warmUp());
    for (int i = 0; i < size; i++) {
      double expected = 0;
      if (i >= warmUp && atr[i] > 0) {
        expected = Math.max(-1, Math.min(1, histogram[i] / (saturation * atr[i])));
      }
      assertEquals(expected, signals.get(i).score(), TOLERANCE, "bar " + i);
    }
  }

  @Property(tries = 150)
  void bollingerReversionEqualsTheBatchFormula(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 250) int size, @ForAll @IntRange(min = 2, max = 30) int period,
      @ForAll @DoubleRange(min = 0.5, max = 3) double deviations) {
    BarSeries bars = RandomBarSeries.of(seed, size, 0.05);
    List<Signal> signals = new BollingerReversion(period, deviations, 1).run(bars);
    Indicators.BollingerBands bands = Indicators.bbands(bars.closes(), period, deviations, deviations);
    for (int i = 0; i < size; i++) {
      double expected = 0;
      if (i >= period - 1) {
        double half = bands.upper()[i] - bands.middle()[i];
        if (half > 0) {
          expected = -Math.max(-1, Math.min(1, (bars.close(i) - bands.middle()[i]) / half));
        }
      }
      assertEquals(expected, signals.get(i).score(), TOLERANCE, "bar " + i);
    }
  }

  /**
   * The sliding-window deviation against a two-pass one over the same returns. Tolerance
   * {@code 1e-9 + 1e-14 * (largest window variance so far / current window variance)}: the sliding update
   * carries rounding of earlier (possibly much wilder) windows, about {@code 1e-16} of the largest variance
   * seen in absolute terms, so relative to a quiet window it grows with that ratio (with a lookback of 2 and
   * one return near 0 the ratio reached 1e5 and the error 1.4e-9, above a flat 1e-9).
   */
  @Property(tries = 150)
  void returnsMomentumEqualsATwoPassComputation(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int size, @ForAll @IntRange(min = 2, max = 60) int lookback,
      @ForAll @IntRange(min = 0, max = 25) int skip, @ForAll @DoubleRange(min = 0.5, max = 4) double sat) {
    BarSeries bars = RandomBarSeries.of(seed, size, 0.02);
    List<Signal> signals = new ReturnsMomentum(lookback, skip, sat, 1).run(bars);
    double[] lp = new double[size];
    for (int i = 0; i < size; i++) {
      lp[i] = Math.log(bars.close(i));
    }
    double largestVariance = 0;
    for (int t = 0; t < size; t++) {
      double expected = 0;
      double tolerance = 1e-9;
      if (t >= lookback + skip) {
        int end = t - skip;
        double sum = lp[end] - lp[end - lookback];
        double mean = sum / lookback;
        double ss = 0;
        for (int j = end - lookback + 1; j <= end; j++) {
          double d = lp[j] - lp[j - 1] - mean;
          ss += d * d;
        }
        double variance = ss / (lookback - 1);
        largestVariance = Math.max(largestVariance, variance);
        tolerance += variance > 0 ? 1e-14 * largestVariance / variance : 0;
        double sd = Math.sqrt(variance);
        expected = sd > 0 ? Math.max(-1, Math.min(1, sum / (sd * Math.sqrt(lookback)) / sat))
            : Math.signum(sum);
      }
      assertEquals(expected, signals.get(t).score(), tolerance, "bar " + t);
    }
  }

  @Property(tries = 100)
  void runAfterResetEqualsAFreshModel(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int kind,
      @ForAll @IntRange(min = 2, max = 20) int period) {
    BarSeries first = RandomBarSeries.of(seed, 150, 0.02);
    BarSeries second = RandomBarSeries.of(seed + 1, 120, 0.02);
    AlphaModel used = model(kind, period);
    for (int i = 0; i < first.size(); i++) {
      used.update(first, i);
    }
    assertEquals(model(kind, period).run(second), used.run(second));
  }

  private static AlphaModel model(int kind, int period) {
    switch (kind) {
      case 0:
        return new RsiReversion(period, 30, 70, 1);
      case 1:
        return new EmaCrossover(Math.max(1, period / 2), period + 1, period, 1.0, 1);
      case 2:
        return new MacdCrossover(Math.max(1, period / 2), period + 1, 5, period, 0.3, 1);
      case 3:
        return new BollingerReversion(period, 2.0, 1);
      default:
        return new ReturnsMomentum(period, period / 4, 2.0, 1);
    }
  }
}
