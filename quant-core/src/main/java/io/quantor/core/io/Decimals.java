package io.quantor.core.io;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal text to {@code double} and back, strictly and fast.
 *
 * <p>{@link #parse(String)} accepts only {@code [+-]digits[.digits][(e|E)[+-]digits]} (at least one digit
 * in the mantissa; no spaces, no {@code NaN}, {@code Infinity}, hex or type suffixes) and rounds correctly:
 * up to 15 significant digits with a decimal exponent within 22 it takes Clinger's exact fast path (one
 * correctly rounded multiplication or division of exactly representable operands), otherwise
 * {@link Double#parseDouble(String)}. {@link #format(double)} prints the shortest decimal that reads back
 * to the same double, in plain notation ({@code 36301200}, {@code 0.00001}, never {@code 3.63012E7}).
 */
final class Decimals {

  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private Decimals() {
  }

  /**
   * Parses a decimal number.
   *
   * @param s the text
   * @return the value (possibly infinite when out of range), or NaN if the text is not a decimal number
   */
  static double parse(String s) {
    int n = s.length();
    int i = 0;
    if (n == 0) {
      return Double.NaN;
    }
    char ch = s.charAt(0);
    boolean negative = ch == '-';
    if (negative || ch == '+') {
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int scale = 0;
    boolean digits = false;
    boolean lossy = false;
    for (; i < n; i++) {
      ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        break;
      }
      digits = true;
      if (significant < 18) {
        mantissa = mantissa * 10 + (ch - '0');
        if (mantissa != 0) {
          significant++;
        }
      } else {
        scale++;
        lossy = true;
      }
    }
    if (i < n && s.charAt(i) == '.') {
      for (i++; i < n; i++) {
        ch = s.charAt(i);
        if (ch < '0' || ch > '9') {
          break;
        }
        digits = true;
        if (significant < 18) {
          mantissa = mantissa * 10 + (ch - '0');
          if (mantissa != 0) {
            significant++;
          }
          scale--;
        } else {
          lossy = true;
        }
      }
    }
    if (!digits) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        negativeExponent = s.charAt(i) == '-';
        i++;
      }
      boolean exponentDigits = false;
      for (; i < n; i++) {
        ch = s.charAt(i);
        if (ch < '0' || ch > '9') {
          break;
        }
        exponentDigits = true;
        if (exponent < 100_000) {
          exponent = exponent * 10 + (ch - '0');
        } else {
          lossy = true;
        }
      }
      if (!exponentDigits) {
        return Double.NaN;
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (i != n) {
      return Double.NaN;
    }
    int e10 = scale + exponent;
    if (!lossy && significant <= 15 && e10 >= -22 && e10 <= 22) {
      double v = e10 >= 0 ? mantissa * POW10[e10] : mantissa / POW10[-e10];
      return negative ? -v : v;
    }
    return Double.parseDouble(s);
  }

  /**
   * Subnormals have so few significant bits that the shortest decimal may have one digit where Schubfach
   * prints two ({@code 4.9E-324}, while {@code 5E-324} reads back too): search the precision upwards. The
   * spacing of subnormals is uniform, so the nearest decimal of each precision is the one to try.
   */
  private static String subnormal(double v) {
    BigDecimal exact = new BigDecimal(v);
    for (int digits = 1; ; digits++) {
      BigDecimal d = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (d.doubleValue() == v) {
        return d.stripTrailingZeros().toPlainString();
      }
    }
  }

  /**
   * The shortest decimal text that {@link #parse(String)} reads back to {@code v}, in plain notation.
   *
   * @param v a finite value
   * @return the text
   */
  static String format(double v) {
    if (v == 0) {
      return Double.doubleToRawLongBits(v) < 0 ? "-0" : "0";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (Math.abs(v) < Double.MIN_NORMAL) {
      return subnormal(v);
    }
    // Schubfach (Jackson's port) gives the shortest digits (Java 17's toString does not always), but at
    // least two: for normal doubles a one-digit answer d always comes out as d.0, which is stripped below.
    String s = NumberOutput.toString(v, true);
    int e = s.indexOf('E');
    int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
    String mantissa = e < 0 ? s : s.substring(0, e);
    boolean negative = mantissa.charAt(0) == '-';
    if (negative) {
      mantissa = mantissa.substring(1);
    }
    int dot = mantissa.indexOf('.');
    String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
    int point = (dot < 0 ? mantissa.length() : dot) + exponent;
    int leading = 0;
    while (leading < digits.length() - 1 && digits.charAt(leading) == '0') {
      leading++;
    }
    digits = digits.substring(leading);
    point -= leading;
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    digits = digits.substring(0, end);
    StringBuilder b = new StringBuilder(digits.length() + 8);
    if (negative) {
      b.append('-');
    }
    if (point <= 0) {
      b.append("0.");
      for (int k = point; k < 0; k++) {
        b.append('0');
      }
      b.append(digits);
    } else if (point >= digits.length()) {
      b.append(digits);
      for (int k = digits.length(); k < point; k++) {
        b.append('0');
      }
    } else {
      b.append(digits, 0, point).append('.').append(digits, point, digits.length());
    }
    return b.toString();
  }
}
