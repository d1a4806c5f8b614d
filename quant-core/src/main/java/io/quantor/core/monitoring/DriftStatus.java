package io.quantor.core.monitoring;

/** How worrying a drift figure or a model's health is, from {@link #OK} to {@link #ALERT}. */
public enum DriftStatus {
  /** Stable: no action needed. */
  OK,
  /** A moderate shift: watch the model. */
  WARN,
  /** A significant shift: retrain or stop trading the model. */
  ALERT;

  /**
   * The worse of this status and another.
   *
   * @param other the other status
   * @return the status with the higher severity
   */
  public DriftStatus worse(DriftStatus other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
