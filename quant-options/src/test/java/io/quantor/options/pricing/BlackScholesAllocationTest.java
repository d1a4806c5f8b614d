package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The allocation contract of {@link BlackScholes} and {@link Black76}: {@code price}, the array variant
 * of {@code greeks} and {@code firstOrder} allocate nothing, the record variant only its result. Measured
 * with the JVM's per-thread allocation counter (bytes, not time), over 20,000 calls after a warm-up,
 * allowing 1 KB for the counter's own bookkeeping. Skipped on JVMs without
 * {@code com.sun.management.ThreadMXBean}.
 */
class BlackScholesAllocationTest {

  private static final int CALLS = 20_000;

  @Test
  void priceAndArrayGreeksDoNotAllocateAndRecordGreeksAllocateOnlyTheRecord() {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    double[] out = new double[Greeks.SIZE];
    double sink = run(out, 2000, 0) + run(out, 2000, 1) + run(out, 2000, 2) + run(out, 2000, 3)
        + run(out, 2000, 4);

    long before = threads.getCurrentThreadAllocatedBytes();
    sink += run(out, CALLS, 0);
    long price = threads.getCurrentThreadAllocatedBytes() - before;

    before = threads.getCurrentThreadAllocatedBytes();
    sink += run(out, CALLS, 1);
    long array = threads.getCurrentThreadAllocatedBytes() - before;

    before = threads.getCurrentThreadAllocatedBytes();
    sink += run(out, CALLS, 2);
    long record = threads.getCurrentThreadAllocatedBytes() - before;

    before = threads.getCurrentThreadAllocatedBytes();
    sink += run(out, CALLS, 3);
    long black76 = threads.getCurrentThreadAllocatedBytes() - before;

    before = threads.getCurrentThreadAllocatedBytes();
    sink += run(out, CALLS, 4);
    long firstOrder = threads.getCurrentThreadAllocatedBytes() - before;

    assertTrue(sink != 0);
    assertTrue(price <= 1024, "price allocated " + price + " bytes in " + CALLS + " calls");
    assertTrue(array <= 1024, "array greeks allocated " + array + " bytes in " + CALLS + " calls");
    assertTrue(black76 <= 1024, "Black-76 price allocated " + black76 + " bytes in " + CALLS + " calls");
    assertTrue(firstOrder <= 1024, "firstOrder allocated " + firstOrder + " bytes in " + CALLS + " calls");
    // A record of ten doubles is 96 bytes with compressed class pointers, at most 104 without.
    assertTrue(record <= 104L * CALLS + 1024, "record greeks allocated " + record + " bytes in " + CALLS
        + " calls");
  }

  private static double run(double[] out, int calls, int mode) {
    double sum = 0;
    for (int i = 0; i < calls; i++) {
      OptionType type = (i & 1) == 0 ? OptionType.CALL : OptionType.PUT;
      double spot = 80 + (i % 41);
      double t = 0.02 + (i % 17) * 0.1;
      double sigma = 0.1 + (i % 7) * 0.1;
      if (mode == 0) {
        sum += BlackScholes.price(type, spot, 100, t, 0.03, 0.01, sigma);
      } else if (mode == 1) {
        BlackScholes.greeks(type, spot, 100, t, 0.03, 0.01, sigma, out, 0);
        sum += out[Greeks.DELTA];
      } else if (mode == 2) {
        sum += BlackScholes.greeks(type, spot, 100, t, 0.03, 0.01, sigma).gamma();
      } else if (mode == 3) {
        sum += Black76.price(type, spot, 100, t, 0.03, sigma);
      } else {
        BlackScholes.firstOrder(type, spot, 100, t, 0.03, 0.01, sigma, out, 0);
        sum += out[Greeks.GAMMA];
      }
    }
    return sum;
  }
}
