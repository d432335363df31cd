package io.stepwell.services.dynamodb;

import io.stepwell.server.AwsException;

/** DynamoDB's errors, with the {@code __type} namespaces and messages DynamoDB sends. */
final class DynamoErrors {
  static final String VALIDATION = "com.amazon.coral.validate#ValidationException";
  static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";
  static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";

  private DynamoErrors() {}

  static AwsException validation(String message) {
    return new AwsException(VALIDATION, message);
  }

  /** A parameter value DynamoDB refuses, with its usual prefix. */
  static AwsException invalidParameter(String detail) {
    return validation("One or more parameter values were invalid: " + detail);
  }

  static AwsException serialization(String message) {
    return new AwsException(SERIALIZATION, message);
  }

  /** The item operations' answer for a missing table. */
  static AwsException resourceNotFound() {
    return new AwsException(DYNAMODB + "ResourceNotFoundException", "Requested resource not found");
  }

  /** DescribeTable's and DeleteTable's answer for a missing table. */
  static AwsException tableNotFound(String name) {
    return new AwsException(
        DYNAMODB + "ResourceNotFoundException",
        "Requested resource not found: Table: " + name + " not found");
  }

  static AwsException resourceInUse(String message) {
    return new AwsException(DYNAMODB + "ResourceInUseException", message);
  }

  static AwsException conditionalCheckFailed() {
    return new AwsException(
        DYNAMODB + "ConditionalCheckFailedException", "The conditional request failed");
  }

  static AwsException internal(String message) {
    return new AwsException(DYNAMODB + "InternalServerError", message, 500);
  }

  /** The error code an SDK reads from a {@code __type}: the part after {@code #}. */
  static String code(String type) {
    return type.substring(type.indexOf('#') + 1);
  }
}
