package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.Resampler;
import io.quantor.core.series.TimeFrame;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeFrameTest {

  /**
   * Daily bars Monday 2024-01-01 to Friday 2024-01-26, four weeks. A week is complete once a bar of the
   * next week exists (the calendar knows no session close), so the weekly callback comes on the Mondays
   * of weeks 2, 3 and 4, each time with one more week, and the fourth week never completes.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void weeklyBarsCompleteWithTheNextWeeksFirstBar(boolean pushed) {
    BarSeries x = TestBars.daily("X", 20, 3);
    List<String> calls = new ArrayList<>();
    Strategy s = new Strategy() {
      @Override
      public void onStart(StrategyContext ctx) {
        ctx.subscribe(Resampler.of(TimeFrame.WEEKLY, ZoneOffset.UTC));
        assertThrows(IllegalArgumentException.class,
            () -> ctx.subscribe(Resampler.of(TimeFrame.WEEKLY, ZoneOffset.UTC)));
      }

      @Override
      public void onBar(StrategyContext ctx) {
        calls.add("bar " + ctx.barIndex());
      }

      @Override
      public void onBar(StrategyContext ctx, TimeFrame tf) {
        BarSeries weeks = ctx.history("X", tf);
        int w = weeks.size() - 1;
        // Week w holds daily bars 5w .. 5w + 4: open of Monday, close of Friday, extremes of the five.
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 5 * w; i < 5 * w + 5; i++) {
          high = Math.max(high, x.high(i));
        }
        assertEquals(x.open(5 * w), weeks.open(w));
        assertEquals(x.close(5 * w + 4), weeks.close(w));
        assertEquals(high, weeks.high(w));
        assertEquals(x.epochMillis(5 * w + 4), weeks.epochMillis(w));
        calls.add(tf + " " + ctx.barIndex() + " " + weeks.size() + " " + ctx.hasBar("X", tf));
      }
    };
    TradingEngine engine = TradingEngine.builder().bars(x).initialCash(1000)
        .simulator(ExecutionSimulator.defaults()).strategy(s).build();
    NoLookAheadTest.run(engine, x, pushed);
    List<String> weekly = calls.stream().filter(c -> c.startsWith("1w")).toList();
    assertEquals(List.of("1w 5 1 true", "1w 10 2 true", "1w 15 3 true"), weekly);
    assertEquals("bar 5", calls.get(calls.indexOf("1w 5 1 true") - 1));
    assertEquals(20 + 3, calls.size());
  }

  /**
   * One-minute bars stamped 09:31 to 10:00 (close times) with 09:44 and 09:45 missing. The 5-minute bucket
   * (09:40, 09:45] closes without its 09:45 bar, so it completes with the 09:46 bar; the others complete
   * with the bar stamped at their end. The 15-minute bucket (09:30, 09:45] completes with 09:46 too.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void intradayFramesCompleteAtTheirEndOrWithTheNextBar(boolean pushed) {
    BarSeries.Builder b = BarSeries.builder("M");
    Instant open = Instant.parse("2024-03-04T09:30:00Z");
    for (int m = 1; m <= 30; m++) {
      if (m != 14 && m != 15) {
        b.add(open.plusSeconds(60L * m), 10 + m, 11 + m, 9 + m, 10.5 + m, 5);
      }
    }
    BarSeries x = b.build();
    List<String> calls = new ArrayList<>();
    Strategy s = new Strategy() {
      @Override
      public void onStart(StrategyContext ctx) {
        ctx.subscribe(Resampler.of(TimeFrame.FIVE_MINUTES, ZoneOffset.UTC));
        ctx.subscribe(Resampler.of(TimeFrame.FIFTEEN_MINUTES, ZoneOffset.UTC));
      }

      @Override
      public void onBar(StrategyContext ctx) {
      }

      @Override
      public void onBar(StrategyContext ctx, TimeFrame tf) {
        String hhmm = ctx.time().toString().substring(11, 16);
        calls.add(tf + "@" + hhmm + "=" + ctx.history("M", tf).size());
      }
    };
    TradingEngine engine = TradingEngine.builder().bars(x).initialCash(1000)
        .simulator(ExecutionSimulator.defaults()).strategy(s).build();
    NoLookAheadTest.run(engine, x, pushed);
    assertEquals(List.of("5m@09:35=1", "5m@09:40=2", "5m@09:46=3", "15m@09:46=1", "5m@09:50=4",
        "5m@09:55=5", "5m@10:00=6", "15m@10:00=2"), calls);
  }

  /**
   * A from Monday 2024-01-01, B from Wednesday 2024-01-10, both on weekdays. A's first week completes on
   * Monday 01-08 (B has none yet); on Monday 01-15 both complete a week (A its second, B its first).
   */
  @Test
  void severalInstrumentsCompleteTheirOwnHigherBars() {
    BarSeries a = TestBars.daily("A", 15, 1);
    BarSeries b = TestBars.daily("B", 8, 2, LocalDate.of(2024, 1, 10));
    List<String> calls = new ArrayList<>();
    Strategy s = new Strategy() {
      @Override
      public void onStart(StrategyContext ctx) {
        ctx.subscribe(Resampler.of(TimeFrame.WEEKLY, ZoneOffset.UTC));
      }

      @Override
      public void onBar(StrategyContext ctx) {
      }

      @Override
      public void onBar(StrategyContext ctx, TimeFrame tf) {
        calls.add(ctx.time().toString().substring(0, 10) + " A " + ctx.hasBar("A", tf) + " "
            + ctx.history("A", tf).size() + " B " + ctx.hasBar("B", tf) + " " + ctx.history("B", tf).size());
      }
    };
    TradingEngine.builder().bars(a, b).initialCash(1).simulator(ExecutionSimulator.defaults()).strategy(s)
        .build().run();
    assertEquals(List.of("2024-01-08 A true 1 B false 0", "2024-01-15 A true 2 B true 1"), calls);
  }
}
