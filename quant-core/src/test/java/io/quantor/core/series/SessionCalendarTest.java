package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Trading-day boundaries of {@link SessionCalendar}. */
class SessionCalendarTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Test
  void calendarDatesFollowTheLocalDate() {
    SessionCalendar c = SessionCalendar.of(NEW_YORK);
    // 2024-03-05 03:30Z is 22:30 on the 4th in New York.
    assertEquals(LocalDate.of(2024, 3, 4), c.tradingDate(Instant.parse("2024-03-05T03:30:00Z")));
    // Midnight belongs to the day it starts.
    assertEquals(LocalDate.of(2024, 3, 5), c.tradingDate(Instant.parse("2024-03-05T05:00:00Z")));
    assertEquals(Instant.parse("2024-03-06T04:59:59.999Z"), c.lastInstant(LocalDate.of(2024, 3, 5)));
    // The day of the spring DST change (2024-03-10) is 23 hours long.
    assertEquals(Instant.parse("2024-03-11T03:59:59.999Z"), c.lastInstant(LocalDate.of(2024, 3, 10)));
  }

  @Test
  void rolloverNamesTheDayByItsEnd() {
    SessionCalendar cme = SessionCalendar.rollingAt(CHICAGO, LocalTime.of(17, 0));
    // Monday 2024-03-04 17:00 CST = 23:00Z ends Monday; 17:01 starts Tuesday's trading day.
    assertEquals(LocalDate.of(2024, 3, 4), cme.tradingDate(Instant.parse("2024-03-04T23:00:00Z")));
    assertEquals(LocalDate.of(2024, 3, 5), cme.tradingDate(Instant.parse("2024-03-04T23:01:00Z")));
    assertEquals(LocalDate.of(2024, 3, 5), cme.tradingDate(Instant.parse("2024-03-05T15:00:00Z")));
    assertEquals(Instant.parse("2024-03-05T23:00:00Z"), cme.lastInstant(LocalDate.of(2024, 3, 5)));
    // Sunday evening's Globex open belongs to Monday.
    assertEquals(LocalDate.of(2024, 3, 4), cme.tradingDate(Instant.parse("2024-03-04T00:00:00Z")));
  }

  @Test
  void midnightRolloverPutsTheMidnightBarIntoThePreviousDay() {
    SessionCalendar utc = SessionCalendar.rollingAt(ZoneOffset.UTC, LocalTime.MIDNIGHT);
    assertEquals(LocalDate.of(2024, 3, 4), utc.tradingDate(Instant.parse("2024-03-05T00:00:00Z")));
    assertEquals(LocalDate.of(2024, 3, 5), utc.tradingDate(Instant.parse("2024-03-05T00:00:00.001Z")));
    assertEquals(Instant.parse("2024-03-05T00:00:00Z"), utc.lastInstant(LocalDate.of(2024, 3, 4)));
  }

  @Test
  void validatesArguments() {
    assertThrows(IllegalArgumentException.class, () -> SessionCalendar.of(null));
    assertThrows(IllegalArgumentException.class, () -> SessionCalendar.rollingAt(CHICAGO, null));
    assertThrows(IllegalArgumentException.class,
        () -> SessionCalendar.rollingAt(CHICAGO, LocalTime.of(17, 0, 0, 1)));
    assertEquals(SessionCalendar.of(CHICAGO), SessionCalendar.of(CHICAGO));
    assertEquals(LocalTime.of(17, 0),
        SessionCalendar.rollingAt(CHICAGO, LocalTime.of(17, 0)).rollover().orElseThrow());
  }
}
