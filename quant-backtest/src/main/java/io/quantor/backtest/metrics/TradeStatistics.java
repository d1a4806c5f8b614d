package io.quantor.backtest.metrics;

import io.quantor.backtest.internal.Inputs;
import io.quantor.core.internal.CompensatedSum;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Statistics of a list of round-trip {@link Trade}s, all in account currency and on net P&amp;L (after
 * fees); plus the activity measures {@link #exposure(double[])} and {@link #turnover(double[], double[],
 * int)} of a run's bar series.
 *
 * <p>A winner has {@code netPnl > 0}, a loser {@code netPnl < 0}; a trade with exactly zero net P&amp;L
 * is neither but stays in the win rate's denominator (as zero returns do in
 * {@link ReturnMetrics#winRate(double[])}). {@code expectancy = totalNetPnl / count = winRate *
 * averageWin + lossRate * averageLoss}, the mean P&amp;L of a trade. Averages that have nothing to
 * average (no winner, no loser) and ratios with a zero denominator are {@code NaN}.
 *
 * <pre>{@code
 * TradeStatistics s = TradeStatistics.of(trades);
 * s.winRate();
 * s.expectancy();          // mean net P&L per trade
 * s.profitFactor();        // gross profit / |gross loss|
 * s.medianHoldingTime();
 * double exposure = TradeStatistics.exposure(positionPerBar);
 * double turnover = TradeStatistics.turnover(tradedNotionalPerBar, equityPerBar, 252);
 * }</pre>
 *
 * @param count the number of trades, {@code >= 1}
 * @param longCount the number of long trades
 * @param shortCount the number of short trades
 * @param winners the number of trades with {@code netPnl > 0}
 * @param losers the number of trades with {@code netPnl < 0}
 * @param winRate {@code winners / count}
 * @param averageWin the mean net P&amp;L of the winners ({@code > 0}), NaN if none
 * @param averageLoss the mean net P&amp;L of the losers ({@code < 0}), NaN if none
 * @param payoffRatio {@code averageWin / |averageLoss|}, NaN if either is
 * @param expectancy the mean net P&amp;L per trade
 * @param profitFactor {@code grossProfit / |grossLoss|}, NaN if there is no loser
 * @param grossProfit the sum of the winners' net P&amp;L, {@code >= 0}
 * @param grossLoss the sum of the losers' net P&amp;L, {@code <= 0}
 * @param totalNetPnl the sum of all net P&amp;L
 * @param totalFees the sum of all fees
 * @param largestWin the largest net P&amp;L of a trade (may be negative if every trade lost)
 * @param largestLoss the smallest net P&amp;L of a trade (may be positive if every trade won)
 * @param averageReturn the mean {@link Trade#netReturn()}
 * @param averageBarsHeld the mean number of bars held
 * @param medianBarsHeld the median number of bars held (mean of the middle two for an even count)
 * @param averageHoldingTime the mean holding time
 * @param medianHoldingTime the median holding time (mean of the middle two for an even count)
 */
public record TradeStatistics(int count, int longCount, int shortCount, int winners, int losers,
    double winRate, double averageWin, double averageLoss, double payoffRatio, double expectancy,
    double profitFactor, double grossProfit, double grossLoss, double totalNetPnl, double totalFees,
    double largestWin, double largestLoss, double averageReturn, double averageBarsHeld,
    double medianBarsHeld, Duration averageHoldingTime, Duration medianHoldingTime) {

  /**
   * Validates the counts and the presence of the holding times.
   *
   * @param count the number of trades, {@code >= 1}
   * @param longCount the number of long trades, {@code >= 0}
   * @param shortCount the number of short trades, {@code longCount + shortCount = count}
   * @param winners the number of winners, {@code >= 0}
   * @param losers the number of losers, {@code winners + losers <= count}
   * @param winRate the win rate
   * @param averageWin the average win
   * @param averageLoss the average loss
   * @param payoffRatio the payoff ratio
   * @param expectancy the expectancy
   * @param profitFactor the profit factor
   * @param grossProfit the gross profit
   * @param grossLoss the gross loss
   * @param totalNetPnl the total net P&amp;L
   * @param totalFees the total fees
   * @param largestWin the largest net P&amp;L
   * @param largestLoss the smallest net P&amp;L
   * @param averageReturn the average return
   * @param averageBarsHeld the average bars held
   * @param medianBarsHeld the median bars held
   * @param averageHoldingTime the average holding time, not null
   * @param medianHoldingTime the median holding time, not null
   * @throws IllegalArgumentException if the counts are inconsistent or a duration is null
   */
  public TradeStatistics {
    if (count < 1 || longCount < 0 || shortCount < 0 || longCount + shortCount != count
        || winners < 0 || losers < 0 || winners + losers > count) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "inconsistent counts: count %d, long %d, short %d, winners %d, losers %d",
          count, longCount, shortCount, winners, losers));
    }
    if (averageHoldingTime == null || medianHoldingTime == null) {
      throw new IllegalArgumentException("averageHoldingTime and medianHoldingTime must not be null");
    }
  }

  /**
   * The statistics of a list of trades.
   *
   * @param trades the trades, not null, not empty, no null element (a run without trades has no trade
   *     statistics: check {@code isEmpty()} first)
   * @return the statistics
   * @throws IllegalArgumentException if {@code trades} is null, empty or holds null
   */
  public static TradeStatistics of(List<Trade> trades) {
    if (trades == null) {
      throw new IllegalArgumentException("trades must not be null");
    }
    if (trades.isEmpty()) {
      throw new IllegalArgumentException("trades must not be empty");
    }
    int n = trades.size();
    int longs = 0;
    int winners = 0;
    int losers = 0;
    CompensatedSum profit = new CompensatedSum();
    CompensatedSum loss = new CompensatedSum();
    CompensatedSum fees = new CompensatedSum();
    CompensatedSum returns = new CompensatedSum();
    double largestWin = Double.NEGATIVE_INFINITY;
    double largestLoss = Double.POSITIVE_INFINITY;
    double[] bars = new double[n];
    Duration[] holding = new Duration[n];
    Duration totalHolding = Duration.ZERO;
    for (int i = 0; i < n; i++) {
      Trade t = trades.get(i);
      if (t == null) {
        throw new IllegalArgumentException("trades[" + i + "] must not be null");
      }
      if (t.isLong()) {
        longs++;
      }
      double pnl = t.netPnl();
      if (pnl > 0) {
        winners++;
        profit.add(pnl);
      } else if (pnl < 0) {
        losers++;
        loss.add(pnl);
      }
      largestWin = Math.max(largestWin, pnl);
      largestLoss = Math.min(largestLoss, pnl);
      fees.add(t.fees());
      returns.add(t.netReturn());
      bars[i] = t.barsHeld();
      holding[i] = t.holdingTime();
      totalHolding = totalHolding.plus(holding[i]);
    }
    double grossProfit = profit.value();
    double grossLoss = loss.value();
    double averageWin = winners > 0 ? grossProfit / winners : Double.NaN;
    double averageLoss = losers > 0 ? grossLoss / losers : Double.NaN;
    double bothSums = grossProfit + grossLoss;
    Arrays.sort(bars);
    Arrays.sort(holding);
    double medianBars = n % 2 == 1 ? bars[n / 2] : (bars[n / 2 - 1] + bars[n / 2]) / 2;
    Duration medianHolding = n % 2 == 1 ? holding[n / 2]
        : holding[n / 2 - 1].plus(holding[n / 2]).dividedBy(2);
    return new TradeStatistics(n, longs, n - longs, winners, losers,
        (double) winners / n,
        averageWin,
        averageLoss,
        ReturnMetrics.ratio(averageWin, -averageLoss),
        bothSums / n,
        ReturnMetrics.ratio(grossProfit, -grossLoss),
        grossProfit,
        grossLoss,
        bothSums,
        fees.value(),
        largestWin,
        largestLoss,
        returns.value() / n,
        CompensatedSum.of(bars) / n,
        medianBars,
        totalHolding.dividedBy(n),
        medianHolding);
  }

  /**
   * The market exposure of a run: the fraction of bars in which a position was held.
   *
   * @param positions one value per bar, such as the signed quantity held or the gross exposure as a
   *     fraction of equity; any non-zero value counts as in the market; finite, not empty
   * @return {@code count(position != 0) / n}, in {@code [0, 1]}
   * @throws IllegalArgumentException if {@code positions} is invalid
   */
  public static double exposure(double[] positions) {
    Inputs.finiteSeries(positions, "positions");
    int held = 0;
    for (double p : positions) {
      if (p != 0) {
        held++;
      }
    }
    return (double) held / positions.length;
  }

  /**
   * The annualized turnover of a run: {@code sum_t |tradedNotional_t| / mean(equity) * periodsPerYear /
   * n} over {@code n} bars. Both sides count: buying with the whole equity and selling it again within a
   * year is a turnover of 2 (divide by 2 for the one-sided convention of mutual-fund reports).
   *
   * @param tradedNotional the money value traded in each bar ({@code quantity * price * multiplier}
   *     summed over the bar's fills; its sign is ignored), finite, not empty
   * @param equity the account equity at each bar, finite and {@code > 0}, same length
   * @param periodsPerYear bars in a year, {@code >= 1}
   * @return the annualized turnover, {@code >= 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double turnover(double[] tradedNotional, double[] equity, int periodsPerYear) {
    int n = Inputs.pair(tradedNotional, "tradedNotional", equity, "equity");
    Inputs.periodsPerYear(periodsPerYear);
    for (int i = 0; i < n; i++) {
      if (!(equity[i] > 0)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "equity[%d] must be > 0, was %s", i, equity[i]));
      }
    }
    CompensatedSum traded = new CompensatedSum();
    for (double v : tradedNotional) {
      traded.add(Math.abs(v));
    }
    return traded.value() / CompensatedSum.mean(equity) * periodsPerYear / n;
  }

  /**
   * The annualized turnover of a list of trades over a run of {@code equity.length} bars: as
   * {@link #turnover(double[], double[], int)} with the traded notional of every trade's entry and exit
   * ({@link Trade#entryNotional()} + {@link Trade#exitNotional()}).
   *
   * @param trades the trades of the run, not null, no null element (may be empty: turnover 0)
   * @param equity the account equity at each bar of the run, finite and {@code > 0}, not empty
   * @param periodsPerYear bars in a year, {@code >= 1}
   * @return the annualized turnover, {@code >= 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double turnover(List<Trade> trades, double[] equity, int periodsPerYear) {
    if (trades == null) {
      throw new IllegalArgumentException("trades must not be null");
    }
    Inputs.finiteSeries(equity, "equity");
    double[] traded = new double[equity.length];
    CompensatedSum total = new CompensatedSum();
    for (int i = 0; i < trades.size(); i++) {
      Trade t = trades.get(i);
      if (t == null) {
        throw new IllegalArgumentException("trades[" + i + "] must not be null");
      }
      total.add(t.entryNotional());
      total.add(t.exitNotional());
    }
    // Only the total matters: put it in the first bar.
    traded[0] = total.value();
    return turnover(traded, equity, periodsPerYear);
  }
}
