package io.stepwell.testkit.conformance;

/**
 * The outcome of one case.
 *
 * @param name the case's name
 * @param folder the corpus folder it came from, e.g. {@code pure}
 * @param status pass, fail or skip
 * @param reason why it failed or was skipped (the first difference, precisely), else empty
 * @param jsonPathMode whether the case uses only JSONPath-mode ASL (no JSONata, Assign, variables)
 */
public record CaseResult(
    String name, String folder, CaseStatus status, String reason, boolean jsonPathMode) {

  /** {@code PASS name}, {@code FAIL name: reason} or {@code SKIP name: reason}. */
  public String line() {
    return status == CaseStatus.PASS ? "PASS " + name : status + " " + name + ": " + reason;
  }
}
