package io.quantor.options.structure;

import io.quantor.core.internal.Args;

/**
 * One way a structure fails its claimed shape, as found by {@link StructureValidator}.
 *
 * @param code what kind of violation
 * @param message a human-readable description naming the legs or values involved
 */
public record Violation(ViolationCode code, String message) {

  /**
   * Validates the value.
   *
   * @param code the code
   * @param message the message
   * @throws IllegalArgumentException if an argument is null
   */
  public Violation {
    Args.notNull(code, "code");
    Args.notNull(message, "message");
  }
}
