package io.quantor.core.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.analytics.VolatilityEstimator;
import io.quantor.core.io.BarCsvReader;
import io.quantor.core.series.BarSeries;
import io.quantor.core.testing.SharedData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hand-checkable examples of the regime rules and their edges, the warm-up indices, argument checks, and
 * regimes of ORCL ({@code shared/data/orcl_daily_1995_2014.csv}) checked against SMA(20)/SMA(50) and a
 * two-pass realized volatility recomputed here with naive loops.
 */
class RegimeExamplesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void multipliers() {
    RegimeMultipliers m = RegimeMultipliers.defaults();
    assertEquals(1.0, m.multiplier(TrendRegime.BULL));
    assertEquals(0.7, m.multiplier(TrendRegime.SIDEWAYS));
    assertEquals(0.5, m.multiplier(TrendRegime.BEAR));
    RegimeMultipliers custom = RegimeMultipliers.of(1.2, 0.0, 0.3);
    assertEquals(1.2, custom.multiplier(TrendRegime.BULL));
    assertEquals(0.0, custom.multiplier(TrendRegime.SIDEWAYS));
    assertEquals(0.3, custom.multiplier(TrendRegime.BEAR));
    assertEquals(0.3, MarketRegime.of(TrendRegime.BEAR, VolatilityRegime.HIGH, TrendStrength.STRONG)
        .multiplier(custom));
    assertEquals("bear must be >= 0.0, was -0.1",
        assertThrows(IllegalArgumentException.class, () -> RegimeMultipliers.of(1, 1, -0.1)).getMessage());
    assertEquals("bull must be >= 0.0, was NaN",
        assertThrows(IllegalArgumentException.class, () -> RegimeMultipliers.of(Double.NaN, 1, 1))
            .getMessage());
    assertEquals("sideways must be finite, was Infinity", assertThrows(IllegalArgumentException.class,
        () -> RegimeMultipliers.of(1, Double.POSITIVE_INFINITY, 1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> m.multiplier(null));
  }

  @Test
  void trendRuleAndItsBandEdges() {
    // 0.5 / 100 rounds to the same double as the literal 0.005: the edge itself is SIDEWAYS.
    assertSame(TrendRegime.SIDEWAYS, TrendClassifier.classify(100.5, 100, 0.005));
    assertSame(TrendRegime.SIDEWAYS, TrendClassifier.classify(99.5, 100, 0.005));
    assertSame(TrendRegime.BULL, TrendClassifier.classify(100.5001, 100, 0.005));
    assertSame(TrendRegime.BEAR, TrendClassifier.classify(99.4999, 100, 0.005));
    assertSame(TrendRegime.SIDEWAYS, TrendClassifier.classify(100, 100, 0));
    assertSame(TrendRegime.BULL, TrendClassifier.classify(100.0001, 100, 0));
    assertEquals("slow must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> TrendClassifier.classify(1, 0, 0.005))
            .getMessage());
  }

  @Test
  void volatilityRuleAndItsEdges() {
    assertSame(VolatilityRegime.LOW, VolatilityClassifier.classify(0.2499, 0.25, 0.75));
    assertSame(VolatilityRegime.NORMAL, VolatilityClassifier.classify(0.25, 0.25, 0.75));
    assertSame(VolatilityRegime.NORMAL, VolatilityClassifier.classify(0.75, 0.25, 0.75));
    assertSame(VolatilityRegime.HIGH, VolatilityClassifier.classify(0.7501, 0.25, 0.75));
    assertSame(VolatilityRegime.LOW, VolatilityClassifier.classify(0, 0.25, 0.75));
    assertSame(VolatilityRegime.HIGH, VolatilityClassifier.classify(1, 0.25, 0.75));
    assertThrows(IllegalArgumentException.class, () -> VolatilityClassifier.classify(1.01, 0.25, 0.75));
    assertThrows(IllegalArgumentException.class, () -> VolatilityClassifier.classify(0.5, 0.8, 0.75));
  }

  @Test
  void midRankCountsTiesHalf() {
    double[] w = {1, 2, 2, 3};
    assertEquals(0.0, VolatilityClassifier.midRank(w, 0, 4, 0.5));
    assertEquals(0.125, VolatilityClassifier.midRank(w, 0, 4, 1));   // (0 + 1/2) / 4
    assertEquals(0.5, VolatilityClassifier.midRank(w, 0, 4, 2));     // (1 + 2/2) / 4
    assertEquals(0.75, VolatilityClassifier.midRank(w, 0, 4, 2.5));  // 3 / 4
    assertEquals(0.875, VolatilityClassifier.midRank(w, 0, 4, 3));   // (3 + 1/2) / 4
    assertEquals(1.0, VolatilityClassifier.midRank(w, 0, 4, 4));
    assertEquals(5.0 / 6, VolatilityClassifier.midRank(w, 1, 4, 3)); // (2 + 1/2) / 3 within {2, 2, 3}
  }

  @Test
  void strengthRuleAndItsEdges() {
    assertSame(TrendStrength.WEAK, TrendStrengthClassifier.classify(19.999, 20, 25));
    assertSame(TrendStrength.MODERATE, TrendStrengthClassifier.classify(20, 20, 25));
    assertSame(TrendStrength.MODERATE, TrendStrengthClassifier.classify(24.999, 20, 25));
    assertSame(TrendStrength.STRONG, TrendStrengthClassifier.classify(25, 20, 25));
    assertSame(TrendStrength.STRONG, TrendStrengthClassifier.classify(100, 20, 25));
    assertThrows(IllegalArgumentException.class, () -> TrendStrengthClassifier.classify(-1, 20, 25));
  }

  @Test
  void volatilityRankOfAHandMadeSeries() {
    // Close to close over 2 returns, ranked against the 3 volatilities before it. Closes double, then are
    // flat, then move by a factor 1.5: log returns ln2, ln2, 0, 0, ln1.5, ln1.5, ...
    VolatilityClassifier vol = new VolatilityClassifier(VolatilityEstimator.CLOSE_TO_CLOSE, 2, 3, 0.25,
        0.75);
    double[] closes = {1, 2, 4, 4, 4, 6, 4};
    // Sample variance of two returns r1, r2 is (r1 - r2)^2 / 2: volatilities from bar 2 on are
    // 0 (ln2, ln2), v1 = ln2 / sqrt2 (ln2, 0), 0 (0, 0), v2 = ln1.5 / sqrt2 (0, ln1.5),
    // v3 = 2 ln1.5 / sqrt2 (ln1.5, -ln1.5), all times sqrt(252).
    for (int i = 0; i < 5; i++) {
      assertNull(vol.update(1, 1, 1, closes[i]), "bar " + i);
    }
    assertEquals(5, vol.lookback());
    // Bar 5: v2 = 0.287 (x sqrt 252) against {0, 0.490, 0}: two below -> 2/3, NORMAL.
    assertSame(VolatilityRegime.NORMAL, vol.update(1, 1, 1, closes[5]));
    assertEquals(2.0 / 3, vol.percentile(), 1e-15);
    assertEquals(Math.log(1.5) / Math.sqrt(2) * Math.sqrt(252), vol.volatility(), 1e-12);
    // Bar 6: v3 = 0.573 against {0.490, 0, 0.287}: all below -> 1, HIGH.
    assertSame(VolatilityRegime.HIGH, vol.update(1, 1, 1, closes[6]));
    assertEquals(1.0, vol.percentile());
  }

  @Test
  void warmUpIndicesOfTheDefaults() {
    RegimeConfig c = RegimeConfig.defaults();
    assertEquals(49, c.trendLookback());
    assertEquals(272, c.volatilityLookback());
    assertEquals(27, c.strengthLookback());
    assertEquals(272, c.lookback());
    BarSeries s = RegimeBars.series(7, 300);
    RegimeClassifier r = new RegimeClassifier(c);
    assertEquals(272, r.lookback());
    for (int i = 0; i < s.size(); i++) {
      r.update(s, i);
      assertEquals(i >= 27, r.isStrengthReady(), "bar " + i);
      assertEquals(i >= 49, r.isTrendReady(), "bar " + i);
      assertEquals(i >= 272, r.isVolatilityReady(), "bar " + i);
      assertEquals(i >= 272, r.isReady(), "bar " + i);
      assertEquals(i >= 49, !Double.isNaN(r.multiplier(RegimeMultipliers.defaults())), "bar " + i);
    }
  }

  @Test
  void rejectsBadInputWithoutChangingState() {
    BarSeries s = RegimeBars.series(11, 120);
    RegimeConfig c = RegimeConfig.defaults().withVolatility(VolatilityEstimator.YANG_ZHANG, 10, 30);
    RegimeClassifier a = new RegimeClassifier(c);
    RegimeClassifier b = new RegimeClassifier(c);
    for (int i = 0; i < s.size(); i++) {
      if (i == 60) {
        assertEquals("close must be finite and > 0, was -1.0",
            assertThrows(IllegalArgumentException.class, () -> a.update(1, 1, 1, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.update(Double.NaN, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> a.update(1, 1, 0, 1));
      }
      assertSame(b.update(s, i), a.update(s, i), "bar " + i);
      assertEquals(b.trendSpread(), a.trendSpread());
      assertEquals(b.volatilityPercentile(), a.volatilityPercentile());
      assertEquals(b.adx(), a.adx());
    }
    assertTrue(a.isReady());
  }

  @Test
  void configChecks() {
    RegimeConfig d = RegimeConfig.defaults();
    assertEquals("slowPeriod must be > fastPeriod (20), was 20",
        assertThrows(IllegalArgumentException.class, () -> d.withTrend(20, 20, 0.005)).getMessage());
    assertEquals("band must be >= 0.0, was -0.001",
        assertThrows(IllegalArgumentException.class, () -> d.withTrend(20, 50, -0.001)).getMessage());
    assertEquals("fastPeriod must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> d.withTrend(0, 50, 0.005)).getMessage());
    assertEquals("volatilityWindow must be >= 2, was 1", assertThrows(IllegalArgumentException.class,
        () -> d.withVolatility(VolatilityEstimator.CLOSE_TO_CLOSE, 1, 252)).getMessage());
    assertEquals(1, d.withVolatility(VolatilityEstimator.PARKINSON, 1, 1).volatilityLookback());
    assertEquals("highPercentile must be in [0.6, 1.0], was 0.5", assertThrows(
        IllegalArgumentException.class, () -> d.withVolatilityThresholds(0.6, 0.5)).getMessage());
    assertEquals("strongAdx must be in [30.0, 100.0], was 25.0",
        assertThrows(IllegalArgumentException.class, () -> d.withStrength(14, 30, 25)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RegimeClassifier(null));
    assertThrows(IllegalArgumentException.class, () -> RegimeClassifier.classify(null, d));
  }

  /** ORCL on chosen dates: SMA(20) and SMA(50) recomputed here with a naive loop decide the expectation. */
  @Test
  void orclTrendRegimesAgreeWithNaiveAverages() {
    BarSeries orcl = BarCsvReader.daily().read(SharedData.data("orcl_daily_1995_2014.csv"));
    RegimeHistory h = RegimeClassifier.classify(orcl, RegimeConfig.defaults());
    // Expected regimes and spreads (fast - slow)/slow, also computed outside Java from the CSV closes.
    Object[][] cases = {
        {"1995-09-28", TrendRegime.SIDEWAYS, 0.00156},
        {"2000-03-24", TrendRegime.BULL, 0.18708},
        {"2001-04-04", TrendRegime.BEAR, -0.27029},
        {"2008-10-27", TrendRegime.BEAR, -0.09177},
        {"2011-06-03", TrendRegime.SIDEWAYS, -0.00141},
        {"2014-12-31", TrendRegime.BULL, 0.04575},
    };
    for (Object[] c : cases) {
      int i = index(orcl, (String) c[0]);
      double fast = 0;
      double slow = 0;
      for (int j = i - 49; j <= i; j++) {
        slow += orcl.close(j);
        if (j > i - 20) {
          fast += orcl.close(j);
        }
      }
      fast /= 20;
      slow /= 50;
      double d = (fast - slow) / slow;
      assertEquals((double) c[2], d, 5e-6, c[0] + " naive spread");
      assertEquals(fast, h.fastAverage(i), 1e-9, c[0] + " fast");
      assertEquals(slow, h.slowAverage(i), 1e-9, c[0] + " slow");
      assertEquals(d, h.trendSpread(i), 1e-12, c[0] + " spread");
      assertSame(c[1], h.trend(i), (String) c[0]);
    }
  }

  /**
   * ORCL volatility regimes on every bar after warm-up against a naive computation: the two-pass sample
   * standard deviation of the last 20 log returns, annualized with 252, mid-ranked against the 252 values
   * before it. Tolerance: volatilities 1e-10 relative; percentiles exact (the ranking is the same).
   */
  @Test
  void orclVolatilityRegimesAgreeWithANaiveRank() {
    BarSeries orcl = BarCsvReader.daily().read(SharedData.data("orcl_daily_1995_2014.csv"));
    RegimeHistory h = RegimeClassifier.classify(orcl, RegimeConfig.defaults());
    int n = orcl.size();
    double[] naive = new double[n];
    for (int i = 20; i < n; i++) {
      double mean = 0;
      for (int j = i - 19; j <= i; j++) {
        mean += Math.log(orcl.close(j) / orcl.close(j - 1));
      }
      mean /= 20;
      double ss = 0;
      for (int j = i - 19; j <= i; j++) {
        double e = Math.log(orcl.close(j) / orcl.close(j - 1)) - mean;
        ss += e * e;
      }
      naive[i] = Math.sqrt(252 * ss / 19);
    }
    int[] counts = new int[3];
    for (int i = 0; i < n; i++) {
      if (i < 272) {
        assertNull(h.volatility(i));
        continue;
      }
      assertEquals(naive[i], h.realizedVolatility(i), 1e-10 * naive[i], "bar " + i);
      double below = 0;
      for (int j = i - 252; j < i; j++) {
        below += naive[j] < naive[i] ? 1 : naive[j] == naive[i] ? 0.5 : 0;
      }
      double p = below / 252;
      assertEquals(p, h.volatilityPercentile(i), "bar " + i);
      VolatilityRegime expected = p < 0.25 ? VolatilityRegime.LOW
          : p > 0.75 ? VolatilityRegime.HIGH : VolatilityRegime.NORMAL;
      assertSame(expected, h.volatility(i), "bar " + i);
      counts[expected.ordinal()]++;
    }
    // Every level occurs; October 2008 was a high-volatility month.
    assertTrue(counts[0] > 500 && counts[1] > 500 && counts[2] > 500, Arrays.toString(counts));
    assertSame(VolatilityRegime.HIGH, h.volatility(index(orcl, "2008-10-27")));
    assertFalse(h.regime(index(orcl, "2008-10-27")) == null);
  }

  @Test
  void orclStreamingEqualsBatchWithTheDefaults() {
    BarSeries orcl = BarCsvReader.daily().read(SharedData.data("orcl_daily_1995_2014.csv"));
    RegimeHistory h = RegimeClassifier.classify(orcl, RegimeConfig.defaults());
    RegimeClassifier r = new RegimeClassifier(RegimeConfig.defaults());
    int complete = 0;
    for (int i = 0; i < orcl.size(); i++) {
      MarketRegime m = r.update(orcl, i);
      assertSame(h.regime(i), m, "bar " + i);
      assertEquals(h.volatilityPercentile(i), r.volatilityPercentile(), "bar " + i);
      complete += m == null ? 0 : 1;
    }
    assertEquals(orcl.size() - 272, complete);
  }

  private static int index(BarSeries s, String date) {
    long t = LocalDate.parse(date).atTime(16, 0).atZone(NEW_YORK).toInstant().toEpochMilli();
    int i = s.indexAtOrBefore(t);
    assertEquals(t, s.epochMillis(i), date + " is a bar");
    return i;
  }
}
