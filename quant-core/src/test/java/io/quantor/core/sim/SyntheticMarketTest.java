package io.quantor.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.series.BarSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generator's determinism, schedule and statistics.
 *
 * <p>Statistical checks compare sample statistics with the configured model within {@value #Z} standard
 * errors. The seeds are fixed, so each check is deterministic; the tolerance says that a correct
 * generator passes it for all but about 6e-5 of seeds (two-sided normal tail at 4 sigma, the sample sizes
 * being large enough for the central limit theorem), while the mistakes it guards against (a missing
 * {@code -sigma^2/2}, a volatility scaled by the wrong time step, an uncompensated jump drift, a wrong
 * transition row) move the statistic by 5 or more standard errors.
 */
class SyntheticMarketTest {

  /** Tolerance in standard errors. */
  private static final double Z = 4;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void sameSeedGivesIdenticalOutput() {
    MarketConfig config = richConfig(11);
    SyntheticSeries a = SyntheticMarket.generate(config, 5_000);
    SyntheticSeries b = SyntheticMarket.generate(config, 5_000);
    assertArrayEquals(a.bars().epochMillis(), b.bars().epochMillis());
    assertArrayEquals(a.bars().opens(), b.bars().opens());
    assertArrayEquals(a.bars().highs(), b.bars().highs());
    assertArrayEquals(a.bars().lows(), b.bars().lows());
    assertArrayEquals(a.bars().closes(), b.bars().closes());
    assertArrayEquals(a.bars().volumes(), b.bars().volumes());
    assertArrayEquals(a.regimes(), b.regimes());
    assertEquals(a.jumpCount(), b.jumpCount());
  }

  @Test
  void differentSeedsDiffer() {
    SyntheticSeries a = SyntheticMarket.generate(richConfig(11), 5_000);
    SyntheticSeries b = SyntheticMarket.generate(richConfig(12), 5_000);
    assertFalse(Arrays.equals(a.bars().closes(), b.bars().closes()));
    assertFalse(Arrays.equals(a.bars().volumes(), b.bars().volumes()));
    assertFalse(Arrays.equals(a.regimes(), b.regimes()));
    // Same calendar: the seed changes prices, not timestamps.
    assertArrayEquals(a.bars().epochMillis(), b.bars().epochMillis());
  }

  @Test
  void dailyLogReturnsHaveTheConfiguredDriftAndVolatility() {
    double mu = 0.08;
    double sigma = 0.25;
    int n = 400_000;
    MarketConfig config = MarketConfig.builder().seed(1).driftAndVolatility(mu, sigma).build();
    double[] r = logReturns(SyntheticMarket.generate(config, n).bars().closes());
    double dt = 1.0 / 252;
    double expectedMean = (mu - 0.5 * sigma * sigma) * dt;
    double expectedSd = sigma * Math.sqrt(dt);
    // Standard error of the mean sd/sqrt(N); of the standard deviation about sd/sqrt(2N) (normal data).
    assertWithin(expectedMean, mean(r), Z * expectedSd / Math.sqrt(r.length), "mean log return");
    assertWithin(expectedSd, sd(r), Z * expectedSd / Math.sqrt(2.0 * r.length), "sd of log returns");
  }

  @Test
  void jumpCountAndCompensatedDriftMatchTheModel() {
    double mu = 0.05;
    double sigma = 0.15;
    double lambda = 20;
    double m = -0.02;
    double s = 0.04;
    int years = 1_000;
    int n = 252 * years;
    MarketConfig config = MarketConfig.builder().seed(3).driftAndVolatility(mu, sigma)
        .jumps(Jumps.of(lambda, m, s)).build();
    SyntheticSeries run = SyntheticMarket.generate(config, n);
    // Jump count is Poisson(lambda * years): standard deviation sqrt(lambda * years), about 141 here.
    double expectedJumps = lambda * years;
    assertWithin(expectedJumps, run.jumpCount(), Z * Math.sqrt(expectedJumps), "jump count");

    double dt = 1.0 / 252;
    double k = Math.exp(m + 0.5 * s * s) - 1;
    double expectedMean = (mu - 0.5 * sigma * sigma - lambda * k + lambda * m) * dt;
    double variance = (sigma * sigma + lambda * (m * m + s * s)) * dt;
    double[] r = logReturns(run.bars().closes());
    assertWithin(expectedMean, mean(r), Z * Math.sqrt(variance / r.length), "mean log return with jumps");
    // E[S_t] = S_0 exp(mu t): the mean simple return per day is exp(mu dt) - 1 (compensation).
    double[] simple = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      simple[i] = Math.expm1(r[i]);
    }
    assertWithin(Math.expm1(mu * dt), mean(simple), Z * sd(simple) / Math.sqrt(simple.length),
        "mean simple return with jumps");
  }

  @Test
  void twoRegimeOccupancyMatchesTheStationaryDistribution() {
    double p01 = 0.01;
    double p10 = 0.03;
    RegimeSwitching chain = RegimeSwitching.of(
        List.of(Regime.of("calm", 0.10, 0.10), Regime.of("stress", -0.20, 0.40)),
        new double[][] {{1 - p01, p01}, {p10, 1 - p10}});
    double[] pi = {p10 / (p01 + p10), p01 / (p01 + p10)};
    assertArrayEquals(pi, chain.stationaryDistribution(), 1e-12);
    MarketConfig config = MarketConfig.builder().seed(5).regimes(chain).build();
    int n = 400_000;
    SyntheticSeries run = SyntheticMarket.generate(config, n);
    int[] regimes = run.regimes();
    double[][] p = {{1 - p01, p01}, {p10, 1 - p10}};
    assertOccupancy(regimes, p, pi);
    assertTransitionFrequencies(regimes, p);

    // Each regime's own volatility shows in its bars' returns (the regime is fixed for the whole bar,
    // overnight gap included).
    double[] r = logReturns(run.bars().closes());
    for (int regime = 0; regime < 2; regime++) {
      double[] in = new double[r.length];
      int count = 0;
      for (int i = 0; i < r.length; i++) {
        if (regimes[i + 1] == regime) {
          in[count++] = r[i];
        }
      }
      in = Arrays.copyOf(in, count);
      double expectedSd = chain.regime(regime).volatility() / Math.sqrt(252);
      assertWithin(expectedSd, sd(in), Z * expectedSd / Math.sqrt(2.0 * count), "sd in regime " + regime);
    }
  }

  @Test
  void threeRegimeOccupancyFromDurationsIsProportionalToDurations() {
    double[] durations = {20, 40, 80};
    List<Regime> regimes = List.of(Regime.of("a", 0.1, 0.1), Regime.of("b", 0, 0.2),
        Regime.of("c", -0.1, 0.3));
    MarketConfig config = MarketConfig.builder().seed(9).regimes(regimes, durations).build();
    // Leaving regime i with probability 1/d_i to either other regime with equal probability satisfies
    // detailed balance with pi_i proportional to d_i.
    double[] pi = {1.0 / 7, 2.0 / 7, 4.0 / 7};
    assertArrayEquals(pi, config.regimes().stationaryDistribution(), 1e-12);
    double[][] p = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        p[i][j] = i == j ? 1 - 1 / durations[i] : 0.5 / durations[i];
      }
    }
    int[] path = SyntheticMarket.generate(config, 400_000).regimes();
    assertOccupancy(path, p, pi);
    assertTransitionFrequencies(path, p);
  }

  @Test
  void dailyBarsAreStampedAtTheNewYorkCloseOnConsecutiveWeekdays() {
    BarSeries bars = SyntheticMarket.daily(1_000, 1);
    LocalDate expected = LocalDate.of(2000, 1, 3);
    for (int i = 0; i < bars.size(); i++) {
      ZonedDateTime t = bars.time(i).atZone(NEW_YORK);
      assertEquals(expected, t.toLocalDate(), "date of bar " + i);
      assertEquals(LocalTime.of(16, 0), t.toLocalTime(), "time of bar " + i);
      expected = expected.plusDays(expected.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
    }
  }

  @Test
  void dailyBarsOnEveryCalendarDay() {
    MarketConfig config = MarketConfig.builder().startDate(LocalDate.of(2024, 3, 1)).periodsPerYear(365)
        .schedule(new BarSchedule.Daily(ZoneId.of("UTC"), LocalTime.MIDNIGHT, false)).build();
    BarSeries bars = SyntheticMarket.generate(config, 400).bars();
    for (int i = 0; i < bars.size(); i++) {
      assertEquals(LocalDate.of(2024, 3, 1).plusDays(i).atStartOfDay(ZoneId.of("UTC")).toInstant(),
          bars.time(i));
    }
  }

  @Test
  void intradayBarsFillTheSessionAndGapOvernight() {
    int sessions = 300;
    double sigma = 0.3;
    double night = 0.4;
    MarketConfig config = MarketConfig.builder().seed(21).schedule(BarSchedule.intraday(5))
        .driftAndVolatility(0, sigma).overnightShare(night).build();
    BarSeries bars = SyntheticMarket.generate(config, 78 * sessions).bars();
    double[] gaps = new double[sessions - 1];
    LocalDate day = LocalDate.of(2000, 1, 3);
    for (int s = 0; s < sessions; s++) {
      for (int k = 0; k < 78; k++) {
        int i = s * 78 + k;
        ZonedDateTime t = bars.time(i).atZone(NEW_YORK);
        assertEquals(day, t.toLocalDate(), "date of bar " + i);
        assertEquals(LocalTime.of(9, 35).plusMinutes(5L * k), t.toLocalTime(), "time of bar " + i);
        if (k > 0) {
          // Within a session the path is continuous.
          assertEquals(bars.close(i - 1), bars.open(i), "open of bar " + i);
        } else if (s > 0) {
          gaps[s - 1] = Math.log(bars.open(i) / bars.close(i - 1));
        }
      }
      day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
    }
    double expectedSd = sigma * Math.sqrt(night / 252);
    assertWithin(expectedSd, sd(gaps), Z * expectedSd / Math.sqrt(2.0 * gaps.length), "overnight gap sd");
  }

  @Test
  void intradayVolumeProfileIsUShaped() {
    int sessions = 300;
    MarketConfig config = MarketConfig.builder().seed(4).schedule(BarSchedule.intraday(5)).build();
    BarSeries bars = SyntheticMarket.generate(config, 78 * sessions).bars();
    double[] bucket = new double[78];
    for (int i = 0; i < bars.size(); i++) {
      bucket[i % 78] += bars.volume(i) / sessions;
    }
    double midday = 0;
    for (int k = 29; k < 49; k++) {
      midday = Math.max(midday, bucket[k]);
    }
    assertTrue(bucket[0] > 2 * midday, "first bucket " + bucket[0] + " vs midday max " + midday);
    assertTrue(bucket[77] > 2 * midday, "last bucket " + bucket[77] + " vs midday max " + midday);
    // The profile averages baseVolume over a session. Relative standard error below 0.36 %: lognormal
    // noise with relative sd 0.307 per bar, profile weights at most 1.8, 23,400 bars; 2 % is over 4 SE.
    assertWithin(1_000_000, Arrays.stream(bucket).average().orElseThrow(), 20_000, "mean volume");
  }

  @Test
  void hourlyBarsEndTheSessionWithAShortBar() {
    MarketConfig config = MarketConfig.builder().schedule(BarSchedule.intraday(60)).build();
    BarSeries bars = SyntheticMarket.generate(config, 14).bars();
    LocalTime[] expected = {LocalTime.of(10, 30), LocalTime.of(11, 30), LocalTime.of(12, 30),
        LocalTime.of(13, 30), LocalTime.of(14, 30), LocalTime.of(15, 30), LocalTime.of(16, 0)};
    for (int i = 0; i < 14; i++) {
      assertEquals(expected[i % 7], bars.time(i).atZone(NEW_YORK).toLocalTime(), "bar " + i);
    }
  }

  @Test
  void ohlcComesFromOnePath() {
    BarSeries bars = SyntheticMarket.generate(richConfig(8), 20_000).bars();
    boolean someRange = false;
    for (int i = 0; i < bars.size(); i++) {
      assertTrue(bars.high(i) >= Math.max(bars.open(i), bars.close(i)), "high of bar " + i);
      assertTrue(bars.low(i) <= Math.min(bars.open(i), bars.close(i)), "low of bar " + i);
      someRange |= bars.high(i) > Math.max(bars.open(i), bars.close(i));
    }
    assertTrue(someRange, "sub-steps must make highs above the open and close");
  }

  @Test
  void startingRegimeCanBeFixed() {
    RegimeSwitching chain = RegimeSwitching.of(List.of(Regime.of("a", 0, 0.1), Regime.of("b", 0, 0.2)),
        new double[][] {{1, 0}, {0, 1}}, 1);
    assertFalse(chain.hasStationaryDistribution());
    int[] path = SyntheticMarket.generate(MarketConfig.builder().regimes(chain).build(), 500).regimes();
    assertTrue(Arrays.stream(path).allMatch(r -> r == 1));
    assertThrows(IllegalArgumentException.class,
        () -> RegimeSwitching.of(chain.regimes(), new double[][] {{1, 0}, {0, 1}}));
  }

  @Test
  void invalidParametersAreRejectedByName() {
    assertMessage("subSteps", () -> MarketConfig.builder().subSteps(0).build());
    assertMessage("initialPrice", () -> MarketConfig.builder().initialPrice(-1).build());
    assertMessage("overnightShare", () -> MarketConfig.builder().overnightShare(1.5).build());
    assertMessage("volumeDispersion", () -> MarketConfig.builder().volumeDispersion(Double.NaN).build());
    assertMessage("periodsPerYear", () -> MarketConfig.builder().periodsPerYear(0).build());
    assertMessage("volatility", () -> Regime.of("x", 0, -0.1));
    assertMessage("intensity", () -> Jumps.of(-1, 0, 0));
    assertMessage("sdLogSize", () -> Jumps.of(1, 0, -0.1));
    assertMessage("transitionsPerBar[1] must sum to 1",
        () -> RegimeSwitching.of(List.of(Regime.of("a", 0, 0.1), Regime.of("b", 0, 0.1)),
            new double[][] {{0.5, 0.5}, {0.5, 0.4}}));
    assertMessage("expectedDurationBars[0]", () -> RegimeSwitching.ofExpectedDurations(
        List.of(Regime.of("a", 0, 0.1), Regime.of("b", 0, 0.1)), new double[] {0.5, 10}));
    assertMessage("close must be after open",
        () -> new BarSchedule.Intraday(NEW_YORK, LocalTime.of(16, 0), LocalTime.of(9, 30), 5, 2));
    assertMessage("barMinutes", () -> BarSchedule.intraday(0));
    assertMessage("bars", () -> SyntheticMarket.generate(MarketConfig.defaults(), -1));
  }

  @Test
  void aPathThatOverflowsIsReportedNotReturned() {
    MarketConfig config = MarketConfig.builder().driftAndVolatility(10, 0).build();
    // log price grows by 10/252 a bar: exp overflows after about 17,900 bars.
    assertMessage("range of double", () -> SyntheticMarket.generate(config, 20_000));
  }

  private static MarketConfig richConfig(long seed) {
    return MarketConfig.builder().seed(seed)
        .regimes(List.of(Regime.of("bull", 0.12, 0.15), Regime.of("bear", -0.2, 0.35)), 200, 50)
        .jumps(Jumps.of(5, -0.03, 0.05)).build();
  }

  /**
   * Checks each regime's share of bars against {@code pi} within Z asymptotic standard errors. For a
   * Markov chain the variance of the share of regime i over N bars is about
   * {@code [pi_i(1-pi_i) + 2 sum_t pi_i (P^t_ii - pi_i)] / N}: the lag-t autocovariances of the regime
   * indicator, which the test sums itself from the transition matrix.
   */
  private static void assertOccupancy(int[] path, double[][] p, double[] pi) {
    int n = path.length;
    int k = pi.length;
    double[] share = new double[k];
    for (int r : path) {
      share[r] += 1.0 / n;
    }
    for (int i = 0; i < k; i++) {
      double variance = pi[i] * (1 - pi[i]);
      double[] row = new double[k];
      row[i] = 1;
      for (int t = 1; t < 100_000; t++) {
        double[] nextRow = new double[k];
        for (int a = 0; a < k; a++) {
          for (int b = 0; b < k; b++) {
            nextRow[b] += row[a] * p[a][b];
          }
        }
        row = nextRow;
        double term = pi[i] * (row[i] - pi[i]);
        variance += 2 * term;
        if (Math.abs(term) < 1e-15) {
          break;
        }
      }
      assertWithin(pi[i], share[i], Z * Math.sqrt(variance / n), "share of regime " + i);
    }
  }

  /** Given the visits to regime i, the moves out of it are multinomial: binomial per target. */
  private static void assertTransitionFrequencies(int[] path, double[][] p) {
    int k = p.length;
    long[][] counts = new long[k][k];
    long[] from = new long[k];
    for (int i = 1; i < path.length; i++) {
      counts[path[i - 1]][path[i]]++;
      from[path[i - 1]]++;
    }
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        double se = Math.sqrt(p[a][b] * (1 - p[a][b]) / from[a]);
        assertWithin(p[a][b], (double) counts[a][b] / from[a], Z * se, "transition " + a + "->" + b);
      }
    }
  }

  private static double[] logReturns(double[] close) {
    double[] r = new double[close.length - 1];
    for (int i = 1; i < close.length; i++) {
      r[i - 1] = Math.log(close[i] / close[i - 1]);
    }
    return r;
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  private static double sd(double[] x) {
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  private static void assertWithin(double expected, double actual, double tolerance, String what) {
    assertTrue(Math.abs(actual - expected) <= tolerance, what + ": expected " + expected + " +- " + tolerance
        + ", was " + actual + " (" + (actual - expected) / tolerance * Z + " standard errors)");
  }

  private static void assertMessage(String fragment, Runnable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(fragment),
        "message '" + e.getMessage() + "' lacks '" + fragment + "'");
  }
}
