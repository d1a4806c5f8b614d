package io.quantor.broker.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is appending to a journal ({@link JournalWriterProcess}), many times, and checks
 * after each kill that every record the child acknowledged is in the file, intact, exactly once, and that
 * a torn tail (if the kill tore a line) is reported and not accepted. Kills alternate between
 * {@link Process#destroyForcibly()} (SIGKILL, at a random moment) and the child halting itself
 * ({@link Runtime#halt}) after a random number of appends. The same file is reopened every round, so each
 * round also checks that reopening truncates the torn tail and continues the numbering. Rounds: system
 * property {@code quantor.journal.crashRounds} (default 10; a round took about 1.2 s on a two-core machine
 * under a load average of 12, most of it the child JVM's start).
 */
class JournalCrashTest {

  private static final int ROUNDS = Integer.getInteger("quantor.journal.crashRounds", 10);

  @TempDir
  Path dir;

  /** Collects the child's output lines; only newline-terminated lines count. */
  private static final class Acks implements Runnable {
    private final InputStream in;
    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch firstAck = new CountDownLatch(1);

    Acks(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      try {
        int b;
        while ((b = in.read()) >= 0) {
          if (b != '\n') {
            line.write(b);
            continue;
          }
          String text = line.toString(StandardCharsets.US_ASCII);
          line.reset();
          synchronized (lines) {
            lines.add(text);
          }
          if (!text.startsWith("open")) {
            firstAck.countDown();
          }
        }
      } catch (IOException e) {
        // The pipe closes when the child dies; what was read before counts.
      }
      firstAck.countDown();
    }

    List<String> lines() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }
  }

  @Test
  void everyAcknowledgedRecordSurvivesKillsAndTornTailsAreNeverAccepted() throws Exception {
    Path file = dir.resolve("crash.jsonl");
    Path errors = dir.resolve("child-stderr.txt");
    SplittableRandom random = new SplittableRandom(20240603L);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long highestAck = 0;
    long lastValid = 0;
    for (int round = 0; round < ROUNDS; round++) {
      boolean halt = round % 2 == 1;
      long haltAfter = halt ? 1 + random.nextInt(100) : -1;
      Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
          "-cp", System.getProperty("java.class.path"), JournalWriterProcess.class.getName(), file.toString(),
          Long.toString(haltAfter))
          .redirectError(errors.toFile())
          .start();
      child.getOutputStream().close();
      Acks acks = new Acks(child.getInputStream());
      Thread reader = new Thread(acks, "journal-crash-acks");
      reader.start();
      if (!halt) {
        assertTrue(acks.firstAck.await(30, TimeUnit.SECONDS), "child never acknowledged a record");
        Thread.sleep(random.nextInt(1, 30));
        child.destroyForcibly();
      }
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        child.destroyForcibly();
        fail("child did not end in round " + round);
      }
      reader.join(10_000);
      int status = child.exitValue();
      String stderr = Files.exists(errors) ? Files.readString(errors) : "";
      assertEquals(halt ? JournalWriterProcess.HALT_STATUS : 137, status,
          "round " + round + " child ended unexpectedly: " + stderr);

      List<String> lines = acks.lines();
      assertFalse(lines.isEmpty(), "child never opened the journal: " + stderr);
      long openedAt = Long.parseLong(lines.get(0).substring("open ".length()));
      List<Long> acknowledged = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        acknowledged.add(Long.parseLong(line));
      }

      JournalReplay replay = Journal.read(file);
      assertTrue(replay.isIntact(), "round " + round + ": " + replay.problems());
      // The reopen truncated any torn tail and continued after the last valid record of the last round.
      assertEquals(lastValid, openedAt, "round " + round + " reopened at the wrong sequence");
      assertTrue(openedAt >= highestAck, "round " + round + " reopened below an acknowledged record");
      for (int i = 0; i < acknowledged.size(); i++) {
        assertEquals(openedAt + 1 + i, acknowledged.get(i), "round " + round + " ack " + i);
      }
      List<JournalEntry> entries = replay.entries();
      for (int i = 0; i < entries.size(); i++) {
        JournalEntry e = entries.get(i);
        assertEquals(i + 1, e.sequence(), "round " + round + ": sequence numbers must run 1, 2, 3, ...");
        assertEquals(JournalWriterProcess.recordFor(e.sequence()), e.record(), "round " + round);
      }
      if (!acknowledged.isEmpty()) {
        long last = acknowledged.get(acknowledged.size() - 1);
        assertTrue(replay.lastSequence() >= last, "round " + round + ": acknowledged " + last
            + " but the journal ends at " + replay.lastSequence());
        highestAck = last;
      }
      if (halt) {
        // Halted right after append number haltAfter returned: that record is in the file, unprinted.
        assertEquals(openedAt + haltAfter, replay.lastSequence(), "round " + round);
      }
      for (JournalProblem p : replay.problems()) {
        assertEquals(JournalProblem.Kind.TORN_TAIL, p.kind());
        assertTrue(p.sequence() == -1 || p.sequence() == replay.lastSequence() + 1, p.toString());
      }
      lastValid = replay.lastSequence();
    }
  }
}
