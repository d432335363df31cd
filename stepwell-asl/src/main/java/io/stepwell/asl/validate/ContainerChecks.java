package io.stepwell.asl.validate;

import io.stepwell.asl.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top level of a definition and the state machines nested in it (Parallel branches, Map item
 * processors): {@code StartAt}, {@code States}, and each state's name.
 */
final class ContainerChecks {
  private static final Set<String> TOP_LEVEL =
      Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage");
  private static final int MAX_STATE_NAME = 80;

  private ContainerChecks() {}

  static void checkMachine(Map<String, Object> definition, Walk walk) {
    Node top = new Node(definition, Location.ROOT, walk.findings());
    if (top.has("QueryLanguage")) {
      Language l = Language.of(top.get("QueryLanguage"));
      if (l == null) {
        top.oneOf("QueryLanguage", languageNames());
      } else {
        walk.machineLanguage(l);
      }
    }
    if (top.require(List.of("States", "StartAt"))) {
      top.allowOnly(TOP_LEVEL);
    }
    top.string("Comment");
    top.string("Version");
    top.integerAtLeast("TimeoutSeconds", 0, Language.JSONPATH);
    checkStates(top, walk);
  }

  /** A Parallel branch or a Map's ItemProcessor (or Iterator). */
  static void checkNested(Node body, Set<String> extraFields, Walk walk) {
    Set<String> allowed = new HashSet<>(Set.of("StartAt", "States", "Comment"));
    allowed.addAll(extraFields);
    if (body.require(List.of("StartAt", "States"))) {
      body.allowOnly(allowed);
    }
    body.string("Comment");
    checkStates(body, walk);
  }

  private static void checkStates(Node body, Walk walk) {
    body.string("StartAt");
    if (!body.has("States")) {
      return;
    }
    Node states = Node.of(body.get("States"), "States", body.loc("States"), walk.findings());
    if (states == null) {
      return;
    }
    if (states.fields().isEmpty()) {
      states.schema(Messages.emptyValue());
      return;
    }
    walk.addContainer(new Walk.Container(body.at(), body.fields()));
    for (Map.Entry<String, Object> e : states.fields().entrySet()) {
      String name = e.getKey();
      Location at = states.loc(name);
      if (name.length() > MAX_STATE_NAME) {
        walk.findings().error(Messages.INVALID_STATE_NAME, Messages.stateNameTooLong(name), at);
      }
      if (!walk.firstUseOf(name)) {
        walk.findings().error(Messages.DUPLICATE_STATE_NAME, Messages.duplicateStateName(name), at);
      }
      if (e.getValue() instanceof Map<?, ?>) {
        StateChecks.check(name, new Node(Json.asObject(e.getValue()), at, walk.findings()), walk);
      } else {
        walk.findings().schema(Messages.wrongType(name, "an object"), at);
      }
    }
  }

  static List<String> languageNames() {
    return List.of(Language.JSONPATH.text(), Language.JSONATA.text());
  }
}
