package io.quantor.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap of 1,000,000-bar {@link BarSeries}, measured with JOL's object-graph walk (no agent needed).
 * Four 8-byte price columns plus the timestamps and the volumes at 4 bytes each where they fit (minute
 * bars, whole volumes): 40 bytes a bar; with fractional volumes 44; with timestamps that fit no 32-bit step
 * 48. Each figure is checked within 0.1 byte a bar (the few objects around the arrays).
 */
class BarSeriesMemoryTest {

  private static final int N = 1_000_000;

  @Test
  void minuteBarsWithWholeVolumesTake40BytesABar() {
    assertEquals(40.0, bytesPerBar(60_000L, false), 0.1);
  }

  @Test
  void fractionalVolumesTake44BytesABar() {
    assertEquals(44.0, bytesPerBar(60_000L, true), 0.1);
  }

  @Test
  void timestampsBeyondThe32BitStepsTake48BytesABar() {
    // 4,999 ms apart: only millisecond steps divide them, and a million of them span 58 days (> 49.7).
    assertEquals(48.0, bytesPerBar(4_999L, true), 0.1);
  }

  private static double bytesPerBar(long stepMillis, boolean fractionalVolume) {
    BarSeries.Builder b = BarSeries.builder("MEM", N);
    long t = 1_136_188_860_000L;
    for (int i = 0; i < N; i++) {
      double p = 100 + (i & 1023) * 0.01;
      double volume = (i & 4095) + (fractionalVolume ? 0.5 : 0.0);
      b.add(t + stepMillis * i, p, p + 0.5, p - 0.5, p + 0.25, volume);
    }
    BarSeries series = b.build();
    assertEquals(N, series.size());
    assertEquals(t + stepMillis * (N - 1), series.epochMillis(N - 1));
    long bytes = GraphLayout.parseInstance(series).totalSize();
    assertTrue(bytes < 60L * 1024 * 1024, "retained " + bytes + " bytes");
    return (double) bytes / N;
  }
}
