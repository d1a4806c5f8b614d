package io.quantor.broker.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SliceScheduleTest {

  private static final Instant T0 = Instant.parse("2006-02-01T09:00:00Z");

  static ParentOrder parent(double quantity) {
    return ParentOrder.of(OrderRequest.market("p", Instrument.stock("X"), Side.BUY, quantity, T0),
        T0.plusSeconds(3600), T0.plusSeconds(7200), 0.1);
  }

  @Test
  void twapSpreadsTheRemainderOverTheFirstSlices() {
    SliceSchedule s = Twap.schedule(parent(1000), 7, true);
    // 1000 / 7 = 142.857...: six slices of 143 and one of 142.
    assertArrayEquals(new double[] {143, 143, 143, 143, 143, 143, 142}, s.quantities());
    assertEquals(1000.0, s.total());
    assertEquals(429.0, s.cumulative(2));
    assertEquals(0.0, s.cumulative(-1));
    assertEquals(143.0, s.maxSlice());
    assertEquals(7, s.slices());
    assertEquals("SliceSchedule[143.0, 143.0, 143.0, 143.0, 143.0, 143.0, 142.0] (whole units)",
        s.toString());
  }

  @Test
  void largestRemainderGetsTheLeftoverUnits() {
    // Exact shares 3.5, 2.1, 1.4: floors 3, 2, 1 leave one unit, which goes to the largest remainder 0.5.
    assertArrayEquals(new double[] {4, 2, 1},
        SliceSchedule.allocate(7, new double[] {0.5, 0.3, 0.2}, true).quantities());
    // Exact shares 1.4, 1.4, 4.2: floors 1, 1, 4 leave one unit; the tie 0.4 / 0.4 goes to the earlier.
    assertArrayEquals(new double[] {2, 1, 4},
        SliceSchedule.allocate(7, new double[] {1, 1, 3}, true).quantities());
    assertArrayEquals(new double[] {250, 500, 250},
        SliceSchedule.allocate(1000, new double[] {1, 2, 1}, true).quantities());
    assertArrayEquals(new double[] {0, 5, 0, 5},
        SliceSchedule.allocate(10, new double[] {0, 1, 0, 1}, true).quantities(), "zero weight, zero slice");
    assertArrayEquals(new double[] {1, 1, 1, 0, 0},
        SliceSchedule.allocate(3, new double[] {1, 1, 1, 1, 1}, true).quantities(),
        "fewer units than slices");
  }

  @Test
  void fractionalSchedulesEndExactlyAtTheTotal() {
    SliceSchedule s = SliceSchedule.allocate(100.5, new double[] {1, 1, 1}, false);
    assertArrayEquals(new double[] {33.5, 33.5, 33.5}, s.quantities(), 1e-12);
    assertEquals(100.5, s.total());
    SliceSchedule thirds = SliceSchedule.allocate(0.1, new double[] {1, 1, 1, 1, 1, 1, 1}, false);
    assertEquals(0.1, thirds.cumulative(6), "exact although 0.1 / 7 is not representable");
  }

  @Test
  void equalityFollowsTheSlices() {
    assertEquals(SliceSchedule.allocate(10, new double[] {1, 1}, true),
        SliceSchedule.allocate(10, new double[] {2, 2}, true));
    assertEquals(SliceSchedule.allocate(10, new double[] {1, 1}, true).hashCode(),
        SliceSchedule.allocate(10, new double[] {2, 2}, true).hashCode());
  }

  @Test
  void rejectsInvalidInput() {
    assertMessage("total must be a whole number below 2^52 for whole units, was 10.5",
        () -> SliceSchedule.allocate(10.5, new double[] {1}, true));
    assertMessage("weights must not be empty", () -> SliceSchedule.allocate(10, new double[0], true));
    assertMessage("weights[1] must be finite and >= 0, was -1.0",
        () -> SliceSchedule.allocate(10, new double[] {1, -1}, true));
    assertMessage("weights[0] must be finite and >= 0, was NaN",
        () -> SliceSchedule.allocate(10, new double[] {Double.NaN}, true));
    assertMessage("weights must have a finite positive sum, was 0.0",
        () -> SliceSchedule.allocate(10, new double[] {0, 0}, true));
    assertMessage("slices must be >= 1, was 0", () -> Twap.schedule(parent(10), 0, true));
    assertMessage("weights[0] must be finite and >= 0, was Infinity",
        () -> Vwap.schedule(parent(10), new double[] {Double.POSITIVE_INFINITY}, true));
  }

  static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
  }
}
