package io.quantor.examples;

import io.quantor.backtest.walkforward.Fold;
import io.quantor.backtest.walkforward.FoldResult;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The walk-forward's folds as an aligned text table: fold, training months, test month(s), the chosen
 * parameters (one column each), in-sample and out-of-sample Sharpe ratios (annualized), the test
 * window's return and its trades (won/all).
 */
final class FoldTable {

  private FoldTable() {
  }

  /**
   * Renders the table.
   *
   * @param folds the folds, not empty
   * @return the lines, each ending with a line feed
   */
  static String render(List<FoldResult> folds) {
    List<String> names = new ArrayList<>(folds.get(0).chosen().values().keySet());
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[7 + names.size()];
    header[0] = "fold";
    header[1] = "train";
    header[2] = "test";
    for (int i = 0; i < names.size(); i++) {
      header[3 + i] = names.get(i);
    }
    int c = 3 + names.size();
    header[c] = "IS Sharpe";
    header[c + 1] = "OOS Sharpe";
    header[c + 2] = "OOS return";
    header[c + 3] = "trades";
    rows.add(header);
    for (FoldResult f : folds) {
      Fold fold = f.fold();
      String[] row = new String[header.length];
      row[0] = Integer.toString(fold.index());
      YearMonth trainFirst = YearMonth.from(fold.trainStart());
      YearMonth testFirst = YearMonth.from(fold.testStart());
      YearMonth testLast = YearMonth.from(fold.testEnd()).minusMonths(1);
      row[1] = trainFirst + ".." + testFirst.minusMonths(1);
      row[2] = testFirst.equals(testLast) ? testFirst.toString() : testFirst + ".." + testLast;
      Map<String, Double> values = f.chosen().values();
      for (int i = 0; i < names.size(); i++) {
        row[3 + i] = number(values.get(names.get(i)));
      }
      row[c] = String.format(Locale.ROOT, "%.2f", f.inSampleObjective());
      row[c + 1] = String.format(Locale.ROOT, "%.2f", f.outOfSampleSharpe());
      row[c + 2] = String.format(Locale.ROOT, "%+.2f %%", 100 * f.outOfSampleReturn());
      row[c + 3] = f.winningTrades() + "/" + f.trades();
      rows.add(row);
    }
    int[] width = new int[header.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        if (i > 0) {
          line.append("  ");
        }
        // Text columns (train, test) left-aligned, numbers right-aligned.
        String format = i == 1 || i == 2 ? "%-" + width[i] + "s" : "%" + width[i] + "s";
        line.append(String.format(Locale.ROOT, format, r[i]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Whole numbers without decimals (periods), others with two (thresholds). */
  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
