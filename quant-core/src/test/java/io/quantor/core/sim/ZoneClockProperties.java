package io.quantor.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link ZoneClock} against {@code java.time}'s {@link ZonedDateTime#of}, gaps and overlaps included. */
class ZoneClockProperties {

  private static final String[] ZONES = {"America/New_York", "Europe/London", "Australia/Lord_Howe",
      "America/Sao_Paulo", "Asia/Kolkata", "UTC", "Pacific/Apia"};

  @Property(tries = 200)
  void agreesWithZonedDateTimeOnIncreasingLocalTimes(@ForAll("zones") String zone,
      @ForAll @IntRange(min = -30_000, max = 60_000) int startDay,
      @ForAll @IntRange(min = 60, max = 86_400 * 3) int stepSeconds,
      @ForAll @IntRange(min = 0, max = 86_399) int startSecond) {
    ZoneId id = ZoneId.of(zone);
    ZoneClock clock = new ZoneClock(id);
    long local = startDay * 86_400L + startSecond;
    for (int i = 0; i < 400; i++) {
      assertAgrees(clock, id, local);
      local += stepSeconds;
    }
  }

  @Example
  void everyQuarterHourAroundNewYorkTransitions() {
    ZoneId id = ZoneId.of("America/New_York");
    ZoneClock clock = new ZoneClock(id);
    for (LocalDate day : new LocalDate[] {LocalDate.of(2024, 3, 9), LocalDate.of(2024, 11, 2)}) {
      long local = day.toEpochDay() * 86_400L;
      for (int i = 0; i < 4 * 24 * 3; i++) {
        assertAgrees(clock, id, local);
        local += 900;
      }
    }
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(ZONES);
  }

  private static void assertAgrees(ZoneClock clock, ZoneId zone, long local) {
    long day = Math.floorDiv(local, 86_400L);
    int second = (int) Math.floorMod(local, 86_400L);
    LocalDateTime ldt = LocalDate.ofEpochDay(day).atStartOfDay().plusSeconds(second);
    assertEquals(ZonedDateTime.of(ldt, zone).toEpochSecond(), clock.epochSecond(day, second),
        () -> "local " + ldt + " in " + zone);
  }
}
