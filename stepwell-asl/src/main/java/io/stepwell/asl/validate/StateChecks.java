package io.stepwell.asl.validate;

import java.util.List;

/**
 * What every state is checked for: its type, its query language, the fields it may have, where it
 * goes next, and the data-flow fields it shares with other types. Type-specific checks follow.
 */
final class StateChecks {
  private StateChecks() {}

  static void check(String name, Node node, Walk walk) {
    if (!node.require(List.of("Type"))) {
      return;
    }
    StateKind kind = StateKind.of(node.get("Type"));
    if (kind == null) {
      node.findings().schema(Messages.oneOfValues("Type", StateKind.typeNames()), node.loc("Type"));
      return;
    }
    StateScope s = new StateScope(name, node, kind, language(node, walk), walk);
    if (node.require(requiredFields(kind))) {
      reportFields(s);
    }
    flow(s);
    node.string("Comment");
    dataFields(s);
    switch (kind) {
      case TASK -> TaskChecks.check(s);
      case PASS -> passResult(s);
      case CHOICE -> ChoiceChecks.check(s);
      case WAIT -> WaitChecks.check(s);
      case FAIL -> failFields(s);
      case PARALLEL -> branches(s);
      case MAP -> MapChecks.check(s);
      case SUCCEED -> {}
    }
    ErrorHandlerChecks.check(s);
    StatesFieldChecks.check(s);
  }

  /** The state's own language, else the machine's; a JSONata machine admits no JSONPath state. */
  private static Language language(Node node, Walk walk) {
    Language machine = walk.machineLanguage();
    if (!node.has("QueryLanguage")) {
      return machine;
    }
    Language own = Language.of(node.get("QueryLanguage"));
    if (own == null) {
      node.oneOf("QueryLanguage", ContainerChecks.languageNames());
      return machine;
    }
    if (machine == Language.JSONATA && own == Language.JSONPATH) {
      node.schema(Messages.queryLanguageDowngrade());
      return machine;
    }
    return own;
  }

  private static List<String> requiredFields(StateKind kind) {
    return switch (kind) {
      case TASK -> List.of("Resource");
      case CHOICE -> List.of("Choices");
      case PARALLEL -> List.of("Branches");
      default -> List.of();
    };
  }

  private static void reportFields(StateScope s) {
    for (String field : s.node().fields().keySet()) {
      Language only = StateKind.onlyIn(field);
      if (!s.kind().supports(field)) {
        s.node().schema(Messages.notSupported(field));
      } else if (only != null && only != s.language()) {
        s.node().schema(Messages.onlyForOtherLanguage(s.language(), field));
      }
    }
  }

  /** Exactly one of {@code Next} and {@code End: true} for the types that move on. */
  private static void flow(StateScope s) {
    if (!s.kind().flows()) {
      return;
    }
    Node node = s.node();
    boolean next = node.has("Next");
    boolean end = Boolean.TRUE.equals(node.get("End"));
    if (next && end) {
      node.schema(Messages.onlyOneOf(List.of("Next", "End")));
    } else if (!next && !end) {
      node.schema(Messages.exactlyOneOf(List.of("Next", "End")));
    }
    node.string("Next");
    node.bool("End");
  }

  private static void dataFields(StateScope s) {
    Node node = s.node();
    for (String path : List.of("InputPath", "OutputPath")) {
      if (s.uses(path)) {
        node.path(path, true);
      }
    }
    if (s.uses("ResultPath")) {
      node.resultPath("ResultPath");
    }
    for (String template : List.of("Parameters", "ResultSelector")) {
      if (s.uses(template)) {
        if (template.equals("ResultSelector")) {
          Node.of(node.get(template), template, node.loc(template), s.findings());
        }
        PayloadChecks.template(node.get(template), node.loc(template), s.findings());
      }
    }
    if (s.uses("Assign")) {
      AssignChecks.check(node.get("Assign"), node.loc("Assign"), s.language(), s.findings());
    }
    for (String jsonata : List.of("Output", "Arguments")) {
      if (s.uses(jsonata)) {
        PayloadChecks.jsonata(node.get(jsonata), node.loc(jsonata), s.findings());
      }
    }
  }

  private static void passResult(StateScope s) {
    if (s.uses("Result") && PayloadChecks.hasDollarKey(s.node().get("Result"))) {
      s.findings()
          .warning(
              Messages.PASS_RESULT_IS_STATIC,
              Messages.passResultIsStatic(),
              s.node().loc("Result"));
    }
  }

  private static void failFields(StateScope s) {
    Node node = s.node();
    node.exclusive("Error", "ErrorPath");
    node.exclusive("Cause", "CausePath");
    node.string("Error");
    node.string("Cause");
    for (String path : List.of("ErrorPath", "CausePath")) {
      if (s.uses(path)) {
        node.pathOrIntrinsic(path);
      }
    }
  }

  private static void branches(StateScope s) {
    Node node = s.node();
    if (!node.has("Branches")) {
      return;
    }
    List<Object> branches = node.nonEmptyArray("Branches");
    if (branches == null) {
      return;
    }
    for (int i = 0; i < branches.size(); i++) {
      Location at = node.loc("Branches").index(i);
      Node branch = Node.of(branches.get(i), "Branches", at, s.findings());
      if (branch != null) {
        ContainerChecks.checkNested(branch, java.util.Set.of(), s.walk());
      }
    }
  }
}
