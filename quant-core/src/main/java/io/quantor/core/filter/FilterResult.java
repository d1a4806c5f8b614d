package io.quantor.core.filter;

import io.quantor.core.internal.Args;

/**
 * The outcome of one trade filter: passed, or failed with a reason code and a readable detail.
 *
 * @param filter the name of the filter that decided
 * @param passed whether the trade may go ahead as far as this filter is concerned
 * @param reason {@link FilterReason#NONE} if passed, else why it failed
 * @param detail a readable explanation with the figures behind the decision (may be empty)
 */
public record FilterResult(String filter, boolean passed, FilterReason reason, String detail) {

  /**
   * Validates the result.
   *
   * @param filter the filter name, not null or blank
   * @param passed whether it passed
   * @param reason the reason, {@link FilterReason#NONE} exactly when {@code passed}
   * @param detail the explanation, not null
   * @throws IllegalArgumentException if an argument is null, the name blank, or the reason disagrees with
   *     {@code passed}
   */
  public FilterResult {
    if (Args.notNull(filter, "filter").isBlank()) {
      throw new IllegalArgumentException("filter must not be blank");
    }
    Args.notNull(reason, "reason");
    Args.notNull(detail, "detail");
    if (passed != (reason == FilterReason.NONE)) {
      throw new IllegalArgumentException("reason must be NONE exactly when passed, was " + reason
          + " with passed " + passed);
    }
  }

  /**
   * A pass.
   *
   * @param filter the filter name
   * @param detail the explanation
   * @return the result
   */
  public static FilterResult pass(String filter, String detail) {
    return new FilterResult(filter, true, FilterReason.NONE, detail);
  }

  /**
   * A failure.
   *
   * @param filter the filter name
   * @param reason why, not {@link FilterReason#NONE}
   * @param detail the explanation
   * @return the result
   */
  public static FilterResult fail(String filter, FilterReason reason, String detail) {
    return new FilterResult(filter, false, reason, detail);
  }
}
