package io.stepwell.asl.validate;

import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Variable scopes. The states of a machine share one scope; each Parallel branch and each Map item
 * processor has its own, which reads the outer ones and cannot assign to them. A Map or Parallel
 * state's own {@code Assign} and its catchers' are in the scope the state is in. As AWS documents
 * ("a variable assigned in an inner scope cannot have the same name as one assigned in an outer
 * scope"), an inner scope assigning a name any outer scope assigns is refused, wherever in the
 * outer scope that assignment is written.
 */
final class VariableScopes {
  private record Inner(Location at, Map<String, Object> body) {}

  private VariableScopes() {}

  static void check(Map<String, Object> definition, Walk walk) {
    scope(definition, Location.ROOT, Set.of(), walk);
  }

  private static void scope(Map<String, Object> body, Location at, Set<String> outer, Walk walk) {
    if (!(body.get("States") instanceof Map<?, ?> states)) {
      return;
    }
    Map<String, List<Location>> assigned = new LinkedHashMap<>();
    List<Inner> inner = new ArrayList<>();
    for (Map.Entry<?, ?> e : states.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> value) {
        Map<String, Object> state = Json.asObject(value);
        Location stateAt = at.field("States").field(String.valueOf(e.getKey()));
        Language language = language(state, walk);
        collect(state.get("Assign"), stateAt.field("Assign"), language, assigned);
        for (String field : List.of("Choices", "Catch")) {
          if (state.get(field) instanceof List<?> entries) {
            for (int i = 0; i < entries.size(); i++) {
              if (entries.get(i) instanceof Map<?, ?> entry) {
                Location entryAt = stateAt.field(field).index(i).field("Assign");
                collect(entry.get("Assign"), entryAt, language, assigned);
              }
            }
          }
        }
        innerScopes(state, stateAt, inner);
      }
    }
    for (Map.Entry<String, List<Location>> e : assigned.entrySet()) {
      if (outer.contains(e.getKey())) {
        for (Location where : e.getValue()) {
          walk.findings().schema(Messages.variableAssignedInOuterScope(e.getKey()), where);
        }
      }
    }
    Set<String> visible = new HashSet<>(outer);
    visible.addAll(assigned.keySet());
    for (Inner i : inner) {
      scope(i.body(), i.at(), visible, walk);
    }
  }

  private static void innerScopes(Map<String, Object> state, Location at, List<Inner> inner) {
    for (String field : List.of("ItemProcessor", "Iterator")) {
      if (state.get(field) instanceof Map<?, ?> processor) {
        inner.add(new Inner(at.field(field), Json.asObject(processor)));
      }
    }
    if (state.get("Branches") instanceof List<?> branches) {
      for (int i = 0; i < branches.size(); i++) {
        if (branches.get(i) instanceof Map<?, ?> branch) {
          inner.add(new Inner(at.field("Branches").index(i), Json.asObject(branch)));
        }
      }
    }
  }

  /** The well-formed names an Assign object assigns, with where each is written. */
  private static void collect(
      Object assign, Location at, Language language, Map<String, List<Location>> assigned) {
    if (!(assign instanceof Map<?, ?> fields)) {
      return;
    }
    for (Object key : fields.keySet()) {
      String name = VariableNames.assigned(String.valueOf(key), language);
      if (VariableNames.problem(name) == null) {
        assigned.computeIfAbsent(name, n -> new ArrayList<>()).add(at.field(String.valueOf(key)));
      }
    }
  }

  /** The state's own language, else the machine's: nested states do not inherit their parent's. */
  private static Language language(Map<String, Object> state, Walk walk) {
    Language own = Language.of(state.get("QueryLanguage"));
    return own == null ? walk.machineLanguage() : own;
  }
}
