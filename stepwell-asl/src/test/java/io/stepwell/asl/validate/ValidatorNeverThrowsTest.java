package io.stepwell.asl.validate;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.stepwell.asl.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code validate} answers every input with diagnostics, never an exception: the corpus definitions
 * are damaged one field at a time (removed, or replaced by a value of another type) and each result
 * is validated.
 */
class ValidatorNeverThrowsTest {
  private static final int POSITIONS_PER_DEFINITION = 24;
  private static final List<Object> REPLACEMENTS =
      List.of("x", 7, List.of(), new LinkedHashMap<>(), List.of(Map.of("a", 1)), true);

  @Test
  void damagedDefinitionsGetDiagnosticsNotExceptions() {
    for (String folder : List.of("pure", "lambda", "other")) {
      for (Path file : SharedCorpus.cases(folder)) {
        Object definition = Json.parse(SharedCorpus.definitionText(SharedCorpus.read(file)));
        List<Consumer<Object>> damages = new ArrayList<>();
        collect(definition, damages);
        int step = Math.max(1, damages.size() / POSITIONS_PER_DEFINITION);
        for (int i = 0; i < damages.size(); i += step) {
          Object copy = Json.deepCopy(definition);
          List<Consumer<Object>> onCopy = new ArrayList<>();
          collect(copy, onCopy);
          onCopy.get(i).accept(copy);
          String text = Json.write(copy);
          assertThatCode(() -> Validator.validate(text))
              .as("%s, damage %d: %s", file.getFileName(), i, text)
              .doesNotThrowAnyException();
        }
      }
    }
  }

  /** One damage per object field: remove it, or replace it by each other-typed value. */
  private static void collect(Object node, List<Consumer<Object>> damages) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> m = Json.asObject(map);
      for (String key : List.copyOf(m.keySet())) {
        damages.add(root -> m.remove(key));
        for (Object r : REPLACEMENTS) {
          damages.add(root -> m.put(key, Json.deepCopy(r)));
        }
        collect(m.get(key), damages);
      }
    } else if (node instanceof List<?> list) {
      for (Object item : list) {
        collect(item, damages);
      }
    }
  }
}
