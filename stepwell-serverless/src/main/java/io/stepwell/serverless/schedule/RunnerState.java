package io.stepwell.serverless.schedule;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a runner execution carries from state to state (its state input): which deploy started the
 * chain ({@code generation}, the runner's revision), when the rule was created ({@code start}), the
 * next fire time ({@code at}) and how many rounds this execution has run.
 */
record RunnerState(long generation, Instant start, Instant at, long round) {
  static RunnerState of(Object value) {
    Map<?, ?> m = value instanceof Map<?, ?> map ? map : Map.of();
    return new RunnerState(
        m.get("generation") instanceof Number n ? n.longValue() : -1,
        m.get("start") instanceof String s ? Instant.parse(s) : null,
        m.get("at") instanceof String a ? Instant.parse(a) : null,
        m.get("round") instanceof Number r ? r.longValue() : 0);
  }

  /** The first state of a chain started by a deploy. */
  static Map<String, Object> initial(long generation) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generation", generation);
    return m;
  }

  Map<String, Object> scheduled(Instant ruleStart, Instant next) {
    Map<String, Object> m = base();
    m.put("start", ruleStart.toString());
    m.put("at", next.toString());
    return m;
  }

  Map<String, Object> fired(int rounds) {
    Map<String, Object> m = base();
    m.put("round", round + 1);
    m.put("continue", round + 1 >= rounds);
    return m;
  }

  Map<String, Object> stopped() {
    Map<String, Object> m = base();
    m.put("stop", true);
    return m;
  }

  /** The input of the execution that carries on after this one. */
  Map<String, Object> successor() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generation", generation);
    if (start != null) {
      m.put("start", start.toString());
    }
    if (at != null) {
      m.put("at", at.toString());
    }
    return m;
  }

  private Map<String, Object> base() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generation", generation);
    if (start != null) {
      m.put("start", start.toString());
    }
    if (at != null) {
      m.put("at", at.toString());
    }
    m.put("round", round);
    // a Choice on a missing field would fail the runner
    m.put("stop", false);
    m.put("continue", false);
    return m;
  }
}
