package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's {@code comparison.snapshot_transformers}, applied to a run's snapshot as the recorder
 * applied them to AWS's: {@code regex} ones on the JSON text (with this case's function names where
 * the recorder had its own), {@code jsonpath} ones on the document. A regex that matched a value
 * only known during the recording ({@code @@UNRESOLVED:...@@}) cannot be replayed: its replacement
 * becomes a wildcard token instead. The parallel-history transformer is {@link ParallelNormaliser}.
 */
final class RecorderTransforms {
  static final String PARALLEL = "SfnNoneRecursiveParallelTransformer";

  /** Kinds that change nothing the corpus kept (e.g. decoding JSON text, already done). */
  private static final Set<String> NO_OPS = Set.of("GenericTransformer");

  private static final Pattern UNRESOLVED = Pattern.compile("@@UNRESOLVED:.*?@@");

  private final List<Map<String, Object>> transformers;
  private final CaseFunctions functions;

  RecorderTransforms(ConformanceCase c, CaseFunctions functions) {
    this.transformers = c.snapshotTransformers();
    this.functions = functions;
  }

  /** Why the transformers cannot be reproduced, if one of them cannot. */
  Optional<String> unsupported() {
    for (Map<String, Object> t : transformers) {
      String kind = String.valueOf(t.get("kind"));
      switch (kind) {
        case "regex", PARALLEL -> {}
        case "jsonpath" -> {
          try {
            DeepPath.parse(String.valueOf(t.get("jsonpath")));
          } catch (IllegalArgumentException e) {
            return Optional.of("recorder transformer path not supported: " + t.get("jsonpath"));
          }
        }
        default -> {
          if (!NO_OPS.contains(kind)) {
            return Optional.of("recorder transformer '" + kind + "' cannot be reproduced");
          }
        }
      }
    }
    return Optional.empty();
  }

  boolean normalisesParallelBranches() {
    return transformers.stream().anyMatch(t -> PARALLEL.equals(t.get("kind")));
  }

  /** Replacements of regexes that cannot be replayed: wildcards in this case's comparison. */
  Set<String> unresolvedReplacements() {
    Set<String> tokens = new HashSet<>();
    for (Map<String, Object> t : transformers) {
      if ("regex".equals(t.get("kind")) && regexForRun(t).isEmpty()) {
        tokens.add(String.valueOf(t.get("replacement")));
      }
    }
    return tokens;
  }

  /**
   * Applies the recorder's defaults ({@link RecorderDefaults}), then the case's jsonpath
   * transformers, then its regex ones; returns the transformed document.
   */
  Object apply(Object snapshot) {
    Object document = RecorderDefaults.apply(snapshot);
    for (Map<String, Object> t : transformers) {
      if ("jsonpath".equals(t.get("kind"))) {
        applyJsonPath(document, t);
      }
    }
    String text = Json.write(document);
    for (Map<String, Object> t : transformers) {
      if ("regex".equals(t.get("kind"))) {
        Optional<String> regex = regexForRun(t);
        if (regex.isPresent()) {
          String replacement = javaReplacement(String.valueOf(t.get("replacement")));
          text = Pattern.compile(regex.get()).matcher(text).replaceAll(replacement);
        }
      }
    }
    return Json.parse(text);
  }

  /**
   * The recorder's regex with this case's function names and ARNs in place of its placeholders, or
   * empty when it matched a value of the recording run.
   */
  private Optional<String> regexForRun(Map<String, Object> transformer) {
    String regex = String.valueOf(transformer.get("regex"));
    for (int i = 0; i < functions.size(); i++) {
      regex = regex.replace("@@LAMBDA_ARN:" + i + "@@", Pattern.quote(functions.arn(i)));
      regex = regex.replace("@@LAMBDA_NAME:" + i + "@@", Pattern.quote(functions.name(i)));
    }
    if (UNRESOLVED.matcher(regex).find() || regex.contains("@@LAMBDA_")) {
      return Optional.empty();
    }
    return Optional.of(regex.replace("(?P<", "(?<"));
  }

  /**
   * LocalStack's JsonpathTransformer: the selected values become the replacement; with {@code
   * replace_reference} they become {@code <replacement:N>}, and so does every other occurrence of
   * the same text.
   */
  private static void applyJsonPath(Object document, Map<String, Object> transformer) {
    String replacement = String.valueOf(transformer.get("replacement"));
    boolean byReference = Boolean.TRUE.equals(transformer.get("replace_reference"));
    List<DeepPath.Location> found =
        DeepPath.parse(String.valueOf(transformer.get("jsonpath"))).find(document);
    Map<String, String> references = new LinkedHashMap<>();
    for (DeepPath.Location at : found) {
      if (byReference && at.value() instanceof String original) {
        String reference =
            references.computeIfAbsent(
                original, o -> "<" + replacement + ":" + (references.size() + 1) + ">");
        at.set(reference);
      } else {
        at.set(replacement);
      }
    }
    if (!references.isEmpty()) {
      replaceStrings(document, references);
    }
  }

  @SuppressWarnings("unchecked")
  private static void replaceStrings(Object node, Map<String, String> references) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        if (e.getValue() instanceof String s) {
          e.setValue(replaceAll(s, references));
        } else {
          replaceStrings(e.getValue(), references);
        }
      }
    } else if (node instanceof List<?> list) {
      List<Object> items = (List<Object>) list;
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof String s) {
          items.set(i, replaceAll(s, references));
        } else {
          replaceStrings(items.get(i), references);
        }
      }
    }
  }

  private static String replaceAll(String s, Map<String, String> references) {
    String out = s;
    for (Map.Entry<String, String> r : references.entrySet()) {
      out = out.replace(r.getKey(), r.getValue());
    }
    return out;
  }

  /**
   * A Python {@code re.sub} replacement in Java's syntax: {@code \g<n>} and {@code \1} are group
   * references, {@code \n}, {@code \t}, {@code \r} and {@code \\} the characters, and any other
   * escape stays as written, backslash included.
   */
  static String javaReplacement(String python) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < python.length()) {
      char c = python.charAt(i);
      if (c == '\\' && i + 1 < python.length()) {
        char next = python.charAt(i + 1);
        Matcher named = Pattern.compile("g<(\\w+)>").matcher(python).region(i + 1, python.length());
        if (named.lookingAt()) {
          String group = named.group(1);
          out.append(group.chars().allMatch(Character::isDigit) ? "$" + group : "${" + group + "}");
          i = named.end();
          continue;
        }
        if (Character.isDigit(next)) {
          out.append('$').append(next);
        } else if (next == 'n' || next == 't' || next == 'r') {
          out.append(next == 'n' ? "\n" : next == 't' ? "\t" : "\r");
        } else if (next == '\\') {
          out.append("\\\\");
        } else {
          out.append("\\\\").append(Matcher.quoteReplacement(String.valueOf(next)));
        }
        i += 2;
      } else {
        out.append(Matcher.quoteReplacement(String.valueOf(c)));
        i++;
      }
    }
    return out.toString();
  }
}
