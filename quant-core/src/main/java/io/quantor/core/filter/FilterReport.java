package io.quantor.core.filter;

import io.quantor.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of every filter of a {@link CompositeFilter}, in the filters' order.
 *
 * @param results one result per filter
 */
public record FilterReport(List<FilterResult> results) {

  /**
   * Validates and copies.
   *
   * @param results the results, not null, no null element
   * @throws IllegalArgumentException if {@code results} is null or holds null
   */
  public FilterReport {
    for (FilterResult r : Args.notNull(results, "results")) {
      Args.notNull(r, "results element");
    }
    results = List.copyOf(results);
  }

  /**
   * Whether every filter passed (true for no filters).
   *
   * @return true if no filter failed
   */
  public boolean passed() {
    for (FilterResult r : results) {
      if (!r.passed()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The failed results, in the filters' order.
   *
   * @return the failures, empty if every filter passed
   */
  public List<FilterResult> failures() {
    List<FilterResult> out = new ArrayList<>();
    for (FilterResult r : results) {
      if (!r.passed()) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The reasons of the failures, in the filters' order.
   *
   * @return the reason codes, empty if every filter passed
   */
  public List<FilterReason> reasons() {
    List<FilterReason> out = new ArrayList<>();
    for (FilterResult r : results) {
      if (!r.passed()) {
        out.add(r.reason());
      }
    }
    return List.copyOf(out);
  }
}
