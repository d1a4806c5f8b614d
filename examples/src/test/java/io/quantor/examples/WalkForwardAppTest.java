package io.quantor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.backtest.validation.ProbabilisticSharpe;
import io.quantor.backtest.walkforward.FoldResult;
import io.quantor.backtest.walkforward.WalkForwardResult;
import io.quantor.broker.OrderState;
import io.quantor.broker.journal.Decision;
import io.quantor.broker.journal.Journal;
import io.quantor.broker.journal.JournalReplay;
import io.quantor.broker.journal.Note;
import io.quantor.core.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "run it" example runs, reports and writes files that read back. */
class WalkForwardAppTest {

  @TempDir
  Path dir;

  /** What one run printed, and its exit code. */
  private record Run(int code, String out) {
  }

  private static Run run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = WalkForwardApp.run(args, out);
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void smallSyntheticRunPrintsTheReportAndWritesReadableFiles() throws IOException {
    Path outDir = dir.resolve("wf");
    Run r = run("--years", "3", "--seed", "7", "--out", outDir.toString());
    assertEquals(0, r.code(), r.out());
    String out = r.out();
    assertTrue(out.contains("walk-forward 100 %"), out);
    assertTrue(out.contains("risk gates in these runs: APPROVED "), out);
    assertTrue(out.contains("Verdict: "), out);
    assertTrue(out.contains("PSR(0)"), out);
    assertTrue(out.contains("DSR (18 trials)"), out);
    assertTrue(out.contains("PBO (CSCV, 16 blocks)"), out);
    assertTrue(out.contains("Sharpe 95 % CI"), out);
    assertTrue(out.contains("Regret: strategy minus baseline"), out);
    assertTrue(out.contains("buy and hold"), out);
    assertTrue(out.contains("Random entry: 1000 draws"), out);
    assertTrue(out.contains("finished in"), out);

    // result.json is a walk-forward result that round-trips, and the table shows each of its folds.
    String json = Files.readString(outDir.resolve("result.json"));
    WalkForwardResult result = WalkForwardResult.fromJson(json);
    assertEquals(json, result.toJson());
    assertEquals(18, result.trials());
    // 3 years from 2000-01: warm-up to 2000-08, training from 2000-09, tests 2001-09 .. 2002-12.
    assertEquals(16, result.folds().size());
    List<String> rows = tableRows(out);
    assertEquals(result.folds().size(), rows.size(), out);
    for (int i = 0; i < rows.size(); i++) {
      FoldResult f = result.folds().get(i);
      String[] cells = rows.get(i).trim().split("\\s+");
      assertEquals(Integer.toString(i), cells[0]);
      assertEquals(YearMonth.from(f.fold().testStart()).toString(), cells[2]);
      assertEquals(f.winningTrades() + "/" + f.trades(), cells[cells.length - 1]);
    }
    assertEquals(YearMonth.of(2001, 9), YearMonth.from(result.folds().get(0).fold().testStart()));
    String verdict = result.verdict().accepted() ? "Verdict: ACCEPTED" : "Verdict: REJECTED";
    assertTrue(out.contains(verdict), out);
    for (String reason : result.verdict().reasons()) {
      assertTrue(out.contains("  - " + reason), reason);
    }
    // The PSR printed is the stitched out-of-sample returns' PSR(0).
    double psr = ProbabilisticSharpe.psr(result.outOfSampleReturns(), 0.0);
    assertTrue(out.contains(String.format(Locale.ROOT, "PSR(0)                   %.3f", psr)), out);

    // The journal reads back without problems: one note per fold, decisions with reason codes, orders
    // that rebuild through the order state machine.
    JournalReplay replay = Journal.read(outDir.resolve("journal.jsonl"));
    assertTrue(replay.problems().isEmpty(), replay.problems().toString());
    assertEquals(result.folds().size(), replay.records(Note.class).size());
    List<Decision> decisions = replay.records(Decision.class);
    assertFalse(decisions.isEmpty());
    Set<String> signals = Set.of("SIGNAL_BUY", "SIGNAL_SELL", "SIGNAL_ABSTAIN");
    for (Decision d : decisions) {
      assertEquals(EnsembleEvaluator.STRATEGY_ID, d.strategyId());
      assertTrue(d.reasonCodes().stream().anyMatch(signals::contains), d.toString());
    }
    assertTrue(out.contains("(" + decisions.size() + " decisions)"), out);
    assertFalse(replay.orders().isEmpty());
    for (OrderState o : replay.orders().values()) {
      assertTrue(o.clientOrderId().matches("f\\d{3}-.*"), o.clientOrderId());
    }

    String html = Files.readString(outDir.resolve("tearsheet.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("Regret against baselines"));
    assertTrue(html.contains("Ensemble walk-forward on SIM"));
  }

  @Test
  void runsOnTheOrclFile() throws IOException {
    Path orcl = SharedData.file("data/orcl_daily_1995_2014.csv");
    Path outDir = dir.resolve("orcl");
    Run r = run("--data", orcl.toString(), "--from", "2011-09-01", "--out", outDir.toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("ORCL: "), r.out());
    WalkForwardResult result = WalkForwardResult.fromJson(Files.readString(outDir.resolve("result.json")));
    // Counted from the file: the walk-forward starts at the first month that begins after 160 bars from
    // 2011-09-01 on, trains 12 months, then tests every month to 2014-12.
    List<LocalDate> dates = new ArrayList<>();
    List<String> lines = Files.readAllLines(orcl);
    for (String line : lines.subList(1, lines.size())) {
      LocalDate d = LocalDate.parse(line.substring(0, line.indexOf(',')));
      if (!d.isBefore(LocalDate.of(2011, 9, 1))) {
        dates.add(d);
      }
    }
    int i = EnsembleEvaluator.WARM_UP_BARS;
    while (YearMonth.from(dates.get(i)).equals(YearMonth.from(dates.get(i - 1)))) {
      i++;
    }
    YearMonth firstTest = YearMonth.from(dates.get(i)).plusMonths(12);
    assertEquals(firstTest, YearMonth.from(result.folds().get(0).fold().testStart()));
    YearMonth lastTest = YearMonth.from(result.folds().get(result.folds().size() - 1).fold().testStart());
    assertEquals(YearMonth.of(2014, 12), lastTest);
    assertEquals(firstTest.until(lastTest, ChronoUnit.MONTHS) + 1, result.folds().size());
    assertTrue(Journal.read(outDir.resolve("journal.jsonl")).problems().isEmpty());
  }

  @Test
  void tooShortAHistoryFailsWithExitCode1() {
    Path orcl = SharedData.file("data/orcl_daily_1995_2014.csv");
    Run r = run("--data", orcl.toString(), "--from", "2013-06-01", "--out", dir.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("error: "), r.out());
  }

  @Test
  void aBadCsvRowFailsWithExitCode1NamingLineAndColumn() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "date,open,high,low,close,volume\n2020-01-02,1,2,0.5,1.5,100\n"
        + "2020-01-03,1,0.5,2,1.5,100\n");
    Run r = run("--data", csv.toString(), "--out", dir.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("error: " + csv + ": line 3, column 'high'"), r.out());
  }

  @Test
  void helpPrintsTheUsage() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("usage: WalkForwardApp"), r.out());
  }

  @Test
  void badArgumentsExitWith2AndSayWhy() {
    assertUsageError("unknown option --bogus", "--bogus");
    assertUsageError("unexpected argument 'data.csv'", "data.csv");
    assertUsageError("--years must be a whole number, was 'ten'", "--years", "ten");
    assertUsageError("--years must be in [3, 50], was 2", "--years", "2");
    assertUsageError("--seed must be a whole number, was '1.5'", "--seed=1.5");
    assertUsageError("--out needs a value", "--out");
    assertUsageError("--data needs a value", "--data", "--years", "5");
    assertUsageError("no such file", "--data", dir.resolve("missing.csv").toString());
    assertUsageError("--from must be a date yyyy-mm-dd, was '2014-13-01'", "--from", "2014-13-01");
    assertUsageError("--from 2014-01-01 must be before --to 2013-01-01", "--from", "2014-01-01", "--to",
        "2013-01-01");
    assertUsageError("--help takes no value", "--help=yes");
  }

  @Test
  void seedAndYearsAreRejectedWithData() {
    Path orcl = SharedData.file("data/orcl_daily_1995_2014.csv");
    assertUsageError("--seed and --years describe synthetic data", "--data", orcl.toString(), "--seed", "3");
  }

  private static void assertUsageError(String message, String... args) {
    Run r = run(args);
    assertEquals(2, r.code(), r.out());
    assertTrue(r.out().startsWith("error: "), r.out());
    assertTrue(r.out().contains(message), r.out());
    assertTrue(r.out().contains("usage: WalkForwardApp"), r.out());
  }

  /** The fold table's data rows: from the line after its header to the first blank line. */
  private static List<String> tableRows(String out) {
    List<String> rows = new ArrayList<>();
    boolean in = false;
    for (String line : out.split("\n")) {
      if (line.startsWith("fold  train")) {
        in = true;
      } else if (in && line.isBlank()) {
        break;
      } else if (in) {
        rows.add(line);
      }
    }
    return rows;
  }
}
