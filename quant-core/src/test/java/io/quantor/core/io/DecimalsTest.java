package io.quantor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Examples of the CSV number codec {@link Decimals}. */
class DecimalsTest {

  @Test
  void formats() {
    assertEquals("36301200", Decimals.format(36301200));
    assertEquals("2.179012", Decimals.format(2.179012));
    assertEquals("0.00001", Decimals.format(1e-5));
    assertEquals("100000000000000000000000", Decimals.format(1e23));
    assertEquals("0.30000000000000004", Decimals.format(0.1 + 0.2));
    assertEquals("-0", Decimals.format(-0.0));
    assertEquals("0", Decimals.format(0.0));
    assertEquals("-3602.5", Decimals.format(-3602.5));
    // The smallest subnormal: one digit, 5e-324, where Schubfach and Java print 4.9E-324.
    assertEquals("0." + "0".repeat(323) + "5", Decimals.format(Double.MIN_VALUE));
  }

  @Test
  void parses() {
    assertEquals(3602.0, Decimals.parse("3602.00"));
    assertEquals(1500.0, Decimals.parse("1.5e3"));
    assertEquals(0.5, Decimals.parse(".5"));
    assertEquals(-2.0, Decimals.parse("-2."));
    assertEquals(0.1, Decimals.parse("+0.1"));
    assertTrue(Double.isNaN(Decimals.parse("")));
    assertTrue(Double.isNaN(Decimals.parse("1e")));
    assertTrue(Double.isNaN(Decimals.parse(".")));
    assertTrue(Double.isNaN(Decimals.parse("0x10")));
    assertTrue(Double.isNaN(Decimals.parse("1,5")));
    assertTrue(Double.isInfinite(Decimals.parse("1e400")));
  }
}
