package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.Resampler;
import io.quantor.core.series.TimeFrame;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A strategy tries every way the context allows to see bar {@code t + 1} during {@code onBar(t)}: the
 * current-bar accessors, {@code barsAgo} (negative and too large), every accessor of the history series
 * it is handed (indices, slices, column copies, searches by time, resampling), series kept from earlier
 * bars, the higher-time-frame history, the marks and the portfolio. The test, not the strategy, holds the
 * full series and checks that everything the strategy sees equals bar {@code t} or earlier and that every
 * way towards {@code t + 1} fails. Run over historical bars and over pushed bars.
 */
class NoLookAheadTest {

  private static final Resampler WEEKLY = Resampler.of(TimeFrame.WEEKLY, ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aStrategyCannotSeeTheNextBar(boolean pushed) {
    BarSeries x = TestBars.daily("X", 60, 11);
    List<BarSeries> kept = new ArrayList<>();
    int[] checkedBars = {0};
    Strategy spy = new Strategy() {
      @Override
      public void onStart(StrategyContext ctx) {
        ctx.subscribe(WEEKLY);
      }

      @Override
      public void onBar(StrategyContext ctx) {
        int t = ctx.barIndex();
        long now = x.epochMillis(t);
        assertEquals(now, ctx.epochMillis());
        assertEquals(x.bar(t), ctx.bar("X"));
        assertEquals(x.close(t), ctx.close("X"));
        assertEquals(x.open(t), ctx.open("X"));
        assertEquals(x.close(t), ctx.mark("X"));
        assertEquals(t + 1, ctx.barCount("X"));
        assertThrows(IllegalArgumentException.class, () -> ctx.close("X", -1));
        assertThrows(IllegalArgumentException.class, () -> ctx.close("X", Integer.MIN_VALUE));
        assertThrows(IndexOutOfBoundsException.class, () -> ctx.close("X", t + 1));
        for (int k = 0; k <= t; k++) {
          assertEquals(x.close(t - k), ctx.close("X", k));
        }
        BarSeries h = ctx.history("X");
        assertEquals(t + 1, h.size());
        assertEquals(x.time(t), h.lastTime());
        assertThrows(IndexOutOfBoundsException.class, () -> h.close(t + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> h.epochMillis(t + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> h.bar(t + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> h.open(t + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> h.slice(0, t + 2));
        assertThrows(IndexOutOfBoundsException.class, () -> h.slice(t + 1, t + 2));
        assertEquals(0, h.slice(t + 1, t + 1).size());
        assertEquals(t + 1, h.closes().length);
        assertEquals(t + 1, h.opens().length);
        assertEquals(t + 1, h.highs().length);
        assertEquals(t + 1, h.lows().length);
        assertEquals(t + 1, h.volumes().length);
        long[] times = h.epochMillis();
        assertEquals(now, times[times.length - 1]);
        assertEquals(t, h.indexAtOrBefore(Long.MAX_VALUE));
        BarSeries resampled = h.resample(TimeFrame.WEEKLY, ZoneOffset.UTC);
        assertTrue(resampled.epochMillis(resampled.size() - 1) <= now);
        assertEquals(x.close(t), resampled.close(resampled.size() - 1));
        for (BarSeries old : kept) {
          assertTrue(old.size() < t + 1, "a series handed out earlier must not grow");
          assertTrue(old.epochMillis(old.size() - 1) < now);
        }
        kept.add(h);
        // Higher time frame: exactly the complete weeks of the bars seen so far.
        BarSeries weeks = ctx.history("X", TimeFrame.WEEKLY);
        BarSeries expected = WEEKLY.resample(x.slice(0, t + 1)).dropIncompleteLast().series();
        if (!WEEKLY.resample(x.slice(0, t + 1)).isLastComplete()) {
          assertEquals(expected.size(), weeks.size());
        }
        assertTrue(weeks.size() <= expected.size());
        for (int j = 0; j < weeks.size(); j++) {
          assertEquals(expected.bar(j), weeks.bar(j));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> weeks.close(weeks.size()));
        // The portfolio is valued at this bar's close.
        double q = ctx.portfolio().quantity("X");
        assertEquals(ctx.portfolio().cash() + q * x.close(t), ctx.portfolio().equity(), 1e-9);
        if (t % 7 == 0) {
          ctx.submit(OrderRequest.market(ctx.nextOrderId(), ctx.instrument("X"), Side.BUY, 1, ctx.time()));
        }
        checkedBars[0]++;
      }
    };
    TradingEngine engine = TradingEngine.builder().bars(x).initialCash(10_000)
        .simulator(ExecutionSimulator.defaults()).strategy(spy).build();
    BacktestResult r = run(engine, x, pushed);
    assertEquals(x.size(), checkedBars[0]);
    // Each order placed on bar t filled at bar t + 1's open, which onBar(t) could not know.
    for (int j = 0; j < r.fills().size(); j++) {
      int bar = r.fillBar(j);
      assertEquals(0, (bar - 1) % 7);
      assertEquals(x.open(bar), r.fills().get(j).price());
    }
    assertEquals(9, r.fills().size());
  }

  static BacktestResult run(TradingEngine engine, BarSeries x, boolean pushed) {
    if (!pushed) {
      return engine.run();
    }
    LiveSession s = engine.live();
    Function<Integer, Bar> bar = x::bar;
    for (int i = 0; i < x.size(); i++) {
      s.onBar(x.symbol(), bar.apply(i));
    }
    return s.finish();
  }
}
