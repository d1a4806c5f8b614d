package io.quantor.core.filter;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the trade filters know about a prospective trade: the instrument, the time, the current quote, the
 * recent daily volumes and the instrument's earnings dates. Immutable: arrays are copied in and out.
 *
 * <p>Start with {@link #of(String, Instant)} (no quote, no volumes, no earnings dates) and add what the
 * filters in use need. A missing quote is {@code NaN}; a filter that needs missing data fails with a
 * reason ({@link FilterReason#INVALID_QUOTE}, {@link FilterReason#INSUFFICIENT_VOLUME_HISTORY}) rather
 * than passing silently.
 *
 * @param symbol the instrument
 * @param time the time of the prospective trade
 * @param bid the best bid ({@code NaN} if unknown)
 * @param ask the best ask ({@code NaN} if unknown)
 * @param dailyVolumes the volumes of the latest completed trading days, oldest first, each finite and
 *     {@code >= 0}
 * @param earningsDates the instrument's earnings dates (past and coming), in any order
 */
public record TradeContext(String symbol, Instant time, double bid, double ask, double[] dailyVolumes,
    List<LocalDate> earningsDates) {

  /**
   * Validates and copies.
   *
   * @param symbol the instrument, not null
   * @param time the time, not null
   * @param bid the bid, any value ({@code NaN} if unknown; filters judge it)
   * @param ask the ask, any value ({@code NaN} if unknown; filters judge it)
   * @param dailyVolumes the daily volumes, not null, each finite and {@code >= 0}
   * @param earningsDates the earnings dates, not null, no null element
   * @throws IllegalArgumentException if an argument is invalid
   */
  public TradeContext {
    Args.notNull(symbol, "symbol");
    Args.notNull(time, "time");
    Args.notNull(dailyVolumes, "dailyVolumes");
    for (int i = 0; i < dailyVolumes.length; i++) {
      if (!(dailyVolumes[i] >= 0 && dailyVolumes[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "dailyVolumes[%d] must be finite and >= 0, was %s", i, dailyVolumes[i]));
      }
    }
    dailyVolumes = dailyVolumes.clone();
    for (LocalDate d : Args.notNull(earningsDates, "earningsDates")) {
      Args.notNull(d, "earningsDates element");
    }
    earningsDates = List.copyOf(earningsDates);
  }

  /**
   * A context with no quote, no volumes and no earnings dates.
   *
   * @param symbol the instrument
   * @param time the time of the prospective trade
   * @return the context
   * @throws IllegalArgumentException if an argument is null
   */
  public static TradeContext of(String symbol, Instant time) {
    return new TradeContext(symbol, time, Double.NaN, Double.NaN, new double[0], List.of());
  }

  /**
   * This context at another time.
   *
   * @param time the time
   * @return the new context
   */
  public TradeContext withTime(Instant time) {
    return new TradeContext(symbol, time, bid, ask, dailyVolumes, earningsDates);
  }

  /**
   * This context with a quote.
   *
   * @param bid the best bid
   * @param ask the best ask
   * @return the new context
   */
  public TradeContext withQuote(double bid, double ask) {
    return new TradeContext(symbol, time, bid, ask, dailyVolumes, earningsDates);
  }

  /**
   * This context with the volumes of the latest completed trading days.
   *
   * @param volumes the volumes, oldest first, each finite and {@code >= 0}
   * @return the new context
   * @throws IllegalArgumentException if a volume is invalid
   */
  public TradeContext withDailyVolumes(double... volumes) {
    return new TradeContext(symbol, time, bid, ask, volumes, earningsDates);
  }

  /**
   * This context with the instrument's earnings dates.
   *
   * @param dates the earnings dates
   * @return the new context
   * @throws IllegalArgumentException if {@code dates} is null or holds null
   */
  public TradeContext withEarningsDates(Collection<LocalDate> dates) {
    // Copied into a list that admits null, so that the constructor reports a null date as misuse.
    return new TradeContext(symbol, time, bid, ask, dailyVolumes, new ArrayList<>(Args.notNull(dates,
        "dates")));
  }

  /**
   * The daily volumes, oldest first.
   *
   * @return a copy of the volumes
   */
  @Override
  public double[] dailyVolumes() {
    return dailyVolumes.clone();
  }

  /**
   * The number of daily volumes.
   *
   * @return the count
   */
  public int volumeDays() {
    return dailyVolumes.length;
  }

  /**
   * The mean of the latest daily volumes.
   *
   * @param days how many of the latest days to average, in [1, {@link #volumeDays()}]
   * @return the average volume
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public double averageVolume(int days) {
    if (days < 1 || days > dailyVolumes.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "days must be in [1, %d], was %d",
          dailyVolumes.length, days));
    }
    double sum = 0;
    for (int i = dailyVolumes.length - days; i < dailyVolumes.length; i++) {
      sum += dailyVolumes[i];
    }
    return sum / days;
  }

  /**
   * Equal when every component is equal (volumes compared element by element).
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof TradeContext c && symbol.equals(c.symbol) && time.equals(c.time)
        && Double.compare(bid, c.bid) == 0 && Double.compare(ask, c.ask) == 0
        && Arrays.equals(dailyVolumes, c.dailyVolumes) && earningsDates.equals(c.earningsDates);
  }

  /**
   * A hash of every component.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(symbol, time, bid, ask, earningsDates) * 31 + Arrays.hashCode(dailyVolumes);
  }

  /**
   * Every component, the volumes written out.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "TradeContext[" + symbol + " at " + time + ", bid " + bid + ", ask " + ask + ", dailyVolumes="
        + Arrays.toString(dailyVolumes) + ", earningsDates=" + earningsDates + "]";
  }
}
