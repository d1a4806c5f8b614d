package io.quantor.core.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quantor.core.analytics.VolatilityEstimator;
import io.quantor.core.series.BarSeries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the regime classifiers: streaming equals batch (and a reset replays exactly), the trend
 * regime equals a naive SMA recomputation, a constant price is SIDEWAYS / NORMAL / WEAK after warm-up, and
 * scaling every price leaves the regimes unchanged.
 */
class RegimeProperties {

  /** Small configurations, so that short series get past every warm-up. */
  @Provide
  Arbitrary<RegimeConfig> configs() {
    Arbitrary<int[]> periods = Combinators.combine(Arbitraries.integers().between(1, 6),
        Arbitraries.integers().between(1, 10), Arbitraries.integers().between(2, 6),
        Arbitraries.integers().between(1, 25), Arbitraries.integers().between(1, 8))
        .as((fast, extra, vw, pw, adx) -> new int[] {fast, fast + extra, vw, pw, adx});
    return Combinators.combine(periods, Arbitraries.of(VolatilityEstimator.class),
        Arbitraries.of(0.0, 0.001, 0.005, 0.02), Arbitraries.of(0.0, 0.1, 0.25, 0.5),
        Arbitraries.of(0.5, 0.75, 0.9, 1.0), Arbitraries.of(10.0, 20.0, 30.0))
        .as((p, est, band, low, high, weak) -> new RegimeConfig(p[0], p[1], band, est, p[2], p[3], low,
            high, p[4], weak, weak + 5));
  }

  @Property(tries = 200)
  void streamingEqualsBatch(@ForAll("configs") RegimeConfig config, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 90) int n) {
    BarSeries s = RegimeBars.series(seed, n);
    RegimeHistory batch = RegimeClassifier.classify(s, config);
    RegimeClassifier streaming = new RegimeClassifier(config);
    assertEquals(n, batch.size());
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        MarketRegime r = streaming.update(s, i);
        assertSame(batch.regime(i), r, "bar " + i);
        assertSame(batch.trend(i), streaming.trend(), "trend " + i);
        assertSame(batch.volatility(i), streaming.volatility(), "volatility " + i);
        assertSame(batch.strength(i), streaming.strength(), "strength " + i);
        assertEquals(batch.trendSpread(i), streaming.trendSpread(), "spread " + i);
        assertEquals(batch.volatilityPercentile(i), streaming.volatilityPercentile(), "percentile " + i);
        assertEquals(batch.realizedVolatility(i), streaming.realizedVolatility(), "volatility " + i);
        assertEquals(batch.adx(i), streaming.adx(), "adx " + i);
        assertEquals(i >= config.trendLookback(), streaming.isTrendReady(), "trend ready " + i);
        assertEquals(i >= config.volatilityLookback(), streaming.isVolatilityReady(), "vol ready " + i);
        assertEquals(i >= config.strengthLookback(), streaming.isStrengthReady(), "strength ready " + i);
        assertEquals(i >= config.lookback(), streaming.isReady(), "ready " + i);
      }
      // The second pass replays the series after a reset and must give the same answers.
      streaming.reset();
      assertNull(streaming.regime());
    }
    Statistics.label("complete regime reached").collect(n > config.lookback());
    Statistics.label("complete regime reached").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  @Property(tries = 200)
  void trendMatchesANaiveSmaRecomputation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int fast,
      @ForAll @IntRange(min = 1, max = 20) int extra, @ForAll @DoubleRange(min = 0, max = 0.03) double band) {
    int slow = fast + extra;
    BarSeries s = RegimeBars.series(seed, 60);
    TrendClassifier trend = new TrendClassifier(fast, slow, band);
    for (int i = 0; i < s.size(); i++) {
      TrendRegime r = trend.update(s.close(i));
      if (i < slow - 1) {
        assertNull(r, "warm-up " + i);
        continue;
      }
      double f = naiveMean(s, i, fast);
      double sl = naiveMean(s, i, slow);
      double d = (f - sl) / sl;
      assertEquals(d, trend.spread(), 1e-12, "spread " + i);
      // The running sums of Sma differ from the naive sums in the last bits: skip values on the edge.
      if (Math.abs(Math.abs(d) - band) > 1e-9) {
        TrendRegime expected = d > band ? TrendRegime.BULL
            : d < -band ? TrendRegime.BEAR : TrendRegime.SIDEWAYS;
        assertSame(expected, r, "bar " + i + " d " + d);
        Statistics.label("regime").collect(expected);
      }
    }
    Statistics.label("regime").coverage(c -> {
      c.check(TrendRegime.BULL).percentage(p -> p > 10);
      c.check(TrendRegime.BEAR).percentage(p -> p > 10);
      c.check(TrendRegime.SIDEWAYS).percentage(p -> p > 5);
    });
  }

  private static double naiveMean(BarSeries s, int end, int n) {
    double sum = 0;
    for (int j = end - n + 1; j <= end; j++) {
      sum += s.close(j);
    }
    return sum / n;
  }

  @Property(tries = 100)
  void constantPriceIsSidewaysNormalAndWeakAfterWarmUp(@ForAll("configs") RegimeConfig config,
      @ForAll @DoubleRange(min = 0.01, max = 10_000) double price) {
    // A band of 0 would let the last-bit rounding of the running sums decide; any positive band absorbs it.
    RegimeConfig c = config.withTrend(config.fastPeriod(), config.slowPeriod(),
        Math.max(1e-9, config.band()));
    RegimeClassifier regimes = new RegimeClassifier(c);
    int n = c.lookback() + 30;
    for (int i = 0; i < n; i++) {
      MarketRegime r = regimes.update(price, price, price, price);
      if (i >= c.lookback()) {
        assertSame(TrendRegime.SIDEWAYS, r.trend(), "bar " + i);
        assertSame(VolatilityRegime.NORMAL, r.volatility(), "bar " + i);
        assertEquals(0.5, regimes.volatilityPercentile(), "bar " + i);
        assertEquals(0.0, regimes.realizedVolatility(), "bar " + i);
        // No directional movement at all: TA-Lib's ADX stays 0.
        assertEquals(0.0, regimes.adx(), "bar " + i);
        assertSame(TrendStrength.WEAK, r.strength(), "bar " + i);
      }
    }
  }

  @Property(tries = 150)
  void scalingByAPowerOfTwoChangesNothing(@ForAll("configs") RegimeConfig config, @ForAll long seed,
      @ForAll @IntRange(min = -20, max = 20) int exponent) {
    BarSeries s = RegimeBars.series(seed, 70);
    double factor = Math.scalb(1.0, exponent);
    RegimeHistory a = RegimeClassifier.classify(s, config);
    RegimeHistory b = RegimeClassifier.classify(RegimeBars.scaled(s, factor), config);
    for (int i = 0; i < s.size(); i++) {
      // Every operation scales exactly by a power of two, so the ratios are bit for bit the same.
      assertEquals(a.trendSpread(i), b.trendSpread(i), "spread " + i);
      assertSame(a.regime(i), b.regime(i), "bar " + i);
      assertSame(a.trend(i), b.trend(i), "trend " + i);
      assertSame(a.volatility(i), b.volatility(i), "volatility " + i);
      assertSame(a.strength(i), b.strength(i), "strength " + i);
    }
  }

  @Property(tries = 150)
  void scalingByAnyFactorKeepsTheTrendRegime(@ForAll long seed,
      @ForAll @DoubleRange(min = -3, max = 3) double log10Factor,
      @ForAll @DoubleRange(min = 0, max = 0.03) double band) {
    double factor = Math.pow(10, log10Factor);
    RegimeConfig config = RegimeConfig.defaults().withTrend(5, 15, band);
    BarSeries s = RegimeBars.series(seed, 60);
    RegimeHistory a = RegimeClassifier.classify(s, config);
    RegimeHistory b = RegimeClassifier.classify(RegimeBars.scaled(s, factor), config);
    for (int i = config.trendLookback(); i < s.size(); i++) {
      double d = a.trendSpread(i);
      assertEquals(d, b.trendSpread(i), 1e-12, "spread " + i);
      // Rounding in the last bits may move a spread that sits on the band edge across it.
      if (Math.abs(Math.abs(d) - band) > 1e-9) {
        assertSame(a.trend(i), b.trend(i), "trend " + i + " d " + d);
      }
    }
  }
}
