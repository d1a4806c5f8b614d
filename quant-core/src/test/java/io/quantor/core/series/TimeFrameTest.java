package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parsing, printing and equality of {@link TimeFrame}. */
class TimeFrameTest {

  @Test
  void parsesTheDocumentedForms() {
    assertSame(TimeFrame.ONE_MINUTE, TimeFrame.parse("1m"));
    assertSame(TimeFrame.FIVE_MINUTES, TimeFrame.parse("5m"));
    assertSame(TimeFrame.FIFTEEN_MINUTES, TimeFrame.parse("15m"));
    assertSame(TimeFrame.ONE_HOUR, TimeFrame.parse("1h"));
    assertSame(TimeFrame.ONE_HOUR, TimeFrame.parse("60m"));
    assertSame(TimeFrame.DAILY, TimeFrame.parse("1d"));
    assertSame(TimeFrame.WEEKLY, TimeFrame.parse("1w"));
    assertSame(TimeFrame.MONTHLY, TimeFrame.parse("1M"));
    assertEquals(240, TimeFrame.parse("4h").amount());
    assertEquals(TimeFrame.Unit.MINUTE, TimeFrame.parse("90m").unit());
    assertEquals(TimeFrame.Unit.MONTH, TimeFrame.MONTHLY.unit());
  }

  @Test
  void printsCanonically() {
    assertEquals("1m", TimeFrame.ONE_MINUTE.toString());
    assertEquals("5m", TimeFrame.minutes(5).toString());
    assertEquals("1h", TimeFrame.minutes(60).toString());
    assertEquals("90m", TimeFrame.minutes(90).toString());
    assertEquals("4h", TimeFrame.hours(4).toString());
    assertEquals("24h", TimeFrame.minutes(1440).toString());
    assertEquals("1d", TimeFrame.DAILY.toString());
    assertEquals("1w", TimeFrame.WEEKLY.toString());
    assertEquals("1M", TimeFrame.MONTHLY.toString());
  }

  @Test
  void equalityIsByUnitAndAmount() {
    assertEquals(TimeFrame.minutes(7), TimeFrame.parse("7m"));
    assertEquals(TimeFrame.minutes(7).hashCode(), TimeFrame.parse("7m").hashCode());
    assertNotEquals(TimeFrame.minutes(1440), TimeFrame.DAILY);
    assertTrue(TimeFrame.minutes(3).isIntraday());
    assertFalse(TimeFrame.WEEKLY.isIntraday());
  }

  @Test
  void rejectsMalformedText() {
    for (String bad : new String[] {"", "m", "5", "0m", "05m", "1441m", "25h", "2d", "2w", "3M", "1y",
        "5 m", "-5m", "1D", "1W", "1000000m"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeFrame.parse(bad),
          bad);
      assertTrue(e.getMessage().contains(bad) || e.getMessage().contains("was"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> TimeFrame.minutes(0));
    assertThrows(IllegalArgumentException.class, () -> TimeFrame.hours(25));
    assertThrows(IllegalArgumentException.class, () -> TimeFrame.parse(null));
  }
}
