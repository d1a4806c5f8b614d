package io.quantor.backtest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.OrderState;
import io.quantor.broker.paper.PaperBrokerSettings;
import io.quantor.broker.sim.ExecutionSimulator;
import io.quantor.broker.sim.SlippageModel;
import io.quantor.core.series.BarSeries;
import io.quantor.core.signal.EmaCrossover;
import io.quantor.core.signal.ReturnsMomentum;
import io.quantor.core.sizing.FixedFractionalSizer;
import io.quantor.risk.gate.BreachPolicy;
import io.quantor.risk.gate.GatePipeline;
import io.quantor.risk.gate.GateState;
import io.quantor.risk.gate.KillSwitchGate;
import io.quantor.risk.gate.MaxPositionGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PipelineStrategyTest {

  private static final BarSeries X = TestBars.daily("X", 400, 31);

  private static PipelineStrategy.Builder pipeline() {
    return PipelineStrategy.builder()
        .model(() -> new EmaCrossover(), 1.0)
        .model(() -> new ReturnsMomentum(), 1.0)
        .sizer(FixedFractionalSizer.allocation(0.5))
        .maxFraction(0.3);
  }

  private static BacktestResult run(PipelineStrategy s, List<DecisionRecord> decisions) {
    return TradingEngine.builder().bars(X).initialCash(100_000)
        .simulator(ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(2)).build())
        .strategyId("pipe").journal(decisions::add).strategy(s).build().run();
  }

  @Test
  void everyProposedOrderIsJudgedAndRecordedWithItsReasons() {
    List<DecisionRecord> decisions = new ArrayList<>();
    PipelineStrategy s = pipeline()
        .gates(GatePipeline.of(new KillSwitchGate(), new MaxPositionGate(0.2, BreachPolicy.SCALE)))
        .build();
    BacktestResult r = run(s, decisions);
    assertTrue(decisions.size() >= 5, "decisions: " + decisions.size());
    Map<String, OrderState> orders = r.orders().stream()
        .collect(Collectors.toMap(OrderState::clientOrderId, o -> o));
    boolean scaled = false;
    int rejected = 0;
    for (DecisionRecord d : decisions) {
      assertEquals("pipe", d.strategyId());
      assertEquals("X", d.symbol());
      assertFalse(d.clientOrderId().isEmpty());
      assertTrue(d.reasonCodes().get(0).startsWith("SIGNAL_"), d.reasonCodes().toString());
      assertTrue(d.confidence() >= 0 && d.confidence() <= 1);
      OrderState o = orders.get(d.clientOrderId());
      if (d.decision().startsWith("REJECT")) {
        // Scaling to nothing: the position is at its limit already.
        rejected++;
        assertTrue(d.reasonCodes().contains("MAX_POSITION"), d.reasonCodes().toString());
        assertEquals(null, o);
        continue;
      }
      if (d.decision().startsWith("SCALE")) {
        scaled = true;
        assertTrue(d.reasonCodes().contains("POSITION_SCALED"));
        double proposed = Double.parseDouble(d.decision().split(" ")[2]);
        assertTrue(o.request().quantity() < proposed);
        assertEquals(Double.parseDouble(d.decision().split(" ")[4]), o.request().quantity());
      } else {
        assertTrue(d.decision().startsWith("APPROVE"), d.decision());
        assertTrue(d.reasonCodes().contains("APPROVED"));
        assertEquals(Double.parseDouble(d.decision().split(" ")[2]), o.request().quantity());
      }
      assertEquals(d.decision().split(" ")[1], o.request().side().name());
    }
    assertTrue(scaled);
    assertEquals(decisions.size() - rejected, r.orders().size());
    assertTrue(r.fills().size() >= r.orders().size() - 1);
  }

  @Test
  void aKillSwitchRejectsEverythingAndNothingIsSent() {
    List<DecisionRecord> decisions = new ArrayList<>();
    PipelineStrategy s = pipeline()
        .gates(GatePipeline.of(new KillSwitchGate(), MaxPositionGate.defaults()))
        .initialGateState(GateState.initial().withGlobalKill(true))
        .build();
    BacktestResult r = run(s, decisions);
    assertFalse(decisions.isEmpty());
    for (DecisionRecord d : decisions) {
      assertTrue(d.decision().startsWith("REJECT"), d.decision());
      assertTrue(d.reasonCodes().contains("KILL_SWITCH"), d.reasonCodes().toString());
    }
    assertTrue(r.orders().isEmpty());
    assertEquals(100_000, r.finalEquity(), 0);
  }

  @Test
  void withoutGatesTheSizedOrderGoesOut() {
    List<DecisionRecord> decisions = new ArrayList<>();
    BacktestResult r = run(pipeline().build(), decisions);
    assertFalse(decisions.isEmpty());
    assertEquals(decisions.size(), r.orders().size());
    for (int j = 0; j < decisions.size(); j++) {
      assertTrue(decisions.get(j).decision().startsWith("APPROVE"));
      assertEquals(decisions.get(j).clientOrderId(), r.orders().get(j).clientOrderId());
    }
  }

  @Test
  void onePipelineRunsTheSameInBacktestAndPaper() {
    PipelineStrategy s = pipeline()
        .gates(GatePipeline.of(new KillSwitchGate(), new MaxPositionGate(0.2, BreachPolicy.SCALE)))
        .build();
    PaperBrokerSettings settings = PaperBrokerSettings.defaults()
        .withSimulator(ExecutionSimulator.builder().slippage(SlippageModel.fixedBps(2)).build());
    BacktestResult backtest = ModeEquivalenceTest.backtest(s, settings, X);
    BacktestResult paper = ModeEquivalenceTest.paper(s, settings, X);
    assertTrue(backtest.fills().size() >= 5);
    ModeEquivalenceTest.assertSameRun(backtest, paper);
  }

  @Test
  void needsModelsAndASizer() {
    assertThrows(IllegalArgumentException.class, () -> PipelineStrategy.builder()
        .sizer(FixedFractionalSizer.allocation(1)).build());
    assertThrows(IllegalArgumentException.class, () -> PipelineStrategy.builder()
        .model(() -> new EmaCrossover(), 1).build());
    assertThrows(IllegalArgumentException.class, () -> PipelineStrategy.builder()
        .model(() -> new EmaCrossover(), 1).model(() -> new EmaCrossover(), 2));
    PipelineStrategy s = pipeline().symbols("Y").build();
    assertThrows(IllegalArgumentException.class, () -> run(s, new ArrayList<>()));
  }
}
