package io.quantor.backtest.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a tear sheet's HTML that the tests check, with regular expressions (the page is
 * generated, so its markup is regular: one element per line for sections, figures and table rows).
 */
final class HtmlPage {

  private static final Pattern IMG = Pattern.compile("<img [^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
  private static final Pattern SECTION_ID = Pattern.compile("<section id=\"([^\"]+)\"");
  private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>");

  private final String html;

  HtmlPage(String html) {
    this.html = html;
  }

  /** The ids of the sections, in page order. */
  List<String> sectionIds() {
    List<String> ids = new ArrayList<>();
    Matcher m = SECTION_ID.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** Every {@code img} element as its attributes, in page order. */
  List<java.util.Map<String, String>> images() {
    List<java.util.Map<String, String>> images = new ArrayList<>();
    Matcher m = IMG.matcher(html);
    while (m.find()) {
      java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
      Matcher a = ATTRIBUTE.matcher(m.group());
      while (a.find()) {
        attributes.put(a.group(1), a.group(2));
      }
      images.add(attributes);
    }
    return images;
  }

  /** The body rows of the first table with the class, each as its cells' inner HTML. */
  List<List<String>> rows(String tableClass) {
    int start = html.indexOf("<table class=\"" + tableClass + "\">");
    if (start < 0) {
      throw new AssertionError("no table of class " + tableClass);
    }
    int body = html.indexOf("<tbody>", start);
    int end = html.indexOf("</tbody>", body);
    List<List<String>> rows = new ArrayList<>();
    for (String line : html.substring(body + "<tbody>".length(), end).split("\n")) {
      if (line.startsWith("<tr>")) {
        List<String> cells = new ArrayList<>();
        Matcher c = CELL.matcher(line);
        while (c.find()) {
          cells.add(c.group(1));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** The cells of the summary row whose label is given. */
  List<String> summaryRow(String label) {
    for (List<String> row : rows("metrics")) {
      if (row.get(0).equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no summary row " + label);
  }

  /** How often a text occurs. */
  int count(String text) {
    int n = 0;
    for (int i = html.indexOf(text); i >= 0; i = html.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }
}
