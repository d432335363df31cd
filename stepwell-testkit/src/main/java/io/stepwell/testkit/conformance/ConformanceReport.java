package io.stepwell.testkit.conformance;

import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a conformance run: counts, the summary line, and a machine-readable form.
 *
 * @param results one per case, in the order they ran
 */
public record ConformanceReport(List<CaseResult> results) {
  public ConformanceReport {
    results = List.copyOf(results);
  }

  public long count(CaseStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** {@code N passed, N failed, N skipped}. */
  public String summary() {
    return count(CaseStatus.PASS)
        + " passed, "
        + count(CaseStatus.FAIL)
        + " failed, "
        + count(CaseStatus.SKIP)
        + " skipped";
  }

  /**
   * The report as JSON: {@code {"passed", "failed", "skipped", "cases": [{"name", "folder",
   * "status", "reason", "jsonPathMode"}]}}.
   */
  public String toJson() {
    List<Object> cases = new ArrayList<>();
    for (CaseResult r : results) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", r.name());
      c.put("folder", r.folder());
      c.put("status", r.status().name());
      c.put("reason", r.reason());
      c.put("jsonPathMode", r.jsonPathMode());
      cases.add(c);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("passed", count(CaseStatus.PASS));
    report.put("failed", count(CaseStatus.FAIL));
    report.put("skipped", count(CaseStatus.SKIP));
    report.put("cases", cases);
    return Json.writePretty(report);
  }
}
