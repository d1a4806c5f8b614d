package io.quantor.backtest.report;

import io.quantor.backtest.metrics.Drawdown;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A drawdown period with the calendar dates of its positions.
 *
 * @param drawdown the period, positions in the wealth index
 * @param peakDate the date of the peak (the base date for position 0)
 * @param troughDate the date of the trough
 * @param recoveryDate the date of the recovery, empty if the curve ends under water
 */
record DatedDrawdown(Drawdown drawdown, LocalDate peakDate, LocalDate troughDate,
    Optional<LocalDate> recoveryDate) {

  /** Dates a period: wealth position {@code p} is the base date for 0, else {@code dates[p - 1]}. */
  static DatedDrawdown of(Drawdown d, LocalDate baseDate, LocalDate[] dates) {
    return new DatedDrawdown(d, at(d.peakIndex(), baseDate, dates), at(d.troughIndex(), baseDate, dates),
        d.recovered() ? Optional.of(at(d.recoveryIndex(), baseDate, dates)) : Optional.empty());
  }

  private static LocalDate at(int position, LocalDate baseDate, LocalDate[] dates) {
    return position == 0 ? baseDate : dates[position - 1];
  }
}
