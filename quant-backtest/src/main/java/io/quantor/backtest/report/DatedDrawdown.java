package io.quantor.backtest.report;

import io.quantor.backtest.metrics.Drawdown;
import io.quantor.backtest.metrics.PeriodMetrics;
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

  /** Dates a period with {@link PeriodMetrics#dateOfPosition}. */
  static DatedDrawdown of(Drawdown d, LocalDate baseDate, LocalDate[] dates) {
    return new DatedDrawdown(d, PeriodMetrics.dateOfPosition(baseDate, dates, d.peakIndex()),
        PeriodMetrics.dateOfPosition(baseDate, dates, d.troughIndex()), d.recovered()
            ? Optional.of(PeriodMetrics.dateOfPosition(baseDate, dates, d.recoveryIndex()))
            : Optional.empty());
  }
}
