package io.quantor.examples;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The command line of {@link WalkForwardApp}, parsed and checked. Options take their value as the next
 * argument or after {@code =} ({@code --years 8}, {@code --years=8}).
 *
 * @param data a daily CSV file to read, or null for synthetic bars
 * @param from the first date of the bars used, or null for the first bar
 * @param to the last date of the bars used, or null for the last bar
 * @param out the directory the tear sheet, result and journal are written to
 * @param seed the seed of the synthetic bars
 * @param years the length of the synthetic history in calendar years
 * @param help whether only the usage was asked for
 */
record AppOptions(Path data, LocalDate from, LocalDate to, Path out, long seed, int years,
    boolean help) {

  /** The default output directory, relative to the working directory. */
  static final Path DEFAULT_OUT = Path.of("target", "walk-forward");
  /** The default seed of the synthetic bars. */
  static final long DEFAULT_SEED = 7;
  /** The default synthetic history, in years. */
  static final int DEFAULT_YEARS = 12;
  /** The shortest synthetic history: warm-up, 12 training months and 6 folds fit in 3 years. */
  static final int MIN_YEARS = 3;
  /** The longest synthetic history. */
  static final int MAX_YEARS = 50;

  /** The usage text. */
  static final String USAGE = String.join("\n",
      "usage: WalkForwardApp [--data <csv>] [--from <date>] [--to <date>] [--out <dir>] [--seed <n>]",
      "                      [--years <n>] [--help]",
      "",
      "Walk-forward validation of an ensemble strategy (EMA crossover, returns momentum, RSI reversion;",
      "volatility-target sizing; drawdown-halt and exposure gates): 12 months of training, 1 month of test.",
      "",
      "  --data <csv>   daily bars, Yahoo-style CSV (date,open,high,low,close[,adj_close],volume);",
      "                 default: seeded synthetic bars with bull, bear and sideways regimes",
      "  --from <date>  use the bars from this date on (yyyy-mm-dd)",
      "  --to <date>    use the bars up to this date (yyyy-mm-dd)",
      "  --out <dir>    where tearsheet.html, result.json and journal.jsonl go (default target/walk-forward)",
      "  --seed <n>     seed of the synthetic bars (default " + DEFAULT_SEED + ")",
      "  --years <n>    length of the synthetic history in years, " + MIN_YEARS + " to " + MAX_YEARS
          + " (default " + DEFAULT_YEARS + ")",
      "  --help         this text",
      "");

  /**
   * Parses a command line.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException naming the argument that is wrong and why
   */
  static AppOptions parse(String[] args) {
    Path data = null;
    LocalDate from = null;
    LocalDate to = null;
    Path out = DEFAULT_OUT;
    Long seed = null;
    Integer years = null;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--help":
        case "-h":
          if (value != null) {
            throw new IllegalArgumentException(name + " takes no value");
          }
          help = true;
          break;
        case "--data":
          if (value == null) {
            value = next(args, ++i, name);
          }
          data = path(value, name);
          if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException("--data " + value + ": no such file");
          }
          break;
        case "--from":
          if (value == null) {
            value = next(args, ++i, name);
          }
          from = date(value, name);
          break;
        case "--to":
          if (value == null) {
            value = next(args, ++i, name);
          }
          to = date(value, name);
          break;
        case "--out":
          if (value == null) {
            value = next(args, ++i, name);
          }
          out = path(value, name);
          if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + value + ": exists and is not a directory");
          }
          break;
        case "--seed":
          if (value == null) {
            value = next(args, ++i, name);
          }
          try {
            seed = Long.parseLong(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, was '" + value + "'");
          }
          break;
        case "--years":
          if (value == null) {
            value = next(args, ++i, name);
          }
          int y;
          try {
            y = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--years must be a whole number, was '" + value + "'");
          }
          if (y < MIN_YEARS || y > MAX_YEARS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "--years must be in [%d, %d], was %d", MIN_YEARS, MAX_YEARS, y));
          }
          years = y;
          break;
        default:
          throw new IllegalArgumentException(arg.startsWith("-") ? "unknown option " + name
              : "unexpected argument '" + arg + "' (options start with --)");
      }
    }
    if (data != null && (seed != null || years != null)) {
      throw new IllegalArgumentException("--seed and --years describe synthetic data; leave them out "
          + "with --data");
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("--from " + from + " must be before --to " + to);
    }
    return new AppOptions(data, from, to, out, seed == null ? DEFAULT_SEED : seed,
        years == null ? DEFAULT_YEARS : years, help);
  }

  private static String next(String[] args, int i, String name) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[i];
  }

  private static LocalDate date(String value, String name) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date yyyy-mm-dd, was '" + value + "'");
    }
  }

  private static Path path(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(name + " " + value + ": not a valid path (" + e.getReason() + ")");
    }
  }
}
