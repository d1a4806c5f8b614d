package io.quantor.risk.model;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.PortfolioSnapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The most favourable price each open position has seen since it was opened: the highest mark of a long,
 * the lowest mark of a short. Trailing stops trail these peaks. Immutable and explicit, so that a risk
 * decision can be replayed: the engine keeps the current value and replaces it with
 * {@link #update(PortfolioSnapshot)} after every fill and every mark.
 *
 * <p>A position seen for the first time starts at its average cost or its mark, whichever is more
 * favourable. A position that is closed, or changes side, loses its peak (the new side starts afresh).
 * A position closed and reopened on the same side between two updates keeps the old peak: update after
 * every fill.
 *
 * <pre>{@code
 * PositionPeaks peaks = PositionPeaks.empty();
 * for (Bar bar : bars) {
 *   book.mark(bar.prices());
 *   peaks = peaks.update(book.snapshot());
 *   RiskAssessment a = risk.assess(book.snapshot(), peaks);
 * }
 * }</pre>
 *
 * @param highs the highest price seen per symbol held long, each finite and {@code > 0}
 * @param lows the lowest price seen per symbol held short, each finite and {@code > 0}
 */
public record PositionPeaks(Map<String, Double> highs, Map<String, Double> lows) {

  private static final PositionPeaks EMPTY = new PositionPeaks(Map.of(), Map.of());

  /**
   * Validates and copies.
   *
   * @param highs the highs, not null, each finite and {@code > 0}
   * @param lows the lows, not null, each finite and {@code > 0}, no symbol also in {@code highs}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public PositionPeaks {
    highs = copy(highs, "highs");
    lows = copy(lows, "lows");
    for (String s : lows.keySet()) {
      if (highs.containsKey(s)) {
        throw new IllegalArgumentException("a symbol must not be in both highs and lows, was " + s);
      }
    }
  }

  private static Map<String, Double> copy(Map<String, Double> prices, String name) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : Args.notNull(prices, name).entrySet()) {
      String element = String.format(Locale.ROOT, "%s[%s]", name, e.getKey());
      out.put(Args.notNull(e.getKey(), name + " symbol"), Args.positive(Args.notNull(e.getValue(), element),
          element));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * No peaks.
   *
   * @return the empty value
   */
  public static PositionPeaks empty() {
    return EMPTY;
  }

  /**
   * The peaks after the portfolio's current marks: each long's high raised to its mark, each short's low
   * lowered to it, new positions started, flat or reversed ones dropped or restarted.
   *
   * @param portfolio the portfolio at its current marks
   * @return the new peaks
   * @throws IllegalArgumentException if {@code portfolio} is null
   */
  public PositionPeaks update(PortfolioSnapshot portfolio) {
    Args.notNull(portfolio, "portfolio");
    Map<String, Double> newHighs = new LinkedHashMap<>();
    Map<String, Double> newLows = new LinkedHashMap<>();
    for (Position p : portfolio.openPositions()) {
      double mark = portfolio.markPrice(p.symbol()).getAsDouble();
      if (p.isLong()) {
        double start = Math.max(p.averageCost(), mark);
        newHighs.put(p.symbol(), Math.max(highs.getOrDefault(p.symbol(), start), mark));
      } else {
        double start = Math.min(p.averageCost(), mark);
        newLows.put(p.symbol(), Math.min(lows.getOrDefault(p.symbol(), start), mark));
      }
    }
    return new PositionPeaks(newHighs, newLows);
  }

  /**
   * The peak of a position: its recorded peak, or (if none is recorded) the more favourable of its
   * average cost and its mark.
   *
   * @param position an open position
   * @param mark its mark price
   * @return the high for a long, the low for a short
   * @throws IllegalArgumentException if {@code position} is null or flat
   */
  public double peak(Position position, double mark) {
    Args.notNull(position, "position");
    if (position.isLong()) {
      return Math.max(highs.getOrDefault(position.symbol(), position.averageCost()), mark);
    }
    if (position.isShort()) {
      return Math.min(lows.getOrDefault(position.symbol(), position.averageCost()), mark);
    }
    throw new IllegalArgumentException("position must be open, was flat in " + position.symbol());
  }

  /**
   * The recorded peak of a symbol.
   *
   * @param symbol the symbol
   * @return the high (long) or low (short), or empty if none is recorded
   * @throws IllegalArgumentException if {@code symbol} is null
   */
  public OptionalDouble peak(String symbol) {
    Double p = highs.get(Args.notNull(symbol, "symbol"));
    if (p == null) {
      p = lows.get(symbol);
    }
    return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
  }
}
