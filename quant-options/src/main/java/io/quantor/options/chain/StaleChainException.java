package io.quantor.options.chain;

import java.util.Locale;

/**
 * Thrown by {@link ChainAlignment#alignAll} when fail-fast is on ({@link AlignmentSettings#failFast()}) and
 * the stale rate of the run exceeds {@link AlignmentSettings#maxStaleRate()}: the option data are too
 * sparse for the run to mean anything, so it is aborted rather than continued on withheld or decayed
 * volatilities. The diagnostics say how bad it was.
 */
public final class StaleChainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not serialized: the diagnostics are for the code that catches the exception. */
  private final transient AlignmentDiagnostics diagnostics;

  /**
   * Creates the exception.
   *
   * @param underlying the underlying whose chains were stale
   * @param diagnostics the diagnostics of the run
   * @param maxStaleRate the threshold that was exceeded
   */
  public StaleChainException(String underlying, AlignmentDiagnostics diagnostics, double maxStaleRate) {
    super(String.format(Locale.ROOT,
        "stale option chains for %s: stale rate %.4f exceeds the fail-fast threshold %.4f "
            + "(%d bars: %d fresh, %d stale used, %d stale withheld, %d without a snapshot)",
        underlying, diagnostics.staleRate(), maxStaleRate, diagnostics.bars(), diagnostics.fresh(),
        diagnostics.staleDecayed(), diagnostics.staleRejected(), diagnostics.missing()));
    this.diagnostics = diagnostics;
  }

  /**
   * The diagnostics of the aborted run.
   *
   * @return the diagnostics (null after deserialization)
   */
  public AlignmentDiagnostics diagnostics() {
    return diagnostics;
  }
}
