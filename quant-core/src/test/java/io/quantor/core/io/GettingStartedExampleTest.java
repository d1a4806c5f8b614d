package io.quantor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.series.BarSeries;
import io.quantor.core.series.MultiTimeFrameView;
import io.quantor.core.series.Resampler;
import io.quantor.core.series.TimeFrame;
import io.quantor.core.testing.SharedData;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The code of the data section of {@code docs/getting-started.md}, compiled and run on the shared 1-minute
 * file so that the guide cannot drift from the API.
 */
class GettingStartedExampleTest {

  @Test
  void loadResampleAndViewWithoutLookAhead() {
    Path file = SharedData.data("intraday_1min_2006-01-02_to_2006-02-27.csv");
    // --- getting-started snippet begins
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BarSeries minutes = BarCsvReader.intraday()        // date,time,open,high,low,close,volume,open_interest
        .withZone(berlin)                              // the file's local times are Berlin time
        .withSymbol("FESX")
        .read(file);                                   // strict: DataFormatException names file, line, column

    BarSeries fiveMinutes = minutes.resample(TimeFrame.parse("5m"), berlin);   // (09:00, 09:05] -> 09:05

    MultiTimeFrameView view = MultiTimeFrameView.of(minutes, Resampler.of(TimeFrame.ONE_HOUR, berlin));
    int closedAbove = 0;
    for (int i = 0; i < minutes.size(); i++) {
      int h = view.higherIndex(i);                     // latest hourly bar CLOSED at minute i, -1 if none
      if (h >= 0 && minutes.close(i) > view.higher().high(h)) {
        closedAbove++;                                 // a breakout above the last completed hour's high
      }
    }
    // --- getting-started snippet ends
    assertEquals(30889, minutes.size());
    assertEquals(6365, fiveMinutes.size());
    assertEquals(countBreakouts(minutes), closedAbove);
  }

  /** The same count, written out with the visibility rule for hourly buckets, without the view. */
  private static int countBreakouts(BarSeries minutes) {
    BarSeries hours = minutes.resample(TimeFrame.ONE_HOUR, ZoneId.of("Europe/Berlin"));
    int count = 0;
    for (int i = 0; i < minutes.size(); i++) {
      // An hourly bar is stamped with its bucket's end: it is closed once that time is reached.
      int h = hours.indexAtOrBefore(minutes.epochMillis(i));
      if (h >= 0 && minutes.close(i) > hours.high(h)) {
        count++;
      }
    }
    return count;
  }
}
