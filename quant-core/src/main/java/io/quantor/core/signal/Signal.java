package io.quantor.core.signal;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.Locale;

/**
 * One forecast of one model (or of the {@link SignalEngine} ensemble) for one instrument at one time.
 *
 * <p><b>Score and confidence.</b> The score is the signed strength of the view, in {@code [-1, 1]}:
 * positive expects the price (for a pair: the spread) to rise over the horizon, negative to fall, 0 is no
 * view. The confidence, in {@code [0, 1]}, is how much weight the producer puts on the call; the engine's
 * thresholds compare against it. Each model documents how it computes both. The direction agrees with the
 * score: {@link Direction#BUY} needs {@code score > 0}, {@link Direction#SELL} needs {@code score < 0};
 * {@link Direction#ABSTAIN} may carry any score (a model that abstains keeps its raw reading, for
 * diagnostics and calibration). A score of {@code -0.0} is stored as {@code 0.0}.
 *
 * @param instrument the instrument (or pair) the signal is about; not blank
 * @param time the time of the bar the signal was computed on (it uses that bar's close)
 * @param direction what the signal asks for
 * @param score the signed strength in {@code [-1, 1]}
 * @param confidence the confidence in {@code [0, 1]}
 * @param horizonBars the number of bars the view is for, {@code >= 1}
 * @param source the name of the model (or engine) that produced the signal; not blank
 */
public record Signal(String instrument, Instant time, Direction direction, double score, double confidence,
    int horizonBars, String source) {

  /**
   * Validates the fields.
   *
   * @param instrument the instrument; not blank
   * @param time the time
   * @param direction the direction
   * @param score the score in {@code [-1, 1]}
   * @param confidence the confidence in {@code [0, 1]}
   * @param horizonBars the horizon in bars, {@code >= 1}
   * @param source the producer's name; not blank
   * @throws IllegalArgumentException if a field is null, out of range, or the direction disagrees with the
   *     sign of the score
   */
  public Signal {
    notBlank(instrument, "instrument");
    Args.notNull(time, "time");
    Args.notNull(direction, "direction");
    Args.inRange(score, -1.0, 1.0, "score");
    Args.inRange(confidence, 0.0, 1.0, "confidence");
    Args.atLeast(horizonBars, 1, "horizonBars");
    notBlank(source, "source");
    if (direction == Direction.BUY && !(score > 0) || direction == Direction.SELL && !(score < 0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "direction %s needs a score of that sign, was %s", direction, score));
    }
    score += 0.0;
    confidence += 0.0;
  }

  /**
   * A signal whose direction follows the sign of the score ({@link Direction#of(double)}).
   *
   * @param instrument the instrument; not blank
   * @param time the time
   * @param score the score in {@code [-1, 1]}
   * @param confidence the confidence in {@code [0, 1]}
   * @param horizonBars the horizon in bars, {@code >= 1}
   * @param source the producer's name; not blank
   * @return the signal
   * @throws IllegalArgumentException if a field is invalid
   */
  public static Signal of(String instrument, Instant time, double score, double confidence, int horizonBars,
      String source) {
    return new Signal(instrument, time, Direction.of(score), score, confidence, horizonBars, source);
  }

  /**
   * An abstention with score 0 and confidence 0, as a model emits during its warm-up.
   *
   * @param instrument the instrument; not blank
   * @param time the time
   * @param horizonBars the horizon in bars, {@code >= 1}
   * @param source the producer's name; not blank
   * @return the signal
   * @throws IllegalArgumentException if a field is invalid
   */
  public static Signal abstain(String instrument, Instant time, int horizonBars, String source) {
    return new Signal(instrument, time, Direction.ABSTAIN, 0.0, 0.0, horizonBars, source);
  }

  /**
   * Whether the signal asks for a trade.
   *
   * @return true unless the direction is {@link Direction#ABSTAIN}
   */
  public boolean isActionable() {
    return direction != Direction.ABSTAIN;
  }

  /**
   * Checks an instrument name before a model changes its state.
   *
   * @param instrument the instrument
   * @return {@code instrument}
   * @throws IllegalArgumentException if null or blank
   */
  static String checkInstrument(String instrument) {
    notBlank(instrument, "instrument");
    return instrument;
  }

  /**
   * A model name with its parameters: {@code kind(p1,p2,...)}, integral values without a fraction.
   *
   * @param kind the kind of model
   * @param parameters the parameters
   * @return the name
   */
  static String sourceName(String kind, double... parameters) {
    StringBuilder b = new StringBuilder(kind).append('(');
    for (int i = 0; i < parameters.length; i++) {
      double p = parameters[i];
      if (i > 0) {
        b.append(',');
      }
      if (p == Math.rint(p) && Math.abs(p) < 1e15) {
        b.append((long) p);
      } else {
        b.append(p);
      }
    }
    return b.append(')').toString();
  }

  private static void notBlank(String value, String name) {
    Args.notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was \"" + value + "\"");
    }
  }
}
