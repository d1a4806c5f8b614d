package io.quantor.options.pricing;

import io.quantor.options.pricing.AndersenLakeOffengenden.Scheme;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A rough timing of {@link AndersenLakeOffengenden} against an 801-step {@link CoxRossRubinsteinTree} over
 * the 480 rows of {@code american.csv}: mean CPU time per price (best of many rounds after warm-up), and each
 * method's largest error against the file's {@code accurate} column. Not a test and asserts nothing; the
 * library's benchmarks belong in {@code benchmarks/} (JMH). Run from the module folder after
 * {@code test-compile}, with the test classpath and {@code -Dquantor.shared.dir=../../shared}.
 */
final class AndersenLakeOffengendenTiming {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private AndersenLakeOffengendenTiming() {
  }

  /**
   * Prints the timings.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    ReferenceRows rows = ReferenceRows.options("american.csv");
    int count = rows.size();
    OptionType[] type = new OptionType[count];
    double[][] market = new double[count][];
    double[] accurate = new double[count];
    for (int i = 0; i < count; i++) {
      type[i] = OptionType.parse(rows.text(i, "type"));
      market[i] = new double[] {rows.number(i, "S"), rows.number(i, "K"), rows.number(i, "T"),
          rows.number(i, "r"), rows.number(i, "q"), rows.number(i, "sigma")};
      accurate[i] = rows.number(i, "accurate");
    }
    Scheme[] schemes = {Scheme.FAST, Scheme.ACCURATE, Scheme.HIGH_PRECISION};
    String[] names = {"FAST", "ACCURATE", "HIGH_PRECISION"};
    long[] best = new long[schemes.length];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    long bestTree = Long.MAX_VALUE;
    double[] work = new double[802];
    double sink = 0.0;
    for (int round = 0; round < 40; round++) {
      for (int s = 0; s < schemes.length; s++) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
          double[] m = market[i];
          sink += AndersenLakeOffengenden.price(schemes[s], type[i], m[0], m[1], m[2], m[3], m[4], m[5]);
        }
        best[s] = Math.min(best[s], THREADS.getCurrentThreadCpuTime() - start);
      }
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < count; i += 8) {
        double[] m = market[i];
        sink += CoxRossRubinsteinTree.price(type[i], m[0], m[1], m[2], m[3], m[4], m[5], 801, work);
      }
      bestTree = Math.min(bestTree, THREADS.getCurrentThreadCpuTime() - start);
    }
    double treeMicros = bestTree / 1e3 / ((count + 7) / 8);
    double treeError = 0.0;
    for (int i = 0; i < count; i++) {
      double[] m = market[i];
      double tree = CoxRossRubinsteinTree.price(type[i], m[0], m[1], m[2], m[3], m[4], m[5], 801, work);
      treeError = Math.max(treeError, Math.abs(tree - accurate[i]) / Math.max(accurate[i], 1.0));
    }
    System.out.printf(Locale.ROOT, "CRR 801 steps: %.1f us per price, largest error %.2g max(V, 1)%n",
        treeMicros, treeError);
    for (int s = 0; s < schemes.length; s++) {
      double micros = best[s] / 1e3 / count;
      double error = 0.0;
      for (int i = 0; i < count; i++) {
        double[] m = market[i];
        double price = AndersenLakeOffengenden.price(schemes[s], type[i], m[0], m[1], m[2], m[3], m[4], m[5]);
        error = Math.max(error, Math.abs(price - accurate[i]) / Math.max(accurate[i], 1.0));
      }
      System.out.printf(Locale.ROOT, "ALO %s: %.2f us per price (%.0f times faster), largest error %.2g "
          + "max(V, 1)%n", names[s], micros, treeMicros / micros, error);
    }
    System.out.println(sink > 0 ? "" : "(no output)");
  }
}
