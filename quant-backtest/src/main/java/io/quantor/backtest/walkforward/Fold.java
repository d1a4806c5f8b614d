package io.quantor.backtest.walkforward;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One walk-forward fold: a training window followed by the out-of-sample test window, as half-open index
 * ranges into the run's time axis and as the calendar dates they cover. The test window always starts
 * right after the training window ends, so no test bar is ever seen in training.
 *
 * @param index the fold's number, from 0
 * @param trainFrom the first training bar (inclusive)
 * @param trainTo the end of training (exclusive); equals {@code testFrom}
 * @param testFrom the first test bar (inclusive)
 * @param testTo the end of the test window (exclusive)
 * @param trainStart the first calendar day of the training window
 * @param testStart the first calendar day of the test window
 * @param testEnd the first calendar day after the test window
 */
public record Fold(int index, int trainFrom, int trainTo, int testFrom, int testTo, LocalDate trainStart,
    LocalDate testStart, LocalDate testEnd) {

  /**
   * Validates the fold.
   *
   * @param index {@code >= 0}
   * @param trainFrom {@code >= 0}
   * @param trainTo {@code > trainFrom}
   * @param testFrom {@code == trainTo}
   * @param testTo {@code > testFrom}
   * @param trainStart not null
   * @param testStart not null, after {@code trainStart}
   * @param testEnd not null, after {@code testStart}
   * @throws IllegalArgumentException if the ranges are empty, overlap or are out of order
   */
  public Fold {
    Objects.requireNonNull(trainStart, "trainStart");
    Objects.requireNonNull(testStart, "testStart");
    Objects.requireNonNull(testEnd, "testEnd");
    if (index < 0 || trainFrom < 0 || trainTo <= trainFrom || testFrom != trainTo || testTo <= testFrom
        || !trainStart.isBefore(testStart) || !testStart.isBefore(testEnd)) {
      throw new IllegalArgumentException("invalid fold " + index + ": train [" + trainFrom + ", " + trainTo
          + "), test [" + testFrom + ", " + testTo + "), " + trainStart + " / " + testStart + " / "
          + testEnd);
    }
  }

  /**
   * The number of training bars.
   *
   * @return {@code trainTo - trainFrom}
   */
  public int trainSize() {
    return trainTo - trainFrom;
  }

  /**
   * The number of test bars.
   *
   * @return {@code testTo - testFrom}
   */
  public int testSize() {
    return testTo - testFrom;
  }
}
