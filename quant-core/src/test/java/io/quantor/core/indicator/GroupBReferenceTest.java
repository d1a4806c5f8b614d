package io.quantor.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.testing.ReferenceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bar indicators on high/low/close (group B) against their reference values on ORCL daily bars.
 *
 * <p>References: {@code shared/reference/indicators/} {@code trange.csv}, {@code atr_14.csv},
 * {@code natr_14.csv}, {@code adx_14.csv}, {@code plus_di_14.csv}, {@code minus_di_14.csv},
 * {@code stoch_14_3_3_sma.csv}, {@code cci_14.csv}, {@code willr_14.csv}, {@code aroon_14.csv},
 * {@code sar_0.02_0.2.csv}, {@code midprice_14.csv}, {@code ultosc_7_14_28.csv} (TA-Lib C via talib-web
 * 0.1.3) and {@code donchian_20.csv}, {@code keltner_20_2.csv} (R TTR 0.24.3); see that folder's README and
 * manifest. Input {@code shared/data/orcl_daily_1995_2014.csv}. Tolerance: 1e-9 relative
 * ({@code |e - a| <= 1e-9 * max(1, |e|)}) on every row after the warm-up, and exactly the reference's
 * undefined warm-up rows; every output column of every file is checked, and {@code lookback()} must equal
 * the first defined row.
 */
class GroupBReferenceTest {

  private static final double TOL = 1e-9;

  private static double[] high;
  private static double[] low;
  private static double[] close;

  @BeforeAll
  static void load() {
    ReferenceTable orcl = ReferenceTable.orclDaily();
    high = orcl.column("high");
    low = orcl.column("low");
    close = orcl.column("close");
  }

  @Test
  void trueRangeMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("trange.csv");
    ref.assertMatches("trange", Indicators.trueRange(high, low, close), TOL);
    assertEquals(ref.firstDefined("trange"), new TrueRange().lookback());
  }

  @Test
  void atrMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("atr_14.csv");
    ref.assertMatches("atr", Indicators.atr(high, low, close, 14), TOL);
    assertEquals(ref.firstDefined("atr"), new Atr(14).lookback());
  }

  @Test
  void natrMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("natr_14.csv");
    ref.assertMatches("natr", Indicators.natr(high, low, close, 14), TOL);
    assertEquals(ref.firstDefined("natr"), new Natr(14).lookback());
  }

  @Test
  void adxMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("adx_14.csv");
    ref.assertMatches("adx", Indicators.adx(high, low, close, 14), TOL);
    assertEquals(ref.firstDefined("adx"), new Adx(14).lookback());
  }

  @Test
  void plusDiMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("plus_di_14.csv");
    ref.assertMatches("plus_di", Indicators.plusDi(high, low, close, 14), TOL);
    assertEquals(ref.firstDefined("plus_di"), new PlusDi(14).lookback());
  }

  @Test
  void minusDiMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("minus_di_14.csv");
    ref.assertMatches("minus_di", Indicators.minusDi(high, low, close, 14), TOL);
    assertEquals(ref.firstDefined("minus_di"), new MinusDi(14).lookback());
  }

  /** The DIs exposed by the streaming ADX are TA-Lib's PLUS_DI and MINUS_DI of the same period. */
  @Test
  void adxAccessorsMatchTaLibDirectionalIndicators() {
    Adx adx = new Adx(14);
    double[] plus = new double[close.length];
    double[] minus = new double[close.length];
    for (int i = 0; i < close.length; i++) {
      adx.update(high[i], low[i], close[i]);
      plus[i] = adx.plusDi();
      minus[i] = adx.minusDi();
    }
    ReferenceTable.indicator("plus_di_14.csv").assertMatches("plus_di", plus, TOL);
    ReferenceTable.indicator("minus_di_14.csv").assertMatches("minus_di", minus, TOL);
  }

  @Test
  void stochasticMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("stoch_14_3_3_sma.csv");
    Indicators.Stochastic s = Indicators.stoch(high, low, close, 14, 3, 3);
    ref.assertMatches("slowk", s.slowK(), TOL);
    ref.assertMatches("slowd", s.slowD(), TOL);
    int lookback = new Stochastic(14, 3, 3).lookback();
    assertEquals(ref.firstDefined("slowk"), lookback);
    assertEquals(ref.firstDefined("slowd"), lookback);
  }

  @Test
  void cciMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("cci_14.csv");
    ref.assertMatches("cci", Indicators.cci(high, low, close, 14), TOL);
    assertEquals(ref.firstDefined("cci"), new Cci(14).lookback());
  }

  @Test
  void williamsRMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("willr_14.csv");
    ref.assertMatches("willr", Indicators.willR(high, low, close, 14), TOL);
    assertEquals(ref.firstDefined("willr"), new WilliamsR(14).lookback());
  }

  @Test
  void aroonMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("aroon_14.csv");
    Indicators.Aroon a = Indicators.aroon(high, low, 14);
    ref.assertMatches("aroon_down", a.down(), TOL);
    ref.assertMatches("aroon_up", a.up(), TOL);
    int lookback = new Aroon(14).lookback();
    assertEquals(ref.firstDefined("aroon_down"), lookback);
    assertEquals(ref.firstDefined("aroon_up"), lookback);
  }

  /** No AROONOSC file: the oscillator is checked as up - down of the reference AROON columns. */
  @Test
  void aroonOscillatorIsReferenceUpMinusDown() {
    ReferenceTable ref = ReferenceTable.indicator("aroon_14.csv");
    double[] down = ref.column("aroon_down");
    double[] up = ref.column("aroon_up");
    double[] expected = new double[up.length];
    for (int i = 0; i < up.length; i++) {
      expected[i] = up[i] - down[i];
    }
    double[] osc = Indicators.aroonOsc(high, low, 14);
    for (int i = 0; i < up.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertEquals(Double.NaN, osc[i], "row " + i);
      } else {
        assertEquals(expected[i], osc[i], TOL * Math.max(1, Math.abs(expected[i])), "row " + i);
      }
    }
  }

  @Test
  void parabolicSarMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("sar_0.02_0.2.csv");
    ref.assertMatches("sar", Indicators.sar(high, low, 0.02, 0.2), TOL);
    assertEquals(ref.firstDefined("sar"), new ParabolicSar(0.02, 0.2).lookback());
  }

  @Test
  void midPriceMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("midprice_14.csv");
    ref.assertMatches("midprice", Indicators.midPrice(high, low, 14), TOL);
    assertEquals(ref.firstDefined("midprice"), new MidPrice(14).lookback());
  }

  @Test
  void ultimateOscillatorMatchesTaLib() {
    ReferenceTable ref = ReferenceTable.indicator("ultosc_7_14_28.csv");
    ref.assertMatches("ultosc", Indicators.ultOsc(high, low, close, 7, 14, 28), TOL);
    assertEquals(ref.firstDefined("ultosc"), new UltimateOscillator(7, 14, 28).lookback());
    // TA-Lib sorts the periods: any order gives the same values.
    ref.assertMatches("ultosc", Indicators.ultOsc(high, low, close, 28, 7, 14), TOL);
  }

  @Test
  void donchianMatchesTtr() {
    ReferenceTable ref = ReferenceTable.indicator("donchian_20.csv");
    Indicators.Donchian d = Indicators.donchian(high, low, 20);
    ref.assertMatches("upper", d.upper(), TOL);
    ref.assertMatches("mid", d.middle(), TOL);
    ref.assertMatches("lower", d.lower(), TOL);
    int lookback = new DonchianChannel(20).lookback();
    assertEquals(ref.firstDefined("upper"), lookback);
    assertEquals(ref.firstDefined("mid"), lookback);
    assertEquals(ref.firstDefined("lower"), lookback);
  }

  /** TTR's middle line starts at row n-1 (EMA), the bands at row n (ATR); both warm-ups are checked. */
  @Test
  void keltnerMatchesTtr() {
    ReferenceTable ref = ReferenceTable.indicator("keltner_20_2.csv");
    Indicators.Keltner k = Indicators.keltner(high, low, close, 20, 2);
    ref.assertMatches("upper", k.upper(), TOL);
    ref.assertMatches("mid", k.middle(), TOL);
    ref.assertMatches("lower", k.lower(), TOL);
    int lookback = new KeltnerChannel(20, 2).lookback();
    assertEquals(ref.firstDefined("mid"), lookback);
    assertEquals(ref.firstDefined("upper"), lookback + 1);
    assertEquals(ref.firstDefined("lower"), lookback + 1);
  }
}
