package io.quantor.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The CSV number codec: printing is shortest-round-trip in plain notation (checked against
 * {@link BigDecimal} roundings, not against the code), parsing agrees bit for bit with
 * {@link Double#parseDouble(String)} on decimal text and rejects exactly what the documented grammar
 * rejects.
 */
class DecimalsProperties {

  private static final Pattern GRAMMAR = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  @Property(tries = 1000)
  void printsTheShortestRoundTrip(@ForAll long bits) {
    double x = Double.longBitsToDouble(bits);
    Assume.that(Double.isFinite(x));
    checkShortest(x);
  }

  @Property(tries = 500)
  void printsPricesShortest(@ForAll double x) {
    Assume.that(Double.isFinite(x));
    checkShortest(x);
  }

  private static void checkShortest(double x) {
    String s = Decimals.format(x);
    assertFalse(s.contains("E") || s.contains("e"), s);
    assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Decimals.parse(s)), s);
    assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
    int digits = significantDigits(s);
    if (digits > 1 && x != 0) {
      // No decimal with one digit fewer reads back to x: neither neighbour on that coarser grid does.
      BigDecimal exact = new BigDecimal(x);
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal shorter = exact.round(new MathContext(digits - 1, mode));
        assertNotEquals(x, shorter.doubleValue(), s + " could be " + shorter);
      }
    }
  }

  private static int significantDigits(String s) {
    String d = s.replace("-", "").replace(".", "");
    int from = 0;
    while (from < d.length() - 1 && d.charAt(from) == '0') {
      from++;
    }
    int to = d.length();
    while (to > from + 1 && d.charAt(to - 1) == '0') {
      to--;
    }
    return to - from;
  }

  @Property(tries = 1000)
  void parsesLikeTheJdk(
      @ForAll @StringLength(min = 1, max = 22) @CharRange(from = '0', to = '9') String whole,
      @ForAll @StringLength(max = 22) @CharRange(from = '0', to = '9') String fraction,
      @ForAll @IntRange(min = -340, max = 320) int exponent, @ForAll boolean negative,
      @ForAll boolean withExponent) {
    String s = (negative ? "-" : "") + whole + (fraction.isEmpty() ? "" : "." + fraction)
        + (withExponent ? "e" + exponent : "");
    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
        Double.doubleToRawLongBits(Decimals.parse(s)), s);
  }

  @Property(tries = 1000)
  void rejectsExactlyWhatTheGrammarRejects(
      @ForAll @StringLength(max = 12) @Chars({'0', '1', '9', '.', 'e', 'E', '+', '-', ' ', 'x', 'N', 'd'})
      String s) {
    boolean valid = GRAMMAR.matcher(s).matches();
    assertEquals(!valid, Double.isNaN(Decimals.parse(s)), "'" + s + "'");
  }
}
