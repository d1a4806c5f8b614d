package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PairsTrading} on ORCL/YHOO and on a simulated cointegrated pair.
 */
class PairsTradingTest {

  /**
   * One formation window over all 1258 days of 2010-2014 (unadjusted closes): the refit on the last day
   * reproduces R's {@code coef(lm(lo ~ ly))[2]} = 0.334094883060611, statsmodels' {@code coint} with
   * {@code maxlag=10, autolag=None} (statistic -2.75119433945616, p-value 0.181708261400731) and R's
   * z-score of the last 20 spreads {@code lo - b ly}, {@code (s[n] - mean(s[(n-19):n])) / sd(s[(n-19):n])}
   * = 0.765663398722876 (R 4.2.2; script in {@link AugmentedDickeyFullerReferenceTest}). Tolerances as in
   * {@link EngleGrangerReferenceTest}; the z-score {@code 1e-9}.
   */
  @Test
  void orclYhooAgainstRAndStatsmodels() {
    OrclYhoo w = OrclYhoo.between("2010-01-01", "2014-12-31");
    PairsTrading strict = PairsTrading.builder().formationWindow(1258).lags(10).build();
    List<Signal> signals = strict.run("ORCL/YHOO", w.orcl, w.yhoo);
    assertEquals(1257, strict.warmUp());
    assertFalse(signals.get(1256).isActionable());
    Signal last = signals.get(1257);
    CointegrationResult eg = strict.cointegration().orElseThrow();
    assertEquals(0.334094883060611, strict.hedgeRatio(), 1e-12);
    assertEquals(-2.75119433945616, eg.statistic(), 1e-9 * 2.75119433945616);
    assertEquals(0.181708261400731, eg.pValue(), 1e-9);
    double expectedScore = -0.765663398722876 / 2.0;
    assertEquals(expectedScore, last.score(), 1e-9);
    assertEquals(Direction.ABSTAIN, last.direction(), "not cointegrated at 5 %: abstain, keep the score");
    assertEquals(0.0, last.confidence());
    PairsTrading lenient = PairsTrading.builder().formationWindow(1258).lags(10).maxPValue(0.2).build();
    Signal traded = lenient.run("ORCL/YHOO", w.orcl, w.yhoo).get(1257);
    assertEquals(Direction.SELL, traded.direction(), "spread 0.77 sd above its mean: sell it");
    assertEquals(-expectedScore, traded.confidence(), 1e-9);
  }

  /** A cointegrated pair whose spread is pushed far below its mean: the model buys the spread. */
  @Test
  void buysAWideNegativeSpreadOfACointegratedPair() {
    BarSeries[] pair = PairsTradingProperties.pair(11, 300);
    // Rebuild leg A with a stationary spread and a final drop of 10 % against B.
    BarSeries b = pair[1];
    BarSeries.Builder a = BarSeries.builder("A", 300);
    for (int i = 0; i < 300; i++) {
      double wiggle = 0.01 * Math.sin(i * 1.7) + 0.005 * Math.cos(i * 0.9);
      double close = 2.0 * Math.pow(b.close(i), 0.8) * Math.exp(wiggle - (i == 299 ? 0.1 : 0.0));
      a.add(b.epochMillis(i), close, close, close, close, 10);
    }
    PairsTrading model = PairsTrading.builder().formationWindow(120).zWindow(20).refitInterval(10).lags(1)
        .build();
    List<Signal> signals = model.run("A/B", a.build(), b);
    assertEquals(0.8, model.hedgeRatio(), 0.05);
    assertTrue(model.cointegration().orElseThrow().isCointegrated(0.01));
    Signal last = signals.get(299);
    assertEquals(Direction.BUY, last.direction(), last.toString());
    assertEquals(1.0, last.score(), "more than 2 sd below the mean: saturated");
  }

  @Test
  void checksItsInputs() {
    PairsTrading model = PairsTrading.builder().formationWindow(20).zWindow(5).lags(0).build();
    Instant t = Instant.parse("2024-01-02T21:00:00Z");
    Bar one = Bar.of(t, 10, 10, 10, 10, 1);
    Bar later = Bar.of(t.plusSeconds(60), 10, 10, 10, 10, 1);
    Bar zero = Bar.of(t, 0, 0, 0, 0, 1);
    assertThrows(IllegalArgumentException.class, () -> model.update("A/B", one, later));
    assertThrows(IllegalArgumentException.class, () -> model.update("A/B", one, zero));
    assertThrows(IllegalArgumentException.class, () -> model.update("", one, one));
    assertThrows(IllegalArgumentException.class, () -> model.update("A/B", one, null));
    assertFalse(model.isReady());
    assertTrue(Double.isNaN(model.hedgeRatio()));
    assertTrue(model.cointegration().isEmpty());
    BarSeries[] pair = PairsTradingProperties.pair(5, 30);
    assertThrows(IllegalArgumentException.class, () -> model.run("A/B", pair[0], pair[1].slice(0, 29)));
  }

  /** Constant legs: no hedge ratio exists, so the model abstains instead of failing. */
  @Test
  void constantLegsAbstain() {
    BarSeries.Builder a = BarSeries.builder("A");
    BarSeries.Builder b = BarSeries.builder("B");
    Instant t = Instant.parse("2024-01-02T21:00:00Z");
    for (int i = 0; i < 40; i++) {
      a.add(t.plusSeconds(86_400L * i), 10 + i % 3, 10 + i % 3, 10 + i % 3, 10 + i % 3, 1);
      b.add(t.plusSeconds(86_400L * i), 5, 5, 5, 5, 1);
    }
    PairsTrading model = PairsTrading.builder().formationWindow(20).zWindow(5).lags(0).maxPValue(1).build();
    List<Signal> signals = model.run("A/B", a.build(), b.build());
    assertTrue(signals.stream().noneMatch(Signal::isActionable));
    assertFalse(model.cointegration().orElseThrow().defined());
  }
}
