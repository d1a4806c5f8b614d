package io.quantor.core.sim;

import io.quantor.core.internal.Args;
import java.time.LocalDate;
import java.util.List;

/**
 * The immutable configuration of a {@link SyntheticMarket}: price process, schedule, volume and seed.
 *
 * <p>Start from {@link #defaults()} or {@link #builder()}; every field has a documented default. The same
 * configuration (seed included) always generates the same bars.
 *
 * <p><b>Time.</b> Drift, volatility and jump intensity are per year of trading time: a trading day is
 * {@code 1/periodsPerYear} of a year, split into an overnight part ({@code overnightShare} of it) and the
 * session. Weekends and nights are not extra time: the overnight part is the same after a Friday as after a
 * Monday. Close-to-close log returns of daily bars therefore have mean {@code (mu - sigma^2/2) / P} and
 * standard deviation {@code sigma / sqrt(P)} without jumps ({@code P = periodsPerYear}).
 *
 * <p><b>Bars.</b> Each bar's price path is simulated with {@code subSteps} Gaussian sub-steps; the open is
 * the first point, the close the last, the high and low the extremes of the path, so every bar is valid
 * by construction. The first bar of a session (every daily bar) opens after the overnight gap from the
 * previous close; the very first bar opens at {@code initialPrice}. Volume is
 * {@code baseVolume * profile * exp(volumeDispersion Z - volumeDispersion^2/2)}, a lognormal whose mean is
 * {@code baseVolume} times the intraday profile (1 for daily bars).
 *
 * @param symbol the symbol of the generated series (default {@code "SIM"})
 * @param seed the random seed (default 42)
 * @param initialPrice the first bar's open, finite and {@code > 0} (default 100)
 * @param regimes the regimes and their Markov chain (default one regime, drift 0.07, volatility 0.20)
 * @param jumps the jump process (default {@link Jumps#NONE})
 * @param schedule the bar schedule (default {@link BarSchedule#daily()})
 * @param startDate the first day on which a bar may fall (default 2000-01-03, a Monday)
 * @param periodsPerYear trading days per year, {@code >= 1} (default 252)
 * @param subSteps sub-steps of each bar's price path, in {@code [1, 1000]} (default 8)
 * @param overnightShare the share of each trading day's variance, drift and jump time that falls between
 *     sessions, in {@code [0, 1]} (default 0.2)
 * @param baseVolume the mean volume per bar, finite and {@code >= 0} (default 1,000,000)
 * @param volumeDispersion the standard deviation of log volume, in {@code [0, 5]} (default 0.3)
 */
public record MarketConfig(String symbol, long seed, double initialPrice, RegimeSwitching regimes,
    Jumps jumps, BarSchedule schedule, LocalDate startDate, int periodsPerYear, int subSteps,
    double overnightShare, double baseVolume, double volumeDispersion) {

  /**
   * Validates the fields.
   *
   * @param symbol the symbol, not null
   * @param seed the random seed
   * @param initialPrice the first open, finite and positive
   * @param regimes the regimes, not null
   * @param jumps the jumps, not null
   * @param schedule the schedule, not null
   * @param startDate the first possible day, not null
   * @param periodsPerYear trading days per year, {@code >= 1}
   * @param subSteps sub-steps per bar, in {@code [1, 1000]}
   * @param overnightShare the overnight share, in {@code [0, 1]}
   * @param baseVolume the mean volume per bar, finite and {@code >= 0}
   * @param volumeDispersion the standard deviation of log volume, in {@code [0, 5]}
   * @throws IllegalArgumentException if a field is null or out of range, naming it
   */
  public MarketConfig {
    Args.notNull(symbol, "symbol");
    Args.positive(initialPrice, "initialPrice");
    Args.notNull(regimes, "regimes");
    Args.notNull(jumps, "jumps");
    Args.notNull(schedule, "schedule");
    Args.notNull(startDate, "startDate");
    Args.atLeast(periodsPerYear, 1, "periodsPerYear");
    Args.inRange(subSteps, 1, 1000, "subSteps");
    Args.inRange(overnightShare, 0, 1, "overnightShare");
    Args.inRange(baseVolume, 0, Double.MAX_VALUE, "baseVolume");
    Args.inRange(volumeDispersion, 0, 5, "volumeDispersion");
  }

  /**
   * The default configuration: daily weekday bars from 2000-01-03 of a GBM with drift 7 % and volatility
   * 20 %, seed 42.
   *
   * @return the defaults
   */
  public static MarketConfig defaults() {
    return builder().build();
  }

  /**
   * A builder holding the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this configuration's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.symbol = symbol;
    b.seed = seed;
    b.initialPrice = initialPrice;
    b.regimes = regimes;
    b.jumps = jumps;
    b.schedule = schedule;
    b.startDate = startDate;
    b.periodsPerYear = periodsPerYear;
    b.subSteps = subSteps;
    b.overnightShare = overnightShare;
    b.baseVolume = baseVolume;
    b.volumeDispersion = volumeDispersion;
    return b;
  }

  /**
   * Builds a {@link MarketConfig}; starts from the defaults. Values are checked by {@link #build()}.
   */
  public static final class Builder {

    private String symbol = "SIM";
    private long seed = 42;
    private double initialPrice = 100;
    private RegimeSwitching regimes = RegimeSwitching.single(Regime.of("gbm", 0.07, 0.20));
    private Jumps jumps = Jumps.NONE;
    private BarSchedule schedule = BarSchedule.daily();
    private LocalDate startDate = LocalDate.of(2000, 1, 3);
    private int periodsPerYear = 252;
    private int subSteps = 8;
    private double overnightShare = 0.2;
    private double baseVolume = 1_000_000;
    private double volumeDispersion = 0.3;

    private Builder() {
    }

    /**
     * Sets the symbol.
     *
     * @param symbol the symbol
     * @return this builder
     */
    public Builder symbol(String symbol) {
      this.symbol = symbol;
      return this;
    }

    /**
     * Sets the random seed.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the first bar's open.
     *
     * @param initialPrice the price, finite and positive
     * @return this builder
     */
    public Builder initialPrice(double initialPrice) {
      this.initialPrice = initialPrice;
      return this;
    }

    /**
     * Uses a single regime (geometric Brownian motion) with this drift and volatility.
     *
     * @param drift the annualized drift, in {@code [-10, 10]}
     * @param volatility the annualized volatility, in {@code [0, 10]}
     * @return this builder
     * @throws IllegalArgumentException if a value is out of range
     */
    public Builder driftAndVolatility(double drift, double volatility) {
      this.regimes = RegimeSwitching.single(Regime.of("gbm", drift, volatility));
      return this;
    }

    /**
     * Sets the regimes and their Markov chain.
     *
     * @param regimes the chain
     * @return this builder
     */
    public Builder regimes(RegimeSwitching regimes) {
      this.regimes = regimes;
      return this;
    }

    /**
     * Sets regimes that last the given expected numbers of bars; see
     * {@link RegimeSwitching#ofExpectedDurations(List, double[])}.
     *
     * @param regimes the regimes
     * @param expectedDurationBars each regime's expected duration in bars
     * @return this builder
     * @throws IllegalArgumentException if the arguments are invalid
     */
    public Builder regimes(List<Regime> regimes, double... expectedDurationBars) {
      this.regimes = RegimeSwitching.ofExpectedDurations(regimes, expectedDurationBars);
      return this;
    }

    /**
     * Sets the jump process.
     *
     * @param jumps the jumps, or {@link Jumps#NONE}
     * @return this builder
     */
    public Builder jumps(Jumps jumps) {
      this.jumps = jumps;
      return this;
    }

    /**
     * Sets the bar schedule.
     *
     * @param schedule the schedule
     * @return this builder
     */
    public Builder schedule(BarSchedule schedule) {
      this.schedule = schedule;
      return this;
    }

    /**
     * Sets the first day on which a bar may fall.
     *
     * @param startDate the date
     * @return this builder
     */
    public Builder startDate(LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * Sets the number of trading days per year.
     *
     * @param periodsPerYear the number, {@code >= 1}
     * @return this builder
     */
    public Builder periodsPerYear(int periodsPerYear) {
      this.periodsPerYear = periodsPerYear;
      return this;
    }

    /**
     * Sets the number of sub-steps of each bar's price path.
     *
     * @param subSteps the number, in {@code [1, 1000]}
     * @return this builder
     */
    public Builder subSteps(int subSteps) {
      this.subSteps = subSteps;
      return this;
    }

    /**
     * Sets the share of each trading day that falls between sessions.
     *
     * @param overnightShare the share, in {@code [0, 1]}
     * @return this builder
     */
    public Builder overnightShare(double overnightShare) {
      this.overnightShare = overnightShare;
      return this;
    }

    /**
     * Sets the mean volume per bar.
     *
     * @param baseVolume the volume, finite and {@code >= 0}
     * @return this builder
     */
    public Builder baseVolume(double baseVolume) {
      this.baseVolume = baseVolume;
      return this;
    }

    /**
     * Sets the standard deviation of log volume.
     *
     * @param volumeDispersion the dispersion, in {@code [0, 5]}
     * @return this builder
     */
    public Builder volumeDispersion(double volumeDispersion) {
      this.volumeDispersion = volumeDispersion;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException if a value is invalid, naming it
     */
    public MarketConfig build() {
      return new MarketConfig(symbol, seed, initialPrice, regimes, jumps, schedule, startDate,
          periodsPerYear, subSteps, overnightShare, baseVolume, volumeDispersion);
    }
  }
}
