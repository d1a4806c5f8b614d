package io.quantor.examples;

import io.quantor.backtest.walkforward.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints a walk-forward's progress as a line at every tenth of the evaluations, with the elapsed time.
 * Lines, not a carriage-return counter, so that the output reads the same in a terminal, a log and a
 * test. Called from the walk-forward's worker threads: one lock orders the lines.
 */
final class ProgressPrinter implements ProgressListener {

  private final PrintStream out;
  private final String label;
  private final long startNanos;
  private int printedTenths;

  /**
   * A printer.
   *
   * @param out where the lines go
   * @param label what is running, at the start of each line
   * @param startNanos {@link System#nanoTime()} when the work started
   */
  ProgressPrinter(PrintStream out, String label, long startNanos) {
    this.out = out;
    this.label = label;
    this.startNanos = startNanos;
  }

  @Override
  public synchronized void progress(int done, int total) {
    int tenths = (int) (10L * done / total);
    if (tenths > printedTenths) {
      printedTenths = tenths;
      out.printf(Locale.ROOT, "  %s %3d %%  (%,d of %,d runs, %.1f s)%n", label, tenths * 10, done, total,
          (System.nanoTime() - startNanos) / 1e9);
      out.flush();
    }
  }
}
