package io.quantor.backtest.validation;

import static io.quantor.backtest.validation.ProbabilisticSharpeTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.testing.ReferenceTable;
import io.quantor.core.testing.SharedData;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Bootstrap intervals: reproducibility, coverage and width of the interval of a mean, autocorrelation
 * kept by the block schemes, and the built-in Sharpe, CAGR and maximum drawdown against the empyrical
 * reference values of {@code shared/reference/metrics}.
 */
class BootstrapTest {

  private static final ToDoubleFunction<double[]> MEAN = x -> {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  };

  /** Lag-1 sample autocorrelation. */
  private static final ToDoubleFunction<double[]> LAG1 = x -> {
    double m = MEAN.applyAsDouble(x);
    double num = 0;
    double den = 0;
    for (int t = 0; t < x.length; t++) {
      den += (x[t] - m) * (x[t] - m);
      if (t > 0) {
        num += (x[t] - m) * (x[t - 1] - m);
      }
    }
    return num / den;
  };

  @Test
  void sameSeedSameIntervalOtherSeedOtherInterval() {
    double[] x = normal(300, 1, 0.001, 0.01);
    for (Bootstrap b : new Bootstrap[] {Bootstrap.iid(5), Bootstrap.stationary(5), Bootstrap.movingBlock(5),
        Bootstrap.circularBlock(5)}) {
      BootstrapInterval first = b.withResamples(300).sharpe(x);
      BootstrapInterval again = b.withResamples(300).sharpe(x);
      assertEquals(first, again, b.toString());
      assertArrayEquals(first.distribution(), again.distribution());
      assertNotEquals(first.lower(), b.withSeed(6).withResamples(300).sharpe(x).lower(), b.toString());
    }
  }

  /**
   * 200 seeded samples of 100 draws from N(0.3, 1); the 95 % percentile interval of the mean (i.i.d.,
   * 500 resamples) should contain 0.3 in about 95 % of them (a little less: the percentile interval of a
   * mean undercovers by about {@code 1/n}). With 200 samples the binomial standard deviation of the
   * coverage is 1.5 %; the accepted range [0.89, 0.99] is about 4 of those around 0.95.
   */
  @Test
  void intervalOfTheMeanCoversTheTrueMean() {
    int covered = 0;
    for (int s = 0; s < 200; s++) {
      BootstrapInterval ci = Bootstrap.iid(s).withResamples(500).interval(normal(100, 100 + s, 0.3, 1), MEAN);
      if (ci.lower() <= 0.3 && 0.3 <= ci.upper()) {
        covered++;
      }
      assertTrue(ci.lower() <= ci.estimate() && ci.estimate() <= ci.upper());
    }
    assertTrue(covered >= 178 && covered <= 198, "covered " + covered + " of 200");
  }

  /**
   * The interval of a mean has width about {@code 2 * 1.96 * sigma / sqrt(n)}: four times the data,
   * half the width. The sample standard deviations differ by a few percent and the bootstrap quantiles
   * of 2,000 resamples add about 2 %; the ratio must be within 15 % of 2.
   */
  @Test
  void widthShrinksLikeOneOverSquareRootOfN() {
    double small = Bootstrap.iid(1).interval(normal(400, 21, 0, 1), MEAN).width();
    double large = Bootstrap.iid(1).interval(normal(1600, 22, 0, 1), MEAN).width();
    assertEquals(2 * 1.96 / Math.sqrt(400), small, 0.1 * small);
    assertEquals(2.0, small / large, 0.3);
  }

  /**
   * AR(1) with coefficient 0.7, 2,000 steps: the lag-1 autocorrelation of block resamples (blocks of
   * mean or fixed length 20) stays near {@code 0.7 * 19/20} (only block joins break it), while i.i.d.
   * resampling destroys it (its resamples' autocorrelation is within a few {@code 1/sqrt(n) = 0.022}
   * of 0).
   */
  @Test
  void blockSchemesKeepAutocorrelationIidDestroysIt() {
    double[] x = ar1(2000, 0.7, 31);
    double original = LAG1.applyAsDouble(x);
    assertEquals(0.7, original, 0.05);
    double iid = Bootstrap.iid(3).withResamples(200).interval(x, LAG1).quantile(0.5);
    assertEquals(0, iid, 0.07);
    for (Bootstrap b : new Bootstrap[] {Bootstrap.stationary(20, 3), Bootstrap.movingBlock(20, 3),
        Bootstrap.circularBlock(20, 3)}) {
      double kept = b.withResamples(200).interval(x, LAG1).quantile(0.5);
      assertTrue(kept > 0.55 && kept < original, b + ": " + kept);
    }
  }

  @Test
  void builtInStatisticsByHand() {
    // r = {0.1, -0.05, 0.02}; mpmath: Sharpe mean/std(ddof=1)*sqrt(252) = 4.9350815176447508,
    // CAGR (1.1 * 0.95 * 1.02)^(252/3) - 1 = 211.90351202496249; wealth 1.1, 1.045, 1.0659: drawdown
    // 1.045 / 1.1 - 1 = -0.05
    double[] r = {0.1, -0.05, 0.02};
    Bootstrap b = Bootstrap.iid(1).withResamples(10);
    assertEquals(4.935081517644751, b.sharpe(r).estimate(), 1e-13);
    assertEquals(211.9035120249625, b.cagr(r).estimate(), 1e-11);
    assertEquals(-0.05, b.maxDrawdown(r).estimate(), 1e-15);
    assertEquals(0.0, b.maxDrawdown(new double[] {0.01, 0.02}).estimate());
  }

  /**
   * ORCL daily returns 1996-2014: the built-in statistics of the original series must be the empyrical
   * reference values of {@code shared/reference/metrics/metrics.json} (numpy, cross-checked in R to
   * 2.7e-12): Sharpe (rf 0) 0.5403303687623338, CAGR 0.15413680321949408, maximum drawdown
   * -0.8419433113309683. Tolerance 1e-12 relative: only the order of summation differs.
   */
  @Test
  void builtInStatisticsMatchEmpyricalReference() {
    double[] orcl = ReferenceTable.read(SharedData.file("reference/metrics/returns.csv"))
        .column("orcl_return");
    Bootstrap b = Bootstrap.stationary(9).withResamples(200);
    BootstrapInterval sharpe = b.sharpe(orcl);
    assertEquals(0.5403303687623338, sharpe.estimate(), 1e-12 * 0.54);
    assertEquals(0.15413680321949408, b.cagr(orcl).estimate(), 1e-12 * 0.16);
    assertEquals(-0.8419433113309683, b.maxDrawdown(orcl).estimate(), 1e-12);
    // 4,712 days: default mean block length 4712^(1/3) = 16.77
    assertEquals(Math.cbrt(4712), b.blockLength(4712), 1e-12);
    assertEquals(17.0, Bootstrap.movingBlock(9).blockLength(4712));
    // a sanity bound, not a reference: the Sharpe interval of 19 years is about +-2/sqrt(19) wide
    assertTrue(sharpe.lower() < 0.54 && sharpe.upper() > 0.54 && sharpe.width() < 1.2, sharpe.toString());
  }

  @Test
  void indicesOfBlocksAsLongAsTheSeries() {
    var random = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, Bootstrap.movingBlock(5, 0).indices(5, random));
    int[] rotated = Bootstrap.circularBlock(5, 0).indices(5, random);
    for (int i = 1; i < 5; i++) {
      assertEquals((rotated[0] + i) % 5, rotated[i]);
    }
    assertArrayEquals(new int[] {0}, Bootstrap.iid(0).indices(1, random));
  }

  @Test
  void intervalRecordValidatesAndCopies() {
    double[] d = {1, 2, 3, 4};
    BootstrapInterval ci = new BootstrapInterval(2.5, 1.075, 3.925, 0.95, 4, d);
    d[0] = 99;
    assertEquals(1.0, ci.distribution()[0]);
    assertEquals(1.075, ci.quantile(0.025), 1e-15);       // type 7: 1 + 0.075 * (2 - 1)
    assertEquals(2.5, ci.quantile(0.5));
    assertEquals(Math.sqrt(5.0 / 3), ci.standardError(), 1e-15);
    assertMessage("distribution must be sorted and free of NaN, was 1.0 at index 1",
        () -> new BootstrapInterval(0, 0, 0, 0.9, 2, new double[] {2, 1}));
    assertMessage("distribution must hold at most resamples = 1 values, had 2",
        () -> new BootstrapInterval(0, 0, 0, 0.9, 1, new double[] {1, 2}));
  }

  @Test
  void rejectsMisuse() {
    assertMessage("meanBlockLength must be finite and >= 1, was 0.5", () -> Bootstrap.stationary(0.5, 1));
    assertMessage("blockLength must be >= 1, was 0", () -> Bootstrap.movingBlock(0, 1));
    assertMessage("blockLength must be <= the series length 3, was 4",
        () -> Bootstrap.circularBlock(4, 1).interval(new double[] {1, 2, 3}, MEAN));
    assertMessage("resamples must be >= 1, was 0", () -> Bootstrap.iid(1).withResamples(0));
    assertMessage("confidence must be in (0, 1), was 1.0", () -> Bootstrap.iid(1).withConfidence(1));
    assertMessage("data must not be empty", () -> Bootstrap.iid(1).interval(new double[0], MEAN));
    assertMessage("data must be finite, was NaN at index 0",
        () -> Bootstrap.iid(1).interval(new double[] {Double.NaN}, MEAN));
    assertMessage("returns must be > -1, was -1.0 at index 1",
        () -> Bootstrap.iid(1).cagr(new double[] {0.1, -1}));
    assertMessage("returns.length must be >= 2, was 1", () -> Bootstrap.iid(1).sharpe(new double[] {0.1}));
  }

  static double[] normal(int n, long seed, double mean, double sd) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = mean + sd * random.nextGaussian();
    }
    return x;
  }

  private static double[] ar1(int n, double phi, long seed) {
    double[] e = normal(n, seed, 0, 1);
    double[] x = new double[n];
    x[0] = e[0] / Math.sqrt(1 - phi * phi);
    for (int t = 1; t < n; t++) {
      x[t] = phi * x[t - 1] + e[t];
    }
    return x;
  }
}
