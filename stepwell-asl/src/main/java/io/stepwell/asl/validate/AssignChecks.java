package io.stepwell.asl.validate;

/**
 * An {@code Assign} field, wherever AWS allows one (a state's top level except Succeed and Fail, a
 * top-level Choice rule, a catcher): a JSON object whose keys name variables and whose values are a
 * payload template (JSONPath) or JSON holding {@code {% %}} expressions (JSONata).
 */
final class AssignChecks {
  private AssignChecks() {}

  static void check(Object value, Location at, Language language, Findings findings) {
    Node assign = Node.of(value, "Assign", at, findings);
    if (assign == null) {
      return;
    }
    for (String key : assign.fields().keySet()) {
      String problem = VariableNames.problem(VariableNames.assigned(key, language));
      if (problem != null) {
        findings.schema(problem, at.field(key));
      }
    }
    PayloadChecks.check(value, at, language, findings);
  }
}
