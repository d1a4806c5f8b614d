package io.quantor.broker.oms;

import io.quantor.core.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link Reconciler} found: the typed differences, how much was compared, and a readable table.
 *
 * <pre>{@code
 * ReconciliationReport report = reconciler.reconcile(oms.orders("paper"), book.openPositions(), paper);
 * if (!report.isClean()) {
 *   log.warn("\n{}", report.render());
 * }
 * }</pre>
 *
 * @param source the name of the broker (or snapshot) compared with
 * @param differences the differences: orders first, then positions
 * @param ordersCompared how many distinct orders were looked at
 * @param positionsCompared how many distinct symbols were looked at
 */
public record ReconciliationReport(String source, List<Difference> differences, int ordersCompared,
    int positionsCompared) {

  /**
   * Validates and copies.
   *
   * @param source not null
   * @param differences not null, no null element
   * @param ordersCompared {@code >= 0}
   * @param positionsCompared {@code >= 0}
   * @throws IllegalArgumentException if a reference is null or a count is negative
   */
  public ReconciliationReport {
    Args.notNull(source, "source");
    differences = List.copyOf(Args.notNull(differences, "differences"));
    if (ordersCompared < 0 || positionsCompared < 0) {
      throw new IllegalArgumentException("counts must be >= 0, were " + ordersCompared + ", "
          + positionsCompared);
    }
  }

  /**
   * Whether the books agree.
   *
   * @return true if there is no difference
   */
  public boolean isClean() {
    return differences.isEmpty();
  }

  /**
   * The differences of one kind.
   *
   * @param kind the kind
   * @return an unmodifiable list
   */
  public List<Difference> differences(Difference.Kind kind) {
    List<Difference> out = new ArrayList<>();
    for (Difference d : differences) {
      if (d.kind() == kind) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A readable table: a summary line, then one row per difference with aligned columns.
   *
   * <p>Numbers are rounded to 12 significant digits for display.
   *
   * <pre>
   * Reconciliation with paper: 2 differences (3 orders, 2 positions compared)
   * subject   kind               id    field     internal  broker  difference
   * ORDER     STATUS_MISMATCH    o-2   status    ACCEPTED  FILLED
   * POSITION  QUANTITY_MISMATCH  ORCL  quantity  100       90      -10
   * </pre>
   *
   * @return the table, lines separated by {@code \n}
   */
  public String render() {
    String found = differences.isEmpty() ? "clean"
        : differences.size() + (differences.size() == 1 ? " difference" : " differences");
    String summary = String.format(Locale.ROOT,
        "Reconciliation with %s: %s (%d orders, %d positions compared)", source, found, ordersCompared,
        positionsCompared);
    if (differences.isEmpty()) {
      return summary;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"subject", "kind", "id", "field", "internal", "broker", "difference"});
    for (Difference d : differences) {
      rows.add(new String[] {d.subject().name(), d.kind().name(), d.id(), d.field(), d.internal(), d.broker(),
          Double.isNaN(d.difference()) ? "" : number(d.difference())});
    }
    int[] widths = new int[7];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder(summary);
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      text.append('\n').append(line.toString().stripTrailing());
    }
    return text.toString();
  }

  /**
   * The same as {@link #render()}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    return render();
  }

  /**
   * A number for people: rounded to 12 significant digits (so {@code 41.025 - 41.0} shows as 0.025), without
   * exponent or trailing zeros ({@code 100}, not 100.0). The differences keep the exact doubles.
   */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return value == 0 ? "0"
        : new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
  }
}
