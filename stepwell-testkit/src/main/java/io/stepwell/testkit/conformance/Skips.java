package io.stepwell.testkit.conformance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Why a case cannot be checked by the in-memory runner, if it cannot. */
final class Skips {
  private static final Set<String> SUPPORTED_ACTIONS = Set.of("stop_execution");

  private Skips() {}

  static Optional<String> reason(ConformanceCase c, Optional<CaseFunctions> functions) {
    if (c.isDefinitionCheck()) {
      return Optional.of("definition-validation case (invalid/): there is no execution to run");
    }
    List<String> missing = c.needs().stream().filter(n -> !n.equals("lambda")).toList();
    if (!missing.isEmpty()) {
      return Optional.of("needs what the in-memory runner lacks: " + String.join(", ", missing));
    }
    if (functions.isEmpty()) {
      List<String> handlers =
          c.needsDetail().stream().map(n -> String.valueOf(n.get("handler_file"))).toList();
      return Optional.of("needs a function that is not a test function: " + handlers);
    }
    for (String action : c.driverActions()) {
      if (!SUPPORTED_ACTIONS.contains(action)) {
        return Optional.of("driver action '" + action + "' is not supported");
      }
    }
    Map<String, Object> expected = c.expected();
    if (!(expected.get("status") instanceof String)) {
      return Optional.of("no status was recorded");
    }
    return Optional.empty();
  }
}
