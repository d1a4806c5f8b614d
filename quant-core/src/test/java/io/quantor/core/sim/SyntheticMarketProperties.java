package io.quantor.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** For random valid configurations: valid bars, increasing timestamps, regimes in range, determinism. */
class SyntheticMarketProperties {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"),
      ZoneId.of("Europe/London"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Tokyo"),
      ZoneId.of("UTC"), ZoneId.of("America/Sao_Paulo"));

  @Property(tries = 200)
  void everyBarIsValidAndTimestampsIncrease(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 1_500) int bars,
      @ForAll @DoubleRange(min = -2, max = 2) double drift1,
      @ForAll @DoubleRange(min = 0, max = 2) double vol1,
      @ForAll @DoubleRange(min = -2, max = 2) double drift2,
      @ForAll @DoubleRange(min = 0, max = 3) double vol2,
      @ForAll @DoubleRange(min = 1, max = 500) double duration1,
      @ForAll @DoubleRange(min = 1, max = 500) double duration2,
      @ForAll @IntRange(min = 1, max = 2) int regimeCount,
      @ForAll @DoubleRange(min = 0, max = 200) double intensity,
      @ForAll @DoubleRange(min = -0.3, max = 0.3) double jumpMean,
      @ForAll @DoubleRange(min = 0, max = 0.3) double jumpSd,
      @ForAll @IntRange(min = 1, max = 20) int subSteps,
      @ForAll @DoubleRange(min = 0, max = 1) double overnight,
      @ForAll @DoubleRange(min = 0, max = 1e7) double baseVolume,
      @ForAll @DoubleRange(min = 0, max = 2) double dispersion,
      @ForAll @IntRange(min = -20_000, max = 40_000) int startDay,
      @ForAll("schedules") BarSchedule schedule) {
    List<Regime> regimes = List.of(Regime.of("one", drift1, vol1), Regime.of("two", drift2, vol2));
    MarketConfig config = MarketConfig.builder().seed(seed)
        .regimes(regimes.subList(0, regimeCount), new double[] {duration1, duration2}.length == regimeCount
            ? new double[] {duration1, duration2} : new double[] {duration1})
        .jumps(Jumps.of(intensity, jumpMean, jumpSd)).subSteps(subSteps).overnightShare(overnight)
        .baseVolume(baseVolume).volumeDispersion(dispersion).startDate(LocalDate.ofEpochDay(startDay))
        .schedule(schedule).build();

    SyntheticSeries run = SyntheticMarket.generate(config, bars);
    BarSeries s = run.bars();
    assertEquals(bars, s.size());
    for (int i = 0; i < bars; i++) {
      assertNull(Bar.problem(s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i)), "bar " + i);
      assertTrue(s.low(i) > 0, "prices stay positive, bar " + i);
      assertTrue(i == 0 || s.epochMillis(i) > s.epochMillis(i - 1), "time of bar " + i);
      assertTrue(run.regime(i) >= 0 && run.regime(i) < regimeCount, "regime of bar " + i);
    }
    SyntheticSeries again = SyntheticMarket.generate(config, bars);
    assertArrayEquals(s.closes(), again.bars().closes());
    assertArrayEquals(s.highs(), again.bars().highs());
    assertArrayEquals(run.regimes(), again.regimes());
  }

  @Provide
  Arbitrary<BarSchedule> schedules() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
    Arbitrary<BarSchedule> daily = Combinators.combine(zones, Arbitraries.integers().between(0, 86_399),
        Arbitraries.of(true, false))
        .as((zone, second, skip) -> new BarSchedule.Daily(zone, LocalTime.ofSecondOfDay(second), skip));
    Arbitrary<BarSchedule> intraday = Combinators.combine(zones,
        Arbitraries.integers().between(0, 86_399 - 60), Arbitraries.integers().between(60, 20 * 3600),
        Arbitraries.integers().between(1, 1_200), Arbitraries.doubles().between(1, 10))
        .as((zone, open, length, minutes, ratio) -> {
          int close = Math.min(open + length, 86_399);
          int barMinutes = Math.max(1, Math.min(minutes, (close - open) / 60));
          return new BarSchedule.Intraday(zone, LocalTime.ofSecondOfDay(open),
              LocalTime.ofSecondOfDay(close), barMinutes, ratio);
        });
    return Arbitraries.oneOf(daily, intraday);
  }
}
