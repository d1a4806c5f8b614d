package io.quantor.backtest.walkforward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkForwardFoldsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Weekdays from {@code from} (inclusive) to {@code to} (exclusive), at 16:00 New York time. */
  static long[] weekdays(LocalDate from, LocalDate to) {
    List<Long> times = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        times.add(d.atTime(16, 0).atZone(NEW_YORK).toInstant().toEpochMilli());
      }
    }
    return times.stream().mapToLong(Long::longValue).toArray();
  }

  private static LocalDate date(long[] times, int i) {
    return java.time.Instant.ofEpochMilli(times[i]).atZone(NEW_YORK).toLocalDate();
  }

  @Test
  void rollingFoldsFollowCalendarMonths() {
    long[] times = weekdays(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 9, 1)); // 20 months
    List<Fold> folds = WalkForwardFolds.split(times, NEW_YORK, FoldPlan.defaults());
    assertEquals(8, folds.size()); // tests 2021-01 .. 2021-08
    Fold first = folds.get(0);
    assertEquals(LocalDate.of(2020, 1, 1), first.trainStart());
    assertEquals(LocalDate.of(2021, 1, 1), first.testStart());
    assertEquals(LocalDate.of(2021, 2, 1), first.testEnd());
    assertEquals(0, first.trainFrom());
    assertEquals(LocalDate.of(2020, 1, 1), date(times, first.trainFrom()));
    assertEquals(LocalDate.of(2021, 1, 1), date(times, first.testFrom()));
    assertEquals(LocalDate.of(2021, 1, 29), date(times, first.testTo() - 1));
    assertEquals(LocalDate.of(2021, 2, 1), date(times, first.testTo()));
    Fold second = folds.get(1);
    assertEquals(LocalDate.of(2020, 2, 3), date(times, second.trainFrom())); // Feb 1, 2020 was a Saturday
    assertEquals(first.testTo(), second.testFrom());
    Fold last = folds.get(7);
    assertEquals(times.length, last.testTo());
    assertEquals(LocalDate.of(2021, 8, 1), last.testStart());
  }

  @Test
  void anchoredFoldsAlwaysTrainFromTheStart() {
    long[] times = weekdays(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 9, 1));
    List<Fold> folds = WalkForwardFolds.split(times, NEW_YORK,
        FoldPlan.of(12, 2, WindowType.ANCHORED, 4));
    assertEquals(4, folds.size()); // tests 2021-01/02, 03/04, 05/06, 07/08
    for (Fold f : folds) {
      assertEquals(0, f.trainFrom());
      assertEquals(LocalDate.of(2020, 1, 1), f.trainStart());
    }
    assertEquals(LocalDate.of(2021, 7, 1), folds.get(3).testStart());
    assertEquals(LocalDate.of(2021, 9, 1), folds.get(3).testEnd());
    assertTrue(folds.get(3).trainSize() > folds.get(0).trainSize());
  }

  @Test
  void testWindowsTileTheOutOfSamplePeriodWithoutOverlap() {
    long[] times = weekdays(LocalDate.of(2015, 3, 10), LocalDate.of(2019, 6, 20));
    List<Fold> folds = WalkForwardFolds.split(times, NEW_YORK, FoldPlan.defaults());
    for (int i = 1; i < folds.size(); i++) {
      assertEquals(folds.get(i - 1).testTo(), folds.get(i).testFrom());
      assertTrue(folds.get(i).trainTo() <= folds.get(i).testFrom());
    }
    assertEquals(times.length, folds.get(folds.size() - 1).testTo()); // the partial last month is kept
  }

  @Test
  void tooShortAHistoryIsRefusedWithTheNeededLength() {
    long[] times = weekdays(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 4, 1)); // 15 months: 3 folds
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WalkForwardFolds.split(times, NEW_YORK, FoldPlan.defaults()));
    assertTrue(e.getMessage().contains("gives 3 walk-forward folds"), e.getMessage());
    assertTrue(e.getMessage().contains("at least 18 months"), e.getMessage());
  }

  @Test
  void badInputIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> WalkForwardFolds.split(new long[0], NEW_YORK, FoldPlan.defaults()));
    assertThrows(IllegalArgumentException.class,
        () -> WalkForwardFolds.split(new long[] {2, 1}, NEW_YORK, FoldPlan.defaults()));
    assertThrows(IllegalArgumentException.class, () -> FoldPlan.of(0, 1, WindowType.ROLLING, 6));
  }
}
