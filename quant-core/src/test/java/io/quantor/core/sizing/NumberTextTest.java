package io.quantor.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Hand cases for {@link SizingResult#num(double)}: the expected texts are the exact binary values rounded
 * half-up to six significant digits, worked out by hand from the decimal expansions quoted.
 */
class NumberTextTest {

  @Test
  void plainValues() {
    assertEquals("0", SizingResult.num(0.0));
    assertEquals("0", SizingResult.num(-0.0));
    assertEquals("1", SizingResult.num(1.0));
    assertEquals("100", SizingResult.num(100.0));
    assertEquals("-0.5", SizingResult.num(-0.5));
    assertEquals("0.1", SizingResult.num(0.1));
    assertEquals("0.3", SizingResult.num(0.1 + 0.2));
    assertEquals("3", SizingResult.num(2.9999999999999996));
    assertEquals("123457", SizingResult.num(123456.7));
    assertEquals("12345700000", SizingResult.num(1.23456789e10));
    assertEquals("0.000123457", SizingResult.num(1.23456789e-4));
    assertEquals("1000000", SizingResult.num(999999.5));
    assertEquals("1000000", SizingResult.num(999999.7));
    assertEquals("Infinity", SizingResult.num(Double.POSITIVE_INFINITY));
    assertEquals("NaN", SizingResult.num(Double.NaN));
  }

  /**
   * Ties in the short decimal that are not ties in binary: 1.234565 is stored as 1.2345649999999999124...
   * and 0.1234565 as 0.12345649999999999679... (both below, so down), 9.999995 as 9.9999950000000001892...
   * (above, so up to 10); the exact binary ties 123456.5 and 999999.5 round half up.
   */
  @Test
  void tiesFollowTheExactBinaryValue() {
    assertEquals("1.23456", SizingResult.num(1.234565));
    assertEquals("-1.23456", SizingResult.num(-1.234565));
    assertEquals("0.123456", SizingResult.num(0.1234565));
    assertEquals("10", SizingResult.num(9.999995));
    assertEquals("123457", SizingResult.num(123456.5));
    assertEquals("-123457", SizingResult.num(-123456.5));
    assertEquals("1000000", SizingResult.num(999999.5));
  }

  @Test
  void extremeMagnitudes() {
    assertEquals("1" + "0".repeat(300), SizingResult.num(1e300));
    assertEquals("0." + "0".repeat(299) + "1", SizingResult.num(1e-300));
    assertEquals("0." + "0".repeat(323) + "494066", SizingResult.num(Double.MIN_VALUE));
    assertEquals("179769" + "0".repeat(303), SizingResult.num(Double.MAX_VALUE));
  }
}
