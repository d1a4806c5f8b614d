package io.quantor.broker.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quantor.broker.OrderStatus;
import io.quantor.core.trade.Fill;
import io.quantor.core.trade.Instrument;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.Side;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");
  private static final Instrument ORCL = Instrument.stock("ORCL");

  @TempDir
  Path dir;

  private static List<JournalRecord> sampleRecords() {
    OrderRequest order = OrderRequest.limit("o-1", ORCL, Side.BUY, 100, 41.2, T0).withStrategyId("meanrev");
    Decision model = Decision.forOrder(order, "BUY 100", List.of("MOMENTUM_UP", "VOL_OK"), 0.72, T0);
    return List.of(
        new Note("session start"),
        model,
        model.withReview(HumanReview.approved("alice", "size within mandate", T0.plusSeconds(30))),
        new OrderSubmitted("paper", order),
        new StatusChanged("paper", 1, "o-1", OrderStatus.NEW, OrderStatus.ACCEPTED, "", "B-1", 0, Double.NaN,
            T0.plusSeconds(31)),
        new FillRecorded("paper", 2, Fill.of(order, 40, 41.19, 0.4, T0.plusSeconds(32))),
        new OrderReplaced("paper", 3, order.withQuantity(80), T0.plusSeconds(33)),
        new StatusChanged("paper", 4, "o-1", OrderStatus.PARTIALLY_FILLED, OrderStatus.CANCELED, "client",
            "B-1", 40, 41.19, T0.plusSeconds(34)));
  }

  @Test
  void appendedRecordsReadBackEqualInOrderWithSequenceAndTime() {
    Path file = dir.resolve("j.jsonl");
    FixedClock clock = new FixedClock(T0);
    List<JournalRecord> records = sampleRecords();
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, clock)) {
      for (int i = 0; i < records.size(); i++) {
        assertEquals(i + 1, journal.append(records.get(i)));
        clock.advance(Duration.ofMillis(250));
      }
    }
    JournalReplay replay = Journal.read(file);
    assertTrue(replay.isClean(), replay.problems().toString());
    assertEquals(records, replay.records());
    assertEquals(records.size(), replay.lastSequence());
    for (int i = 0; i < records.size(); i++) {
      assertEquals(i + 1, replay.entries().get(i).sequence());
      assertEquals(T0.plusMillis(250L * i), replay.entries().get(i).time());
    }
    assertEquals(2, replay.records(Decision.class).size());
  }

  @Test
  void lineHasTheDocumentedLayoutAndItsChecksumCoversTheBytesBeforeIt() throws Exception {
    Path file = dir.resolve("j.jsonl");
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, new FixedClock(T0))) {
      journal.append(new Note("x"));
    }
    String line = Files.readString(file, StandardCharsets.UTF_8);
    String body = "{\"seq\":1,\"time\":\"2024-06-03T14:00:00Z\",\"kind\":\"NOTE\","
        + "\"payload\":{\"text\":\"x\"}";
    CRC32C crc = new CRC32C();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    assertEquals(body + ",\"crc\":\"" + String.format("%08x", crc.getValue()) + "\"}\n", line);
  }

  @Test
  void theExampleLineInTheJavadocIsAValidRecord() throws Exception {
    // Journal's class Javadoc and docs/broker.md show this line; it must stay readable.
    String line = "{\"seq\":5,\"time\":\"2024-06-03T14:00:01.250Z\",\"kind\":\"FILL\",\"payload\":{"
        + "\"broker\":\"paper\",\"brokerSeq\":2,\"fill\":{\"orderId\":\"o-1\",\"instrument\":{\"symbol\":"
        + "\"ORCL\",\"assetClass\":\"STOCK\",\"multiplier\":1.0,\"underlying\":null},\"side\":\"BUY\","
        + "\"quantity\":40.0,\"price\":41.19,\"fees\":0.4,\"time\":\"2024-06-03T14:00:01Z\"}},"
        + "\"crc\":\"4acf5cc1\"}";
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    JournalEntry entry = RecordCodec.decodeLine(bytes, bytes.length);
    OrderRequest order = OrderRequest.limit("o-1", ORCL, Side.BUY, 100, 41.2, T0);
    assertEquals(new JournalEntry(5, Instant.parse("2024-06-03T14:00:01.250Z"), new FillRecorded("paper", 2,
        Fill.of(order, 40, 41.19, 0.4, T0.plusSeconds(1)))), entry);
  }

  @Test
  void jdkCrc32cMatchesThePublishedCheckValue() {
    // RFC 3720 (iSCSI), appendix B.4: CRC32C of the ASCII digits "123456789" is 0xE3069283.
    CRC32C crc = new CRC32C();
    crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
    assertEquals(0xE3069283L, crc.getValue());
  }

  @Test
  void reopeningContinuesTheSequence() {
    Path file = dir.resolve("j.jsonl");
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD)) {
      journal.append(new Note("a"));
      journal.append(new Note("b"));
    }
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      assertEquals(2, journal.lastSequence());
      assertTrue(journal.openingProblems().isEmpty());
      assertEquals(3, journal.append(new Note("c")));
    }
    JournalReplay replay = Journal.read(file);
    assertTrue(replay.isClean());
    assertEquals(List.of(new Note("a"), new Note("b"), new Note("c")), replay.records());
  }

  private Path journalWith(int records) {
    Path file = dir.resolve("j.jsonl");
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, new FixedClock(T0))) {
      for (int i = 1; i <= records; i++) {
        journal.append(new Note("record " + i));
      }
    }
    return file;
  }

  private static byte[] line(long sequence, JournalRecord record) {
    return RecordCodec.encodeLine(sequence, T0, record);
  }

  private static void appendBytes(Path file, byte[] bytes) throws Exception {
    Files.write(file, bytes, StandardOpenOption.APPEND);
  }

  @Test
  void halfWrittenLastLineIsReportedSkippedAndTruncatedOnReopen() throws Exception {
    Path file = journalWith(3);
    long validLength = Files.size(file);
    byte[] fourth = line(4, new Note("record 4"));
    appendBytes(file, Arrays.copyOf(fourth, fourth.length / 2));

    JournalReplay replay = Journal.read(file);
    assertEquals(3, replay.entries().size());
    assertEquals(1, replay.problems().size());
    JournalProblem problem = replay.problems().get(0);
    assertEquals(JournalProblem.Kind.TORN_TAIL, problem.kind());
    assertEquals(4, problem.line());
    assertEquals(validLength, problem.offset());
    assertEquals(4, problem.sequence());
    assertTrue(replay.isIntact());
    assertFalse(replay.isClean());

    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD, new FixedClock(T0))) {
      assertEquals(List.of(problem), journal.openingProblems());
      assertEquals(validLength, Files.size(file));
      assertEquals(4, journal.append(new Note("record 4")));
    }
    JournalReplay after = Journal.read(file);
    assertTrue(after.isClean(), after.problems().toString());
    assertEquals(4, after.entries().size());
  }

  @Test
  void fullLastLineWithBadChecksumIsReportedAndSkipped() throws Exception {
    Path file = journalWith(3);
    byte[] fourth = line(4, new Note("record 4"));
    // Change one payload character; the checksum no longer matches.
    String text = new String(fourth, StandardCharsets.UTF_8).replace("record 4", "record 5");
    appendBytes(file, text.getBytes(StandardCharsets.UTF_8));

    JournalReplay replay = Journal.read(file);
    assertEquals(3, replay.entries().size());
    assertEquals(JournalProblem.Kind.TORN_TAIL, replay.problems().get(0).kind());
    assertTrue(replay.problems().get(0).detail().contains("checksum mismatch"),
        replay.problems().get(0).detail());
    assertEquals(4, replay.problems().get(0).sequence());
  }

  @Test
  void completeLastRecordWithoutNewlineIsNeverAccepted() throws Exception {
    Path file = journalWith(2);
    byte[] third = line(3, new Note("record 3"));
    appendBytes(file, Arrays.copyOf(third, third.length - 1));

    JournalReplay replay = Journal.read(file);
    assertEquals(2, replay.entries().size());
    assertEquals(JournalProblem.Kind.TORN_TAIL, replay.problems().get(0).kind());
    assertTrue(replay.problems().get(0).detail().startsWith("no newline"));
  }

  @Test
  void garbageTailSuchAsZeroedBlocksIsATornTail() throws Exception {
    Path file = journalWith(2);
    appendBytes(file, new byte[4096]);
    JournalReplay replay = Journal.read(file);
    assertEquals(2, replay.entries().size());
    assertEquals(JournalProblem.Kind.TORN_TAIL, replay.problems().get(0).kind());
    assertEquals(-1, replay.problems().get(0).sequence());
  }

  @Test
  void corruptLineInTheMiddleStopsReadingAndRefusesOpenAndRebuild() throws Exception {
    Path file = journalWith(4);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).replace("record 2", "record X"));
    Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

    JournalReplay replay = Journal.read(file);
    assertEquals(1, replay.entries().size());
    assertEquals(1, replay.problems().size());
    assertEquals(JournalProblem.Kind.CORRUPT_LINE, replay.problems().get(0).kind());
    assertEquals(2, replay.problems().get(0).line());
    assertFalse(replay.isIntact());
    assertThrows(IllegalStateException.class, replay::orders);
    assertThrows(IllegalStateException.class, () -> replay.portfolio(100_000));

    JournalException refused = assertThrows(JournalException.class,
        () -> Journal.open(file, FsyncPolicy.EVERY_RECORD));
    assertEquals(replay.problems(), refused.problems());
    // The refusal leaves the file unlocked and untouched.
    assertEquals(4, Files.readAllLines(file).size());
  }

  @Test
  void sequenceRepeatIsSkippedAndGapReported() throws Exception {
    Path file = dir.resolve("j.jsonl");
    Files.write(file, new byte[0]);
    appendBytes(file, line(1, new Note("one")));
    appendBytes(file, line(2, new Note("two")));
    appendBytes(file, line(2, new Note("two again")));
    appendBytes(file, line(4, new Note("four")));

    JournalReplay replay = Journal.read(file);
    assertEquals(List.of(new Note("one"), new Note("two"), new Note("four")), replay.records());
    assertEquals(2, replay.problems().size());
    assertEquals(JournalProblem.Kind.SEQUENCE_REPEAT, replay.problems().get(0).kind());
    assertEquals(3, replay.problems().get(0).line());
    assertEquals(JournalProblem.Kind.SEQUENCE_GAP, replay.problems().get(1).kind());
    assertEquals(4, replay.problems().get(1).sequence());
    assertThrows(JournalException.class, () -> Journal.open(file, FsyncPolicy.NONE));
  }

  @Test
  void emptyFileIsCleanAndMissingFileFails() {
    Path file = dir.resolve("empty.jsonl");
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD)) {
      assertEquals(0, journal.lastSequence());
    }
    JournalReplay replay = Journal.read(file);
    assertTrue(replay.isClean());
    assertTrue(replay.entries().isEmpty());
    assertThrows(UncheckedIOException.class, () -> Journal.read(dir.resolve("missing.jsonl")));
  }

  @Test
  void everyRecordPolicyMakesEachAppendDurable() {
    try (Journal journal = Journal.open(dir.resolve("j.jsonl"), FsyncPolicy.EVERY_RECORD)) {
      for (int i = 1; i <= 3; i++) {
        journal.append(new Note("n"));
        assertEquals(i, journal.durableSequence());
      }
    }
  }

  @Test
  void nonePolicyForcesOnlyOnSyncAndClose() {
    Path file = dir.resolve("j.jsonl");
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      journal.append(new Note("a"));
      journal.append(new Note("b"));
      assertEquals(0, journal.durableSequence());
      assertEquals(2, journal.sync());
      assertEquals(2, journal.durableSequence());
    }
    try (Journal journal = Journal.open(file, FsyncPolicy.NONE)) {
      assertEquals(2, journal.durableSequence());
    }
  }

  @Test
  void batchPolicyForcesAfterBatchSizeRecords() {
    try (Journal journal = Journal.open(dir.resolve("j.jsonl"), FsyncPolicy.batch(3, Duration.ofHours(1)))) {
      journal.append(new Note("a"));
      journal.append(new Note("b"));
      assertEquals(0, journal.durableSequence());
      journal.append(new Note("c"));
      assertEquals(3, journal.durableSequence());
      journal.append(new Note("d"));
      assertEquals(3, journal.durableSequence());
    }
  }

  @Test
  void batchPolicyForcesAnIdleJournalAfterTheDelay() throws InterruptedException {
    try (Journal journal = Journal.open(dir.resolve("j.jsonl"),
        FsyncPolicy.batch(1000, Duration.ofMillis(20)))) {
      journal.append(new Note("a"));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (journal.durableSequence() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(1, journal.durableSequence());
    }
  }

  @Test
  void policyArgumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> FsyncPolicy.batch(0, Duration.ofMillis(5)));
    assertThrows(IllegalArgumentException.class, () -> FsyncPolicy.batch(5, Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new FsyncPolicy(FsyncPolicy.Mode.NONE, 4, Duration.ZERO));
  }

  @Test
  void aFileIsOpenForAppendingOnceAndClosedJournalsRefuseAppends() {
    Path file = dir.resolve("j.jsonl");
    Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD);
    assertThrows(IllegalStateException.class, () -> Journal.open(file, FsyncPolicy.EVERY_RECORD));
    journal.close();
    journal.close();
    assertThrows(IllegalStateException.class, () -> journal.append(new Note("late")));
    try (Journal again = Journal.open(file, FsyncPolicy.EVERY_RECORD)) {
      assertEquals(1, again.append(new Note("first")));
    }
  }

  @Test
  void listenerJournalsSubmissionThenEachEvent() {
    Path file = dir.resolve("j.jsonl");
    OrderRequest order = OrderRequest.market("o-1", ORCL, Side.BUY, 100, T0);
    try (Journal journal = Journal.open(file, FsyncPolicy.EVERY_RECORD)) {
      EventScript script = new EventScript().listen(journal.asListener("paper"));
      script.accept(order, T0.plusSeconds(1));
      script.fill("o-1", 60, 41.0, 0.6, T0.plusSeconds(2));
      script.replace(order.withQuantity(80), T0.plusSeconds(3));
      script.cancel("o-1", "client", T0.plusSeconds(4));
    }
    List<JournalRecord.Kind> kinds = new ArrayList<>();
    for (JournalRecord r : Journal.read(file).records()) {
      kinds.add(r.kind());
    }
    assertEquals(List.of(JournalRecord.Kind.ORDER_SUBMITTED, JournalRecord.Kind.STATUS_CHANGED,
        JournalRecord.Kind.FILL, JournalRecord.Kind.ORDER_REPLACED, JournalRecord.Kind.STATUS_CHANGED),
        kinds);
    StatusChanged accepted = Journal.read(file).records(StatusChanged.class).get(0);
    assertEquals(new StatusChanged("paper", 1, "o-1", OrderStatus.NEW, OrderStatus.ACCEPTED, "", "B-1", 0,
        Double.NaN, T0.plusSeconds(1)), accepted);
  }

  @Test
  void problemDescribesItself() {
    JournalProblem p = new JournalProblem(JournalProblem.Kind.TORN_TAIL, 812, 190233, 812,
        "no newline at end of file");
    assertEquals("TORN_TAIL at line 812 (byte 190233), sequence 812: no newline at end of file",
        p.toString());
  }

  @Test
  void recordsRejectInvalidComponents() {
    assertThrows(IllegalArgumentException.class, () -> new Decision("s", "ORCL", "", "HOLD", List.of(), 1.5,
        T0, null));
    assertThrows(IllegalArgumentException.class, () -> new Decision("s", "ORCL", "", " ", List.of(), 0.5,
        T0, null));
    assertThrows(IllegalArgumentException.class, () -> new HumanReview("", true, "", T0));
    assertThrows(IllegalArgumentException.class, () -> new StatusChanged("b", -1, "o", OrderStatus.NEW,
        OrderStatus.ACCEPTED, "", "", 0, Double.NaN, T0));
    assertThrows(IllegalArgumentException.class, () -> new StatusChanged("b", 1, "o", OrderStatus.NEW,
        OrderStatus.ACCEPTED, "", "", 0, -1, T0));
    assertThrows(IllegalArgumentException.class, () -> new Note(null));
    assertThrows(IllegalArgumentException.class, () -> new JournalEntry(0, T0, new Note("")));
  }
}
