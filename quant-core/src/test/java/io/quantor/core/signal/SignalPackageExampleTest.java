package io.quantor.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.core.io.BarCsvReader;
import io.quantor.core.regime.TrendRegime;
import io.quantor.core.series.BarSeries;
import io.quantor.core.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The usage example of the package documentation ({@code package-info.java}), compiled and run on the
 * ORCL daily file, with the calibration step made concrete: the ensemble score of each day against
 * whether the next close was higher, fitted on 1995-2009 and tabulated on 2010-2014.
 */
class SignalPackageExampleTest {

  @Test
  void packageExampleRunsOnOrcl() {
    BarSeries orcl = BarCsvReader.daily().withSymbol("ORCL")
        .read(SharedData.data("orcl_daily_1995_2014.csv"));
    List<AlphaModel> models = List.of(new RsiReversion(), new EmaCrossover(), new MacdCrossover());
    SignalEngine.Builder b = SignalEngine.builder().minConfidence(0.25);
    models.forEach(m -> b.model(m.name(), 1.0));
    SignalEngine engine = b.build();
    double[] scores = new double[orcl.size()];
    int actionable = 0;
    for (int i = 0; i < orcl.size(); i++) {
      List<Signal> signals = new ArrayList<>();
      for (AlphaModel m : models) {
        signals.add(m.update(orcl, i));
      }
      EnsembleVote vote = engine.vote(signals, TrendRegime.SIDEWAYS);
      assertEquals(0.7, vote.regimeMultiplier());
      scores[i] = vote.signal().score();
      if (vote.signal().isActionable() && vote.disagreement() < 0.5) {
        actionable++;
      }
    }
    assertTrue(actionable > 100 && actionable < orcl.size() / 2, "actionable days: " + actionable);

    int split = orcl.indexAtOrBefore(java.time.Instant.parse("2010-01-01T00:00:00Z").toEpochMilli()) + 1;
    int n = orcl.size() - 1;
    double[] pastScores = new double[split];
    boolean[] pastWentUp = new boolean[split];
    for (int i = 0; i < split; i++) {
      pastScores[i] = scores[i];
      pastWentUp[i] = orcl.close(i + 1) > orcl.close(i);
    }
    double[] laterScores = new double[n - split];
    boolean[] laterWentUp = new boolean[n - split];
    for (int i = split; i < n; i++) {
      laterScores[i - split] = scores[i];
      laterWentUp[i - split] = orcl.close(i + 1) > orcl.close(i);
    }
    PlattCalibration cal = PlattScaling.defaults().fit(pastScores, pastWentUp);
    assertTrue(cal.converged());
    ReliabilityTable table = cal.reliability(laterScores, laterWentUp);
    // Daily direction is close to a coin toss: the calibrated probabilities stay near the base rate and
    // the Brier score near 0.25, which is what an honest calibration of a weak signal must show.
    assertTrue(Math.abs(table.brierScore() - 0.25) < 0.01, table.toString());
    assertTrue(cal.probability(1) > 0.3 && cal.probability(1) < 0.7, cal.toString());
  }
}
