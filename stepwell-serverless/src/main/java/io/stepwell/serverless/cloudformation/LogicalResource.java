package io.stepwell.serverless.cloudformation;

import io.stepwell.serverless.Position;

/** Something a template names by logical id: what {@code Ref} and {@code Fn::GetAtt} return. */
public interface LogicalResource {
  /** {@code Ref}'s value. */
  String ref(Position at);

  /**
   * {@code Fn::GetAtt}'s value for {@code attribute}.
   *
   * @throws io.stepwell.serverless.ServerlessException when the resource has no such attribute
   */
  String attribute(String attribute, Position at);
}
