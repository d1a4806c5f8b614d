package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.testing.ReferenceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Volume indicators, VWAP and Chaikin volatility against the shared references on ORCL daily bars.
 *
 * <p>References in {@code shared/reference/indicators/} (see its README and {@code manifest.json}):
 * {@code obv.csv}, {@code ad.csv}, {@code adosc_3_10.csv}, {@code mfi_14.csv} from TA-Lib C (talib-web
 * 0.1.3); {@code vwap_20.csv} and {@code chaikin_volatility_10.csv} from R TTR 0.24.3. Tolerance: 1e-9
 * relative, {@code |e - a| <= 1e-9 * max(1, |e|)} (OBV and A/D reach 3.3e9, the relative form handles
 * them), and the same undefined warm-up rows; each streaming class's {@code lookback()} must equal the
 * file's first defined row.
 */
class GroupCReferenceTest {

  private static final double TOL = 1e-9;

  private static double[] high;
  private static double[] low;
  private static double[] close;
  private static double[] volume;

  @BeforeAll
  static void load() {
    ReferenceTable orcl = ReferenceTable.orclDaily();
    high = orcl.column("high");
    low = orcl.column("low");
    close = orcl.column("close");
    volume = orcl.column("volume");
  }

  @Test
  void obvMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("obv.csv");
    ref.assertMatches("obv", Indicators.obv(close, volume), TOL);
    assertEquals(ref.firstDefined("obv"), new Obv().lookback());
    assertEquals(volume[0], Indicators.obv(close, volume)[0], "TA-Lib starts OBV at the first volume");
  }

  @Test
  void adMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("ad.csv");
    ref.assertMatches("ad", Indicators.ad(high, low, close, volume), TOL);
    assertEquals(ref.firstDefined("ad"), new AccumulationDistribution().lookback());
  }

  @Test
  void adOscMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("adosc_3_10.csv");
    ref.assertMatches("adosc", Indicators.adOsc(high, low, close, volume, 3, 10), TOL);
    assertEquals(ref.firstDefined("adosc"), new ChaikinOscillator(3, 10).lookback());
  }

  @Test
  void mfiMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("mfi_14.csv");
    ref.assertMatches("mfi", Indicators.mfi(high, low, close, volume, 14), TOL);
    assertEquals(ref.firstDefined("mfi"), new Mfi(14).lookback());
  }

  @Test
  void vwapMatchesTtrForCloseAndTypicalPrice() {
    ReferenceTable ref = ReferenceTable.indicator("vwap_20.csv");
    double[] typical = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      typical[i] = (high[i] + low[i] + close[i]) / 3;
    }
    ref.assertMatches("vwap_close", Indicators.vwap(close, volume, 20), TOL);
    ref.assertMatches("vwap_typical", Indicators.vwap(typical, volume, 20), TOL);
    assertEquals(ref.firstDefined("vwap_close"), new Vwap(20).lookback());
    assertEquals(ref.firstDefined("vwap_typical"), new Vwap(20).lookback());
  }

  @Test
  void vwapFedWholeBarsUsesTypicalPrice() {
    ReferenceTable ref = ReferenceTable.indicator("vwap_20.csv");
    Vwap vwap = new Vwap(20);
    double[] out = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      out[i] = vwap.update(close[i], high[i], low[i], close[i], volume[i]);
    }
    ref.assertMatches("vwap_typical", out, TOL);
  }

  @Test
  void chaikinVolatilityMatchesTtr() {
    ReferenceTable ref = ReferenceTable.indicator("chaikin_volatility_10.csv");
    ref.assertMatches("chaikin_vol", Indicators.chaikinVolatility(high, low, 10), TOL);
    assertEquals(ref.firstDefined("chaikin_vol"), new ChaikinVolatility(10).lookback());
  }
}
