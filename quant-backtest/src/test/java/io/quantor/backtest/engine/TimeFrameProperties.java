package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.core.series.BarSeries;
import io.quantor.core.series.Resampler;
import io.quantor.core.series.TimeFrame;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Higher time frames over pushed bars (resampled as they come) and over historical bars (the core
 * {@code MultiTimeFrameView}) complete the same bars at the same base bars, for random one-minute bars
 * with random gaps across day boundaries and the New York change to daylight saving time (2024-03-10,
 * 07:00 UTC).
 */
class TimeFrameProperties {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** Records every higher-bar callback with the completed history it saw. */
  private static final class Recorder implements Strategy {
    final List<String> calls = new ArrayList<>();

    @Override
    public void onStart(StrategyContext ctx) {
      for (TimeFrame tf : List.of(TimeFrame.FIVE_MINUTES, TimeFrame.minutes(45), TimeFrame.ONE_HOUR,
          TimeFrame.DAILY)) {
        ctx.subscribe(Resampler.of(tf, ZONE));
      }
    }

    @Override
    public void onBar(StrategyContext ctx) {
    }

    @Override
    public void onBar(StrategyContext ctx, TimeFrame tf) {
      BarSeries h = ctx.history("M", tf);
      int last = h.size() - 1;
      calls.add(ctx.barIndex() + " " + tf + " " + h.size() + " " + h.bar(last));
    }
  }

  @Property(tries = 60)
  void pushedAndHistoricalBarsCompleteTheSameHigherBars(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 1500) int minutes,
      @ForAll @DoubleRange(min = 0, max = 0.9) double gaps) {
    SplittableRandom r = new SplittableRandom(seed);
    BarSeries.Builder b = BarSeries.builder("M");
    long t = Instant.parse("2024-03-09T19:00:00Z").toEpochMilli();
    double p = 100;
    for (int m = 0; m < minutes; m++) {
      t += 60_000;
      if (m > 0 && r.nextDouble() < gaps) {
        continue;
      }
      double o = p;
      p *= Math.exp(0.001 * r.nextGaussian());
      b.add(t, o, Math.max(o, p) + 0.01, Math.min(o, p) - 0.01, p, 1 + r.nextInt(100));
    }
    BarSeries x = b.build();
    Recorder historical = new Recorder();
    Recorder pushed = new Recorder();
    TradingEngine.builder().bars(x).initialCash(1).simulator(ExecutionSimulator.defaults())
        .strategy(historical).build().run();
    NoLookAheadTest.run(TradingEngine.builder().bars(x).initialCash(1)
        .simulator(ExecutionSimulator.defaults()).strategy(pushed).build(), x, true);
    assertEquals(historical.calls, pushed.calls);
    if (minutes > 100 && gaps < 0.5) {
      assertFalse(historical.calls.isEmpty());
    }
  }
}
