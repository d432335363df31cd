package io.stepwell.serverless.cloudformation;

import io.stepwell.serverless.Position;
import io.stepwell.serverless.ServerlessException;
import java.util.Map;

/**
 * A resource whose values are known up front: a function, a state machine, an activity.
 *
 * @param type its CloudFormation type, for messages
 * @param ref what {@code Ref} returns
 * @param attributes what {@code Fn::GetAtt} returns, by attribute
 */
public record KnownResource(String type, String ref, Map<String, String> attributes)
    implements LogicalResource {
  public KnownResource {
    attributes = Map.copyOf(attributes);
  }

  @Override
  public String ref(Position at) {
    return ref;
  }

  @Override
  public String attribute(String attribute, Position at) {
    String value = attributes.get(attribute);
    if (value == null) {
      throw new ServerlessException(
          at,
          "a "
              + type
              + " has no attribute "
              + attribute
              + " (it has "
              + String.join(", ", new java.util.TreeSet<>(attributes.keySet()))
              + ")");
    }
    return value;
  }
}
