package hello;

import io.stepwell.functions.api.StepwellEnvironment;
import java.util.Map;

/** The example's function: greets the input's {@code name} with the GREETING variable. */
public class Handler {
  public Map<String, Object> greet(Map<String, Object> input) {
    String greeting = StepwellEnvironment.getenv("GREETING");
    Object name = input == null ? null : input.get("name");
    return Map.of("greeting", greeting + ", " + (name == null ? "world" : name) + "!");
  }
}
