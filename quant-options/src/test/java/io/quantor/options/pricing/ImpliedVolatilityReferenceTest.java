package io.quantor.options.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quantor.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ImpliedVolatility} against the QuantLib 1.29 reference files of {@code shared/reference/options}
 * (see its README).
 *
 * <ul>
 *   <li>{@code implied_vol.csv} (1,080 rows; {@code price} = QuantLib price at {@code true_sigma}). Rows
 *       not {@code ill_conditioned}: status OK and {@code |sigma - true_sigma| <= max(1e-12 true_sigma,
 *       2 attainable_sigma_err)} ({@code attainable_sigma_err} = how well the double price determines
 *       sigma). Ill-conditioned rows: either OK and repricing (with {@link BlackScholes#price}) to the
 *       given price within {@code 1e-12 max(S, K)}, or a clean {@code NO_TIME_VALUE} /
 *       {@code BELOW_INTRINSIC} whose price is within the documented rounding allowance
 *       {@code 4 eps max(S e^{-qT}, K e^{-rT})} of the lower bound (respectively below it).</li>
 *   <li>Against QuantLib's own solver ({@code ql_implied_vol}, Brent with accuracy 1e-12): where it says
 *       {@code ok} on a row that is not ill-conditioned, our error is at most
 *       {@code max(ql_iv_abs_err, 1e-12 true_sigma, 2 attainable_sigma_err)}: QuantLib's error can be
 *       below the price's own rounding because it inverts its own pricer, whose rounding then cancels; an
 *       exact inverse cannot beat the attainable error. Where QuantLib silently returned {@code minVol}
 *       (350 rows) or failed (3 rows) we return
 *       an accurate volatility (well-conditioned rows) or a clean status.</li>
 *   <li>{@code european.csv} (1,344 rows) and {@code black76.csv} (240 rows) solved back to their
 *       {@code sigma}: within {@code 2 (e + eps price) / vega + 1e-12 sigma}, with the README's price
 *       accuracy {@code e} (3.2e-14 and 2.13e-14, against 50-digit values), else {@code NO_TIME_VALUE}
 *       with the time value within the rounding allowance.</li>
 * </ul>
 */
class ImpliedVolatilityReferenceTest {

  private static final double EPS = Math.ulp(1.0);

  @Test
  void wellConditionedRowsRecoverTheTrueVolatility() {
    int rows = 0;
    for (Row row : read("implied_vol.csv")) {
      if (row.bool("ill_conditioned")) {
        continue;
      }
      rows++;
      ImpliedVolResult iv = solve(row);
      double sigma = row.num("true_sigma");
      double tolerance = Math.max(1e-12 * sigma, 2 * row.num("attainable_sigma_err"));
      assertEquals(ImpliedVolStatus.OK, iv.status(), row.describe());
      assertEquals(sigma, iv.volatility(), tolerance, row.describe());
      assertTrue(iv.iterations() >= 1 && iv.iterations() <= 2, row.describe() + " iterations " + iv);
    }
    assertEquals(736, rows, "not ill-conditioned rows (README: 344 of 1,080 are)");
  }

  @Test
  void illConditionedRowsRepriceOrReturnACleanStatus() {
    int rows = 0;
    for (Row row : read("implied_vol.csv")) {
      if (!row.bool("ill_conditioned")) {
        continue;
      }
      rows++;
      ImpliedVolResult iv = solve(row);
      double s = row.num("S");
      double k = row.num("K");
      if (iv.isOk()) {
        double repriced = BlackScholes.price(row.type(), s, k, row.num("T"), row.num("r"), row.num("q"),
            iv.volatility());
        assertEquals(row.num("price"), repriced, 1e-12 * Math.max(s, k), row.describe() + " " + iv);
      } else {
        assertCleanStatus(iv.status(), row.type(), row.num("price"), s, k, row.num("T"), row.num("r"),
            row.num("q"), row.describe());
      }
    }
    assertEquals(344, rows);
  }

  @Test
  void atLeastAsGoodAsQuantLibWithinTheAttainableAccuracy() {
    int minVolOrFailed = 0;
    int solvedWhereQuantLibDidNot = 0;
    for (Row row : read("implied_vol.csv")) {
      ImpliedVolResult iv = solve(row);
      String qlStatus = row.text("ql_iv_status");
      double sigma = row.num("true_sigma");
      double attainable = Math.max(1e-12 * sigma, 2 * row.num("attainable_sigma_err"));
      if (qlStatus.equals("ok")) {
        // On ill-conditioned rows sigma is not determined by the price: compared by repricing above.
        if (!row.bool("ill_conditioned")) {
          double error = Math.abs(iv.volatility() - sigma);
          assertTrue(error <= Math.max(row.num("ql_iv_abs_err"), attainable),
              row.describe() + ": ours " + error + ", QuantLib " + row.num("ql_iv_abs_err"));
        }
        continue;
      }
      minVolOrFailed++;
      if (!row.bool("ill_conditioned")) {
        // QuantLib returned minVol = 1e-4 here; the price does determine sigma.
        assertEquals(ImpliedVolStatus.OK, iv.status(), row.describe());
        assertEquals(sigma, iv.volatility(), attainable, row.describe());
        solvedWhereQuantLibDidNot++;
      } else if (!iv.isOk()) {
        assertCleanStatus(iv.status(), row.type(), row.num("price"), row.num("S"), row.num("K"),
            row.num("T"), row.num("r"), row.num("q"), row.describe());
      }
    }
    assertEquals(353, minVolOrFailed, "README: 350 rows ok_returned_minVol, 3 failed");
    assertEquals(28, solvedWhereQuantLibDidNot);
  }

  @Test
  void europeanPricesSolveBackToTheirVolatility() {
    int ok = 0;
    for (Row row : read("european.csv")) {
      ImpliedVolResult iv = ImpliedVolatility.blackScholes(row.type(), row.num("price"), row.num("S"),
          row.num("K"), row.num("T"), row.num("r"), row.num("q"));
      ok += checkRoundTrip(iv, row, 3.2e-14, row.num("S"), row.num("q"));
    }
    assertTrue(ok > 1000, "solved rows: " + ok);
  }

  @Test
  void black76PricesSolveBackToTheirVolatility() {
    int ok = 0;
    for (Row row : read("black76.csv")) {
      ImpliedVolResult iv = ImpliedVolatility.black76(row.type(), row.num("price"), row.num("F"),
          row.num("K"), row.num("T"), row.num("r"));
      ok += checkRoundTrip(iv, row, 2.13e-14, row.num("F"), row.num("r"));
    }
    assertTrue(ok > 180, "solved rows: " + ok);
  }

  /** Checks a solve of a row with a {@code sigma} column; the underlying carries the yield {@code q}. */
  private static int checkRoundTrip(ImpliedVolResult iv, Row row, double priceError, double underlying,
      double q) {
    double sigma = row.num("sigma");
    double price = row.num("price");
    if (iv.isOk()) {
      double tolerance = 2 * (priceError + EPS * price) / row.num("vega") + 1e-12 * sigma;
      assertEquals(sigma, iv.volatility(), tolerance, row.describe());
      return 1;
    }
    assertEquals(ImpliedVolStatus.NO_TIME_VALUE, iv.status(), row.describe());
    assertCleanStatus(iv.status(), row.type(), price, underlying, row.num("K"), row.num("T"), row.num("r"),
        q, row.describe());
    return 0;
  }

  /**
   * A status other than OK must be NO_TIME_VALUE with the price within the rounding allowance of the lower
   * bound, or BELOW_INTRINSIC with the price below it by more (bound computed here from the inputs).
   */
  private static void assertCleanStatus(ImpliedVolStatus status, OptionType type, double price, double s,
      double k, double t, double r, double q, String what) {
    double a = s * Math.exp(-q * t);
    double b = k * Math.exp(-r * t);
    double lower = Math.max(type.sign() * (a - b), 0);
    double allowance = 4 * EPS * Math.max(a, b);
    // 1.01: slack for the rounding of this test's own bound.
    if (status == ImpliedVolStatus.NO_TIME_VALUE) {
      assertTrue(Math.abs(price - lower) <= 1.01 * allowance, what + ": NO_TIME_VALUE, time value "
          + (price - lower) + ", allowance " + allowance);
    } else if (status == ImpliedVolStatus.BELOW_INTRINSIC) {
      assertTrue(price - lower < -0.99 * allowance, what + ": BELOW_INTRINSIC at " + (price - lower));
    } else {
      fail(what + ": unexpected status " + status);
    }
  }

  private static ImpliedVolResult solve(Row row) {
    return ImpliedVolatility.blackScholes(row.type(), row.num("price"), row.num("S"), row.num("K"),
        row.num("T"), row.num("r"), row.num("q"));
  }

  private static List<Row> read(String name) {
    Path file = SharedData.file("reference/options/" + name);
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = lines.get(0).split(",", -1);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        index.put(header[i], i);
      }
      List<Row> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isEmpty()) {
          rows.add(new Row(name, index, line.split(",", -1)));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  /** One CSV row with named columns. */
  private record Row(String file, Map<String, Integer> index, String[] cells) {

    String text(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new AssertionError(file + " has no column " + column);
      }
      return cells[i];
    }

    double num(String column) {
      return Double.parseDouble(text(column));
    }

    boolean bool(String column) {
      return Boolean.parseBoolean(text(column));
    }

    OptionType type() {
      return OptionType.parse(text("type"));
    }

    String describe() {
      return file + " row " + text("id");
    }
  }
}
