package io.stepwell.asl.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one validation run: where findings go, what kind of state machine it is, the
 * language set at the top, and what the graph checks need once the schema checks are done.
 */
final class Walk {
  /** A set of states with its own {@code StartAt}: the machine, a branch or an item processor. */
  record Container(Location at, Map<String, Object> body) {}

  private final Findings findings;
  private final boolean express;
  private Language machineLanguage = Language.JSONPATH;
  private final List<Container> containers = new ArrayList<>();
  private final Set<String> stateNames = new HashSet<>();

  Walk(Findings findings, boolean express) {
    this.findings = findings;
    this.express = express;
  }

  Findings findings() {
    return findings;
  }

  boolean express() {
    return express;
  }

  Language machineLanguage() {
    return machineLanguage;
  }

  void machineLanguage(Language language) {
    this.machineLanguage = language;
  }

  void addContainer(Container c) {
    containers.add(c);
  }

  List<Container> containers() {
    return containers;
  }

  /** True the first time a state name is seen anywhere in the machine. */
  boolean firstUseOf(String stateName) {
    return stateNames.add(stateName);
  }
}
