package io.stepwell.serverless.yaml;

import io.stepwell.serverless.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence.
 *
 * @param items the items in order
 * @param at where the sequence starts
 */
public record Sequence(List<Node> items, Position at) implements Node {
  public Sequence {
    items = List.copyOf(items);
  }

  @Override
  public Object toPlain() {
    List<Object> out = new ArrayList<>();
    items.forEach(i -> out.add(i.toPlain()));
    return out;
  }
}
