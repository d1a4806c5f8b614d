package io.quantor.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the return metrics and drawdowns on generated return series. */
class ReturnMetricsProperties {

  @Property(tries = 200)
  void maxDrawdownIsBetweenMinusOneAndZero(@ForAll("returnsWithLosses") double[] r) {
    double depth = ReturnMetrics.maxDrawdown(r);
    assertTrue(depth >= -1 && depth <= 0, "depth " + depth);
  }

  @Property(tries = 200)
  void drawdownTableStartsWithTheMaximumAndDoesNotOverlap(@ForAll("returnsWithLosses") double[] r) {
    DrawdownTable table = DrawdownTable.of(r, 1000);
    List<Drawdown> periods = table.periods();
    Drawdown max = Drawdown.of(r);
    double[] underwater = table.underwater();
    double lowest = 0;
    for (double u : underwater) {
      assertTrue(u <= 0, "underwater " + u);
      lowest = Math.min(lowest, u);
    }
    assertEquals(max.depth(), lowest);
    if (max.depth() == 0) {
      assertTrue(periods.isEmpty());
      return;
    }
    assertEquals(max, periods.get(0));
    for (int i = 1; i < periods.size(); i++) {
      assertTrue(periods.get(i - 1).depth() <= periods.get(i).depth(), "sorted by depth");
    }
    // Sorted by peak, each period ends (recovers) where or before the next one's peak.
    List<Drawdown> byTime = periods.stream()
        .sorted((a, b) -> Integer.compare(a.peakIndex(), b.peakIndex())).toList();
    for (int i = 1; i < byTime.size(); i++) {
      Drawdown before = byTime.get(i - 1);
      assertTrue(before.recovered() && before.recoveryIndex() <= byTime.get(i).peakIndex(),
          "overlap: " + before + " and " + byTime.get(i));
    }
    for (Drawdown d : periods) {
      assertEquals(d.depth(), underwater[d.troughIndex()]);
      assertEquals(0.0, underwater[d.peakIndex()]);
    }
  }

  @Property(tries = 200)
  void sharpeIsInvariantUnderPositiveScaling(@ForAll("returns") double[] r,
      @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double c) {
    double[] scaled = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      scaled[i] = c * r[i];
    }
    double s = ReturnMetrics.sharpeRatio(r);
    double sc = ReturnMetrics.sharpeRatio(scaled);
    if (Double.isNaN(s)) {
      assertTrue(Double.isNaN(sc), "scaled Sharpe of a constant series " + sc);
    } else {
      assertEquals(s, sc, 1e-9 * Math.max(1, Math.abs(s)), String.format(Locale.ROOT, "c = %s", c));
    }
  }

  @Property(tries = 200)
  void omegaAtZeroIsTheProfitFactor(@ForAll("returns") double[] r) {
    double omega = ReturnMetrics.omegaRatio(r, 0);
    double pf = ReturnMetrics.profitFactor(r);
    if (Double.isNaN(pf)) {
      assertTrue(Double.isNaN(omega));
    } else {
      assertEquals(pf, omega, 1e-14 * pf);
    }
  }

  @Property(tries = 200)
  void conditionalValueAtRiskIsAtLeastValueAtRisk(@ForAll("returns") double[] r,
      @ForAll @DoubleRange(min = 0.5, max = 0.995) @Scale(4) double confidence) {
    double var = ReturnMetrics.valueAtRisk(r, confidence);
    double cvar = ReturnMetrics.conditionalValueAtRisk(r, confidence);
    assertTrue(cvar >= var - 1e-15, "CVaR " + cvar + " < VaR " + var);
  }

  @Property(tries = 200)
  void mirroringFlipsSkewnessAndKeepsKurtosis(@ForAll("returns") double[] r) {
    double[] mirrored = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      mirrored[i] = -r[i];
    }
    double skew = ReturnMetrics.skewness(r);
    double kurt = ReturnMetrics.excessKurtosis(r);
    if (Double.isNaN(skew)) {
      return;
    }
    assertEquals(-skew, ReturnMetrics.skewness(mirrored), 1e-9 * Math.max(1, Math.abs(skew)));
    assertEquals(kurt, ReturnMetrics.excessKurtosis(mirrored), 1e-9 * Math.max(1, Math.abs(kurt)));
    assertTrue(kurt >= -2 - 1e-9, "excess kurtosis >= -2, was " + kurt);
  }

  @Property(tries = 200)
  void cumulativeReturnIsTheEndOfTheWealthIndex(@ForAll("returnsWithLosses") double[] r) {
    double[] w = Drawdown.wealthIndex(r);
    double cumulative = ReturnMetrics.cumulativeReturn(r);
    assertEquals(w[w.length - 1] / Drawdown.START_WEALTH - 1, cumulative, 1e-12 * (1 + cumulative));
  }

  @Property(tries = 100)
  void reportNeverFailsOnValidReturns(@ForAll("returns") double[] r) {
    MetricsReport m = MetricsReport.of(r, r);
    assertEquals(r.length, m.count());
    for (double v : new double[] {m.sharpeRatio(), m.sortinoRatio(), m.calmarRatio(), m.omegaRatio(),
        m.tailRatio(), m.stability(), m.skewness(), m.excessKurtosis()}) {
      assertTrue(!Double.isInfinite(v), "no infinity: " + m);
    }
    assertTrue(m.winRate() >= 0 && m.winRate() <= 1);
  }

  /** Ordinary daily-like returns, sometimes with zeros and constant stretches. */
  @Provide
  Arbitrary<double[]> returns() {
    return Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.doubles().between(-0.2, 0.2).ofScale(10)),
            Tuple.of(1, Arbitraries.just(0.0)),
            Tuple.of(1, Arbitraries.just(0.01)))
        .array(double[].class).ofMinSize(1).ofMaxSize(300);
  }

  /** Returns including deep and total losses (-1) and large gains. */
  @Provide
  Arbitrary<double[]> returnsWithLosses() {
    return Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.doubles().between(-0.3, 0.3).ofScale(10)),
            Tuple.of(1, Arbitraries.doubles().between(-1, 5).ofScale(10)),
            Tuple.of(1, Arbitraries.just(-1.0)),
            Tuple.of(1, Arbitraries.just(0.0)))
        .array(double[].class).ofMinSize(1).ofMaxSize(300);
  }
}
