package io.quantor.backtest.baseline;

import io.quantor.core.internal.Args;
import java.util.List;
import java.util.Locale;

/**
 * The regret of a strategy against its baselines, per metric and over time, and (when random entry
 * was run) the strategy's place among the random draws. Built by {@link Regret}; a plain value whose
 * accessors serialize to JSON as they are (Jackson writes records by their components).
 *
 * <p>{@link #render()} gives a text table for the console and the tear sheet, for example:
 * <pre>
 * metric        strategy     cash   regret  buy and hold   regret
 * total return    1.2345   0.0000  +1.2345        0.9876  +0.2469
 * ...
 * </pre>
 *
 * @param settings the annualization and risk-free rate of every metric
 * @param bars the number of bars, {@code >= 1}
 * @param strategy the strategy's metrics
 * @param baselines the regret against each baseline, in the order given (the random-entry median draw
 *     last, when present)
 * @param randomEntry the strategy's distribution among the random-entry draws, one per {@link Metric}
 *     in declaration order; empty when random entry was not run
 * @param randomDraws the number of random-entry draws, 0 when not run
 */
public record RegretReport(MetricSettings settings, int bars, MetricValues strategy,
    List<BaselineRegret> baselines, List<MetricDistribution> randomEntry, int randomDraws) {

  /**
   * Validates and copies the lists.
   *
   * @param settings the settings, not null
   * @param bars the number of bars, {@code >= 1}
   * @param strategy the strategy's metrics, not null
   * @param baselines the regrets, not empty, no null element, each with {@code bars + 1} wealth values
   * @param randomEntry the random-entry distributions, no null element; empty or one per metric
   * @param randomDraws the number of draws, 0 exactly when {@code randomEntry} is empty
   */
  public RegretReport {
    Args.notNull(settings, "settings");
    Args.atLeast(bars, 1, "bars");
    Args.notNull(strategy, "strategy");
    baselines = List.copyOf(Args.notNull(baselines, "baselines"));
    randomEntry = List.copyOf(Args.notNull(randomEntry, "randomEntry"));
    if (baselines.isEmpty()) {
      throw new IllegalArgumentException("baselines must not be empty");
    }
    for (BaselineRegret b : baselines) {
      if (b.wealthDifference().length != bars + 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "baseline \"%s\" must have %d wealth values, had %d", b.baseline(), bars + 1,
            b.wealthDifference().length));
      }
    }
    if (!randomEntry.isEmpty() && randomEntry.size() != Metric.values().length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "randomEntry must be empty or hold one distribution per metric (%d), had %d",
          Metric.values().length, randomEntry.size()));
    }
    if (randomEntry.isEmpty() != (randomDraws == 0) || randomDraws < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "randomDraws must be 0 exactly when randomEntry is empty, was %d with %d distributions",
          randomDraws, randomEntry.size()));
    }
  }

  /**
   * The regret against one baseline.
   *
   * @param baselineName the baseline's name, such as {@link Baselines#BUY_AND_HOLD}
   * @return the regret
   * @throws IllegalArgumentException if no baseline has that name
   */
  public BaselineRegret regret(String baselineName) {
    for (BaselineRegret b : baselines) {
      if (b.baseline().equals(baselineName)) {
        return b;
      }
    }
    throw new IllegalArgumentException("no baseline named \"" + baselineName + "\"");
  }

  /**
   * The strategy's distribution among the random-entry draws in one metric.
   *
   * @param metric the metric, not null
   * @return the distribution
   * @throws IllegalArgumentException if random entry was not run
   */
  public MetricDistribution randomEntry(Metric metric) {
    Args.notNull(metric, "metric");
    if (randomEntry.isEmpty()) {
      throw new IllegalArgumentException("random entry was not run for this report");
    }
    return randomEntry.get(metric.ordinal());
  }

  /**
   * The report as text: the metrics of the strategy and of each baseline with the regret beside each,
   * the final wealth and log-wealth differences, and the random-entry distribution with the
   * percentile rank and p-value of every metric when random entry was run.
   *
   * @return the text, lines ending with {@code \n}
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Regret: strategy minus baseline (%d bars; %s)\n", bars,
        settings.describe()));
    String[] header = new String[2 + 2 * baselines.size()];
    header[0] = "metric";
    header[1] = "strategy";
    for (int i = 0; i < baselines.size(); i++) {
      header[2 + 2 * i] = baselines.get(i).baseline();
      header[3 + 2 * i] = "regret";
    }
    TextTable metrics = new TextTable(header);
    for (Metric m : Metric.values()) {
      String[] row = new String[header.length];
      row[0] = m.label();
      row[1] = TextTable.number(strategy.get(m));
      for (int i = 0; i < baselines.size(); i++) {
        row[2 + 2 * i] = TextTable.number(baselines.get(i).values().get(m));
        row[3 + 2 * i] = TextTable.signed(baselines.get(i).regret().get(m));
      }
      metrics.row(row);
    }
    metrics.appendTo(out);
    out.append("(positive regret: the strategy's value is higher; lower volatility is better; "
        + "drawdowns are negative)\n\n");
    double strategyWealth = 1 + strategy.cumulativeReturn();
    out.append(String.format(Locale.ROOT, "Final wealth from 1: strategy %.4f\n", strategyWealth));
    TextTable wealth = new TextTable("baseline", "final wealth", "difference", "log difference");
    for (BaselineRegret b : baselines) {
      wealth.row(b.baseline(), TextTable.number(1 + b.values().cumulativeReturn()),
          TextTable.signed(b.finalWealthDifference()), TextTable.signed(b.finalLogWealthDifference()));
    }
    wealth.appendTo(out);
    if (!randomEntry.isEmpty()) {
      out.append(String.format(Locale.ROOT,
          "\nRandom entry: %d draws with the strategy's exposure (runs moved at random)\n", randomDraws));
      TextTable random = new TextTable("metric", "strategy", "median", "5%", "95%", "strategy-median",
          "percentile", "p-value");
      for (MetricDistribution d : randomEntry) {
        random.row(d.metric().label(), TextTable.number(d.strategy()), TextTable.number(d.median()),
            TextTable.number(d.lower()), TextTable.number(d.upper()), TextTable.signed(d.regret()),
            TextTable.number(d.percentileRank()), TextTable.number(d.pValue()));
      }
      random.appendTo(out);
      out.append("(percentile: share of draws the strategy beats, ties half; p-value: "
          + "(1 + draws at least as good) / (1 + draws))\n");
    }
    return out.toString();
  }
}
