package io.quantor.broker.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Reading never fails on bad content, and a file cut anywhere yields exactly its complete records. */
class JournalReadProperties {

  private static final Instant T0 = Instant.parse("2024-06-03T14:00:00Z");

  @Provide
  Arbitrary<byte[]> noise() {
    Arbitrary<Byte> bytes = Arbitraries.oneOf(Arbitraries.bytes(),
        Arbitraries.of((byte) '\n', (byte) '{', (byte) '"', (byte) '}', (byte) ','));
    return bytes.array(byte[].class).ofMaxSize(600);
  }

  @Property(tries = 200)
  void arbitraryBytesAreReportedNeverThrown(@ForAll("noise") byte[] content) throws Exception {
    JournalScanner.Scan scan = JournalScanner.scan(new ByteArrayInputStream(content));
    assertTrue(scan.entries.isEmpty() || scan.entries.get(0).sequence() >= 1);
    boolean endsWithNewline = content.length > 0 && content[content.length - 1] == '\n';
    if (content.length > 0 && !endsWithNewline) {
      // The unterminated end is never accepted: it is a torn tail, or reading stopped before it.
      JournalProblem.Kind last = scan.problems.get(scan.problems.size() - 1).kind();
      assertTrue(last == JournalProblem.Kind.TORN_TAIL || last == JournalProblem.Kind.CORRUPT_LINE,
          last.name());
    }
  }

  @Property(tries = 200)
  void aFileCutAnywhereGivesItsCompleteLinesAndReportsThePartOne(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 300) Integer> noteLengths,
      @ForAll @IntRange(min = 0, max = 1_000_000) int cutSeed) throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    List<Integer> lineEnds = new ArrayList<>();
    List<JournalRecord> records = new ArrayList<>();
    for (int i = 0; i < noteLengths.size(); i++) {
      Note note = new Note("n".repeat(noteLengths.get(i)));
      records.add(note);
      file.write(RecordCodec.encodeLine(i + 1, T0, note));
      lineEnds.add(file.size());
    }
    byte[] all = file.toByteArray();
    int cut = cutSeed % (all.length + 1);
    JournalScanner.Scan scan = JournalScanner.scan(new ByteArrayInputStream(Arrays.copyOf(all, cut)));

    int complete = 0;
    while (complete < lineEnds.size() && lineEnds.get(complete) <= cut) {
      complete++;
    }
    assertEquals(records.subList(0, complete), scan.entries.stream().map(JournalEntry::record).toList());
    int completeEnd = complete == 0 ? 0 : lineEnds.get(complete - 1);
    if (cut == completeEnd) {
      assertTrue(scan.problems.isEmpty(), scan.problems.toString());
      assertEquals(-1, scan.tornTailOffset);
    } else {
      assertEquals(1, scan.problems.size());
      assertEquals(JournalProblem.Kind.TORN_TAIL, scan.problems.get(0).kind());
      assertEquals(completeEnd, scan.tornTailOffset);
    }
  }
}
