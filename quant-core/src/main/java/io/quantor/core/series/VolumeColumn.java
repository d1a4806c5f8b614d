package io.quantor.core.series;

import java.util.Arrays;

/**
 * The volumes of a built {@link BarSeries}, stored in four bytes a bar when every volume is a whole number
 * below 2^32 (share and contract counts; -0.0 excluded, so that every bit comes back), else as
 * {@code double}s. Reading decodes exactly.
 */
final class VolumeColumn {

  private static final double MAX_WHOLE = 4_294_967_295.0;

  /** The volumes, or null when {@link #whole} holds them. */
  private final double[] values;
  private final int[] whole;

  private VolumeColumn(double[] values, int[] whole) {
    this.values = values;
    this.whole = whole;
  }

  /**
   * The column of the first {@code size} volumes of {@code volumes} (each finite and {@code >= 0}).
   *
   * @param volumes the volumes; not kept
   * @param size how many are used
   * @return the column
   */
  static VolumeColumn of(double[] volumes, int size) {
    for (int i = 0; i < size; i++) {
      double v = volumes[i];
      if (!(v <= MAX_WHOLE && v == Math.rint(v)) || Double.doubleToRawLongBits(v) == Long.MIN_VALUE) {
        return new VolumeColumn(Arrays.copyOf(volumes, size), null);
      }
    }
    int[] whole = new int[size];
    for (int i = 0; i < size; i++) {
      whole[i] = (int) (long) volumes[i];
    }
    return new VolumeColumn(null, whole);
  }

  /**
   * The volume at a storage index.
   *
   * @param j the index
   * @return the volume
   */
  double at(int j) {
    return values != null ? values[j] : Integer.toUnsignedLong(whole[j]);
  }

  /**
   * The volumes at storage indices {@code from} (inclusive) to {@code to} (exclusive), as a new array.
   *
   * @param from the first index
   * @param to the end index
   * @return the volumes
   */
  double[] copy(int from, int to) {
    if (values != null) {
      return Arrays.copyOfRange(values, from, to);
    }
    double[] out = new double[to - from];
    for (int j = from; j < to; j++) {
      out[j - from] = Integer.toUnsignedLong(whole[j]);
    }
    return out;
  }
}
