package io.quantor.backtest.walkforward;

import java.util.Arrays;
import java.util.Locale;

/**
 * One cross-validation split: the observation indices to train on, the indices to test on, and the
 * groups (folds) the test indices come from.
 *
 * <p>Indices are positions {@code 0..n-1} in the caller's observation arrays. Both index arrays are
 * strictly increasing and disjoint; an index in neither was purged (its label overlaps a test label) or
 * embargoed (it follows a test group too closely). The arrays are copied on the way in and on the way
 * out, so a split is immutable.
 *
 * @param train the training indices, strictly increasing
 * @param test the test indices, strictly increasing, disjoint from {@code train}, not empty
 * @param testGroups the groups (folds) that form the test set, strictly increasing, not empty: one fold
 *     for {@link PurgedKFold}, {@code k} groups for {@link CombinatorialPurgedCv}
 */
public record CvSplit(int[] train, int[] test, int[] testGroups) {

  /**
   * Validates and copies the arrays.
   *
   * @param train the training indices, strictly increasing
   * @param test the test indices, strictly increasing, disjoint from {@code train}, not empty
   * @param testGroups the test groups, strictly increasing, not empty
   * @throws IllegalArgumentException if an array is null, not strictly increasing, negative, if
   *     {@code test} or {@code testGroups} is empty, or if {@code train} and {@code test} share an index
   */
  public CvSplit {
    train = increasing(train, "train").clone();
    test = increasing(test, "test").clone();
    testGroups = increasing(testGroups, "testGroups").clone();
    if (test.length == 0) {
      throw new IllegalArgumentException("test must not be empty");
    }
    if (testGroups.length == 0) {
      throw new IllegalArgumentException("testGroups must not be empty");
    }
    for (int i = 0, j = 0; i < train.length && j < test.length; ) {
      if (train[i] == test[j]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "train and test must be disjoint, both hold index %d", train[i]));
      }
      if (train[i] < test[j]) {
        i++;
      } else {
        j++;
      }
    }
  }

  /**
   * Returns the training indices.
   *
   * @return a copy of the training indices, strictly increasing
   */
  @Override
  public int[] train() {
    return train.clone();
  }

  /**
   * Returns the test indices.
   *
   * @return a copy of the test indices, strictly increasing
   */
  @Override
  public int[] test() {
    return test.clone();
  }

  /**
   * Returns the groups that form the test set.
   *
   * @return a copy of the test groups, strictly increasing
   */
  @Override
  public int[] testGroups() {
    return testGroups.clone();
  }

  /**
   * Returns the number of training indices.
   *
   * @return {@code train().length}, without copying
   */
  public int trainSize() {
    return train.length;
  }

  /**
   * Returns the number of test indices.
   *
   * @return {@code test().length}, without copying
   */
  public int testSize() {
    return test.length;
  }

  /**
   * Compares the index arrays by content.
   *
   * @param other the other object
   * @return true if {@code other} is a split with equal train, test and group arrays
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CvSplit s && Arrays.equals(train, s.train) && Arrays.equals(test, s.test)
        && Arrays.equals(testGroups, s.testGroups);
  }

  /**
   * Hashes the index arrays by content.
   *
   * @return a hash of the three arrays
   */
  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(train) + Arrays.hashCode(test)) + Arrays.hashCode(testGroups);
  }

  /**
   * Describes the split by its sizes and test groups (the index arrays can be long).
   *
   * @return for example {@code CvSplit[train=80, test=20, testGroups=[2]]}
   */
  @Override
  public String toString() {
    return "CvSplit[train=" + train.length + ", test=" + test.length + ", testGroups="
        + Arrays.toString(testGroups) + "]";
  }

  private static int[] increasing(int[] values, String name) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0 || (i > 0 && values[i] <= values[i - 1])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s must be non-negative and strictly increasing, was %d at position %d", name, values[i], i));
      }
    }
    return values;
  }
}
