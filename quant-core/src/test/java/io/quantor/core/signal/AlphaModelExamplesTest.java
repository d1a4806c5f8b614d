package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.io.BarCsvReader;
import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import io.quantor.core.testing.SharedData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The alpha models on small hand-computed series, their names, warm-ups and argument checks, and a run
 * of the default models over the ORCL daily file.
 */
class AlphaModelExamplesTest {

  private static final Instant T0 = Instant.parse("2024-01-02T21:00:00Z");

  private static BarSeries closes(double... closes) {
    BarSeries.Builder b = BarSeries.builder("X");
    for (int i = 0; i < closes.length; i++) {
      b.add(T0.plusSeconds(86_400L * i), closes[i], closes[i], closes[i], closes[i], 100);
    }
    return b.build();
  }

  /**
   * RSI(2) on 10, 11, 10.5, 10.25: changes +1, -0.5 give average gain 0.5 and loss 0.25 at bar 2, RSI
   * 66.67, score -(66.67 - 50)/(70 - 50) = -5/6; then gain 0.25, loss 0.25, RSI 50, score 0.
   */
  @Test
  void rsiReversionByHand() {
    List<Signal> s = new RsiReversion(2, 30, 70, 3).run(closes(10, 11, 10.5, 10.25));
    assertEquals(Signal.abstain("X", T0, 3, "rsi-reversion(2,30,70)"), s.get(0));
    assertFalse(s.get(1).isActionable());
    assertEquals(-5.0 / 6, s.get(2).score(), 1e-12);
    assertEquals(Direction.SELL, s.get(2).direction());
    assertEquals(5.0 / 6, s.get(2).confidence(), 1e-12);
    assertEquals(3, s.get(2).horizonBars());
    assertEquals(0.0, s.get(3).score(), 1e-12);
    List<Signal> falling = new RsiReversion(2, 30, 70, 1).run(closes(10, 9, 8, 7));
    assertEquals(1.0, falling.get(3).score(), "RSI 0: full BUY");
    assertEquals(Direction.BUY, falling.get(3).direction());
  }

  /**
   * Bollinger(3, 1): closes 1, 2, 3: middle 2, population sd sqrt(2/3), d = 1/sqrt(2/3) > 1, score -1;
   * then close 2, window (2, 3, 2): middle 7/3, sd sqrt(2/9), d = -(1/3)/sqrt(2/9) = -sqrt(1/2), score
   * +0.7071.
   */
  @Test
  void bollingerReversionByHand() {
    List<Signal> s = new BollingerReversion(3, 1.0, 1).run(closes(1, 2, 3, 2));
    assertFalse(s.get(1).isActionable());
    assertEquals(-1.0, s.get(2).score(), 1e-12);
    assertEquals(Math.sqrt(0.5), s.get(3).score(), 1e-12);
    assertEquals(Direction.BUY, s.get(3).direction());
    List<Signal> flat = new BollingerReversion(3, 2.0, 1).run(closes(5, 5, 5, 5));
    assertEquals(Direction.ABSTAIN, flat.get(3).direction(), "zero-width bands give no view");
  }

  /**
   * A ramp c_t = 100 + t with bars of range 2 (true range 2, ATR 2): EMAs seeded on the ramp lag it by
   * exactly (n - 1)/2, so EMA(3) - EMA(5) = 2 - 1 = 1 = 0.5 ATR and the score with saturation 1 is 0.5.
   */
  @Test
  void emaCrossoverOnARamp() {
    BarSeries.Builder b = BarSeries.builder("RAMP");
    for (int i = 0; i < 30; i++) {
      double c = 100 + i;
      b.add(T0.plusSeconds(86_400L * i), c, c + 1, c - 1, c, 100);
    }
    BarSeries ramp = b.build();
    EmaCrossover model = new EmaCrossover(3, 5, 4, 1.0, 1);
    assertEquals(4, model.warmUp());
    List<Signal> s = model.run(ramp);
    assertFalse(s.get(3).isActionable());
    for (int i = 4; i < 30; i++) {
      assertEquals(0.5, s.get(i).score(), 1e-12, "bar " + i);
      assertEquals(Direction.BUY, s.get(i).direction());
    }
    assertEquals(1.0, new EmaCrossover(3, 5, 4, 0.25, 1).run(ramp).get(29).score(), "saturated at 0.25 ATR");
  }

  /** MACD: a ramp that steepens pushes the MACD line above its signal line (positive histogram). */
  @Test
  void macdCrossoverTurnsUpWhenTheTrendAccelerates() {
    double[] c = new double[60];
    for (int i = 0; i < 60; i++) {
      c[i] = i < 40 ? 100 + i : 140 + 3 * (i - 40);
    }
    BarSeries.Builder b = BarSeries.builder("ACC");
    for (int i = 0; i < 60; i++) {
      b.add(T0.plusSeconds(86_400L * i), c[i], c[i] + 1, c[i] - 1, c[i], 100);
    }
    MacdCrossover model = new MacdCrossover(3, 6, 3, 3, 0.3, 1);
    List<Signal> s = model.run(b.build());
    assertEquals(7, model.warmUp());
    assertEquals(0.0, s.get(35).score(), 1e-9, "steady ramp: the MACD line equals its signal");
    for (int i = 41; i < 50; i++) {
      assertTrue(s.get(i).score() > 0, "bar " + i + ": " + s.get(i));
    }
  }

  /**
   * Momentum(3, skip 1) on 100, 110, 99, 108.9, 120 at the last bar: the returns of bars 1..3 are
   * ln 1.1, ln 0.9, ln 1.1; R = ln 1.089, sample sd 0.11585728004354261 and t = R/(sd sqrt 3) =
   * 0.42487441305002904 (Python's {@code statistics.stdev}); with saturation 2 the score is half of t.
   */
  @Test
  void returnsMomentumByHand() {
    ReturnsMomentum model = new ReturnsMomentum(3, 1, 2.0, 1);
    List<Signal> s = model.run(closes(100, 110, 99, 108.9, 120));
    assertEquals(4, model.warmUp());
    assertFalse(s.get(3).isActionable());
    assertEquals(0.21243720652501452, s.get(4).score(), 1e-14);
    double[] growth = new double[40];
    for (int i = 0; i < 40; i++) {
      growth[i] = 100 * Math.pow(1.01, i);
    }
    assertEquals(1.0, new ReturnsMomentum(10, 2, 2.0, 1).run(closes(growth)).get(39).score(),
        "steady growth: every return equal, score 1");
    assertThrows(IllegalArgumentException.class,
        () -> model.update("X", Bar.of(T0.plusSeconds(86_400L * 10), 0, 0, 0, 0, 0)));
  }

  @Test
  void namesIncludeTheParameters() {
    assertEquals("rsi-reversion(14,30,70)", new RsiReversion().name());
    assertEquals("ema-crossover(12,26,14,1)", new EmaCrossover().name());
    assertEquals("macd-crossover(12,26,9,14,0.3)", new MacdCrossover().name());
    assertEquals("bollinger-reversion(20,2)", new BollingerReversion().name());
    assertEquals("returns-momentum(252,21,2)", new ReturnsMomentum().name());
    assertEquals("pairs-trading(250,20,20,6,0.05,2)", PairsTrading.builder().build().name());
    assertEquals("rsi-reversion(9,27.5,72.5)", new RsiReversion(9, 27.5, 72.5, 1).name());
  }

  /** The default models over ORCL 1995-2014: documented warm-ups, and every model trades both ways. */
  @Test
  void defaultModelsOnOrcl() {
    BarSeries orcl = BarCsvReader.daily().withSymbol("ORCL")
        .read(SharedData.data("orcl_daily_1995_2014.csv"));
    AlphaModel[] models = {new RsiReversion(), new EmaCrossover(), new MacdCrossover(),
        new BollingerReversion(), new ReturnsMomentum()};
    int[] warmUps = {14, 25, 33, 19, 273};
    for (int m = 0; m < models.length; m++) {
      assertEquals(warmUps[m], models[m].warmUp(), models[m].name());
      List<Signal> signals = models[m].run(orcl);
      assertEquals(orcl.size(), signals.size());
      assertTrue(signals.get(warmUps[m] - 1).score() == 0 && !signals.get(warmUps[m] - 1).isActionable());
      long buys = signals.stream().filter(s -> s.direction() == Direction.BUY).count();
      long sells = signals.stream().filter(s -> s.direction() == Direction.SELL).count();
      assertTrue(buys > 200 && sells > 200, models[m].name() + ": " + buys + " buys, " + sells + " sells");
    }
  }

  @Test
  void invalidInputLeavesTheStateUnchanged() {
    BarSeries bars = RandomBarSeries.of(3, 80, 0.02);
    RsiReversion interrupted = new RsiReversion(5, 30, 70, 1);
    RsiReversion clean = new RsiReversion(5, 30, 70, 1);
    for (int i = 0; i < bars.size(); i++) {
      if (i == 40) {
        Bar bar = bars.bar(i);
        assertThrows(IllegalArgumentException.class, () -> interrupted.update(" ", bar));
        assertThrows(IllegalArgumentException.class, () -> interrupted.update(null, bar));
      }
      assertEquals(clean.update(bars, i), interrupted.update(bars, i));
    }
  }

  @Test
  void rejectsBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> new RsiReversion(0, 30, 70, 1));
    assertThrows(IllegalArgumentException.class, () -> new RsiReversion(14, 50, 70, 1));
    assertThrows(IllegalArgumentException.class, () -> new RsiReversion(14, 30, 100, 1));
    assertThrows(IllegalArgumentException.class, () -> new RsiReversion(14, 30, 70, 0));
    assertThrows(IllegalArgumentException.class, () -> new EmaCrossover(5, 5, 14, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new EmaCrossover(5, 10, 14, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new EmaCrossover(5, 10, 14, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> new MacdCrossover(12, 12, 9, 14, 0.3, 1));
    assertThrows(IllegalArgumentException.class, () -> new MacdCrossover(12, 26, 0, 14, 0.3, 1));
    assertThrows(IllegalArgumentException.class, () -> new BollingerReversion(1, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new BollingerReversion(20, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new ReturnsMomentum(1, 0, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new ReturnsMomentum(10, -1, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> PairsTrading.builder().zWindow(30).formationWindow(20)
        .build());
    assertThrows(IllegalArgumentException.class, () -> PairsTrading.builder().formationWindow(10).lags(4)
        .zWindow(5).build());
    assertThrows(IllegalArgumentException.class, () -> PairsTrading.builder().maxPValue(0));
    assertThrows(IllegalArgumentException.class, () -> PairsTrading.builder().refitInterval(0));
  }
}
