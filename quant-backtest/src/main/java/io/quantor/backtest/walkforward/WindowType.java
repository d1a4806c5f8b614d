package io.quantor.backtest.walkforward;

/** How the training window moves from one walk-forward fold to the next. */
public enum WindowType {
  /** A training window of fixed length that slides forward by the test length each fold. */
  ROLLING,
  /** A training window that always starts at the first month and grows by the test length each fold. */
  ANCHORED
}
