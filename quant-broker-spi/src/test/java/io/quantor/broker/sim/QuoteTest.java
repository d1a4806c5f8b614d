package io.quantor.broker.sim;

import static io.quantor.broker.sim.Fixtures.T1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Validation and the derived prices of {@link Quote}. */
class QuoteTest {

  @Test
  void midAndSpread() {
    Quote q = Quote.of(T1, 125.30, 125.34, 300, 500);
    assertEquals(125.32, q.mid(), 1e-12);
    assertEquals(0.04, q.spread(), 1e-12);
    assertEquals(0, Quote.of(T1, 10, 10, 0, 0).spread());
  }

  @Test
  void rejectsInvalidQuotes() {
    assertEquals("bid must be <= ask, was bid 10.02 > ask 10.01",
        assertThrows(IllegalArgumentException.class, () -> Quote.of(T1, 10.02, 10.01, 1, 1)).getMessage());
    assertEquals("bidSize must be finite and >= 0, was NaN",
        assertThrows(IllegalArgumentException.class, () -> Quote.of(T1, 10, 10.01, Double.NaN, 1))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Quote.of(T1, 10, 10.01, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> Quote.of(T1, 10, 10.01, 1, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Quote.of(T1, 0, 10.01, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Quote.of(T1, Double.NaN, 10.01, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Quote.of(T1, 10, Double.POSITIVE_INFINITY, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Quote.of(null, 10, 10.01, 1, 1));
  }
}
