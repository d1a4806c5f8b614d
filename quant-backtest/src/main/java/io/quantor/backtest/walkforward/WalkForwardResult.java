package io.quantor.backtest.walkforward;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a walk-forward: every fold, the stitched out-of-sample returns, and the verdict. A value
 * that round-trips through JSON ({@link #toJson()}, {@link #fromJson(String)}).
 *
 * <p>{@link #outOfSampleReturns()} concatenates the test windows in time order; since the windows do not
 * overlap and follow each other, this is the equity curve an investor following the procedure would have
 * had. {@link #trials()} is the number of parameter sets searched in each fold: the "number of trials"
 * the deflated Sharpe ratio needs.
 *
 * @param plan the fold plan
 * @param folds each fold's result, in time order; copied
 * @param outOfSampleTimes the epoch milliseconds of every out-of-sample bar; not copied
 * @param outOfSampleReturns the stitched out-of-sample returns, one per time; not copied
 * @param trials the number of parameter sets searched per fold
 * @param verdict the gating rule's verdict
 */
public record WalkForwardResult(FoldPlan plan, List<FoldResult> folds, long[] outOfSampleTimes,
    double[] outOfSampleReturns, int trials, Verdict verdict) {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Validates the result.
   *
   * @param plan not null
   * @param folds not null or empty
   * @param outOfSampleTimes not null, same length as the returns
   * @param outOfSampleReturns not null
   * @param trials {@code >= 1}
   * @param verdict not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public WalkForwardResult {
    Objects.requireNonNull(plan, "plan");
    folds = List.copyOf(Objects.requireNonNull(folds, "folds"));
    Objects.requireNonNull(outOfSampleTimes, "outOfSampleTimes");
    Objects.requireNonNull(outOfSampleReturns, "outOfSampleReturns");
    Objects.requireNonNull(verdict, "verdict");
    if (folds.isEmpty() || trials < 1 || outOfSampleTimes.length != outOfSampleReturns.length) {
      throw new IllegalArgumentException("a walk-forward result needs folds, trials >= 1 and one return "
          + "per out-of-sample time");
    }
  }

  /**
   * The result as JSON text (dates as ISO-8601).
   *
   * @return the JSON
   */
  public String toJson() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write walk-forward result as JSON", e);
    }
  }

  /**
   * Reads a result written by {@link #toJson()}.
   *
   * @param json the JSON text
   * @return the result
   * @throws IllegalArgumentException if the text is not a valid result
   */
  public static WalkForwardResult fromJson(String json) {
    try {
      return JSON.readValue(Objects.requireNonNull(json, "json"), WalkForwardResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a walk-forward result: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Equal when every component is, arrays compared by content.
   *
   * @param other another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof WalkForwardResult)) {
      return false;
    }
    WalkForwardResult that = (WalkForwardResult) other;
    return plan.equals(that.plan) && folds.equals(that.folds) && trials == that.trials
        && verdict.equals(that.verdict) && Arrays.equals(outOfSampleTimes, that.outOfSampleTimes)
        && Arrays.equals(outOfSampleReturns, that.outOfSampleReturns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, folds, trials, verdict, Arrays.hashCode(outOfSampleReturns));
  }

  /**
   * A one-line summary.
   *
   * @return the fold count, trials and verdict
   */
  @Override
  public String toString() {
    return "WalkForwardResult[folds=" + folds.size() + ", trials=" + trials + ", oosBars="
        + outOfSampleReturns.length + ", verdict=" + verdict + "]";
  }
}
