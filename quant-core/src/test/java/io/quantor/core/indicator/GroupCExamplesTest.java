package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Small hand-worked cases of the volume indicators: the division guards the ORCL reference never reaches,
 * the zero-volume VWAP rule, parameter and input validation.
 */
class GroupCExamplesTest {

  @Test
  void adWeightsVolumeByTheCloseLocationAndSkipsFlatBars() {
    AccumulationDistribution ad = new AccumulationDistribution();
    // ((9.5 - 8) - (10 - 9.5)) / (10 - 8) * 100 = 1/2 * 100
    assertEquals(50.0, ad.update(10, 8, 9.5, 100));
    assertEquals(50.0, ad.update(5, 5, 5, 1_000), "high == low adds nothing");
    // ((8 - 8) - (10 - 8)) / 2 * 40 = -40
    assertEquals(10.0, ad.update(10, 8, 8, 40));
  }

  @Test
  void mfiHandComputed() {
    Mfi mfi = new Mfi(2);
    assertTrue(Double.isNaN(mfi.update(11, 9, 10, 500)));        // tp 10
    assertTrue(Double.isNaN(mfi.update(12, 10, 11, 100)));       // tp 11, up: +1100
    // tp 10.5, down: -2100; MFI = 100 * 1100 / (1100 + 2100)
    assertEquals(34.375, mfi.update(11.5, 9.5, 10.5, 200), 1e-12);
    // tp 10.5 again: no flow; window holds (+0, -2100) -> 0
    assertEquals(0.0, mfi.update(11.5, 9.5, 10.5, 300), 1e-12);
  }

  @Test
  void mfiIsZeroWhenTheWindowsMoneyFlowIsBelowOne() {
    Mfi mfi = new Mfi(3);
    for (int i = 0; i < 10; i++) {
      mfi.update(10 + i, 9 + i, 9.5 + i, 0);
    }
    assertEquals(0.0, mfi.value(), "TA-Lib's guard: pos + neg < 1 gives 0");
  }

  @Test
  void vwapOfAZeroVolumeWindowIsTheEqualWeightAveragePrice() {
    Vwap vwap = new Vwap(3);
    vwap.update(10, 0);
    vwap.update(11, 0);
    assertEquals(11.0, vwap.update(12, 0), 1e-15, "(10 + 11 + 12) / 3");
    // One positive volume: its price is the VWAP.
    assertEquals(13.0, vwap.update(13, 0.1), 1e-15);
    assertEquals(13.0, vwap.update(14, 0), 1e-15);
    // (13 * 0.1 + 14 * 0 + 15 * 0.3) / 0.4
    assertEquals(14.5, vwap.update(15, 0.3), 1e-12);
    assertEquals(15.0, vwap.update(16, 0), 1e-12);
    assertEquals(15.0, vwap.update(17, 0), 1e-12);
    // Both positive volumes have left: back to the equal-weight average (16 + 17 + 18) / 3, exactly.
    assertEquals(17.0, vwap.update(18, 0), 0.0);
  }

  @Test
  void chaikinVolatilityIsZeroWhenThePastAverageRangeIsZero() {
    ChaikinVolatility cv = new ChaikinVolatility(2);
    cv.update(5, 5);
    cv.update(5, 5);        // EMA 0 at index 1
    cv.update(5, 5);
    assertEquals(0.0, cv.update(6, 5), "EMA 0 two bars ago: TA-Lib-style ROC guard gives 0");
    // EMA of ranges: idx1 0, idx2 0, idx3 (1 - 0) * 2/3 = 2/3, idx4 (1 - 2/3) * 2/3 + 2/3 = 8/9
    assertEquals(0.0, cv.value());
    assertEquals(0.0, cv.update(6, 5), "e_(t-2) is still 0");
    // e_5 = (1 - 8/9) * 2/3 + 8/9 = 26/27; e_3 = 2/3 -> 26/27 / (2/3) - 1 = 4/9
    assertEquals(4.0 / 9, cv.update(6, 5), 1e-15);
  }

  @Test
  void chaikinOscillatorSeedsBothEmasWithTheFirstAdValue() {
    ChaikinOscillator osc = new ChaikinOscillator(1, 3);
    assertEquals(2, osc.lookback());
    assertTrue(Double.isNaN(osc.update(10, 8, 10, 100)));    // ad 100, both EMAs 100
    assertTrue(Double.isNaN(osc.update(10, 8, 8, 100)));     // ad 0: fast 0, slow 0.5*0 + 0.5*100 = 50
    // ad 0: fast 0, slow 25 -> 0 - 25
    assertEquals(-25.0, osc.update(10, 8, 9, 100), 1e-12);
  }

  @Test
  void invalidParametersAreRejectedNamingTheParameter() {
    assertMessage("period", () -> new Mfi(0));
    assertMessage("period", () -> new Vwap(0));
    assertMessage("period", () -> new ChaikinVolatility(0));
    assertMessage("fastPeriod", () -> new ChaikinOscillator(0, 10));
    assertMessage("slowPeriod", () -> new ChaikinOscillator(3, -1));
    assertMessage("volume", () -> Indicators.obv(new double[2], new double[3]));
    assertMessage("low", () -> Indicators.ad(new double[2], null, new double[2], new double[2]));
  }

  @Test
  void nanOrNegativeInputThrowsAndLeavesTheStateUnchanged() {
    Mfi mfi = new Mfi(2);
    Mfi fresh = new Mfi(2);
    mfi.update(11, 9, 10, 500);
    fresh.update(11, 9, 10, 500);
    assertMessage("high", () -> mfi.update(Double.NaN, 9, 10, 1));
    assertMessage("close", () -> mfi.update(11, 9, Double.POSITIVE_INFINITY, 1));
    assertMessage("volume", () -> mfi.update(11, 9, 10, -1));
    assertMessage("volume", () -> mfi.update(11, 9, 10, Double.NaN));
    mfi.update(12, 10, 11, 100);
    fresh.update(12, 10, 11, 100);
    assertEquals(fresh.update(11.5, 9.5, 10.5, 200), mfi.update(11.5, 9.5, 10.5, 200));

    assertMessage("close", () -> new Obv().update(Double.NaN, 1));
    assertMessage("volume", () -> new Obv().update(1, -5));
    assertMessage("low", () -> new AccumulationDistribution().update(2, Double.NaN, 1, 1));
    assertMessage("high", () -> new ChaikinOscillator(3, 10).update(Double.NaN, 1, 1, 1));
    assertMessage("price", () -> new Vwap(3).update(Double.NaN, 1));
    assertMessage("high", () -> new Vwap(3).update(0, Double.NaN, 1, 1, 1));
    assertMessage("low", () -> new ChaikinVolatility(3).update(2, Double.NEGATIVE_INFINITY));
    assertMessage("close", () -> Indicators.obv(new double[] {1, Double.NaN}, new double[] {1, 1}));
  }

  private static void assertMessage(String parameter, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(parameter + " "), "message should name " + parameter + ": "
        + e.getMessage());
  }
}
