package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap of a 1,000,000-bar {@link BarSeries}, measured with JOL's object-graph walk (no agent
 * needed): six primitive columns, 48 bytes a bar, so about 48 MB; the limit is 60 MB.
 */
class BarSeriesMemoryTest {

  @Test
  void millionBarsFitIn60Megabytes() {
    int n = 1_000_000;
    BarSeries.Builder b = BarSeries.builder("MEM", n);
    long t = 1_136_188_860_000L;
    for (int i = 0; i < n; i++) {
      double p = 100 + (i & 1023) * 0.01;
      b.add(t + 60_000L * i, p, p + 0.5, p - 0.5, p + 0.25, i & 4095);
    }
    BarSeries series = b.build();
    assertEquals(n, series.size());
    long bytes = GraphLayout.parseInstance(series).totalSize();
    double perBar = (double) bytes / n;
    assertTrue(bytes < 60L * 1024 * 1024, "retained " + bytes + " bytes, " + perBar + " per bar");
    assertTrue(perBar >= 48, "six 8-byte columns cannot take less than 48 bytes a bar, measured " + perBar);
  }
}
