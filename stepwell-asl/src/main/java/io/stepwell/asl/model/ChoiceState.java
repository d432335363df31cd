package io.stepwell.asl.model;

import io.stepwell.asl.choice.ChoiceRule;
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
    PayloadTemplate assign)
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
   * @param assign the rule's {@code Assign}, or {@code null}
   */
  public record Branch(ChoiceRule rule, String next, PayloadTemplate assign) {}
}
