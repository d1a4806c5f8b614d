package io.quantor.options.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * {@link Expm1#expm1} returns the same bits as {@link Math#expm1} (fdlibm), whose small-argument branch it
 * reproduces, for arguments from 1e-20 to 1 in magnitude, both signs (across the branch boundary
 * {@code ln(2)/2}), and the special values.
 */
class Expm1Properties {

  @Property(tries = 500)
  void sameBitsAsMathExpm1(@ForAll("arguments") double x) {
    assertEquals(Double.doubleToRawLongBits(Math.expm1(x)), Double.doubleToRawLongBits(Expm1.expm1(x)),
        "expm1(" + x + ")");
  }

  @Provide
  Arbitrary<Double> arguments() {
    Arbitrary<Double> magnitude = Arbitraries.doubles().ofScale(15).between(-20, 0)
        .withDistribution(RandomDistribution.uniform()).map(e -> Math.pow(10, e));
    return Arbitraries.oneOf(magnitude, magnitude.map(m -> -m),
        Arbitraries.of(0.0, -0.0, 0.34657359027997264, -0.34657359027997264,
            Math.nextDown(0.34657359027997264), Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-320, -1e-320));
  }
}
