package io.quantor.risk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Position;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the risk models on random books and price paths: sector cuts bring every sector within
 * its cap without changing a position's side, and a trailing stop fires exactly when the mark has
 * retreated the trail from the path's extreme since entry (tracked here independently).
 */
class RiskModelProperties {

  private static final Instant T = Instant.parse("2024-06-03T14:00:00Z");
  private static final List<Instrument> STOCKS = List.of(Instrument.stock("A"), Instrument.stock("B"),
      Instrument.stock("C"), Instrument.stock("D"), Instrument.stock("E"));
  private static final Map<String, String> SECTORS = Map.of("A", "one", "B", "one", "C", "two", "D", "two");

  @Property(tries = 300)
  void sectorCutsBringEverySectorWithinItsCap(@ForAll long seed,
      @ForAll @DoubleRange(min = 0.05, max = 1.0) double cap) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Portfolio p = Portfolio.create(100_000);
    for (Instrument i : STOCKS) {
      int q = rnd.nextInt(-400, 401);
      if (q != 0) {
        p.apply(new Fill("seed", i, Side.of(q), Math.abs(q), rnd.nextDouble(10, 150), 0, T));
      }
    }
    PortfolioSnapshot book = p.snapshot();
    SectorExposureModel model = new SectorExposureModel(SECTORS, cap, 1);
    List<RiskBreach> breaches = model.assess(book, PositionPeaks.empty());
    Statistics.label("sectors cut").collect(breaches.size());
    PortfolioSnapshot after = book;
    for (RiskBreach b : breaches) {
      for (Map.Entry<String, Double> e : b.targets().entrySet()) {
        Position now = after.position(e.getKey()).orElseThrow();
        double target = e.getValue();
        assertTrue(target == 0 || Math.signum(target) == Math.signum(now.quantity()), "same side");
        assertTrue(Math.abs(target) <= Math.abs(now.quantity()), "only smaller");
        assertEquals(Math.rint(target), target, "whole units");
        double change = target - now.quantity();
        if (change != 0) {
          double mark = after.markPrice(e.getKey()).getAsDouble();
          after = after.apply(new Fill("cut", now.instrument(), Side.of(change), Math.abs(change), mark, 0,
              T));
        }
      }
    }
    double limit = cap * book.equity();
    for (Map.Entry<String, Double> e : model.exposures(after).entrySet()) {
      assertTrue(e.getValue() <= limit + 1e-9 * limit, e.getKey() + " " + e.getValue() + " > " + limit);
    }
    // Sectors that were within the cap are untouched.
    for (Map.Entry<String, Double> e : model.exposures(book).entrySet()) {
      if (e.getValue() <= limit) {
        assertEquals(e.getValue(), model.exposures(after).get(e.getKey()));
      }
    }
  }

  @Property(tries = 300)
  void trailingStopFiresExactlyAtTheTrailFromTheExtreme(@ForAll long seed,
      @ForAll @DoubleRange(min = 0.02, max = 0.5) double trail) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Instrument a = STOCKS.get(0);
    boolean isLong = rnd.nextBoolean();
    double entry = 100;
    Portfolio p = Portfolio.create(1_000_000);
    p.apply(new Fill("o", a, isLong ? Side.BUY : Side.SELL, 100, entry, 0, T));
    PositionPeaks peaks = PositionPeaks.empty().update(p.snapshot());
    double extreme = entry;
    double price = entry;
    int steps = rnd.nextInt(1, 60);
    for (int k = 0; k < steps; k++) {
      price *= Math.exp(rnd.nextGaussian() * 0.05);
      p.mark("A", price);
      peaks = peaks.update(p.snapshot());
      extreme = isLong ? Math.max(extreme, price) : Math.min(extreme, price);
    }
    assertEquals(extreme, peaks.peak("A").getAsDouble());
    boolean expected = isLong ? price <= extreme * (1 - trail) : price >= extreme * (1 + trail);
    List<RiskBreach> b = new TrailingStopModel(trail).assess(p.snapshot(), peaks);
    Statistics.label("fired").collect(!b.isEmpty());
    assertEquals(expected, !b.isEmpty());
  }
}
