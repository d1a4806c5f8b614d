package io.quantor.backtest.walkforward;

import java.util.Objects;

/**
 * How to cut a history into walk-forward folds, in calendar months.
 *
 * <pre>{@code
 * FoldPlan plan = FoldPlan.defaults();                          // 12 months train, 1 month test, rolling, >= 6
 * FoldPlan anchored = FoldPlan.of(24, 3, WindowType.ANCHORED, 4);
 * }</pre>
 *
 * @param trainMonths the length of the training window in calendar months, {@code >= 1} (for
 *     {@link WindowType#ANCHORED}, the length of the first fold's training window)
 * @param testMonths the length of each out-of-sample test window in calendar months, {@code >= 1}
 * @param windowType rolling or anchored training windows
 * @param minimumFolds the fewest folds a run accepts, {@code >= 1}; fewer is an error, because a verdict
 *     from a handful of folds says little
 */
public record FoldPlan(int trainMonths, int testMonths, WindowType windowType, int minimumFolds) {

  /** The default training length: {@value} months. */
  public static final int DEFAULT_TRAIN_MONTHS = 12;
  /** The default test length: {@value} month. */
  public static final int DEFAULT_TEST_MONTHS = 1;
  /** The default minimum number of folds: {@value}. */
  public static final int DEFAULT_MINIMUM_FOLDS = 6;

  /**
   * Validates the plan.
   *
   * @param trainMonths {@code >= 1}
   * @param testMonths {@code >= 1}
   * @param windowType not null
   * @param minimumFolds {@code >= 1}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public FoldPlan {
    if (trainMonths < 1 || testMonths < 1 || minimumFolds < 1) {
      throw new IllegalArgumentException("trainMonths, testMonths and minimumFolds must be >= 1, were "
          + trainMonths + ", " + testMonths + ", " + minimumFolds);
    }
    Objects.requireNonNull(windowType, "windowType");
  }

  /**
   * The defaults: 12 months of training, 1 month of test, rolling, at least 6 folds.
   *
   * @return the default plan
   */
  public static FoldPlan defaults() {
    return new FoldPlan(DEFAULT_TRAIN_MONTHS, DEFAULT_TEST_MONTHS, WindowType.ROLLING,
        DEFAULT_MINIMUM_FOLDS);
  }

  /**
   * A plan.
   *
   * @param trainMonths the training length in months
   * @param testMonths the test length in months
   * @param windowType rolling or anchored
   * @param minimumFolds the fewest folds accepted
   * @return the plan
   */
  public static FoldPlan of(int trainMonths, int testMonths, WindowType windowType, int minimumFolds) {
    return new FoldPlan(trainMonths, testMonths, windowType, minimumFolds);
  }
}
