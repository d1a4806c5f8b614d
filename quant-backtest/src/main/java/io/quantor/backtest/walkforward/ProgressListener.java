package io.quantor.backtest.walkforward;

/**
 * Told how far a walk-forward has come. Called from worker threads, possibly concurrently: keep it quick
 * and thread-safe (a progress bar that prints when the percentage changes is typical).
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * One more evaluation finished.
   *
   * @param done evaluations finished so far (each value is reported once)
   * @param total evaluations in the whole run
   */
  void progress(int done, int total);
}
