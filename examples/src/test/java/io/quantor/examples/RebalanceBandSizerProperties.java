package io.quantor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.core.sizing.SizingRequest;
import io.quantor.core.sizing.SizingResult;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The band's result is the current position or the inner target, exactly as its rule says. */
class RebalanceBandSizerProperties {

  @Property(tries = 200)
  void keepsOrFollows(@ForAll @IntRange(min = -500, max = 500) int held,
      @ForAll @IntRange(min = -500, max = 500) int wanted,
      @ForAll @DoubleRange(min = 0, max = 0.99) double band) {
    SizingRequest request = SizingRequest.builder("X").price(1).signal(1).equity(10_000)
        .availableCapital(10_000).currentPosition(held).build();
    SizingResult r = new RebalanceBandSizer(req -> SizingResult.constrain(req, wanted, List.of()), band)
        .size(request);
    boolean keep = held != 0 && Integer.signum(held) == Integer.signum(wanted)
        && Math.abs(wanted - held) <= band * Math.abs(held);
    assertEquals(keep ? held : wanted, r.quantity(), 0.0);
    assertEquals(r.quantity() - held, r.orderQuantity(), 0.0);
  }
}
