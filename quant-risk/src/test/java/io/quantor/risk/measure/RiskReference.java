package io.quantor.risk.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantor.core.testing.ReferenceTable;
import io.quantor.core.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The VaR/ES reference of {@code shared/reference/risk}: the exact input ({@code log_returns.csv}, 4,712
 * daily log returns of ORCL, YHOO and their 50/50 portfolio) and the numbers ({@code risk.json}, numpy
 * and scipy, cross-checked against R and fPortfolio in {@code crosscheck_r.json}).
 */
final class RiskReference {

  /** The key of the portfolio series in {@code risk.json}. */
  static final String PORTFOLIO = "PORTFOLIO_ORCL50_YHOO50";

  final JsonNode json;
  final double[] orcl;
  final double[] yhoo;
  final double[] portfolio;

  private RiskReference(JsonNode json, ReferenceTable returns) {
    this.json = json;
    this.orcl = returns.column("orcl_log_return");
    this.yhoo = returns.column("yhoo_log_return");
    this.portfolio = returns.column("portfolio_log_return");
  }

  static RiskReference load() {
    try {
      JsonNode json = new ObjectMapper().readTree(SharedData.file("reference/risk/risk.json").toFile());
      return new RiskReference(json, ReferenceTable.read(SharedData.file("reference/risk/log_returns.csv")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The returns of {@code "ORCL"} or {@link #PORTFOLIO}. */
  double[] series(String name) {
    return name.equals("ORCL") ? orcl : portfolio;
  }

  /** The asset matrix, rows = days, columns = ORCL, YHOO. */
  double[][] assets() {
    double[][] m = new double[orcl.length][];
    for (int t = 0; t < orcl.length; t++) {
      m[t] = new double[] {orcl[t], yhoo[t]};
    }
    return m;
  }

  /** {@code series.<name>.levels.<level>}. */
  JsonNode level(String name, String level) {
    return node(json.path("series").path(name).path("levels").path(level));
  }

  /** {@code series.<name>}. */
  JsonNode seriesNode(String name) {
    return node(json.path("series").path(name));
  }

  /** {@code portfolio_decomposition.levels.<level>.<block>}. */
  JsonNode decomposition(String level, String block) {
    return node(json.path("portfolio_decomposition").path("levels").path(level).path(block));
  }

  static JsonNode node(JsonNode node) {
    assertTrue(!node.isMissingNode(), "missing node in risk.json");
    return node;
  }

  /** The number {@code parent.<path...>}, which must exist. */
  static double number(JsonNode parent, String... path) {
    JsonNode n = parent;
    for (String p : path) {
      n = n.path(p);
    }
    assertTrue(n.isNumber(), "missing number " + String.join(".", path) + " in risk.json");
    return n.asDouble();
  }

  /** Asserts {@code |actual - expected| <= tolerance |expected|}. */
  static void assertRelative(double expected, double actual, double tolerance, String what) {
    assertTrue(Double.isFinite(expected), what + ": reference value missing");
    assertEquals(expected, actual, tolerance * Math.abs(expected), what);
  }
}
