package io.quantor.bench;

import io.quantor.core.series.BarSeries;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;
import org.ta4j.core.BaseBarSeries;

/**
 * Retained heap of the same bars as a Quantor {@link BarSeries} and as a ta4j {@link BaseBarSeries} with
 * {@code DoubleNum}, measured with JOL (every object reachable from the series, shared ones once); also the
 * Quantor series with its synthetic volumes rounded to whole shares, as a market data feed reports them.
 *
 * <pre>
 * java -Djdk.attach.allowAttachSelf -Xmx4g -cp benchmarks/target/benchmarks.jar \
 *     io.quantor.bench.HeapFootprint [bars]
 * </pre>
 */
public final class HeapFootprint {

  private HeapFootprint() {
  }

  /**
   * Prints bytes in total and per bar for both series.
   *
   * @param args optional: the number of bars (default one million)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : BenchmarkData.BARS;
    System.out.println(VM.current().details());
    BarSeries quantor = BenchmarkData.quantor(n);
    long quantorBytes = GraphLayout.parseInstance(quantor).totalSize();
    report("Quantor BarSeries", quantorBytes, n);
    // The synthetic volumes are fractional; a feed reports whole shares, which the series stores in 4 bytes.
    BarSeries.Builder whole = BarSeries.builder(quantor.symbol(), n);
    for (int i = 0; i < n; i++) {
      whole.add(quantor.epochMillis(i), quantor.open(i), quantor.high(i), quantor.low(i), quantor.close(i),
          Math.rint(quantor.volume(i)));
    }
    BarSeries wholeShares = whole.build();
    whole = null;
    report("Quantor BarSeries, whole shares", GraphLayout.parseInstance(wholeShares).totalSize(), n);
    wholeShares = null;
    List<org.ta4j.core.Bar> bars = BenchmarkData.ta4jBars(quantor);
    quantor = null;
    BaseBarSeries ta4j = BenchmarkData.ta4jSeries(bars);
    bars = null;
    long ta4jBytes = GraphLayout.parseInstance(ta4j).totalSize();
    report("ta4j BaseBarSeries (DoubleNum)", ta4jBytes, n);
    System.out.printf(Locale.ROOT, "ta4j / Quantor: %.1fx%n", (double) ta4jBytes / quantorBytes);
  }

  private static void report(String what, long bytes, int n) {
    System.out.printf(Locale.ROOT, "%-32s %,15d bytes  %8.1f bytes/bar  (%,d bars)%n", what, bytes,
        (double) bytes / n, n);
  }
}
