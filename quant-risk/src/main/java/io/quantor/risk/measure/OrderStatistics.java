package io.quantor.risk.measure;

/**
 * In-place selection of an order statistic: after {@code select(a, from, to, k)} the element at index
 * {@code k} is the one a full sort of {@code a[from..to]} would put there, every element before it is
 * {@code <=} it and every element after it is {@code >=} it. The array is permuted, so callers select on
 * a copy of their data.
 *
 * <h2>Algorithm</h2>
 * Floyd and Rivest's SELECT (R. W. Floyd, R. L. Rivest, "Algorithm 489: The algorithm SELECT - for
 * finding the ith smallest of n elements", Comm. ACM 18(3), 1975, 173): on ranges above 600 elements the
 * pivot is first selected, recursively, inside a window of about {@code n^(2/3)} elements around
 * {@code k}, so that one partition pass usually leaves only a small range around {@code k}. The expected
 * number of comparisons is {@code n + min(k, n - k) + o(n)}: for a 1 % or 5 % quantile about
 * {@code 1.05 n}, against about {@code 2.3 n} for a plain quickselect and {@code n log2 n} for a sort.
 * Ranges of at most 600 elements use the median of three as pivot, and ranges below 16 an insertion sort.
 * The partition is Hoare's, with sentinels: elements equal to the pivot stop both scans, so many equal
 * values still split evenly.
 *
 * <p>Introspection (D. R. Musser, "Introspective sorting and selection algorithms", Software: Practice
 * and Experience 27(8), 1997, 983-993): a partition that leaves more than three quarters of its range is
 * a bad round; after three bad rounds the remaining range is partitioned around the median of the medians
 * of groups of five (Blum, Floyd, Pratt, Rivest and Tarjan, 1973), which always removes at least about
 * 30 % of it. The worst case is therefore {@code O(n)} too, whatever the order of the input.
 *
 * <p>Comparisons use the primitive operators: the callers reject NaN before selecting, and
 * {@code -0.0} and {@code 0.0} count as equal (either may end up at {@code k}).
 */
final class OrderStatistics {

  /** Ranges shorter than this are finished by insertion sort. */
  private static final int INSERTION = 16;
  /** Ranges longer than this choose their pivot by Floyd-Rivest sampling. */
  private static final int SAMPLING = 600;
  /** Bad rounds tolerated before switching to median-of-medians pivots. */
  private static final int BAD_ROUNDS = 3;

  private OrderStatistics() {
  }

  /**
   * Places the order statistic of rank {@code k - from} (0-based) of {@code a[from..to]} at index
   * {@code k}, with smaller or equal elements before it and greater or equal elements after it.
   *
   * @param a the array, permuted in place
   * @param from the first index of the range
   * @param to the last index of the range (inclusive)
   * @param k the index to fill, in {@code [from, to]}
   */
  static void select(double[] a, int from, int to, int k) {
    select(a, from, to, k, false);
  }

  /**
   * As {@link #select(double[], int, int, int)}, but with median-of-medians pivots from the start: the
   * fallback of the introspective guard, exposed so that tests exercise it directly.
   *
   * @param a the array, permuted in place
   * @param from the first index of the range
   * @param to the last index of the range (inclusive)
   * @param k the index to fill, in {@code [from, to]}
   */
  static void selectWithMedianOfMedians(double[] a, int from, int to, int k) {
    select(a, from, to, k, true);
  }

  private static void select(double[] a, int from, int to, int k, boolean mediansFromStart) {
    int left = from;
    int right = to;
    boolean medians = mediansFromStart;
    int badRounds = 0;
    while (right - left >= INSERTION) {
      int size = right - left + 1;
      if (medians) {
        moveMedianOfMediansTo(a, left, right, k);
      } else if (size > SAMPLING) {
        // Floyd-Rivest: select k inside a window of about n^(2/3) elements that the rank of k predicts
        // to contain the answer, so that a[k] is a pivot close to the target rank.
        double n = size;
        int i = k - left + 1;
        double z = Math.log(n);
        double s = 0.5 * Math.exp(2 * z / 3);
        double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2);
        int windowLeft = Math.max(left, (int) (k - i * s / n + sd));
        int windowRight = Math.min(right, (int) (k + (n - i) * s / n + sd));
        select(a, windowLeft, windowRight, k, false);
      } else {
        medianOfThreeTo(a, left, right, k);
      }
      // Hoare partition around t = a[k]; t at one end and an element >= t at the other are sentinels.
      double t = a[k];
      int i = left;
      int j = right;
      swap(a, left, k);
      if (a[right] > t) {
        swap(a, right, left);
      }
      while (i < j) {
        swap(a, i, j);
        i++;
        j--;
        while (a[i] < t) {
          i++;
        }
        while (a[j] > t) {
          j--;
        }
      }
      if (a[left] == t) {
        swap(a, left, j);
      } else {
        j++;
        swap(a, j, right);
      }
      // Now a[j] == t, a[left..j-1] <= t <= a[j+1..right].
      if (j <= k) {
        left = j + 1;
      }
      if (k <= j) {
        right = j - 1;
      }
      if (!medians && 4L * (right - left + 1) > 3L * size && ++badRounds > BAD_ROUNDS) {
        medians = true;
      }
    }
    insertionSort(a, left, right);
  }

  /** Orders a[left], a[k], a[right] so that a[k] holds their median. */
  private static void medianOfThreeTo(double[] a, int left, int right, int k) {
    if (a[k] < a[left]) {
      swap(a, k, left);
    }
    if (a[right] < a[k]) {
      swap(a, right, k);
      if (a[k] < a[left]) {
        swap(a, k, left);
      }
    }
  }

  /**
   * Moves the median of the medians of the groups of five of {@code a[left..right]} to index {@code k}.
   * The group medians are gathered at the front of the range and the middle one is selected among them.
   */
  private static void moveMedianOfMediansTo(double[] a, int left, int right, int k) {
    int m = left;
    for (int g = left; g + 4 <= right; g += 5) {
      insertionSort(a, g, g + 4);
      swap(a, m++, g + 2);
    }
    int mid = left + ((m - 1 - left) >>> 1);
    select(a, left, m - 1, mid, false);
    swap(a, mid, k);
  }

  private static void insertionSort(double[] a, int left, int right) {
    for (int i = left + 1; i <= right; i++) {
      double v = a[i];
      int j = i - 1;
      while (j >= left && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
