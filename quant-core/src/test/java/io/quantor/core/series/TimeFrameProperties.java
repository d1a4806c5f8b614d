package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The text form of every minute {@link TimeFrame} reads back to the same value. */
class TimeFrameProperties {

  @Property(tries = 200)
  void textRoundTrips(@ForAll @IntRange(min = 1, max = 1440) int minutes) {
    TimeFrame tf = TimeFrame.minutes(minutes);
    assertEquals(tf, TimeFrame.parse(tf.toString()));
    assertEquals(minutes, TimeFrame.parse(minutes + "m").amount());
  }
}
