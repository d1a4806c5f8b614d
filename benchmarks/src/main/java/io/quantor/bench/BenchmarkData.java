package io.quantor.bench;

import io.quantor.core.series.BarSeries;
import io.quantor.core.sim.SyntheticMarket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * The benchmarks' input: daily bars from the synthetic market with a fixed seed, as a Quantor
 * {@link BarSeries} and as ta4j bars and series with {@link DoubleNum} (ta4j's fastest number type).
 */
public final class BenchmarkData {

  /** Bars in the main benchmark series. */
  public static final int BARS = 1_000_000;

  /** Seed of the synthetic market (default configuration: drift 7 %, volatility 20 %, daily bars). */
  public static final long SEED = 20_261_121L;

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Duration ONE_DAY = Duration.ofDays(1);

  private BenchmarkData() {
  }

  /**
   * The first {@code bars} bars of the benchmark market (the same prefix for any count).
   *
   * @param bars the number of bars
   * @return the series
   */
  public static BarSeries quantor(int bars) {
    return SyntheticMarket.daily(bars, SEED);
  }

  /**
   * The same bars as ta4j {@link BaseBar}s with {@link DoubleNum} values, each ending at its Quantor
   * timestamp in New York time.
   *
   * @param series the Quantor series
   * @return one ta4j bar per Quantor bar
   */
  public static List<org.ta4j.core.Bar> ta4jBars(BarSeries series) {
    List<org.ta4j.core.Bar> bars = new ArrayList<>(series.size());
    Num zero = DoubleNum.valueOf(0);
    for (int i = 0; i < series.size(); i++) {
      ZonedDateTime end = ZonedDateTime.ofInstant(Instant.ofEpochMilli(series.epochMillis(i)), NEW_YORK);
      bars.add(new BaseBar(ONE_DAY, end, DoubleNum.valueOf(series.open(i)), DoubleNum.valueOf(series.high(i)),
          DoubleNum.valueOf(series.low(i)), DoubleNum.valueOf(series.close(i)),
          DoubleNum.valueOf(series.volume(i)), zero));
    }
    return bars;
  }

  /**
   * An empty ta4j series that takes {@link DoubleNum} bars.
   *
   * @return the series
   */
  public static BaseBarSeries emptyTa4jSeries() {
    return new BaseBarSeriesBuilder().withName("SIM").withNumTypeOf(DoubleNum.class).build();
  }

  /**
   * A ta4j series holding the bars.
   *
   * @param bars ta4j bars with {@link DoubleNum} values
   * @return the series
   */
  public static BaseBarSeries ta4jSeries(List<org.ta4j.core.Bar> bars) {
    BaseBarSeries series = emptyTa4jSeries();
    for (org.ta4j.core.Bar bar : bars) {
      series.addBar(bar);
    }
    return series;
  }
}
