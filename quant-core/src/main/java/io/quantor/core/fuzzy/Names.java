package io.quantor.core.fuzzy;

import io.quantor.core.internal.Args;

/** Identifier checks shared by variables, terms and rules (package private). */
final class Names {

  private Names() {
  }

  static String check(String name, String what) {
    Args.notNull(name, what);
    if (!isIdentifier(name)) {
      throw new IllegalArgumentException(what + " must be an identifier (letters, digits, '_', not "
          + "starting with a digit), was '" + name + "'");
    }
    return name;
  }

  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(Character.isLetterOrDigit(ch) || ch == '_')) {
        return false;
      }
    }
    return true;
  }
}
