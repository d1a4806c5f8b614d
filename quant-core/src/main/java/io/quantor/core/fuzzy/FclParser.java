package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads IEC 61131-7 Fuzzy Control Language (FCL) into a {@link FuzzySystem}, so that {@code .fcl} files
 * written for jFuzzyLogic run unchanged.
 *
 * <p><b>What is read.</b> One {@code FUNCTION_BLOCK} with {@code VAR_INPUT} / {@code VAR_OUTPUT}
 * declarations ({@code name : REAL;}), a {@code FUZZIFY} block per input and a {@code DEFUZZIFY} block
 * per output, and one or more {@code RULEBLOCK}s. Terms: point lists {@code (x, y) (x, y) ...},
 * {@code TRIAN a b c}, {@code TRAPE a b c d}, {@code GAUSS mean sigma}, {@code GBELL a b c},
 * {@code SIGM slope center}, and singletons {@code TERM full := 1;} (a {@code DEFUZZIFY} block whose terms
 * are all singletons is a zero-order Sugeno output, FCL {@code METHOD : COGS}). In {@code DEFUZZIFY}:
 * {@code METHOD : COG | COA | MM | LM | RM | COGS;}, {@code DEFAULT := value | NC;},
 * {@code RANGE := (min .. max);} (also accepted in {@code FUZZIFY}). In {@code RULEBLOCK}:
 * {@code AND : MIN | PROD;}, {@code OR : MAX | ASUM;} (each implies its De Morgan dual when the other is
 * not given), {@code ACT : MIN | PROD;}, {@code ACCU : MAX | BSUM;} and
 * {@code RULE label : IF condition THEN output IS term [, output IS term] [WITH weight];} with
 * {@code AND}, {@code OR}, {@code NOT}, {@code IS NOT} and parentheses ({@code AND} binds tighter).
 * Keywords are case-insensitive, names case-sensitive; comments are {@code //}, {@code /* *}{@code /}
 * and {@code (* *)}.
 *
 * <p><b>Defaults follow jFuzzyLogic</b>, so its files give its numbers: without {@code RANGE}, a
 * variable's universe runs from the smallest {@link MembershipFunction#spanStart()} to the largest
 * {@link MembershipFunction#spanEnd()} of its terms; outputs are defuzzified over 1000 half-open grid
 * points with sample sums ({@link Defuzzification#jFuzzyLogic(Defuzzification.Method)}); without
 * {@code DEFAULT} an output that no rule fires is NaN (flagged in the result). Several rule blocks must
 * share their operators. Pass another template to {@link #parse(String, String, Defuzzification)} to
 * change the grid or the integration.
 *
 * <p><b>Errors.</b> Anything else raises {@link FclParseException} naming the line, the column and the
 * token: unknown keywords and methods, a rule naming a variable or term that does not exist, an input
 * without a {@code FUZZIFY} block, invalid membership parameters.
 */
public final class FclParser {

  private final String source;
  private final Defuzzification template;
  private final List<Token> tokens;
  private int pos;

  private FclParser(String text, String source, Defuzzification template) {
    this.source = source;
    this.template = template;
    this.tokens = tokenize(text);
  }

  /**
   * Parses FCL text with jFuzzyLogic's defuzzification defaults.
   *
   * @param text the FCL text
   * @return the system
   * @throws FclParseException if the text is not valid FCL (or uses what this parser does not support)
   * @throws IllegalArgumentException if {@code text} is null
   */
  public static FuzzySystem parse(String text) {
    return parse(text, "FCL");
  }

  /**
   * Parses FCL text with jFuzzyLogic's defuzzification defaults, naming the source in errors.
   *
   * @param text the FCL text
   * @param source the source's name for error messages (a file name)
   * @return the system
   * @throws FclParseException if the text is not valid FCL
   * @throws IllegalArgumentException if an argument is null
   */
  public static FuzzySystem parse(String text, String source) {
    return parse(text, source, Defuzzification.jFuzzyLogic(Defuzzification.Method.CENTROID));
  }

  /**
   * Parses FCL text, taking the grid points, grid kind and integration of every Mamdani output from a
   * template (the method and default value come from each {@code DEFUZZIFY} block).
   *
   * @param text the FCL text
   * @param source the source's name for error messages
   * @param template the grid and integration to use
   * @return the system
   * @throws FclParseException if the text is not valid FCL
   * @throws IllegalArgumentException if an argument is null
   */
  public static FuzzySystem parse(String text, String source, Defuzzification template) {
    Args.notNull(text, "text");
    Args.notNull(source, "source");
    Args.notNull(template, "template");
    return new FclParser(text, source, template).file();
  }

  /**
   * Reads and parses an FCL file (UTF-8) with jFuzzyLogic's defaults.
   *
   * @param file the file
   * @return the system
   * @throws IOException if the file cannot be read
   * @throws FclParseException if the text is not valid FCL
   */
  public static FuzzySystem parse(Path file) throws IOException {
    Args.notNull(file, "file");
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  // --- Lexer -------------------------------------------------------------------------------------

  private enum Kind { WORD, NUMBER, SYMBOL, END }

  private record Token(Kind kind, String text, int line, int column) {
  }

  private List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int line = 1;
    int lineStart = 0;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      int col = i - lineStart + 1;
      if (ch == '\n') {
        line++;
        i++;
        lineStart = i;
      } else if (Character.isWhitespace(ch)) {
        i++;
      } else if (text.startsWith("//", i)) {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (text.startsWith("/*", i) || text.startsWith("(*", i)) {
        String close = ch == '/' ? "*/" : "*)";
        int end = text.indexOf(close, i + 2);
        if (end < 0) {
          throw new FclParseException(source, line, col, text.substring(i, i + 2), "comment is not closed");
        }
        for (int k = i; k < end; k++) {
          if (text.charAt(k) == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        i = end + 2;
      } else if (Character.isLetter(ch) || ch == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        out.add(new Token(Kind.WORD, text.substring(start, i), line, col));
      } else if (Character.isDigit(ch) || ((ch == '-' || ch == '+' || ch == '.') && i + 1 < n
          && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '.'
              && ch != '.' && i + 2 < n && Character.isDigit(text.charAt(i + 2))))) {
        int start = i;
        if (ch == '-' || ch == '+') {
          i++;
        }
        while (i < n && Character.isDigit(text.charAt(i))) {
          i++;
        }
        if (i + 1 < n && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
          i++;
          while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
          }
        } else if (i < n && text.charAt(i) == '.' && !(i + 1 < n && text.charAt(i + 1) == '.')) {
          i++;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
          int save = i;
          i++;
          if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
          }
          if (i < n && Character.isDigit(text.charAt(i))) {
            while (i < n && Character.isDigit(text.charAt(i))) {
              i++;
            }
          } else {
            i = save;
          }
        }
        out.add(new Token(Kind.NUMBER, text.substring(start, i), line, col));
      } else if (text.startsWith(":=", i) || text.startsWith("..", i)) {
        out.add(new Token(Kind.SYMBOL, text.substring(i, i + 2), line, col));
        i += 2;
      } else if ("():;,".indexOf(ch) >= 0) {
        out.add(new Token(Kind.SYMBOL, String.valueOf(ch), line, col));
        i++;
      } else {
        throw new FclParseException(source, line, col, String.valueOf(ch), "unexpected character");
      }
    }
    out.add(new Token(Kind.END, "end of input", line, n - lineStart + 1));
    return out;
  }

  // --- Token helpers -----------------------------------------------------------------------------

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != Kind.END) {
      pos++;
    }
    return t;
  }

  private static boolean isWord(Token t, String keyword) {
    return t.kind() == Kind.WORD && t.text().equalsIgnoreCase(keyword);
  }

  private FclParseException error(Token t, String problem) {
    return new FclParseException(source, t.line(), t.column(), t.text(), problem);
  }

  private Token expectWord(String keyword) {
    Token t = next();
    if (!isWord(t, keyword)) {
      throw error(t, "expected " + keyword);
    }
    return t;
  }

  private Token expectSymbol(String symbol) {
    Token t = next();
    if (t.kind() != Kind.SYMBOL || !t.text().equals(symbol)) {
      throw error(t, "expected '" + symbol + "'");
    }
    return t;
  }

  private Token identifier(String what) {
    Token t = next();
    if (t.kind() != Kind.WORD) {
      throw error(t, "expected " + what);
    }
    return t;
  }

  private double number() {
    Token t = next();
    if (t.kind() != Kind.NUMBER) {
      throw error(t, "expected a number");
    }
    double v = Double.parseDouble(t.text());
    if (!Double.isFinite(v)) {
      throw error(t, "number out of range");
    }
    return v;
  }

  private boolean atSymbol(String symbol) {
    Token t = peek();
    return t.kind() == Kind.SYMBOL && t.text().equals(symbol);
  }

  // --- Grammar -----------------------------------------------------------------------------------

  private static final class VarDecl {
    final Token token;
    final boolean input;
    final List<Term> terms = new ArrayList<>();
    final List<Double> singletons = new ArrayList<>();
    final List<String> singletonNames = new ArrayList<>();
    Token block;
    double rangeMin = Double.NaN;
    double rangeMax = Double.NaN;
    Token method;
    double defaultValue = Double.NaN;

    VarDecl(Token token, boolean input) {
      this.token = token;
      this.input = input;
    }
  }

  private static final class Operators {
    Token and;
    Token or;
    Token act;
    Token accu;
  }

  private FuzzySystem file() {
    expectWord("FUNCTION_BLOCK");
    String name = "fcl";
    if (peek().kind() == Kind.WORD && !isSectionStart(peek())) {
      name = next().text();
    }
    Map<String, VarDecl> vars = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    List<Token> ruleTokens = new ArrayList<>();
    InferenceOptions options = null;
    Token optionsToken = null;
    while (!isWord(peek(), "END_FUNCTION_BLOCK")) {
      Token t = next();
      if (isWord(t, "VAR_INPUT") || isWord(t, "VAR_OUTPUT")) {
        declarations(vars, isWord(t, "VAR_INPUT"));
      } else if (isWord(t, "FUZZIFY") || isWord(t, "DEFUZZIFY")) {
        boolean input = isWord(t, "FUZZIFY");
        Token v = identifier("a variable name");
        VarDecl d = vars.get(v.text());
        if (d == null || d.input != input) {
          throw error(v, "'" + v.text() + "' is not declared in " + (input ? "VAR_INPUT" : "VAR_OUTPUT"));
        }
        if (d.block != null) {
          throw error(v, "variable '" + v.text() + "' already has a " + t.text().toUpperCase(Locale.ROOT)
              + " block at line " + d.block.line());
        }
        d.block = v;
        variableBlock(d, input ? "END_FUZZIFY" : "END_DEFUZZIFY");
      } else if (isWord(t, "RULEBLOCK")) {
        if (peek().kind() == Kind.WORD) {
          next();
        }
        Operators ops = new Operators();
        InferenceOptions blockOptions = ruleBlock(ops, rules, ruleTokens);
        if (options == null) {
          options = blockOptions;
          optionsToken = t;
        } else if (!options.equals(blockOptions)) {
          throw error(t, "this RULEBLOCK's operators " + blockOptions + " differ from those of the "
              + "RULEBLOCK at line " + optionsToken.line() + " " + options
              + "; one set of operators per function block is supported");
        }
      } else if (t.kind() == Kind.END) {
        throw error(t, "expected END_FUNCTION_BLOCK");
      } else if (isWord(t, "FUNCTION_BLOCK")) {
        throw error(t, "only one FUNCTION_BLOCK per text is supported");
      } else {
        throw error(t, "expected VAR_INPUT, VAR_OUTPUT, FUZZIFY, DEFUZZIFY, RULEBLOCK or END_FUNCTION_BLOCK");
      }
    }
    Token end = next();
    if (peek().kind() != Kind.END) {
      throw error(peek(), isWord(peek(), "FUNCTION_BLOCK")
          ? "only one FUNCTION_BLOCK per text is supported" : "expected end of input");
    }
    if (rules.isEmpty()) {
      throw error(end, "the function block has no rules");
    }
    return build(name, vars, rules, ruleTokens, options, end);
  }

  private static boolean isSectionStart(Token t) {
    for (String k : new String[] {"VAR_INPUT", "VAR_OUTPUT", "FUZZIFY", "DEFUZZIFY", "RULEBLOCK",
        "END_FUNCTION_BLOCK"}) {
      if (isWord(t, k)) {
        return true;
      }
    }
    return false;
  }

  private void declarations(Map<String, VarDecl> vars, boolean input) {
    while (!isWord(peek(), "END_VAR")) {
      Token v = identifier("a variable name or END_VAR");
      if (!Names.isIdentifier(v.text())) {
        throw error(v, "not a valid variable name");
      }
      if (vars.containsKey(v.text())) {
        throw error(v, "variable '" + v.text() + "' is declared twice");
      }
      expectSymbol(":");
      Token type = next();
      if (!isWord(type, "REAL")) {
        throw error(type, "expected REAL (the only supported type)");
      }
      expectSymbol(";");
      vars.put(v.text(), new VarDecl(v, input));
    }
    next();
  }

  private void variableBlock(VarDecl d, String endKeyword) {
    Set<String> termNames = new HashSet<>();
    while (!isWord(peek(), endKeyword)) {
      Token t = next();
      if (isWord(t, "TERM")) {
        Token name = identifier("a term name");
        if (!termNames.add(name.text())) {
          throw error(name, "term '" + name.text() + "' is defined twice");
        }
        expectSymbol(":=");
        Token start = peek();
        if (start.kind() == Kind.NUMBER && tokens.get(pos + 1).kind() == Kind.SYMBOL
            && tokens.get(pos + 1).text().equals(";")) {
          if (d.input) {
            throw error(start, "a singleton term is only allowed in DEFUZZIFY");
          }
          d.singletons.add(number());
          d.singletonNames.add(name.text());
        } else {
          MembershipFunction f = membership(start);
          try {
            d.terms.add(new Term(name.text(), f));
          } catch (IllegalArgumentException e) {
            throw error(name, e.getMessage());
          }
        }
        expectSymbol(";");
      } else if (isWord(t, "RANGE")) {
        expectSymbol(":=");
        expectSymbol("(");
        d.rangeMin = number();
        expectSymbol("..");
        Token maxToken = peek();
        d.rangeMax = number();
        if (!(d.rangeMax > d.rangeMin)) {
          throw error(maxToken, "RANGE maximum must be > minimum " + d.rangeMin);
        }
        expectSymbol(")");
        expectSymbol(";");
      } else if (!d.input && isWord(t, "METHOD")) {
        expectSymbol(":");
        d.method = identifier("a defuzzification method");
        method(d.method);
        expectSymbol(";");
      } else if (!d.input && isWord(t, "DEFAULT")) {
        expectSymbol(":=");
        if (isWord(peek(), "NC")) {
          next();
          d.defaultValue = Double.NaN;
        } else {
          d.defaultValue = number();
        }
        expectSymbol(";");
      } else {
        throw error(t, d.input ? "expected TERM, RANGE or " + endKeyword
            : "expected TERM, METHOD, DEFAULT, RANGE or " + endKeyword);
      }
    }
    next();
  }

  private MembershipFunction membership(Token start) {
    try {
      if (atSymbol("(")) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        while (atSymbol("(")) {
          next();
          xs.add(number());
          expectSymbol(",");
          ys.add(number());
          expectSymbol(")");
        }
        if (xs.size() == 1) {
          throw error(start, "a point list needs at least two points");
        }
        return MembershipFunction.piecewiseLinear(xs.stream().mapToDouble(Double::doubleValue).toArray(),
            ys.stream().mapToDouble(Double::doubleValue).toArray());
      }
      Token shape = identifier("a membership function (point list, TRIAN, TRAPE, GAUSS, GBELL, SIGM)");
      String s = shape.text().toUpperCase(Locale.ROOT);
      switch (s) {
        case "TRIAN":
          return MembershipFunction.triangular(number(), number(), number());
        case "TRAPE":
          return MembershipFunction.trapezoidal(number(), number(), number(), number());
        case "GAUSS":
          return MembershipFunction.gaussian(number(), number());
        case "GBELL":
          return MembershipFunction.generalizedBell(number(), number(), number());
        case "SIGM":
          return MembershipFunction.sigmoid(number(), number());
        default:
          throw error(shape, "unknown membership function (expected a point list, TRIAN, TRAPE, GAUSS, "
              + "GBELL or SIGM)");
      }
    } catch (FclParseException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw error(start, e.getMessage());
    }
  }

  private Defuzzification.Method method(Token t) {
    switch (t.text().toUpperCase(Locale.ROOT)) {
      case "COG":
      case "COGS":
        return Defuzzification.Method.CENTROID;
      case "COA":
        return Defuzzification.Method.BISECTOR;
      case "MM":
        return Defuzzification.Method.MEAN_OF_MAXIMUM;
      case "LM":
        return Defuzzification.Method.SMALLEST_OF_MAXIMUM;
      case "RM":
        return Defuzzification.Method.LARGEST_OF_MAXIMUM;
      default:
        throw error(t, "unsupported defuzzification method (expected COG, COGS, COA, MM, LM or RM)");
    }
  }

  private InferenceOptions ruleBlock(Operators ops, List<Rule> rules, List<Token> ruleTokens) {
    while (!isWord(peek(), "END_RULEBLOCK")) {
      Token t = next();
      if (isWord(t, "AND") || isWord(t, "OR") || isWord(t, "ACT") || isWord(t, "ACCU")) {
        expectSymbol(":");
        Token v = identifier("an operator");
        String key = t.text().toUpperCase(Locale.ROOT);
        String val = v.text().toUpperCase(Locale.ROOT);
        boolean ok;
        switch (key) {
          case "AND":
            ok = val.equals("MIN") || val.equals("PROD");
            ops.and = v;
            break;
          case "OR":
            ok = val.equals("MAX") || val.equals("ASUM");
            ops.or = v;
            break;
          case "ACT":
            ok = val.equals("MIN") || val.equals("PROD");
            ops.act = v;
            break;
          default:
            ok = val.equals("MAX") || val.equals("BSUM");
            ops.accu = v;
            break;
        }
        if (!ok) {
          throw error(v, "unsupported " + key + " operator (supported: AND MIN|PROD, OR MAX|ASUM, "
              + "ACT MIN|PROD, ACCU MAX|BSUM)");
        }
        expectSymbol(";");
      } else if (isWord(t, "RULE")) {
        Token label = next();
        if (label.kind() != Kind.WORD && label.kind() != Kind.NUMBER) {
          throw error(label, "expected a rule label");
        }
        expectSymbol(":");
        expectWord("IF");
        Condition when = orExpression();
        expectWord("THEN");
        List<Rule.Consequent> then = new ArrayList<>();
        do {
          Token out = identifier("an output variable");
          expectWord("IS");
          Token term = identifier("a term name");
          then.add(new Rule.Consequent(out.text(), term.text()));
          ruleTokens.add(out);
          ruleTokens.add(term);
        } while (atSymbol(",") && next() != null);
        double weight = 1.0;
        if (isWord(peek(), "WITH")) {
          next();
          Token w = peek();
          weight = number();
          if (!(weight >= 0 && weight <= 1)) {
            throw error(w, "rule weight must be in [0, 1]");
          }
        }
        expectSymbol(";");
        rules.add(new Rule(label.text(), when, then, weight));
        ruleTokens.add(label);
      } else {
        throw error(t, "expected AND, OR, ACT, ACCU, RULE or END_RULEBLOCK");
      }
    }
    next();
    InferenceOptions.And and = ops.and == null
        ? (ops.or != null && isWord(ops.or, "ASUM") ? InferenceOptions.And.PRODUCT : InferenceOptions.And.MIN)
        : (isWord(ops.and, "PROD") ? InferenceOptions.And.PRODUCT : InferenceOptions.And.MIN);
    InferenceOptions.Or or = ops.or == null
        ? (and == InferenceOptions.And.PRODUCT ? InferenceOptions.Or.PROBABILISTIC_SUM
            : InferenceOptions.Or.MAX)
        : (isWord(ops.or, "ASUM") ? InferenceOptions.Or.PROBABILISTIC_SUM : InferenceOptions.Or.MAX);
    InferenceOptions.Implication act = ops.act != null && isWord(ops.act, "PROD")
        ? InferenceOptions.Implication.PRODUCT : InferenceOptions.Implication.MIN;
    InferenceOptions.Aggregation accu = ops.accu != null && isWord(ops.accu, "BSUM")
        ? InferenceOptions.Aggregation.BOUNDED_SUM : InferenceOptions.Aggregation.MAX;
    return new InferenceOptions(and, or, act, accu);
  }

  private final Map<Condition.Is, Token[]> clauseTokens = new HashMap<>();

  private Condition orExpression() {
    Condition c = andExpression();
    while (isWord(peek(), "OR")) {
      next();
      c = c.or(andExpression());
    }
    return c;
  }

  private Condition andExpression() {
    Condition c = unary();
    while (isWord(peek(), "AND")) {
      next();
      c = c.and(unary());
    }
    return c;
  }

  private Condition unary() {
    if (isWord(peek(), "NOT")) {
      next();
      return Condition.not(unary());
    }
    if (atSymbol("(")) {
      next();
      Condition c = orExpression();
      expectSymbol(")");
      return c;
    }
    Token v = identifier("a variable name, NOT or '('");
    expectWord("IS");
    boolean negated = false;
    if (isWord(peek(), "NOT")) {
      next();
      negated = true;
    }
    Token term = identifier("a term name");
    Condition.Is is = new Condition.Is(v.text(), term.text());
    clauseTokens.putIfAbsent(is, new Token[] {v, term});
    return negated ? Condition.not(is) : is;
  }

  // --- Assembly ----------------------------------------------------------------------------------

  private FuzzySystem build(String name, Map<String, VarDecl> vars, List<Rule> rules,
      List<Token> ruleTokens, InferenceOptions options, Token end) {
    List<LinguisticVariable> inputs = new ArrayList<>();
    List<OutputVariable> outputs = new ArrayList<>();
    for (VarDecl d : vars.values()) {
      if (d.block == null) {
        throw error(d.token, "variable '" + d.token.text() + "' has no " + (d.input ? "FUZZIFY" : "DEFUZZIFY")
            + " block");
      }
      if (d.terms.isEmpty() && d.singletons.isEmpty()) {
        throw error(d.block, "variable '" + d.token.text() + "' has no terms");
      }
      if (!d.singletons.isEmpty()) {
        if (!d.terms.isEmpty()) {
          throw error(d.block, "output '" + d.token.text()
              + "' mixes singleton and membership-function terms");
        }
        if (d.method != null && !isWord(d.method, "COGS") && !isWord(d.method, "COG")) {
          throw error(d.method, "singleton (Sugeno) outputs are defuzzified by COGS");
        }
        List<SugenoTerm> terms = new ArrayList<>();
        for (int k = 0; k < d.singletons.size(); k++) {
          terms.add(SugenoTerm.constant(d.singletonNames.get(k), d.singletons.get(k)));
        }
        outputs.add(new OutputVariable.Sugeno(d.token.text(), terms, d.defaultValue));
        continue;
      }
      if (d.method != null && isWord(d.method, "COGS")) {
        throw error(d.method, "COGS needs singleton terms");
      }
      double min = d.rangeMin;
      double max = d.rangeMax;
      if (Double.isNaN(min)) {
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        for (Term t : d.terms) {
          min = Math.min(min, t.function().spanStart());
          max = Math.max(max, t.function().spanEnd());
        }
      }
      LinguisticVariable v = new LinguisticVariable(d.token.text(), min, max, d.terms);
      if (d.input) {
        inputs.add(v);
      } else {
        Defuzzification.Method m = d.method == null ? Defuzzification.Method.CENTROID : method(d.method);
        outputs.add(new OutputVariable.Mamdani(v, new Defuzzification(m, template.points(),
            template.grid(), template.integration(), d.defaultValue)));
      }
    }
    if (inputs.isEmpty() || outputs.isEmpty()) {
      throw error(end, "the function block needs at least one input and one output");
    }
    checkRules(vars, rules, ruleTokens);
    try {
      return new FuzzySystem(Names.isIdentifier(name) ? name : "fcl", inputs, outputs, rules, options);
    } catch (IllegalArgumentException e) {
      throw error(end, e.getMessage());
    }
  }

  private void checkRules(Map<String, VarDecl> vars, List<Rule> rules, List<Token> ruleTokens) {
    for (Map.Entry<Condition.Is, Token[]> e : clauseTokens.entrySet()) {
      Token[] at = e.getValue();
      VarDecl d = vars.get(at[0].text());
      if (d == null || !d.input) {
        throw error(at[0], "'" + at[0].text() + "' is not an input variable");
      }
      if (d.terms.stream().noneMatch(t -> t.name().equals(at[1].text()))) {
        throw error(at[1], "input '" + at[0].text() + "' has no term '" + at[1].text() + "'");
      }
    }
    Set<String> labels = new HashSet<>();
    int k = 0;
    for (Rule r : rules) {
      for (int c = 0; c < r.consequents().size(); c++) {
        Token out = ruleTokens.get(k++);
        Token term = ruleTokens.get(k++);
        VarDecl d = vars.get(out.text());
        if (d == null || d.input) {
          throw error(out, "'" + out.text() + "' is not an output variable");
        }
        boolean known = d.terms.stream().anyMatch(t -> t.name().equals(term.text()))
            || d.singletonNames.contains(term.text());
        if (!known) {
          throw error(term, "output '" + out.text() + "' has no term '" + term.text() + "'");
        }
      }
      Token label = ruleTokens.get(k++);
      if (!labels.add(r.label())) {
        throw error(label, "rule label '" + r.label() + "' is used twice");
      }
    }
  }
}
