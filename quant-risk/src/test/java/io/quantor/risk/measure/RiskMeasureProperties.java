package io.quantor.risk.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * The defining properties of the risk measures: ES >= VaR; both rise with the confidence level; positive
 * homogeneity and translation invariance; subadditivity of the historical (and Gaussian) ES on the same
 * scenarios; Euler contributions that add up to the totals and are the gradients (against central
 * differences); and the selection-based historical estimators against a naive computation on sorted
 * data, with ties.
 *
 * <p>Returns are drawn from a seed: normal with a 10 % chance of a volatility three times as large (fat
 * tails without ties), or on a coarse grid (many ties) where noted.
 */
class RiskMeasureProperties {

  static double[] returns(long seed, int n) {
    Random random = new Random(seed);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double vol = random.nextDouble() < 0.1 ? 0.03 : 0.01;
      r[i] = 0.0005 + vol * random.nextGaussian();
    }
    return r;
  }

  static double[][] matrix(long seed, int n, int d) {
    Random random = new Random(seed);
    double[] loading = new double[d];
    for (int i = 0; i < d; i++) {
      loading[i] = random.nextDouble();
    }
    double[][] m = new double[n][d];
    for (int t = 0; t < n; t++) {
      double market = random.nextGaussian() * (random.nextDouble() < 0.1 ? 0.03 : 0.01);
      for (int i = 0; i < d; i++) {
        m[t][i] = 0.0003 * i + loading[i] * market + 0.01 * random.nextGaussian();
      }
    }
    return m;
  }

  static double[] weights(long seed, int d) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    double[] w = new double[d];
    for (int i = 0; i < d; i++) {
      w[i] = 2 * random.nextDouble() - 0.5;
    }
    return w;
  }

  /** Every single-series estimate that must satisfy the coherence-like properties. */
  static List<RiskEstimate> estimates(double[] r, double level) {
    List<RiskEstimate> list = new ArrayList<>();
    for (HistoricalConvention c : HistoricalConvention.values()) {
      list.add(RiskMeasures.historical(r, level, c));
    }
    list.add(RiskMeasures.gaussian(r, level));
    list.add(RiskMeasures.gaussian(r, level, VarianceEstimator.POPULATION));
    list.add(RiskMeasures.cornishFisher(r, level));
    list.add(RiskMeasures.ewma(r, level));
    return list;
  }

  static double scale(double[] r) {
    double max = 0;
    for (double v : r) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  // --- ES >= VaR -------------------------------------------------------------------------------------

  @Property(tries = 200)
  void expectedShortfallIsAtLeastValueAtRisk(@ForAll long seed, @ForAll @IntRange(min = 2, max = 400) int n,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level) {
    double[] r = returns(seed, n);
    for (RiskEstimate e : estimates(r, level)) {
      assertTrue(e.expectedShortfall() >= e.valueAtRisk() - 1e-15 * scale(r), e.toString());
    }
    CornishFisherEstimate cf = RiskMeasures.cornishFisher(r, level);
    assertEquals(cf.rawExpectedShortfall() < cf.valueAtRisk(), cf.shortfallCapped());
  }

  @Property(tries = 30)
  void monteCarloExpectedShortfallIsAtLeastValueAtRisk(@ForAll long seed,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level, @ForAll boolean studentT) {
    MonteCarloEstimate e = RiskMeasures.monteCarlo(model(seed, studentT), new double[] {0.7, 0.3}, level,
        MonteCarloSettings.of(2000, seed));
    assertTrue(e.expectedShortfall() >= e.valueAtRisk(), e.toString());
  }

  // --- Monotone in the level -------------------------------------------------------------------------

  @Property(tries = 200)
  void bothRiseWithTheConfidenceLevel(@ForAll long seed, @ForAll @IntRange(min = 2, max = 400) int n,
      @ForAll @DoubleRange(min = 0.5, max = 0.998) @Scale(4) double lower,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(4) double step) {
    double higher = lower + step * (0.999 - lower);
    double[] r = returns(seed, n);
    List<RiskEstimate> low = estimates(r, lower);
    List<RiskEstimate> high = estimates(r, higher);
    double tol = 1e-14 * scale(r);
    for (int i = 0; i < low.size(); i++) {
      RiskEstimate a = low.get(i);
      RiskEstimate b = high.get(i);
      if (a instanceof CornishFisherEstimate cf) {
        // Only a monotone expansion is a quantile function; its ES has no such guarantee.
        if (cf.monotone()) {
          assertTrue(a.valueAtRisk() <= b.valueAtRisk() + tol, a + " vs " + b);
        }
        continue;
      }
      assertTrue(a.valueAtRisk() <= b.valueAtRisk() + tol, a + " vs " + b);
      assertTrue(a.expectedShortfall() <= b.expectedShortfall() + tol, a + " vs " + b);
    }
  }

  @Property(tries = 30)
  void monteCarloRisesWithTheConfidenceLevelOnTheSameScenarios(@ForAll long seed,
      @ForAll @DoubleRange(min = 0.5, max = 0.998) @Scale(4) double lower,
      @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(4) double step, @ForAll boolean antithetic) {
    double higher = lower + step * (0.999 - lower);
    MonteCarloModel model = model(seed, true);
    MonteCarloSettings settings = MonteCarloSettings.of(2000, seed).withAntithetic(antithetic);
    double[] w = {0.4, 0.6};
    MonteCarloEstimate a = RiskMeasures.monteCarlo(model, w, lower, settings);
    MonteCarloEstimate b = RiskMeasures.monteCarlo(model, w, higher, settings);
    assertTrue(a.valueAtRisk() <= b.valueAtRisk());
    assertTrue(a.expectedShortfall() <= b.expectedShortfall());
  }

  // --- Homogeneity and translation -------------------------------------------------------------------

  @Property(tries = 200)
  void positiveHomogeneity(@ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int n,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level,
      @ForAll @DoubleRange(min = 0.01, max = 100) @Scale(4) double c) {
    double[] r = returns(seed, n);
    double[] scaled = new double[n];
    for (int i = 0; i < n; i++) {
      scaled[i] = c * r[i];
    }
    List<RiskEstimate> base = estimates(r, level);
    List<RiskEstimate> times = estimates(scaled, level);
    double tol = 1e-11 * c * scale(r);
    for (int i = 0; i < base.size(); i++) {
      assertEquals(c * base.get(i).valueAtRisk(), times.get(i).valueAtRisk(), tol, base.get(i).toString());
      assertEquals(c * base.get(i).expectedShortfall(), times.get(i).expectedShortfall(), tol,
          base.get(i).toString());
    }
  }

  @Property(tries = 200)
  void translationInvariance(@ForAll long seed, @ForAll @IntRange(min = 2, max = 300) int n,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level,
      @ForAll @DoubleRange(min = -0.05, max = 0.05) @Scale(4) double a) {
    double[] r = returns(seed, n);
    double[] shifted = new double[n];
    for (int i = 0; i < n; i++) {
      shifted[i] = r[i] + a;
    }
    List<RiskEstimate> base = estimates(r, level);
    List<RiskEstimate> moved = estimates(shifted, level);
    double tol = 1e-11 * (scale(r) + Math.abs(a));
    for (int i = 0; i < base.size(); i++) {
      if (base.get(i).method() == RiskMethod.EWMA) {
        continue;   // zero-mean by design: documented as not translation invariant
      }
      assertEquals(base.get(i).valueAtRisk() - a, moved.get(i).valueAtRisk(), tol, base.get(i).toString());
      assertEquals(base.get(i).expectedShortfall() - a, moved.get(i).expectedShortfall(), tol,
          base.get(i).toString());
    }
  }

  @Property(tries = 30)
  void monteCarloIsPositivelyHomogeneousInTheWeights(@ForAll long seed,
      @ForAll @DoubleRange(min = 0.1, max = 10) @Scale(4) double c, @ForAll boolean studentT) {
    MonteCarloModel model = model(seed, studentT);
    MonteCarloSettings settings = MonteCarloSettings.of(2000, seed);
    MonteCarloEstimate base = RiskMeasures.monteCarlo(model, new double[] {0.3, 0.7}, 0.95, settings);
    MonteCarloEstimate times = RiskMeasures.monteCarlo(model, new double[] {0.3 * c, 0.7 * c}, 0.95,
        settings);
    assertEquals(c * base.valueAtRisk(), times.valueAtRisk(), 1e-12 * c);
    assertEquals(c * base.expectedShortfall(), times.expectedShortfall(), 1e-12 * c);
  }

  // --- Subadditivity ---------------------------------------------------------------------------------

  @Property(tries = 200)
  void expectedShortfallOfASumIsAtMostTheSumOfExpectedShortfalls(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 400) int n,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level,
      @ForAll @DoubleRange(min = -1, max = 1) @Scale(4) double dependence) {
    double[] x = returns(seed, n);
    double[] noise = returns(seed + 1, n);
    double[] y = new double[n];
    double[] sum = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = dependence * x[i] + noise[i];
      sum[i] = x[i] + y[i];
    }
    double tol = 1e-14 * (scale(x) + scale(y));
    // The fractional estimator is coherent on any sample; the tail mean equals the mean of the k smallest
    // when there are no ties (continuous draws), hence is subadditive too.
    for (HistoricalConvention c
        : List.of(HistoricalConvention.FRACTIONAL, HistoricalConvention.LOWER_QUANTILE)) {
      double whole = RiskMeasures.historical(sum, level, c).expectedShortfall();
      double parts = RiskMeasures.historical(x, level, c).expectedShortfall()
          + RiskMeasures.historical(y, level, c).expectedShortfall();
      assertTrue(whole <= parts + tol, c + ": " + whole + " > " + parts);
    }
    double whole = RiskMeasures.gaussian(sum, level).expectedShortfall();
    double parts = RiskMeasures.gaussian(x, level).expectedShortfall()
        + RiskMeasures.gaussian(y, level).expectedShortfall();
    assertTrue(whole <= parts + tol, "Gaussian: " + whole + " > " + parts);
  }

  // --- Euler contributions ---------------------------------------------------------------------------

  @Property(tries = 150)
  void componentContributionsAddUpToTheTotal(@ForAll long seed, @ForAll @IntRange(min = 8, max = 300) int n,
      @ForAll @IntRange(min = 1, max = 5) int d,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level,
      @ForAll VarianceEstimator covariance) {
    double[][] m = matrix(seed, n, d);
    double[] w = weights(seed, d);
    for (PortfolioEstimate p : List.of(PortfolioRisk.historical(m, w, level),
        PortfolioRisk.gaussian(m, w, level, covariance),
        PortfolioRisk.cornishFisher(m, w, level, covariance))) {
      assertAddsUp(p.valueAtRiskContributions(), p.valueAtRisk());
      assertAddsUp(p.expectedShortfallContributions(), p.expectedShortfall());
    }
  }

  @Property(tries = 20)
  void monteCarloContributionsAddUpToTheTotal(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int d,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double level, @ForAll boolean studentT) {
    double[][] m = matrix(seed, 50, d);
    double[] mean = ReturnData.columnMeans(m);
    double[][] cov = ReturnData.covariance(m, mean, 49);
    MonteCarloModel model = studentT ? MonteCarloModel.studentT(mean, cov, 4.5)
        : MonteCarloModel.gaussian(mean, cov);
    PortfolioEstimate p = PortfolioRisk.monteCarlo(model, weights(seed, d), level,
        MonteCarloSettings.of(2000, seed).withAntithetic(true));
    assertAddsUp(p.valueAtRiskContributions(), p.valueAtRisk());
    assertAddsUp(p.expectedShortfallContributions(), p.expectedShortfall());
  }

  @Property(tries = 100)
  void marginalContributionsAreTheGradients(@ForAll long seed, @ForAll @IntRange(min = 30, max = 300) int n,
      @ForAll @IntRange(min = 1, max = 4) int d,
      @ForAll @DoubleRange(min = 0.9, max = 0.995) @Scale(4) double level) {
    double[][] m = matrix(seed, n, d);
    double[] w = weights(seed, d);
    PortfolioEstimate cf = PortfolioRisk.cornishFisher(m, w, level);
    Assume.that(!((CornishFisherEstimate) cf.portfolio()).shortfallCapped());
    PortfolioEstimate gauss = PortfolioRisk.gaussian(m, w, level);
    double h = 1e-6;
    for (int i = 0; i < d; i++) {
      double[] up = w.clone();
      double[] down = w.clone();
      up[i] += h;
      down[i] -= h;
      PortfolioEstimate cfUp = PortfolioRisk.cornishFisher(m, up, level);
      PortfolioEstimate cfDown = PortfolioRisk.cornishFisher(m, down, level);
      Assume.that(!((CornishFisherEstimate) cfUp.portfolio()).shortfallCapped()
          && !((CornishFisherEstimate) cfDown.portfolio()).shortfallCapped());
      assertGradient(cf.valueAtRiskContributions().marginal(i),
          (cfUp.valueAtRisk() - cfDown.valueAtRisk()) / (2 * h), "modified VaR " + i);
      assertGradient(cf.expectedShortfallContributions().marginal(i),
          (cfUp.expectedShortfall() - cfDown.expectedShortfall()) / (2 * h), "modified ES " + i);
      PortfolioEstimate gUp = PortfolioRisk.gaussian(m, up, level);
      PortfolioEstimate gDown = PortfolioRisk.gaussian(m, down, level);
      assertGradient(gauss.valueAtRiskContributions().marginal(i),
          (gUp.valueAtRisk() - gDown.valueAtRisk()) / (2 * h), "Gaussian VaR " + i);
      assertGradient(gauss.expectedShortfallContributions().marginal(i),
          (gUp.expectedShortfall() - gDown.expectedShortfall()) / (2 * h), "Gaussian ES " + i);
    }
  }

  // --- Selection against sorting ---------------------------------------------------------------------

  @Property(tries = 300)
  void historicalEstimatorsMatchANaiveComputationOnSortedData(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 700) int n,
      @ForAll @DoubleRange(min = 0.01, max = 0.999) @Scale(4) double level,
      @ForAll boolean ties) {
    double[] r = returns(seed, n);
    if (ties) {
      for (int i = 0; i < n; i++) {
        r[i] = Math.rint(r[i] * 200) / 200;   // a 0.5 % grid: many equal returns
      }
    }
    double[] x = r.clone();
    Arrays.sort(x);
    double alpha = 1 - level;
    int k = Math.max(1, (int) Math.ceil(Math.rint(n * alpha * 1e9) / 1e9));
    double q = x[k - 1];
    double sumAtOrBelow = 0;
    int count = 0;
    for (double v : x) {
      if (v <= q) {
        sumAtOrBelow += v;
        count++;
      }
    }
    HistoricalEstimate lower = RiskMeasures.historical(r, level);
    double tol = 1e-13 * scale(r) + 1e-300;
    assertEquals(-q, lower.valueAtRisk(), 0.0);
    assertEquals(count, lower.tailCount());
    assertEquals(-sumAtOrBelow / count, lower.expectedShortfall(), tol);

    double na = Math.rint(n * alpha * 1e9) / 1e9 == Math.rint(n * alpha) ? Math.rint(n * alpha) : n * alpha;
    double partial = 0;
    for (int i = 0; i < k - 1; i++) {
      partial += x[i];
    }
    assertEquals(-(partial + (na - (k - 1)) * x[k - 1]) / na,
        RiskMeasures.historical(r, level, HistoricalConvention.FRACTIONAL).expectedShortfall(), tol);

    double h = (n - 1) * alpha;
    h = Math.abs(h - Math.rint(h)) < 1e-9 ? Math.rint(h) : h;
    int j = (int) Math.floor(h);
    double linearQ = j + 1 < n ? x[j] + (h - j) * (x[j + 1] - x[j]) : x[j];
    HistoricalEstimate linear = RiskMeasures.historical(r, level, HistoricalConvention.LINEAR);
    assertEquals(-linearQ, linear.valueAtRisk(), tol);
    double smallest = 0;
    for (int i = 0; i <= j; i++) {
      smallest += x[i];
    }
    assertEquals(-smallest / (j + 1),
        RiskMeasures.historical(r, level, HistoricalConvention.EMPYRICAL).expectedShortfall(), tol);
  }

  // --- Shared ----------------------------------------------------------------------------------------

  private static MonteCarloModel model(long seed, boolean studentT) {
    Random random = new Random(seed);
    double s1 = 0.01 + 0.02 * random.nextDouble();
    double s2 = 0.01 + 0.02 * random.nextDouble();
    double rho = 2 * random.nextDouble() - 1;
    double[] mean = {0.001 * random.nextGaussian(), 0.001 * random.nextGaussian()};
    double[][] cov = {{s1 * s1, rho * s1 * s2}, {rho * s1 * s2, s2 * s2}};
    return studentT ? MonteCarloModel.studentT(mean, cov, 3 + 10 * random.nextDouble())
        : MonteCarloModel.gaussian(mean, cov);
  }

  private static void assertAddsUp(RiskContributions c, double total) {
    assertEquals(total, c.total());
    double sum = 0;
    double abs = 0;
    for (int i = 0; i < c.assets(); i++) {
      sum += c.component(i);
      abs += Math.abs(c.component(i));
    }
    assertEquals(total, sum, 1e-12 * abs + 1e-16, c.toString());
  }

  private static void assertGradient(double analytic, double numeric, String what) {
    assertEquals(numeric, analytic, 1e-6 * Math.abs(numeric) + 1e-8, what);
  }
}
