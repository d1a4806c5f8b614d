package io.quantor.core.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SizingResult#num(double)} gives exactly the text of the exact-expansion formula it replaces,
 * {@code new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString()}, on raw bit
 * patterns of every magnitude and on values at and a few ulps around rounding ties (seventh significant
 * digit 5), where the short decimal and the exact value could round differently. Many tries because a
 * wrong tie would be rare.
 */
class NumberTextProperties {

  /** Any finite double, drawn from its raw bits: normal, subnormal, huge, tiny, either sign. */
  @Property(tries = 10_000)
  void rawBitsFormatLikeTheExactExpansion(@ForAll long bits) {
    double value = Double.longBitsToDouble(bits);
    Assume.that(Double.isFinite(value));
    assertEquals(exactText(value), SizingResult.num(value), () -> "bits " + Long.toHexString(bits));
  }

  /** Decimal ties m5 * 10^e (m six digits) and neighbours up to 3 ulps away, across all exponents. */
  @Property(tries = 10_000)
  void valuesAroundTiesFormatLikeTheExactExpansion(@ForAll("nearTies") double value) {
    Assume.that(Double.isFinite(value));
    assertEquals(exactText(value), SizingResult.num(value), () -> "value " + value);
  }

  /** Ordinary magnitudes of prices, quantities and fractions, where explanations live. */
  @Property(tries = 2_000)
  void everydayValuesFormatLikeTheExactExpansion(@ForAll("everyday") double value) {
    assertEquals(exactText(value), SizingResult.num(value), () -> "value " + value);
  }

  @Provide
  Arbitrary<Double> nearTies() {
    Arbitrary<Long> sixDigits = Arbitraries.longs().between(100_000, 999_999);
    Arbitrary<String> tail = Arbitraries.of("5", "49999999", "50000001", "4999999999999", "5000000000001");
    Arbitrary<Integer> exponent = Arbitraries.integers().between(-330, 310)
        .edgeCases(c -> c.add(-6, 0, 5, -1, -300, 300));
    Arbitrary<Integer> ulps = Arbitraries.integers().between(-3, 3);
    Arbitrary<Boolean> negative = Arbitraries.of(false, true);
    return Combinators.combine(sixDigits, tail, exponent, ulps, negative).as((m, t, e, k, neg) -> {
      double v = Double.parseDouble(m + t + "E" + (e - t.length()));
      for (int i = 0; i < Math.abs(k); i++) {
        v = k > 0 ? Math.nextUp(v) : Math.nextDown(v);
      }
      return neg ? -v : v;
    });
  }

  @Provide
  Arbitrary<Double> everyday() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e7, 1e7),
        Arbitraries.doubles().between(-1, 1),
        Arbitraries.integers().between(-1_000_000_000, 1_000_000_000).map(i -> i / 1000.0),
        Arbitraries.integers().between(-1_000_000, 1_000_000).map(i -> i * 0.1));
  }

  /** The previous implementation, the specification of the output. */
  private static String exactText(double value) {
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
