package io.quantor.examples;

import io.quantor.core.indicator.Indicators;
import io.quantor.core.series.BarSeries;
import java.time.Instant;
import java.util.Locale;

/**
 * The README's quick start: build a series, compute indicators, print the last values.
 */
public final class QuickStart {

  private QuickStart() {
  }

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    BarSeries.Builder b = BarSeries.builder("DEMO");
    double price = 100;
    Instant t = Instant.parse("2024-01-02T21:00:00Z");
    for (int i = 0; i < 300; i++) {
      double next = price * (1 + 0.01 * Math.sin(i / 7.0));
      b.add(t.plusSeconds(86_400L * i), price, Math.max(price, next) + 0.5, Math.min(price, next) - 0.5,
          next, 1_000_000);
      price = next;
    }
    BarSeries series = b.build();
    double[] sma = Indicators.sma(series.closes(), 20);
    double[] ema = Indicators.ema(series.closes(), 20);
    int last = series.size() - 1;
    System.out.printf(Locale.ROOT, "%s: close %.4f, SMA(20) %.4f, EMA(20) %.4f%n", series,
        series.close(last), sma[last], ema[last]);
  }
}
