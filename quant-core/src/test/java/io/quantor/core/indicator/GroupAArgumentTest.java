package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Invalid parameters and non-finite inputs of the group A indicators. */
class GroupAArgumentTest {

  private static void rejects(String expectedMessageStart, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(expectedMessageStart),
        "message '" + e.getMessage() + "' should start with '" + expectedMessageStart + "'");
  }

  @Test
  void periodsBelowTheirMinimumAreRejectedWithTheParameterNamed() {
    rejects("period must be >= 1, was 0", () -> new Wma(0));
    rejects("period must be >= 1, was 0", () -> new Dema(0));
    rejects("period must be >= 1, was -3", () -> new Tema(-3));
    rejects("period must be >= 2, was 1", () -> new Kama(1));
    rejects("period must be >= 1, was 0", () -> new Rsi(0));
    rejects("period must be >= 1, was 0", () -> new Cmo(0));
    rejects("period must be >= 1, was 0", () -> new StdDev(0, 1));
    rejects("period must be >= 2, was 1", () -> new LinearRegression(1));
    rejects("period must be >= 1, was 0", () -> new Trix(0));
    rejects("period must be >= 1, was 0", () -> new Roc(0));
    rejects("period must be >= 1, was 0", () -> new Momentum(0));
    rejects("period must be >= 1, was 0", () -> new BollingerBands(0, 2, 2));
    rejects("fastPeriod must be >= 1, was 0", () -> new Macd(0, 26, 9));
    rejects("slowPeriod must be >= 1, was 0", () -> new Macd(12, 0, 9));
    rejects("signalPeriod must be >= 1, was 0", () -> new Macd(12, 26, 0));
    rejects("fastPeriod must be >= 1, was 0", () -> new Ppo(0, 26, MovingAverageType.SMA));
    rejects("slowPeriod must be >= 1, was -1", () -> new Ppo(12, -1, MovingAverageType.SMA));
    rejects("period must be >= 2, was 1", () -> new Ppo(1, 26, MovingAverageType.KAMA));
    rejects("rsiPeriod must be >= 1, was 0", () -> new StochRsi(0, 5, 3));
    rejects("fastKPeriod must be >= 1, was 0", () -> new StochRsi(14, 0, 3));
    rejects("fastDPeriod must be >= 1, was 0", () -> new StochRsi(14, 5, 0));
  }

  @Test
  void deviationFactorsMustBeFiniteAndNonNegative() {
    rejects("nbDev must be >= 0.0, was -1.0", () -> new StdDev(20, -1));
    rejects("nbDev must be >= 0.0, was NaN", () -> new StdDev(20, Double.NaN));
    rejects("nbDev must be finite, was Infinity", () -> new StdDev(20, Double.POSITIVE_INFINITY));
    rejects("nbDevUp must be >= 0.0, was -2.0", () -> new BollingerBands(20, -2, 2));
    rejects("nbDevDn must be >= 0.0, was NaN", () -> new BollingerBands(20, 2, Double.NaN));
    rejects("nbDevDn must be finite, was Infinity",
        () -> new BollingerBands(20, 2, Double.POSITIVE_INFINITY));
  }

  @Test
  void nullArgumentsAreRejectedWithTheParameterNamed() {
    rejects("type must not be null", () -> new Ppo(12, 26, null));
    rejects("type must not be null", () -> new BollingerBands(20, 2, 2, null));
    rejects("values must not be null", () -> Indicators.wma(null, 5));
    rejects("values must not be null", () -> Indicators.macd(null, 12, 26, 9));
    rejects("values must not be null", () -> Indicators.bbands(null, 20, 2, 2));
    rejects("values must not be null", () -> Indicators.stochRsi(null, 14, 5, 3));
    rejects("values must not be null", () -> Indicators.ppo(null, 12, 26, MovingAverageType.SMA));
  }

  @Test
  void batchFormsRejectParametersAndNonFiniteInputs() {
    double[] x = GroupASeries.randomWalk(3, 60);
    rejects("period must be >= 1, was 0", () -> Indicators.rsi(x, 0));
    rejects("slowPeriod must be >= 1, was 0", () -> Indicators.macd(x, 12, 0, 9));
    double[] withNan = x.clone();
    withNan[30] = Double.NaN;
    rejects("value must be finite, was NaN", () -> Indicators.kama(withNan, 10));
    rejects("value must be finite, was NaN", () -> Indicators.stochRsi(withNan, 14, 5, 3));
    rejects("value must be finite, was NaN", () -> Indicators.bbands(withNan, 20, 2, 2));
  }

  @Test
  void nonFiniteInputThrowsAndLeavesTheStateUnchanged() {
    double[] x = GroupASeries.randomWalk(5, 120);
    List<Supplier<ValueIndicator>> all = List.of(() -> new Wma(5), () -> new Dema(5), () -> new Tema(5),
        () -> new Kama(5), () -> new Rsi(5), () -> new Cmo(5), () -> new Macd(3, 7, 4),
        () -> new BollingerBands(5, 2, 2), () -> new StdDev(5, 1), () -> new LinearRegression(5),
        () -> new Trix(5), () -> new Ppo(3, 7, MovingAverageType.TEMA), () -> new Roc(5),
        () -> new Momentum(5), () -> new StochRsi(5, 4, 3));
    for (Supplier<ValueIndicator> make : all) {
      ValueIndicator clean = make.get();
      ValueIndicator disturbed = make.get();
      double[] expected = new double[x.length];
      double[] actual = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        expected[i] = clean.update(x[i]);
        if (i % 17 == 3) {
          rejects("value must be finite, was NaN", () -> disturbed.update(Double.NaN));
          rejects("value must be finite, was -Infinity", () -> disturbed.update(Double.NEGATIVE_INFINITY));
        }
        actual[i] = disturbed.update(x[i]);
      }
      assertArrayEquals(expected, actual, clean.getClass().getSimpleName());
      assertEquals(clean.value(), disturbed.value(), 0.0);
    }
  }
}
