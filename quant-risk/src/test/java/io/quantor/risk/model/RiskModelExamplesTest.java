package io.quantor.risk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.Portfolio;
import io.quantor.core.trade.PortfolioSnapshot;
import io.quantor.core.trade.Side;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of the portfolio risk models. */
class RiskModelExamplesTest {

  private static final Instant T = Instant.parse("2024-06-03T14:00:00Z");
  private static final Instrument ORCL = Instrument.stock("ORCL");
  private static final Instrument MSFT = Instrument.stock("MSFT");
  private static final Instrument XOM = Instrument.stock("XOM");
  private static final Map<String, String> SECTORS = Map.of("ORCL", "technology", "MSFT", "technology",
      "XOM", "energy");

  private static Fill fill(Instrument i, Side side, double q, double price) {
    return new Fill("o", i, side, q, price, 0, T);
  }

  /** Cash 80,000 and 200 ORCL bought at 100: equity 100,000. */
  private static Portfolio longOrcl() {
    Portfolio p = Portfolio.create(100_000);
    p.apply(fill(ORCL, Side.BUY, 200, 100));
    return p;
  }

  @Test
  void maxDrawdownHaltsOrLiquidatesAboveTheThreshold() {
    Portfolio p = longOrcl();
    p.mark("ORCL", 75);     // equity 95,000: 5 % below the 100,000 peak
    PortfolioSnapshot s = p.snapshot();
    List<RiskBreach> halt = MaxDrawdownModel.halt(0.04).assess(s, PositionPeaks.empty());
    assertEquals(1, halt.size());
    assertEquals(RiskAction.HALT, halt.get(0).action());
    assertEquals(Map.of(), halt.get(0).targets());
    assertEquals("drawdown 0.050000 (equity 95000.00, high-water mark 100000.00) above 0.040000",
        halt.get(0).detail());
    List<RiskBreach> liquidate = MaxDrawdownModel.liquidate(0.04).assess(s, PositionPeaks.empty());
    assertEquals(RiskAction.LIQUIDATE, liquidate.get(0).action());
    assertEquals(Map.of("ORCL", 0.0), liquidate.get(0).targets());
    assertEquals(List.of(), MaxDrawdownModel.halt(0.05).assess(s, PositionPeaks.empty()));
    // Liquidating with nothing left to sell still stops trading.
    p.apply(fill(ORCL, Side.SELL, 200, 75));
    List<RiskBreach> flat = MaxDrawdownModel.liquidate(0.04).assess(p.snapshot(), PositionPeaks.empty());
    assertEquals(RiskAction.HALT, flat.get(0).action());
    assertThrows(IllegalArgumentException.class, () -> new MaxDrawdownModel(0.1, RiskAction.CLOSE));
    assertThrows(IllegalArgumentException.class, () -> MaxDrawdownModel.halt(0));
  }

  @Test
  void trailingStopTrailsTheHighOfALong() {
    TrailingStopModel stop = new TrailingStopModel(0.25);
    Portfolio p = longOrcl();
    PositionPeaks peaks = PositionPeaks.empty().update(p.snapshot());
    assertEquals(OptionalDouble.of(100), peaks.peak("ORCL"));
    p.mark("ORCL", 120);
    peaks = peaks.update(p.snapshot());
    assertEquals(OptionalDouble.of(120), peaks.peak("ORCL"));
    p.mark("ORCL", 91);     // stop at 120 x 0.75 = 90
    peaks = peaks.update(p.snapshot());
    assertEquals(OptionalDouble.of(120), peaks.peak("ORCL"));
    assertEquals(List.of(), stop.assess(p.snapshot(), peaks));
    p.mark("ORCL", 90);
    List<RiskBreach> b = stop.assess(p.snapshot(), peaks.update(p.snapshot()));
    assertEquals(1, b.size());
    assertEquals(RiskAction.CLOSE, b.get(0).action());
    assertEquals(Map.of("ORCL", 0.0), b.get(0).targets());
    assertEquals("ORCL long: mark 90.0 reached the stop 90.0, 0.25 below the high 120.0", b.get(0).detail());
  }

  @Test
  void trailingStopTrailsTheLowOfAShortAndStartsAtTheCostWithoutPeaks() {
    TrailingStopModel stop = new TrailingStopModel(0.25);
    Portfolio p = Portfolio.create(100_000);
    p.apply(fill(XOM, Side.SELL, 100, 80));
    PositionPeaks peaks = PositionPeaks.empty().update(p.snapshot());
    p.mark("XOM", 60);
    peaks = peaks.update(p.snapshot());
    assertEquals(OptionalDouble.of(60), peaks.peak("XOM"));
    p.mark("XOM", 74);      // stop at 60 x 1.25 = 75
    assertEquals(List.of(), stop.assess(p.snapshot(), peaks));
    p.mark("XOM", 75);
    assertEquals(1, stop.assess(p.snapshot(), peaks).size());
    // With no recorded peak the short's cost, 80, is the low: 100 is the stop.
    p.mark("XOM", 99);
    assertEquals(List.of(), stop.assess(p.snapshot(), PositionPeaks.empty()));
    p.mark("XOM", 100);
    assertEquals(1, stop.assess(p.snapshot(), PositionPeaks.empty()).size());
  }

  @Test
  void peaksRestartWhenAPositionReversesAndDropWhenItCloses() {
    Portfolio p = longOrcl();
    p.mark("ORCL", 130);
    PositionPeaks peaks = PositionPeaks.empty().update(p.snapshot());
    assertEquals(Map.of("ORCL", 130.0), peaks.highs());
    p.apply(fill(ORCL, Side.SELL, 300, 125));    // short 100 at 125, marked 130
    peaks = peaks.update(p.snapshot());
    assertEquals(Map.of(), peaks.highs());
    assertEquals(Map.of("ORCL", 125.0), peaks.lows());
    p.apply(fill(ORCL, Side.BUY, 100, 128));
    peaks = peaks.update(p.snapshot());
    assertEquals(PositionPeaks.empty(), peaks);
    assertThrows(IllegalArgumentException.class, () -> new PositionPeaks(Map.of("A", 1.0), Map.of("A", 2.0)));
    assertThrows(IllegalArgumentException.class, () -> new PositionPeaks(Map.of("A", 0.0), Map.of()));
  }

  /** Technology 20,000 ORCL + 30,000 MSFT; energy short 10,000 XOM; equity 100,000. */
  private static PortfolioSnapshot sectorBook() {
    Portfolio p = Portfolio.create(100_000);
    p.apply(fill(ORCL, Side.BUY, 200, 100));
    p.apply(fill(MSFT, Side.BUY, 100, 300));
    p.apply(fill(XOM, Side.SELL, 100, 100));
    return p.snapshot();
  }

  @Test
  void sectorExposureCutsTheSectorProRata() {
    PortfolioSnapshot book = sectorBook();
    assertEquals(100_000, book.equity(), 1e-9);
    SectorExposureModel model = new SectorExposureModel(SECTORS, 0.30, 1);
    assertEquals(Map.of("technology", 50_000.0, "energy", 10_000.0), model.exposures(book));
    List<RiskBreach> b = model.assess(book, PositionPeaks.empty());
    assertEquals(1, b.size());
    assertEquals(RiskAction.REDUCE, b.get(0).action());
    // 30,000 / 50,000 = 0.6 of each position.
    assertEquals(Map.of("ORCL", 120.0, "MSFT", 60.0), b.get(0).targets());
    assertEquals(Map.of("ORCL", 100.0, "MSFT", 50.0), new SectorExposureModel(SECTORS, 0.30, 50)
        .assess(book, PositionPeaks.empty()).get(0).targets());
    assertEquals(List.of(), new SectorExposureModel(SECTORS, 0.5, 1).assess(book, PositionPeaks.empty()));
    // Shorts count by absolute value: energy at a 5 % cap is cut to a short of 50.
    List<RiskBreach> tight = new SectorExposureModel(Map.of("XOM", "energy"), 0.05, 1).assess(book,
        PositionPeaks.empty());
    assertEquals(Map.of("XOM", -50.0), tight.get(1).targets());
    assertEquals(SectorExposureModel.UNCLASSIFIED, tight.get(0).detail().split(" ")[1]);
  }

  @Test
  void sectorOfAnOptionIsItsUnderlyingsSector() {
    SectorExposureModel model = new SectorExposureModel(SECTORS, 0.30, 1);
    Instrument call = Instrument.option("ORCL C", "ORCL");
    Portfolio p = Portfolio.create(10_000);
    p.apply(fill(call, Side.BUY, 1, 5));
    p.apply(fill(Instrument.stock("ZZZ"), Side.BUY, 1, 5));
    assertEquals("technology", model.sectorOf(p.position("ORCL C").orElseThrow()));
    assertEquals(SectorExposureModel.UNCLASSIFIED, model.sectorOf(p.position("ZZZ").orElseThrow()));
  }

  @Test
  void unrealizedLossOnCostBasisOrEquity() {
    Portfolio p = longOrcl();
    p.mark("ORCL", 90);      // loss 2,000 = 10 % of the 20,000 cost: not above
    assertEquals(List.of(), UnrealizedLossModel.ofCostBasis(0.10).assess(p.snapshot(),
        PositionPeaks.empty()));
    p.mark("ORCL", 89);      // loss 2,200
    List<RiskBreach> b = UnrealizedLossModel.ofCostBasis(0.10).assess(p.snapshot(), PositionPeaks.empty());
    assertEquals(Map.of("ORCL", 0.0), b.get(0).targets());
    assertEquals("ORCL unrealized loss 2200.00 is above 0.1 of the cost basis 20000.00", b.get(0).detail());
    // On equity: 2,200 > 2 % of 97,800 = 1,956.
    assertEquals(1, UnrealizedLossModel.ofEquity(0.02).assess(p.snapshot(), PositionPeaks.empty()).size());
    p.mark("ORCL", 91);      // 1,800 < 1,964
    assertEquals(List.of(), UnrealizedLossModel.ofEquity(0.02).assess(p.snapshot(), PositionPeaks.empty()));
  }

  @Test
  void unifiedReportsWhichModelsFiredAndMergesTargets() {
    Portfolio p = Portfolio.create(100_000);
    p.apply(fill(ORCL, Side.BUY, 200, 100));
    p.apply(fill(MSFT, Side.BUY, 100, 300));
    p.apply(fill(XOM, Side.SELL, 100, 100));
    p.mark("ORCL", 80);      // ORCL loses 4,000 = 20 % of its cost; equity 96,000
    UnifiedPortfolioRisk risk = UnifiedPortfolioRisk.of(MaxDrawdownModel.halt(0.10),
        new TrailingStopModel(0.5),
        new SectorExposureModel(SECTORS, 0.30, 1), UnrealizedLossModel.ofCostBasis(0.10));
    RiskAssessment a = risk.assess(p.snapshot(), PositionPeaks.empty());
    assertEquals(List.of("max-drawdown", "trailing-stop", "sector-exposure", "unrealized-loss"), a.models());
    assertEquals(List.of("sector-exposure", "unrealized-loss"), a.fired());
    assertTrue(a.breached());
    assertFalse(a.haltsTrading());
    // Technology 46,000 > 28,800: cut to 0.626 (ORCL 125, MSFT 62); the loss model closes ORCL, which wins.
    assertEquals(Map.of("ORCL", 0.0, "MSFT", 62.0), a.targets());
    assertEquals(2, a.explain().size());
    assertTrue(a.explain().get(1).startsWith("unrealized-loss: CLOSE - ORCL"), a.explain().get(1));
    RiskAssessment quiet = UnifiedPortfolioRisk.of(MaxDrawdownModel.liquidate(0.5)).assess(p.snapshot(),
        PositionPeaks.empty());
    assertFalse(quiet.breached());
    assertEquals(Map.of(), quiet.targets());
    assertTrue(UnifiedPortfolioRisk.of(MaxDrawdownModel.halt(0.01))
        .assess(p.snapshot(), PositionPeaks.empty()).haltsTrading());
  }

  @Test
  void breachesAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new RiskBreach("m", RiskAction.HALT,
        Map.of("A", 0.0), ""));
    assertThrows(IllegalArgumentException.class, () -> new RiskBreach("m", RiskAction.CLOSE,
        Map.of("A", 1.0), ""));
    assertThrows(IllegalArgumentException.class, () -> new RiskBreach("m", RiskAction.REDUCE, Map.of(), ""));
    assertThrows(IllegalArgumentException.class, () -> new RiskBreach(" ", RiskAction.HALT, Map.of(), ""));
  }
}
