package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.testing.ReferenceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The single-input indicators (moving averages, oscillators, bands) against TA-Lib on ORCL daily closes.
 *
 * <p>Reference: the files of {@code shared/reference/indicators/} named in each test ({@code wma_20.csv},
 * {@code dema_20.csv}, {@code tema_20.csv}, {@code kama_30.csv}, {@code rsi_14.csv}, {@code cmo_14.csv},
 * {@code macd_12_26_9.csv}, {@code bbands_20_2_2_sma.csv}, {@code stddev_20_1.csv},
 * {@code linearreg_14.csv}, {@code trix_15.csv}, {@code ppo_12_26_sma.csv}, {@code ppo_12_26_ema.csv},
 * {@code roc_10.csv}, {@code mom_10.csv}, {@code stochrsi_14_5_3_sma.csv}, {@code stochrsi_14_14_3_sma.csv};
 * TA-Lib C via talib-web 0.1.3, see that folder's README and {@code manifest.json}). Every output column is
 * compared. Tolerance: {@code |e - a| <= 1e-9 * max(1, |e|)} on every defined row, and the same undefined
 * warm-up rows; {@code lookback()} must equal the first defined row of the reference.
 */
class GroupAReferenceTest {

  private static final double TOL = 1e-9;

  private static double[] close;

  @BeforeAll
  static void readInput() {
    close = ReferenceTable.orclDaily().column("close");
  }

  @Test
  void wmaMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("wma_20.csv");
    ref.assertMatches("wma", Indicators.wma(close, 20), TOL);
    assertEquals(ref.firstDefined("wma"), new Wma(20).lookback());
  }

  @Test
  void demaMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("dema_20.csv");
    ref.assertMatches("dema", Indicators.dema(close, 20), TOL);
    assertEquals(ref.firstDefined("dema"), new Dema(20).lookback());
  }

  @Test
  void temaMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("tema_20.csv");
    ref.assertMatches("tema", Indicators.tema(close, 20), TOL);
    assertEquals(ref.firstDefined("tema"), new Tema(20).lookback());
  }

  @Test
  void kamaMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("kama_30.csv");
    ref.assertMatches("kama", Indicators.kama(close, 30), TOL);
    assertEquals(ref.firstDefined("kama"), new Kama(30).lookback());
  }

  @Test
  void rsiMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("rsi_14.csv");
    ref.assertMatches("rsi", Indicators.rsi(close, 14), TOL);
    assertEquals(ref.firstDefined("rsi"), new Rsi(14).lookback());
  }

  @Test
  void cmoMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("cmo_14.csv");
    ref.assertMatches("cmo", Indicators.cmo(close, 14), TOL);
    assertEquals(ref.firstDefined("cmo"), new Cmo(14).lookback());
  }

  @Test
  void macdMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("macd_12_26_9.csv");
    Indicators.Macd macd = Indicators.macd(close, 12, 26, 9);
    ref.assertMatches("macd", macd.macd(), TOL);
    ref.assertMatches("macd_signal", macd.signal(), TOL);
    ref.assertMatches("macd_hist", macd.histogram(), TOL);
    assertEquals(ref.firstDefined("macd"), new Macd(12, 26, 9).lookback());
  }

  @Test
  void bollingerBandsMatchTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("bbands_20_2_2_sma.csv");
    Indicators.BollingerBands bands = Indicators.bbands(close, 20, 2, 2);
    ref.assertMatches("upper", bands.upper(), TOL);
    ref.assertMatches("middle", bands.middle(), TOL);
    ref.assertMatches("lower", bands.lower(), TOL);
    assertEquals(ref.firstDefined("upper"), new BollingerBands(20, 2, 2).lookback());
  }

  @Test
  void stdDevMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("stddev_20_1.csv");
    ref.assertMatches("stddev", Indicators.stdDev(close, 20, 1), TOL);
    assertEquals(ref.firstDefined("stddev"), new StdDev(20, 1).lookback());
  }

  @Test
  void linearRegressionMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("linearreg_14.csv");
    ref.assertMatches("linearreg", Indicators.linearReg(close, 14), TOL);
    assertEquals(ref.firstDefined("linearreg"), new LinearRegression(14).lookback());
  }

  @Test
  void trixMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("trix_15.csv");
    ref.assertMatches("trix", Indicators.trix(close, 15), TOL);
    assertEquals(ref.firstDefined("trix"), new Trix(15).lookback());
  }

  @Test
  void ppoWithSmaMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("ppo_12_26_sma.csv");
    ref.assertMatches("ppo", Indicators.ppo(close, 12, 26, MovingAverageType.SMA), TOL);
    assertEquals(ref.firstDefined("ppo"), new Ppo(12, 26, MovingAverageType.SMA).lookback());
  }

  @Test
  void ppoWithEmaMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("ppo_12_26_ema.csv");
    ref.assertMatches("ppo", Indicators.ppo(close, 12, 26, MovingAverageType.EMA), TOL);
    assertEquals(ref.firstDefined("ppo"), new Ppo(12, 26, MovingAverageType.EMA).lookback());
  }

  @Test
  void rocMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("roc_10.csv");
    ref.assertMatches("roc", Indicators.roc(close, 10), TOL);
    assertEquals(ref.firstDefined("roc"), new Roc(10).lookback());
  }

  @Test
  void momentumMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("mom_10.csv");
    ref.assertMatches("mom", Indicators.mom(close, 10), TOL);
    assertEquals(ref.firstDefined("mom"), new Momentum(10).lookback());
  }

  @Test
  void stochRsiDefaultsMatchTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("stochrsi_14_5_3_sma.csv");
    Indicators.StochRsi s = Indicators.stochRsi(close, 14, 5, 3);
    ref.assertMatches("fastk", s.fastK(), TOL);
    ref.assertMatches("fastd", s.fastD(), TOL);
    assertEquals(ref.firstDefined("fastk"), new StochRsi(14, 5, 3).lookback());
  }

  @Test
  void stochRsiWithLongWindowMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("stochrsi_14_14_3_sma.csv");
    Indicators.StochRsi s = Indicators.stochRsi(close, 14, 14, 3);
    ref.assertMatches("fastk", s.fastK(), TOL);
    ref.assertMatches("fastd", s.fastD(), TOL);
    assertEquals(ref.firstDefined("fastk"), new StochRsi(14, 14, 3).lookback());
  }
}
