package io.quantor.core.sim;

import io.quantor.core.internal.Args;
import io.quantor.core.series.BarSeries;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded generator of realistic bar series: geometric Brownian motion with optional Merton jumps and
 * Markov regime switching, as daily or intraday bars. See {@link MarketConfig} for the model.
 *
 * <p>Randomness comes from one {@code XO_RO_SHI_RO_128_PP} generator of Apache Commons RNG seeded with
 * {@link MarketConfig#seed()} (Gaussians by the ziggurat method, jump counts by {@link PoissonSampler}), so
 * the same configuration gives the same bars on every run and platform; different seeds give different
 * paths. Generation allocates the series' arrays and nothing per bar: a million daily bars take well
 * under a second.
 *
 * <pre>{@code
 * BarSeries spy = SyntheticMarket.daily(2_520, 7);   // ten years of daily bars, seed 7
 * SyntheticSeries run = SyntheticMarket.generate(MarketConfig.builder()
 *     .regimes(List.of(Regime.of("calm", 0.10, 0.12), Regime.of("stress", -0.30, 0.45)), 400, 60)
 *     .jumps(Jumps.of(4, -0.03, 0.05))
 *     .build(), 10_000);
 * int regimeOfLastBar = run.regime(9_999);
 * }</pre>
 */
public final class SyntheticMarket {

  /** Above this log price, {@code exp} overflows. */
  private static final double MAX_LOG_PRICE = Math.log(Double.MAX_VALUE);

  private SyntheticMarket() {
  }

  /**
   * Daily bars with the default configuration and the given seed.
   *
   * @param bars the number of bars, {@code >= 0}
   * @param seed the seed
   * @return the bars
   * @throws IllegalArgumentException if {@code bars < 0}
   */
  public static BarSeries daily(int bars, long seed) {
    return generate(MarketConfig.builder().seed(seed).build(), bars).bars();
  }

  /**
   * Generates bars.
   *
   * @param config the configuration
   * @param bars the number of bars, {@code >= 0}
   * @return the bars, each bar's regime and the jump count
   * @throws IllegalArgumentException if {@code bars < 0}, or if the configured drift and volatility drive
   *     the price beyond the range of {@code double} within {@code bars} bars
   */
  public static SyntheticSeries generate(MarketConfig config, int bars) {
    Args.notNull(config, "config");
    Args.atLeast(bars, 0, "bars");
    return new Path(config).run(bars);
  }

  /** One generation run: the parameters turned into per-step constants, and the random generator. */
  private static final class Path {

    private final MarketConfig config;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final int subSteps;
    private final int regimeCount;
    /** Cumulative transition rows, the last reachable entry raised to 2 so a uniform never runs past it. */
    private final double[][] cumulative;
    private final double[] cumulativeStationary;
    // Per regime: drift and standard deviation of the overnight gap, of one sub-step of a full bar and
    // of one sub-step of a session's (possibly shorter) last bar.
    private final double[] gapDrift;
    private final double[] gapSd;
    private final double[] stepDrift;
    private final double[] stepSd;
    private final double[] lastStepDrift;
    private final double[] lastStepSd;
    private final DiscreteSampler gapJumps;
    private final DiscreteSampler barJumps;
    private final DiscreteSampler lastBarJumps;
    private final double jumpMean;
    private final double jumpSd;
    /** Log jump added at each sub-step of the current bar. */
    private final double[] jumpAt;
    /** Expected volume of each bar of a session (one entry for daily bars). */
    private final double[] volumeProfile;
    private final double volumeLogMean;
    private final double volumeLogSd;

    Path(MarketConfig config) {
      this.config = config;
      this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(config.seed());
      this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
      this.subSteps = config.subSteps();
      RegimeSwitching chain = config.regimes();
      this.regimeCount = chain.size();
      double[][] transitions = chain.transitions();
      this.cumulative = new double[regimeCount][];
      for (int i = 0; i < regimeCount; i++) {
        cumulative[i] = cumulate(transitions[i]);
      }
      this.cumulativeStationary = chain.initialRegime() < 0 ? cumulate(chain.stationaryDistribution()) : null;

      double year = config.periodsPerYear();
      double night = config.overnightShare();
      // Session time of a full bar and of the last bar of a session, as fractions of a trading day.
      double barTime;
      double lastBarTime;
      if (config.schedule() instanceof BarSchedule.Intraday s) {
        int barSeconds = s.barMinutes() * 60;
        int n = s.barsPerSession();
        barTime = (1 - night) * barSeconds / s.sessionSeconds();
        lastBarTime = (1 - night) * (s.sessionSeconds() - (n - 1) * barSeconds) / s.sessionSeconds();
        volumeProfile = intradayProfile(s);
      } else {
        barTime = 1 - night;
        lastBarTime = barTime;
        volumeProfile = new double[] {1.0};
      }
      Jumps jumps = config.jumps();
      double compensator = jumps.intensity() * jumps.meanRelativeSize();
      gapDrift = new double[regimeCount];
      gapSd = new double[regimeCount];
      stepDrift = new double[regimeCount];
      stepSd = new double[regimeCount];
      lastStepDrift = new double[regimeCount];
      lastStepSd = new double[regimeCount];
      for (int r = 0; r < regimeCount; r++) {
        Regime regime = chain.regime(r);
        double sigma = regime.volatility();
        double logDrift = regime.drift() - 0.5 * sigma * sigma - compensator;
        gapDrift[r] = logDrift * night / year;
        gapSd[r] = sigma * Math.sqrt(night / year);
        stepDrift[r] = logDrift * barTime / year / subSteps;
        stepSd[r] = sigma * Math.sqrt(barTime / year / subSteps);
        lastStepDrift[r] = logDrift * lastBarTime / year / subSteps;
        lastStepSd[r] = sigma * Math.sqrt(lastBarTime / year / subSteps);
      }
      gapJumps = poisson(jumps.intensity() * night / year);
      barJumps = poisson(jumps.intensity() * barTime / year);
      lastBarJumps = poisson(jumps.intensity() * lastBarTime / year);
      jumpMean = jumps.meanLogSize();
      jumpSd = jumps.sdLogSize();
      jumpAt = new double[subSteps];
      volumeLogSd = config.volumeDispersion();
      volumeLogMean = -0.5 * volumeLogSd * volumeLogSd;
    }

    SyntheticSeries run(int bars) {
      BarSeries.Builder out = BarSeries.builder(config.symbol(), bars);
      int[] regimes = new int[bars];
      long jumps = 0;
      BarTimes times = new BarTimes(config);
      int sessionBars = volumeProfile.length;
      int regime = config.regimes().initialRegime();
      if (regime < 0) {
        regime = regimeCount == 1 ? 0 : draw(cumulativeStationary, rng.nextDouble());
      }
      double baseVolume = config.baseVolume();
      double logPrice = Math.log(config.initialPrice());
      int inSession = 0;
      for (int i = 0; i < bars; i++) {
        if (i > 0 && regimeCount > 1) {
          regime = draw(cumulative[regime], rng.nextDouble());
        }
        if (inSession == 0 && i > 0) {
          logPrice += gapDrift[regime] + gapSd[regime] * gauss.sample();
          if (gapJumps != null) {
            int n = gapJumps.sample();
            for (int j = 0; j < n; j++) {
              logPrice += jumpMean + jumpSd * gauss.sample();
            }
            jumps += n;
          }
        }
        boolean last = inSession == sessionBars - 1;
        DiscreteSampler jumpSampler = last ? lastBarJumps : barJumps;
        int n = 0;
        if (jumpSampler != null) {
          n = jumpSampler.sample();
          for (int j = 0; j < n; j++) {
            jumpAt[rng.nextInt(subSteps)] += jumpMean + jumpSd * gauss.sample();
          }
          jumps += n;
        }
        double drift = last ? lastStepDrift[regime] : stepDrift[regime];
        double sd = last ? lastStepSd[regime] : stepSd[regime];
        double open = logPrice;
        double high = logPrice;
        double low = logPrice;
        for (int s = 0; s < subSteps; s++) {
          logPrice += drift + sd * gauss.sample() + jumpAt[s];
          if (logPrice > high) {
            high = logPrice;
          } else if (logPrice < low) {
            low = logPrice;
          }
        }
        if (n > 0) {
          Arrays.fill(jumpAt, 0.0);
        }
        if (!(high <= MAX_LOG_PRICE)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "the price path leaves the range of"
              + " double at bar %d (log price %s); lower the drift, volatility, jumps or number of bars",
              i, high));
        }
        double volume = baseVolume * volumeProfile[inSession]
            * Math.exp(volumeLogMean + volumeLogSd * gauss.sample());
        out.add(times.next(), Math.exp(open), Math.exp(high), Math.exp(low), Math.exp(logPrice), volume);
        regimes[i] = regime;
        if (++inSession == sessionBars) {
          inSession = 0;
        }
      }
      return new SyntheticSeries(config, out.build(), regimes, jumps);
    }

    private DiscreteSampler poisson(double mean) {
      return mean > 0 ? PoissonSampler.of(rng, mean) : null;
    }

    private static int draw(double[] cumulative, double u) {
      int j = 0;
      while (u >= cumulative[j]) {
        j++;
      }
      return j;
    }

    private static double[] cumulate(double[] p) {
      double[] c = new double[p.length];
      double sum = 0;
      int lastPositive = 0;
      for (int j = 0; j < p.length; j++) {
        sum += p[j];
        c[j] = sum;
        if (p[j] > 0) {
          lastPositive = j;
        }
      }
      // Rows sum to 1 only within rounding: make sure every uniform in [0, 1) lands on a possible regime.
      for (int j = lastPositive; j < c.length; j++) {
        c[j] = 2.0;
      }
      return c;
    }

    private static double[] intradayProfile(BarSchedule.Intraday s) {
      int n = s.barsPerSession();
      double session = s.sessionSeconds();
      double barSeconds = s.barMinutes() * 60.0;
      double[] w = new double[n];
      double total = 0;
      for (int k = 0; k < n; k++) {
        double start = k * barSeconds;
        double end = Math.min(start + barSeconds, session);
        double x = (start + end) / (2 * session);
        double u = 2 * x - 1;
        w[k] = (1 + (s.edgeVolumeRatio() - 1) * u * u) * (end - start) / barSeconds;
        total += w[k];
      }
      for (int k = 0; k < n; k++) {
        w[k] *= n / total;
      }
      return w;
    }
  }

  /** The timestamps of successive bars, in epoch milliseconds. */
  private static final class BarTimes {

    private final ZoneClock clock;
    private final boolean skipWeekends;
    private final int secondOfDay;
    private final boolean intraday;
    private final long barMillis;
    private final long sessionMillis;
    private final int sessionBars;
    private long epochDay;
    /** Day of week of {@link #epochDay}, 1 = Monday ... 7 = Sunday. */
    private int dayOfWeek;
    private int inSession;
    private long sessionOpen;

    BarTimes(MarketConfig config) {
      BarSchedule schedule = config.schedule();
      clock = new ZoneClock(schedule.zone());
      epochDay = config.startDate().toEpochDay();
      dayOfWeek = config.startDate().getDayOfWeek().getValue();
      if (schedule instanceof BarSchedule.Intraday s) {
        intraday = true;
        skipWeekends = true;
        secondOfDay = s.open().toSecondOfDay();
        barMillis = s.barMinutes() * 60_000L;
        sessionMillis = s.sessionSeconds() * 1000L;
        sessionBars = s.barsPerSession();
      } else {
        BarSchedule.Daily d = (BarSchedule.Daily) schedule;
        intraday = false;
        skipWeekends = d.skipWeekends();
        secondOfDay = d.close().toSecondOfDay();
        barMillis = 0;
        sessionMillis = 0;
        sessionBars = 1;
      }
      if (skipWeekends) {
        while (dayOfWeek >= DayOfWeek.SATURDAY.getValue()) {
          advanceDay();
        }
      }
    }

    long next() {
      if (!intraday) {
        long t = clock.epochSecond(epochDay, secondOfDay) * 1000;
        nextTradingDay();
        return t;
      }
      if (inSession == 0) {
        sessionOpen = clock.epochSecond(epochDay, secondOfDay) * 1000;
      }
      inSession++;
      long t = sessionOpen + Math.min(inSession * barMillis, sessionMillis);
      if (inSession == sessionBars) {
        inSession = 0;
        nextTradingDay();
      }
      return t;
    }

    private void nextTradingDay() {
      advanceDay();
      if (skipWeekends) {
        while (dayOfWeek >= DayOfWeek.SATURDAY.getValue()) {
          advanceDay();
        }
      }
    }

    private void advanceDay() {
      epochDay++;
      if (++dayOfWeek == 8) {
        dayOfWeek = 1;
      }
    }
  }
}
