package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionTypeTest {

  @Test
  void signAndPayoff() {
    assertEquals(1, OptionType.CALL.sign());
    assertEquals(-1, OptionType.PUT.sign());
    assertEquals(5, OptionType.CALL.payoff(105, 100));
    assertEquals(0, OptionType.CALL.payoff(95, 100));
    assertEquals(5, OptionType.PUT.payoff(95, 100));
    assertEquals(0, OptionType.PUT.payoff(105, 100));
    assertTrue(Double.isNaN(OptionType.PUT.payoff(Double.NaN, 100)));
  }

  @Test
  void parsesTheReferenceFileSpelling() {
    assertEquals(OptionType.CALL, OptionType.parse("call"));
    assertEquals(OptionType.PUT, OptionType.parse(" PUT "));
    assertEquals("type must be call or put, was straddle",
        assertThrows(IllegalArgumentException.class, () -> OptionType.parse("straddle")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> OptionType.parse(null));
  }
}
