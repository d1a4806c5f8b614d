package io.quantor.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the {@code shared} folder (reference values and market data) for tests.
 *
 * <p>The parent POM passes its absolute path as the system property {@code quantor.shared.dir}. When the
 * folder is missing, reference tests are skipped with a message naming it, unless
 * {@code quantor.shared.required=true} (set by {@code .ci/run}) or the environment variable
 * {@code CI=true}: then they fail.
 */
public final class SharedData {

  /** System property holding the shared folder's path. */
  public static final String DIR_PROPERTY = "quantor.shared.dir";
  /** System property that turns a missing shared folder into a failure. */
  public static final String REQUIRED_PROPERTY = "quantor.shared.required";

  private SharedData() {
  }

  /**
   * The shared folder. Skips the calling test (or fails it, when required) if it is missing.
   *
   * @return the absolute, normalized path of the shared folder
   */
  public static Path root() {
    String dir = System.getProperty(DIR_PROPERTY);
    Path path = dir == null ? null : Path.of(dir).toAbsolutePath().normalize();
    boolean present = path != null && Files.isDirectory(path);
    if (!present) {
      String what = path == null
          ? "system property " + DIR_PROPERTY + " is not set (run the tests through Maven)"
          : "shared folder not found: " + path;
      if (required()) {
        throw new AssertionError(what + " (" + REQUIRED_PROPERTY + "=true or CI=true: not skipping)");
      }
      assumeTrue(false, what + ": skipping reference test");
    }
    return path;
  }

  /**
   * A file below the shared folder, which must exist (or the test is skipped or failed as above).
   *
   * @param relative the path below {@code shared/}, such as {@code "reference/indicators/sma_20.csv"}
   * @return the file
   */
  public static Path file(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      String what = "shared file not found: " + p;
      if (required()) {
        throw new AssertionError(what);
      }
      assumeTrue(false, what + ": skipping reference test");
    }
    return p;
  }

  /**
   * {@code shared/reference/indicators/<name>}.
   *
   * @param name the file name
   * @return the file
   */
  public static Path indicatorReference(String name) {
    return file("reference/indicators/" + name);
  }

  /**
   * {@code shared/data/<name>}.
   *
   * @param name the file name
   * @return the file
   */
  public static Path data(String name) {
    return file("data/" + name);
  }

  private static boolean required() {
    return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"))
        || "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
