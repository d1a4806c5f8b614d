package io.quantor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.indicator.Indicators;
import io.quantor.core.io.BarCsvReader;
import io.quantor.core.series.BarSeries;
import io.quantor.core.testing.SharedData;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's quick start runs as written, on synthetic data and on a real file. */
class QuickStartTest {

  @Test
  void runsOnSyntheticData() {
    String out = QuickStart.run(new String[0]);
    assertTrue(out.startsWith("BarSeries[SIM"), out);
    assertEquals(5, out.split("\n").length, out);
  }

  @Test
  void runsOnTheOrclFileAndPrintsItsLastRsi() {
    Path orcl = SharedData.data("orcl_daily_1995_2014.csv");
    String out = QuickStart.run(new String[] {orcl.toString()});
    // The printed RSI is the last value of shared/reference/indicators/rsi_14.csv (TA-Lib), rounded.
    String[] rsiRows = readLastLine(SharedData.indicatorReference("rsi_14.csv")).split(",");
    double expected = Double.parseDouble(rsiRows[2]);
    assertTrue(out.contains(String.format(Locale.ROOT, "RSI(14) %.4f", expected)), out);
    BarSeries s = BarCsvReader.daily().read(orcl);
    double[] rsi = Indicators.rsi(s.closes(), 14);
    assertEquals(expected, rsi[rsi.length - 1], 1e-9);
  }

  private static String readLastLine(Path p) {
    try {
      var lines = java.nio.file.Files.readAllLines(p);
      return lines.get(lines.size() - 1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
