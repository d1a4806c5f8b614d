package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * ADF and Engle-Granger behaviour beyond the reference values: the default lag order as R computes it,
 * power on simulated series, undefined and collinear cases, argument checks.
 */
class AugmentedDickeyFullerTest {

  /**
   * R 4.2.2: {@code trunc(1000^(1/3))} is 9 and {@code trunc(3375^(1/3))} is 14 (the power falls just
   * below the integer); {@code m <- 2:200; trunc((m^3)^(1/3)) - m} is 0 for m = 2, 3 and -1 from m = 4 on.
   * Other values printed by R: {@code trunc(1257^(1/3))} 10, {@code trunc(999^(1/3))} 9,
   * {@code trunc(3374^(1/3))} 14, {@code trunc(4712^(1/3))} 16.
   */
  @Test
  void defaultLagsFollowR() {
    assertEquals(9, AugmentedDickeyFuller.defaultLags(1001));
    assertEquals(14, AugmentedDickeyFuller.defaultLags(3376));
    assertEquals(10, AugmentedDickeyFuller.defaultLags(1258));
    assertEquals(9, AugmentedDickeyFuller.defaultLags(1000));
    assertEquals(14, AugmentedDickeyFuller.defaultLags(3375));
    assertEquals(16, AugmentedDickeyFuller.defaultLags(4713));
    assertEquals(2, AugmentedDickeyFuller.defaultLags(9));
    assertEquals(3, AugmentedDickeyFuller.defaultLags(28));
    assertEquals(3, AugmentedDickeyFuller.defaultLags(65));
    assertEquals(1, AugmentedDickeyFuller.defaultLags(2));
    for (int m = 4; m <= 200; m++) {
      assertEquals(m - 1, AugmentedDickeyFuller.defaultLags(m * m * m + 1), "perfect cube " + m);
      assertEquals(m, AugmentedDickeyFuller.defaultLags(m * m * m + 2), "just above " + m + "^3");
    }
  }

  /** A stationary AR(1) with phi = 0.5 rejects the unit root; a random walk does not. */
  @Test
  void separatesStationaryFromRandomWalk() {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(20240611L);
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    double[] ar = new double[500];
    double[] walk = new double[500];
    for (int i = 1; i < 500; i++) {
      ar[i] = 0.5 * ar[i - 1] + normal.sample();
      walk[i] = walk[i - 1] + normal.sample();
    }
    AdfResult stationary = AugmentedDickeyFuller.test(ar, DeterministicTerms.CONSTANT, 1);
    AdfResult unitRoot = AugmentedDickeyFuller.test(walk, DeterministicTerms.CONSTANT, 1);
    assertTrue(stationary.statistic() < stationary.criticalValues().onePercent(), stationary.toString());
    assertTrue(stationary.rejectsUnitRoot(0.01));
    assertTrue(stationary.gamma() < -0.3 && stationary.gamma() > -0.7, "gamma = phi - 1 ~ -0.5");
    assertFalse(unitRoot.rejectsUnitRoot(0.05), unitRoot.toString());
  }

  @Test
  void constantSeriesIsUndefined() {
    double[] x = new double[50];
    Arrays.fill(x, 3.0);
    AdfResult r = AugmentedDickeyFuller.test(x, DeterministicTerms.CONSTANT, 2);
    assertFalse(r.defined());
    assertTrue(Double.isNaN(r.statistic()));
    assertTrue(Double.isNaN(r.pValue()));
    assertFalse(r.rejectsUnitRoot(0.05));
    double[] line = new double[50];
    for (int i = 0; i < 50; i++) {
      line[i] = 2 + 0.5 * i;
    }
    assertFalse(AugmentedDickeyFuller.test(line, DeterministicTerms.CONSTANT_TREND, 1).defined());
  }

  @Test
  void rejectsBadArguments() {
    double[] x = {1, 2, 3, 2, 1, 2, 3, 4};
    assertThrows(IllegalArgumentException.class, () -> AugmentedDickeyFuller.test(null));
    assertThrows(IllegalArgumentException.class, () -> AugmentedDickeyFuller.test(x, null, 0));
    assertThrows(IllegalArgumentException.class,
        () -> AugmentedDickeyFuller.test(x, DeterministicTerms.CONSTANT, -1));
    // 8 values, 3 lags: 4 rows for 5 regressors.
    assertThrows(IllegalArgumentException.class,
        () -> AugmentedDickeyFuller.test(x, DeterministicTerms.CONSTANT, 3));
    assertEquals(8 - 1 - 2, AugmentedDickeyFuller.test(x, DeterministicTerms.CONSTANT, 2).observations());
    assertThrows(IllegalArgumentException.class,
        () -> AugmentedDickeyFuller.test(new double[] {1, 2, Double.NaN, 4, 5, 6, 7, 8},
            DeterministicTerms.NONE, 0));
    assertThrows(IllegalArgumentException.class, () -> AugmentedDickeyFuller.defaultLags(1));
    AdfResult r = AugmentedDickeyFuller.test(x, DeterministicTerms.NONE, 0);
    assertThrows(IllegalArgumentException.class, () -> r.rejectsUnitRoot(0));
    assertThrows(IllegalArgumentException.class, () -> r.rejectsUnitRoot(1));
  }

  /** Engle-Granger on a simulated cointegrated pair recovers the ratio and rejects no-cointegration. */
  @Test
  void engleGrangerOnASimulatedPair() {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(7L);
    ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
    int n = 600;
    double[] x = new double[n];
    double[] y = new double[n];
    double u = 0;
    for (int i = 0; i < n; i++) {
      x[i] = (i == 0 ? 4.0 : x[i - 1]) + 0.02 * normal.sample();
      u = 0.6 * u + 0.01 * normal.sample();
      y[i] = 0.5 + 1.5 * x[i] + u;
    }
    CointegrationResult r = EngleGranger.test(y, x);
    assertEquals(1.5, r.hedgeRatio(), 0.05);
    assertTrue(r.isCointegrated(0.01), r.toString());
    assertTrue(r.statistic() < r.criticalValues().onePercent());
    double[] independent = new double[n];
    for (int i = 1; i < n; i++) {
      independent[i] = independent[i - 1] + normal.sample();
    }
    assertFalse(EngleGranger.test(independent, x).isCointegrated(0.05));
  }

  @Test
  void engleGrangerSpecialCases() {
    double[] x = {1, 2, 3, 5, 4, 6, 7, 9, 8, 10};
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 2 * x[i] + 1;
    }
    CointegrationResult collinear = EngleGranger.test(y, x, 1);
    assertTrue(collinear.collinear());
    assertEquals(Double.NEGATIVE_INFINITY, collinear.statistic());
    assertEquals(0.0, collinear.pValue());
    assertEquals(2.0, collinear.hedgeRatio(), 1e-12);
    assertTrue(collinear.isCointegrated(0.01));
    double[] constant = new double[x.length];
    Arrays.fill(constant, 5.0);
    CointegrationResult flat = EngleGranger.test(x, constant, 1);
    assertFalse(flat.defined());
    assertEquals(0.0, flat.hedgeRatio());
    assertEquals(5.5, flat.intercept(), 1e-12);
    assertFalse(flat.isCointegrated(0.5));
    assertThrows(IllegalArgumentException.class, () -> EngleGranger.test(x, new double[] {1, 2}, 0));
    assertThrows(IllegalArgumentException.class, () -> EngleGranger.test(x, y, 4));
    assertThrows(IllegalArgumentException.class, () -> EngleGranger.test(x, y, -1));
  }
}
