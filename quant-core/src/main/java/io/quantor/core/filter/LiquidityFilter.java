package io.quantor.core.filter;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Passes instruments that trade enough: the mean of the latest {@code days} daily volumes of the context
 * is at least {@code minAverageVolume} (defaults 10 days, 500,000 shares; the boundary passes). Fails with
 * {@link FilterReason#INSUFFICIENT_VOLUME_HISTORY} when the context holds fewer than {@code days} volumes,
 * and with {@link FilterReason#LOW_VOLUME} below the minimum.
 *
 * <pre>{@code
 * TradeFilter liquidity = LiquidityFilter.defaults();
 * liquidity.check(context.withDailyVolumes(series.slice(i - 9, i + 1).volumes()));
 * }</pre>
 */
public final class LiquidityFilter implements TradeFilter {

  /** The filter's name: {@value}. */
  public static final String NAME = "liquidity";
  /** The default number of days averaged: {@value}. */
  public static final int DEFAULT_DAYS = 10;
  /** The default minimum average daily volume: {@value}. */
  public static final double DEFAULT_MIN_AVERAGE_VOLUME = 500_000;

  private static final LiquidityFilter DEFAULTS = new LiquidityFilter(DEFAULT_DAYS,
      DEFAULT_MIN_AVERAGE_VOLUME);

  private final int days;
  private final double minAverageVolume;

  /**
   * Creates the filter.
   *
   * @param days the number of latest daily volumes averaged, {@code >= 1}
   * @param minAverageVolume the smallest average that passes, finite and {@code >= 0}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public LiquidityFilter(int days, double minAverageVolume) {
    this.days = Args.atLeast(days, 1, "days");
    this.minAverageVolume = Args.finite(Args.atLeast(minAverageVolume, 0.0, "minAverageVolume"),
        "minAverageVolume");
  }

  /**
   * The filter with the defaults: 10 days, 500,000.
   *
   * @return the filter
   */
  public static LiquidityFilter defaults() {
    return DEFAULTS;
  }

  @Override
  public FilterResult check(TradeContext context) {
    Args.notNull(context, "context");
    if (context.volumeDays() < days) {
      return FilterResult.fail(NAME, FilterReason.INSUFFICIENT_VOLUME_HISTORY, String.format(Locale.ROOT,
          "%d daily volumes, %d needed", context.volumeDays(), days));
    }
    double average = context.averageVolume(days);
    String detail = String.format(Locale.ROOT, "%d-day average volume %.1f, minimum %.1f", days, average,
        minAverageVolume);
    return average >= minAverageVolume
        ? FilterResult.pass(NAME, detail)
        : FilterResult.fail(NAME, FilterReason.LOW_VOLUME, detail);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The number of days averaged.
   *
   * @return the days
   */
  public int days() {
    return days;
  }

  /**
   * The minimum average daily volume.
   *
   * @return the minimum
   */
  public double minAverageVolume() {
    return minAverageVolume;
  }
}
