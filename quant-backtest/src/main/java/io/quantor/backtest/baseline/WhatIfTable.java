package io.quantor.backtest.baseline;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The metrics of a base run and of variants that each change one thing, with the deltas side by side.
 * Built by {@link WhatIf#compare}; a plain value whose accessors serialize to JSON as they are.
 *
 * @param settings the annualization and risk-free rate of every metric
 * @param bars the number of bars, {@code >= 1}
 * @param baselineName the base run's name
 * @param baseline the base run's metrics
 * @param variants the variants in the order given, names distinct from each other and from the base
 */
public record WhatIfTable(MetricSettings settings, int bars, String baselineName, MetricValues baseline,
    List<WhatIfVariant> variants) {

  /**
   * Validates and copies the variants.
   *
   * @param settings the settings, not null
   * @param bars the number of bars, {@code >= 1}
   * @param baselineName the base run's name, not blank
   * @param baseline the base run's metrics, not null
   * @param variants the variants, not empty, no null element, distinct names
   */
  public WhatIfTable {
    Args.notNull(settings, "settings");
    Args.atLeast(bars, 1, "bars");
    Inputs.name(baselineName, "baselineName");
    Args.notNull(baseline, "baseline");
    variants = List.copyOf(Args.notNull(variants, "variants"));
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("variants must not be empty");
    }
    Set<String> names = new HashSet<>();
    names.add(baselineName);
    for (WhatIfVariant v : variants) {
      if (!names.add(v.name())) {
        throw new IllegalArgumentException("variant names must be distinct and differ from the base "
            + "run's, \"" + v.name() + "\" appears twice");
      }
    }
  }

  /**
   * One variant by name.
   *
   * @param name the variant's name
   * @return the variant
   * @throws IllegalArgumentException if no variant has that name
   */
  public WhatIfVariant variant(String name) {
    for (WhatIfVariant v : variants) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException("no variant named \"" + name + "\"");
  }

  /**
   * The table as text: one row per metric; the base run's value, then each variant's value and delta.
   *
   * @return the text, lines ending with {@code \n}
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "What if: variants against \"%s\" (%d bars; %s)\n", baselineName,
        bars, settings.describe()));
    String[] header = new String[2 + 2 * variants.size()];
    header[0] = "metric";
    header[1] = baselineName;
    for (int i = 0; i < variants.size(); i++) {
      header[2 + 2 * i] = variants.get(i).name();
      header[3 + 2 * i] = "delta";
    }
    TextTable table = new TextTable(header);
    for (Metric m : Metric.values()) {
      String[] row = new String[header.length];
      row[0] = m.label();
      row[1] = TextTable.number(baseline.get(m));
      for (int i = 0; i < variants.size(); i++) {
        row[2 + 2 * i] = TextTable.number(variants.get(i).values().get(m));
        row[3 + 2 * i] = TextTable.signed(variants.get(i).delta().get(m));
      }
      table.row(row);
    }
    table.appendTo(out);
    out.append("(delta: variant minus base; lower volatility is better; drawdowns are negative)\n");
    return out.toString();
  }
}
