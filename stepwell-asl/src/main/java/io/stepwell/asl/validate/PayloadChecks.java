package io.stepwell.asl.validate;

import java.util.List;
import java.util.Map;

/**
 * Payload templates ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}, {@code
 * Assign} with JSONPath) and JSONata-valued fields: every {@code .$} key must hold a JSONPath or an
 * intrinsic call; every string that opens a JSONata expression must close it.
 */
final class PayloadChecks {
  private PayloadChecks() {}

  /** A field in the language in force: a JSONPath template or a JSONata value. */
  static void check(Object value, Location at, Language language, Findings findings) {
    if (language == Language.JSONATA) {
      jsonata(value, at, findings);
    } else {
      template(value, at, findings);
    }
  }

  /** A JSONPath payload template, at any depth. */
  static void template(Object value, Location at, Findings findings) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = (String) e.getKey();
        Location here = at.field(key);
        if (key.endsWith(".$")) {
          if (!Values.isPathOrIntrinsic(e.getValue())) {
            findings.schema(Messages.invalidDollarValue(key), here);
          }
        } else {
          if (looksLikePath(e.getValue())) {
            findings.warning(Messages.NO_DOLLAR, Messages.noDollar(key), here);
          }
          template(e.getValue(), here, findings);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        template(list.get(i), at.index(i), findings);
      }
    }
  }

  /** JSONata-valued content, at any depth: each expression opened must be closed. */
  static void jsonata(Object value, Location at, Findings findings) {
    if (Values.isBrokenJsonata(value)) {
      findings.schema(Messages.jsonataString(), at);
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        jsonata(e.getValue(), at.field((String) e.getKey()), findings);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        jsonata(list.get(i), at.index(i), findings);
      }
    }
  }

  /** Whether an object, at any depth, has a {@code .$} key: a template where none is evaluated. */
  static boolean hasDollarKey(Object value) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (((String) e.getKey()).endsWith(".$") || hasDollarKey(e.getValue())) {
          return true;
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (hasDollarKey(item)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean looksLikePath(Object value) {
    return value instanceof String s
        && (s.startsWith("$.") || s.startsWith("$$.") || IntrinsicSyntax.isValidCall(s));
  }
}
