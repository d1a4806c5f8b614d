package io.quantor.backtest.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of the returns of a position series, the cash and buy-and-hold baselines, the
 * metrics of the riskless series, position runs and the rank of a strategy among draws. Expected values
 * are worked out in the comments; tolerance 1e-15 absolute where arithmetic rounds, exact otherwise.
 */
class BaselinesTest {

  private static final double EPS = 1e-15;

  @Test
  void variantReturnsEarnTheNextBarAndPayCostsOnTheChange() {
    double[] asset = {0.01, -0.02, 0.03};
    double[] exposure = {1, 1, 0};
    // r0 = 0 * 0.01 - 0.001 * |1 - 0|; r1 = 1 * -0.02; r2 = 1 * 0.03 - 0.001 * |0 - 1|
    assertArrayEquals(new double[] {-0.001, -0.02, 0.029}, VariantReturns.of(asset, exposure, 10), EPS);
    // short half, then reverse to long 1: turnover 0.5, then 1.5
    double[] reversal = VariantReturns.of(new double[] {0.1, 0.2, -0.1}, new double[] {-0.5, 1, 1}, 100);
    // r0 = -0.01 * 0.5; r1 = -0.5 * 0.2 - 0.01 * 1.5; r2 = 1 * -0.1
    assertArrayEquals(new double[] {-0.005, -0.115, -0.1}, reversal, EPS);
  }

  @Test
  void zeroCostAndConstantFullExposureIsTheAssetFromTheSecondBar() {
    double[] asset = {0.05, -0.01, 0.02, 0.0};
    double[] r = VariantReturns.of(asset, new double[] {1, 1, 1, 1}, 0);
    assertArrayEquals(new double[] {0, -0.01, 0.02, 0.0}, r, 0);
  }

  @Test
  void buyAndHoldWithZeroCostIsTheAssetExactly() {
    double[] asset = {0.013, -0.021, 0.007, 0.0, -0.3};
    Baseline hold = Baselines.buyAndHold(asset, 0);
    assertEquals(Baselines.BUY_AND_HOLD, hold.name());
    assertArrayEquals(asset, hold.returns(), 0);
  }

  @Test
  void buyAndHoldPaysOneEntryCost() {
    double[] asset = {0.013, -0.021, 0.007};
    Baseline hold = Baselines.buyAndHold(asset, 25);
    assertArrayEquals(new double[] {0.013 - 0.0025, -0.021, 0.007}, hold.returns(), 0);
    assertArrayEquals(new double[] {1, 1.0105, 1.0105 * 0.979, 1.0105 * 0.979 * 1.007}, hold.wealth(),
        EPS);
  }

  @Test
  void cashIsZeroOrAConstantRateAndItsRatiosAreZero() {
    Baseline cash = Baselines.cash(4);
    assertArrayEquals(new double[4], cash.returns(), 0);
    MetricValues v = MetricValues.of(cash.returns(), MetricSettings.DEFAULT);
    assertEquals(new MetricValues(0, 0, 0, 0, 0, 0, 0), v);
    double rf = 0.0001;
    double[] r = Baselines.cash(3, rf).returns();
    assertArrayEquals(new double[] {rf, rf, rf}, r, 0);
    MetricValues atRf = MetricValues.of(r, MetricSettings.of(252, rf));
    assertEquals(0, atRf.sharpeRatio());
    assertEquals(0, atRf.sortinoRatio());
    assertEquals(0, atRf.maxDrawdown());
    assertTrue(Double.isNaN(atRf.calmarRatio()), "a gain with no drawdown has no Calmar ratio");
    // the same constant series measured against rf 0 has no Sharpe ratio (excess with no risk)
    assertTrue(Double.isNaN(MetricValues.of(r, MetricSettings.DEFAULT).sharpeRatio()));
  }

  @Test
  void metricValuesOfAHandWorkedSeries() {
    double[] r = {0.1, -0.05, 0.02};
    MetricValues v = MetricValues.of(r, MetricSettings.of(3, 0));
    // wealth 1, 1.1, 1.045, 1.0659; with 3 periods a year the CAGR is the total return
    assertEquals(0.0659, v.cumulativeReturn(), 1e-14);
    assertEquals(0.0659, v.annualReturn(), 1e-14);
    assertEquals(-0.05, v.maxDrawdown(), 1e-15);
    assertEquals(0.0659 / 0.05, v.calmarRatio(), 1e-12);
    // mean 0.0233333, sample sd sqrt(((0.0766667)^2 + (0.0733333)^2 + (0.0033333)^2) / 2) = 0.0750555
    assertEquals(0.07505553499465135 * Math.sqrt(3), v.annualVolatility(), 1e-13);
    assertEquals(0.07 / 3 / 0.07505553499465135 * Math.sqrt(3), v.sharpeRatio(), 1e-12);
    assertEquals(v.sharpeRatio(), v.get(Metric.SHARPE_RATIO));
  }

  @Test
  void positionRunsAreMaximalNonZeroSegments() {
    List<PositionRun> runs = PositionRun.find(new double[] {0.5, 1, 0, 0, -1, 1, 0, -0.0, 2});
    assertEquals(List.of(new PositionRun(0, 2), new PositionRun(4, 2), new PositionRun(8, 1)), runs);
    assertEquals(List.of(), PositionRun.find(new double[] {0, 0}));
    assertEquals(6, runs.get(1).end());
  }

  @Test
  void distributionCountsRankAndPValue() {
    double[] draws = {1, 2, 3, Double.NaN};
    MetricDistribution sharpe = MetricDistribution.of(Metric.SHARPE_RATIO, 2, draws);
    assertEquals(3, sharpe.definedDraws());
    assertEquals(1, sharpe.undefinedDraws());
    assertEquals(1, sharpe.worse());
    assertEquals(1, sharpe.ties());
    assertEquals(1, sharpe.better());
    assertEquals(0.5, sharpe.percentileRank(), 0);          // (1 + 0.5) / 3
    assertEquals(0.75, sharpe.pValue(), 0);                 // (1 + 1 + 1) / (1 + 3)
    assertEquals(2, sharpe.mean(), 0);
    assertEquals(2, sharpe.median(), 0);
    assertEquals(1.1, sharpe.lower(), 1e-15);               // 1 + 0.1 * (2 - 1)
    assertEquals(2.9, sharpe.upper(), 1e-15);
    assertEquals(0, sharpe.regret(), 0);
    // volatility: lower is better; 1.5 beats the draws at 2 and 3
    MetricDistribution vol = MetricDistribution.of(Metric.ANNUAL_VOLATILITY, 1.5, draws);
    assertEquals(2, vol.worse());
    assertEquals(1, vol.better());
    assertEquals(2.0 / 3, vol.percentileRank(), 0);
    assertEquals(0.5, vol.pValue(), 0);                     // (1 + 1) / (1 + 3)
    MetricDistribution undefined = MetricDistribution.of(Metric.CALMAR_RATIO, Double.NaN, draws);
    assertTrue(Double.isNaN(undefined.percentileRank()));
    assertTrue(Double.isNaN(undefined.pValue()));
  }

  @Test
  void invalidInputIsRejectedWithTheParameterAndValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VariantReturns.of(new double[] {0.1, Double.NaN}, new double[] {0, 1}, 0));
    assertEquals("assetReturns[1] must be finite, was NaN", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> VariantReturns.of(new double[] {0.1, 0.2}, new double[] {0, 1, 1}, 0));
    assertEquals("exposure must have the length of assetReturns (2), was 3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Baselines.buyAndHold(new double[] {0.1}, -1));
    assertEquals("costBps must be finite and >= 0, was -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Baselines.cash(0));
    assertEquals("n must be >= 1, was 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Baseline.of("x", new double[] {-1}));
    assertTrue(e.getMessage().startsWith("returns[0] must be > -1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> MetricSettings.of(0, 0));
    assertEquals("periodsPerYear must be >= 1, was 0", e.getMessage());
  }
}
