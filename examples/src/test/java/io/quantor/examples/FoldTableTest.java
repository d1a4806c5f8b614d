package io.quantor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quantor.backtest.walkforward.Fold;
import io.quantor.backtest.walkforward.FoldResult;
import io.quantor.backtest.walkforward.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fold table's layout, written out by hand. */
class FoldTableTest {

  @Test
  void rendersAlignedColumns() {
    Parameters a = Parameters.of(Map.of("fast", 10.0, "threshold", 0.2));
    Parameters b = Parameters.of(Map.of("fast", 5.0, "threshold", 0.35));
    FoldResult f0 = new FoldResult(new Fold(0, 0, 250, 250, 271, LocalDate.of(2001, 1, 1),
        LocalDate.of(2002, 1, 1), LocalDate.of(2002, 2, 1)), a, 1.234, -0.5, -0.0123, 3, 1);
    FoldResult f1 = new FoldResult(new Fold(1, 21, 271, 271, 290, LocalDate.of(2001, 2, 1),
        LocalDate.of(2002, 2, 1), LocalDate.of(2002, 3, 1)), b, 0.5, 12.25, 0.1, 0, 0);
    String expected = String.join("\n",
        "fold  train             test     fast  threshold  IS Sharpe  OOS Sharpe  OOS return  trades",
        "   0  2001-01..2001-12  2002-01    10       0.20       1.23       -0.50     -1.23 %     1/3",
        "   1  2001-02..2002-01  2002-02     5       0.35       0.50       12.25    +10.00 %     0/0",
        "");
    assertEquals(expected, FoldTable.render(List.of(f0, f1)));
  }
}
