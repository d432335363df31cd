package io.stepwell.testkit.conformance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checked-in list of cases known to fail, one {@code name<TAB>reason} a line; blank lines and
 * lines starting with {@code #} are comments. A case on the list that fails is expected; one that
 * fails off the list, or passes on it, is news.
 */
public final class KnownFailures {
  private final Map<String, String> reasons;

  private KnownFailures(Map<String, String> reasons) {
    this.reasons = Collections.unmodifiableMap(reasons);
  }

  /**
   * Reads the list.
   *
   * @throws IllegalArgumentException for a line without a tab or a reason, or a name listed twice
   */
  public static KnownFailures parse(List<String> lines) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || line.substring(tab + 1).isBlank()) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " is not 'name<TAB>reason': " + line);
      }
      String name = line.substring(0, tab);
      if (reasons.put(name, line.substring(tab + 1).strip()) != null) {
        throw new IllegalArgumentException("line " + (i + 1) + " lists " + name + " again");
      }
    }
    return new KnownFailures(reasons);
  }

  public boolean contains(String name) {
    return reasons.containsKey(name);
  }

  /** Why the case is known to fail, or {@code null} when it is not listed. */
  public String reason(String name) {
    return reasons.get(name);
  }

  /** The listed cases that passed in {@code results}: their lines should go. */
  public List<String> nowPassing(List<CaseResult> results) {
    return results.stream()
        .filter(r -> r.status() == CaseStatus.PASS && contains(r.name()))
        .map(CaseResult::name)
        .toList();
  }

  /** The listed names that are not among the cases of {@code results}. */
  public List<String> stale(List<CaseResult> results) {
    Set<String> ran =
        results.stream().map(CaseResult::name).collect(java.util.stream.Collectors.toSet());
    return names().stream().filter(n -> !ran.contains(n)).toList();
  }

  public Set<String> names() {
    return reasons.keySet();
  }

  /** The list line for a result: {@code name<TAB>reason}. */
  public static String line(CaseResult result) {
    return result.name() + "\t" + result.reason().replace('\t', ' ').replace('\n', ' ');
  }
}
