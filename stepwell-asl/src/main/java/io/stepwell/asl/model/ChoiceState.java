package io.stepwell.asl.model;

import io.stepwell.asl.choice.ChoiceRule;
import io.stepwell.asl.jsonata.JsonataTemplate;
import java.util.List;

/**
 * {@code "Type": "Choice"}: goes to the first branch whose rule matches, else to {@code Default}.
 *
 * @param defaultNext {@code Default}, or {@code null}
 */
public record ChoiceState(
    String name,
    IoPath inputPath,
    IoPath outputPath,
    List<Branch> choices,
    String defaultNext,
    PayloadTemplate assign,
    JsonataFields jsonata)
    implements State {
  public ChoiceState {
    choices = List.copyOf(choices);
  }

  /** A Choice state has no Next of its own. */
  @Override
  public String next() {
    return null;
  }

  @Override
  public String typeName() {
    return "Choice";
  }

  /**
   * One top-level rule, where it leads, and what it assigns.
   *
   * @param rule the JSONPath rule, or {@code null} in JSONata mode
   * @param assign the rule's {@code Assign} in JSONPath mode, or {@code null}
   * @param condition the rule's {@code Condition} in JSONata mode, or {@code null}
   * @param jsonataAssign the rule's {@code Assign} in JSONata mode, or {@code null}
   * @param jsonataOutput the rule's {@code Output} in JSONata mode, or {@code null}
   */
  public record Branch(
      ChoiceRule rule,
      String next,
      PayloadTemplate assign,
      JsonataTemplate condition,
      JsonataTemplate jsonataAssign,
      JsonataTemplate jsonataOutput) {}
}
