package io.quantor.core.io;

import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import java.util.List;

/**
 * The outcome of a lenient read: the series of every good row and the list of rows left out.
 *
 * @param source the file name or stream name
 * @param series the bars of the good rows
 * @param skipped every row left out, in file order, with its line, column and reason
 */
public record ReadReport(String source, BarSeries series, List<SkippedRow> skipped) {

  /**
   * Validates and copies the fields.
   *
   * @param source the source name
   * @param series the series
   * @param skipped the skipped rows (copied)
   * @throws IllegalArgumentException if an argument is null
   */
  public ReadReport {
    Args.notNull(source, "source");
    Args.notNull(series, "series");
    skipped = List.copyOf(Args.notNull(skipped, "skipped"));
  }

  /**
   * Whether no row was left out.
   *
   * @return true if every data row was read
   */
  public boolean isClean() {
    return skipped.isEmpty();
  }
}
