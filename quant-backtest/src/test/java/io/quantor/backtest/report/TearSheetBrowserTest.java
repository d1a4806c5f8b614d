package io.quantor.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the ORCL tear sheet in headless Chromium and checks from the rendered DOM that every chart image
 * decoded ({@code naturalWidth > 0}, recorded by the page's own script on load). Skipped, with a message,
 * where no Chromium is installed (Debian package {@code chromium}).
 *
 * <p>Chromium runs with networking, sync, component updates and QUIC off and a fresh profile in a
 * temporary folder; {@code --virtual-time-budget} lets the load event fire before {@code --dump-dom}
 * prints the DOM. The process (and any child it left) is destroyed afterwards. A control run on a copy
 * of the page with one chart's bytes broken shows that the check notices an image that does not decode.
 */
class TearSheetBrowserTest {

  private static final long TIMEOUT_SECONDS = 90;

  /** {@code /usr/bin/chromium}, else the first of chromium, chromium-browser, google-chrome on the PATH. */
  static Optional<Path> chromium() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("/usr/bin/chromium"));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
          candidates.add(Path.of(dir, name));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  @Test
  void chromiumDecodesEveryChart(@TempDir Path dir) throws Exception {
    Optional<Path> browser = chromium();
    assumeTrue(browser.isPresent(),
        "headless Chromium not found (Debian package chromium); skipping the browser check of the tear sheet");
    TearSheet sheet = OrclSampleRun.load().tearSheet();
    String html = sheet.html();
    Path report = dir.resolve("report.html");
    sheet.write(report);
    int charts = new HtmlPage(html).images().size();

    String rendered = dumpDom(browser.get(), report, dir.resolve("report"));
    assertTrue(rendered.contains("data-charts-loaded=\"" + charts + "\""),
        charts + " charts expected to decode; body: " + head(rendered));
    List<Map<String, String>> images = new HtmlPage(rendered).images();
    assertEquals(charts, images.size());
    for (Map<String, String> image : images) {
      assertEquals("true", image.get("data-loaded"), "chart " + image.get("data-chart") + " did not decode");
    }

    // Control: the same page with the equity chart's bytes replaced by a few that are not a PNG.
    String prefix = "data-chart=\"equity\"";
    int src = html.indexOf("base64,", html.indexOf(prefix)) + "base64,".length();
    Path broken = dir.resolve("broken.html");
    Files.writeString(broken, html.substring(0, src) + "AAAA" + html.substring(html.indexOf('"', src)));
    String control = dumpDom(browser.get(), broken, dir.resolve("broken"));
    assertTrue(control.contains("data-charts-loaded=\"" + (charts - 1) + "\""), head(control));
    assertEquals("false", new HtmlPage(control).images().get(0).get("data-loaded"));
  }

  /** Runs headless Chromium on a page and returns the DOM it dumps after the load event. */
  private static String dumpDom(Path browser, Path page, Path work) throws Exception {
    Files.createDirectories(work);
    Path dom = work.resolve("dom.html");
    Path log = work.resolve("chromium.log");
    Path profile = Files.createDirectory(work.resolve("profile"));
    ProcessBuilder command = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
        .redirectOutput(dom.toFile())
        .redirectError(log.toFile());
    Process process = command.start();
    try {
      boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertTrue(finished, "Chromium did not finish within " + TIMEOUT_SECONDS + " s; its log: "
          + tail(log));
      assertEquals(0, process.exitValue(), "Chromium failed; its log: " + tail(log));
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    String rendered = Files.readString(dom);
    assertTrue(rendered.contains("data-charts-state=\"checked\""),
        "the page's script did not run; DOM starts with: " + head(rendered));
    return rendered;
  }

  private static String tail(Path log) throws java.io.IOException {
    String text = Files.exists(log) ? Files.readString(log) : "";
    return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
  }

  private static String head(String text) {
    int body = Math.max(0, text.indexOf("<body"));
    return text.substring(body, Math.min(text.length(), body + 300));
  }
}
