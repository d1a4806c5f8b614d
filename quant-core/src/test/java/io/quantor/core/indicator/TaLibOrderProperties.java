package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Sma}, {@link Ema} and {@link Rsi} give TA-Lib's results bit for bit: their outputs, streamed and
 * after a reset, equal the doubles of TA-Lib's own loops, transcribed here from {@code ta_SMA.c}
 * ({@code TA_INT_SMA}: {@code periodTotal += in[i]; temp = periodTotal; periodTotal -= in[trailing]; out =
 * temp / period}), {@code ta_EMA.c} ({@code TA_INT_EMA} with the default SMA seed: {@code prevMA = ((in[i] -
 * prevMA) * k) + prevMA}, {@code k = 2 / (period + 1)}) and {@code ta_RSI.c} (no unstable period: gains
 * and losses of the first {@code period} changes averaged, then {@code prevGain *= period - 1}, the change
 * added to one of them, {@code prevGain /= period}, and {@code 100 * gain / (gain + loss)} unless the sum
 * is near zero, {@code TA_IS_ZERO}, 1e-8). The indicators are written differently from these loops for speed
 * (see their class documentation), so this checks that the rewriting kept every rounding. Inputs: seeded
 * random walks of 1 to 400 values at scales from 1e-3 to 1e6, with flat stretches and sign changes.
 * Tolerance: none (exact equality of the doubles, NaN on the same warm-up rows).
 */
class TaLibOrderProperties {

  @Property(tries = 300)
  void smaEqualsTaLibsLoopExactly(@ForAll @IntRange(min = 1, max = 60) int period,
      @ForAll @IntRange(min = 1, max = 400) int length, @ForAll long seed,
      @ForAll @DoubleRange(min = -3, max = 6) double logScale) {
    double[] x = series(length, seed, Math.pow(10, logScale));
    assertStreamsExactly("SMA(" + period + ")", new Sma(period), x, taLibSma(x, period));
  }

  @Property(tries = 300)
  void emaEqualsTaLibsLoopExactly(@ForAll @IntRange(min = 1, max = 60) int period,
      @ForAll @IntRange(min = 1, max = 400) int length, @ForAll long seed,
      @ForAll @DoubleRange(min = -3, max = 6) double logScale) {
    double[] x = series(length, seed, Math.pow(10, logScale));
    assertStreamsExactly("EMA(" + period + ")", new Ema(period), x, taLibEma(x, period));
  }

  @Property(tries = 300)
  void rsiEqualsTaLibsLoopExactly(@ForAll @IntRange(min = 1, max = 60) int period,
      @ForAll @IntRange(min = 1, max = 400) int length, @ForAll long seed,
      @ForAll @DoubleRange(min = -3, max = 6) double logScale) {
    double[] x = series(length, seed, Math.pow(10, logScale));
    assertStreamsExactly("RSI(" + period + ")", new Rsi(period), x, taLibRsi(x, period));
  }

  /** Streams {@code x} twice (the second time after a reset) and compares every output's bits. */
  private static void assertStreamsExactly(String name, ValueIndicator indicator, double[] x,
      double[] expected) {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < x.length; i++) {
        assertBits(expected[i], indicator.update(x[i]), name + " row " + i + " round " + round);
        assertEquals(!Double.isNaN(expected[i]), indicator.isReady(), name + " isReady at row " + i);
      }
      indicator.reset();
    }
  }

  private static void assertBits(double expected, double actual, String where) {
    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
        () -> where + ": expected " + expected + ", got " + actual);
  }

  /** A random walk with flat stretches, around zero for some seeds so that sums cancel. */
  private static double[] series(int length, long seed, double scale) {
    SplittableRandom random = new SplittableRandom(seed);
    double level = random.nextBoolean() ? scale : 0.0;
    double[] x = new double[length];
    for (int i = 0; i < length; i++) {
      if (random.nextInt(5) != 0) {
        level += scale * 0.03 * (random.nextDouble() - 0.5);
      }
      x[i] = level;
    }
    return x;
  }

  /** TA-Lib's TA_INT_SMA over the whole array (startIdx = lookback), NaN before. */
  private static double[] taLibSma(double[] in, int period) {
    double[] out = nans(in.length);
    int lookback = period - 1;
    if (in.length <= lookback) {
      return out;
    }
    double periodTotal = 0;
    int trailingIdx = 0;
    int i = 0;
    if (period > 1) {
      while (i < lookback) {
        periodTotal += in[i++];
      }
    }
    int outIdx = lookback;
    do {
      periodTotal += in[i++];
      double tempReal = periodTotal;
      periodTotal -= in[trailingIdx++];
      out[outIdx++] = tempReal / period;
    } while (i < in.length);
    return out;
  }

  /** TA-Lib's TA_INT_EMA with its default (SMA) seed over the whole array, NaN before. */
  private static double[] taLibEma(double[] in, int period) {
    double[] out = nans(in.length);
    int lookback = period - 1;
    if (in.length <= lookback) {
      return out;
    }
    double k = 2.0 / (period + 1);
    double tempReal = 0;
    int today = 0;
    int i = period;
    while (i-- > 0) {
      tempReal += in[today++];
    }
    double prevMa = tempReal / period;
    out[lookback] = prevMa;
    while (today < in.length) {
      prevMa = ((in[today] - prevMa) * k) + prevMa;
      out[today++] = prevMa;
    }
    return out;
  }

  /** TA-Lib's TA_RSI with no unstable period over the whole array, NaN before. */
  private static double[] taLibRsi(double[] in, int period) {
    double[] out = nans(in.length);
    if (in.length <= period) {
      return out;
    }
    int today = 0;
    double prevValue = in[today++];
    double prevGain = 0;
    double prevLoss = 0;
    for (int i = period; i > 0; i--) {
      double change = in[today] - prevValue;
      prevValue = in[today++];
      if (change < 0) {
        prevLoss -= change;
      } else {
        prevGain += change;
      }
    }
    prevLoss /= period;
    prevGain /= period;
    out[today - 1] = taLibRsiValue(prevGain, prevLoss);
    while (today < in.length) {
      double change = in[today] - prevValue;
      prevValue = in[today];
      prevLoss *= period - 1;
      prevGain *= period - 1;
      if (change < 0) {
        prevLoss -= change;
      } else {
        prevGain += change;
      }
      prevLoss /= period;
      prevGain /= period;
      out[today++] = taLibRsiValue(prevGain, prevLoss);
    }
    return out;
  }

  private static double taLibRsiValue(double gain, double loss) {
    double sum = gain + loss;
    return sum > -1e-8 && sum < 1e-8 ? 0.0 : 100.0 * (gain / sum);
  }

  private static double[] nans(int length) {
    double[] out = new double[length];
    java.util.Arrays.fill(out, Double.NaN);
    return out;
  }
}
