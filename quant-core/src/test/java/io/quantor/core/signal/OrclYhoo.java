package io.quantor.core.signal;

import io.quantor.core.io.BarCsvReader;
import io.quantor.core.series.BarSeries;
import io.quantor.core.testing.SharedData;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The ORCL and YHOO daily files of {@code shared/data}, unadjusted closes, cut to a common date range
 * (both files have exactly the same dates on their overlap, see {@code shared/data/README.md}).
 */
final class OrclYhoo {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  final BarSeries orcl;
  final BarSeries yhoo;

  private OrclYhoo(BarSeries orcl, BarSeries yhoo) {
    this.orcl = orcl;
    this.yhoo = yhoo;
  }

  /**
   * Both series from {@code from} to {@code to}, inclusive.
   *
   * @param from the first date
   * @param to the last date
   * @return the aligned series
   */
  static OrclYhoo between(String from, String to) {
    BarSeries o = BarCsvReader.daily().withSymbol("ORCL").read(SharedData.data("orcl_daily_1995_2014.csv"));
    BarSeries y = BarCsvReader.daily().withSymbol("YHOO").read(SharedData.data("yhoo_daily_1996_2015.csv"));
    long start = LocalDate.parse(from).atStartOfDay(NEW_YORK).toInstant().toEpochMilli();
    long end = LocalDate.parse(to).plusDays(1).atStartOfDay(NEW_YORK).toInstant().toEpochMilli() - 1;
    BarSeries os = o.slice(o.indexAtOrBefore(start - 1) + 1, o.indexAtOrBefore(end) + 1);
    BarSeries ys = y.slice(y.indexAtOrBefore(start - 1) + 1, y.indexAtOrBefore(end) + 1);
    if (os.size() != ys.size()) {
      throw new AssertionError("ORCL and YHOO differ in length: " + os.size() + " vs " + ys.size());
    }
    for (int i = 0; i < os.size(); i++) {
      if (os.epochMillis(i) != ys.epochMillis(i)) {
        throw new AssertionError("ORCL and YHOO differ in dates at row " + i);
      }
    }
    return new OrclYhoo(os, ys);
  }

  static double[] logCloses(BarSeries s) {
    double[] out = new double[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.log(s.close(i));
    }
    return out;
  }

  double[] logOrcl() {
    return logCloses(orcl);
  }

  double[] logYhoo() {
    return logCloses(yhoo);
  }
}
