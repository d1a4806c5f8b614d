package io.quantor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One progress line per tenth, in order. */
class ProgressPrinterTest {

  @Test
  void printsEveryTenth() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressPrinter p = new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), "wf",
        System.nanoTime());
    for (int done = 1; done <= 37; done++) {
      p.progress(done, 37);
    }
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(10, lines.length);
    for (int i = 0; i < 10; i++) {
      assertTrue(lines[i].startsWith(String.format("  wf %3d %%", 10 * (i + 1))), lines[i]);
    }
    // 10 % of 37 is reached at 4 runs (4 * 10 / 37 = 1 tenth), 100 % at 37.
    assertTrue(lines[0].contains("(4 of 37 runs"), lines[0]);
    assertTrue(lines[9].contains("(37 of 37 runs"), lines[9]);
  }
}
