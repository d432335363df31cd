package io.stepwell.serverless.cloudformation;

import io.stepwell.serverless.Position;
import io.stepwell.serverless.ServerlessException;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A resource of the project's own {@code resources.Resources}: {@code Ref} and {@code Fn::GetAtt}
 * return what CloudFormation documents for its type (a DynamoDB table's {@code Ref} is its name, a
 * queue's its URL, a topic's its ARN, ...). Without a name property, the name is the one
 * CloudFormation would generate ({@code stack-LogicalId-SUFFIX}), with a suffix derived from the
 * stack and logical id instead of a random one, so that deploying again names the same resource.
 */
final class TemplateResource implements LogicalResource {
  /** By type: the property that names it. */
  private static final Map<String, String> NAME_PROPERTIES =
      Map.ofEntries(
          Map.entry("AWS::DynamoDB::Table", "TableName"),
          Map.entry("AWS::SQS::Queue", "QueueName"),
          Map.entry("AWS::SNS::Topic", "TopicName"),
          Map.entry("AWS::S3::Bucket", "BucketName"),
          Map.entry("AWS::Lambda::Function", "FunctionName"),
          Map.entry("AWS::StepFunctions::StateMachine", "StateMachineName"),
          Map.entry("AWS::StepFunctions::Activity", "Name"),
          Map.entry("AWS::IAM::Role", "RoleName"),
          Map.entry("AWS::Events::EventBus", "Name"),
          Map.entry("AWS::Logs::LogGroup", "LogGroupName"));

  private final Stack stack;
  private final String logicalId;
  private final String type;
  private final Mapping properties;
  private final UnaryOperator<Node> variables;
  private final Position at;
  private boolean resolving;

  TemplateResource(
      Stack stack,
      String logicalId,
      String type,
      Mapping properties,
      UnaryOperator<Node> variables,
      Position at) {
    this.stack = stack;
    this.logicalId = logicalId;
    this.type = type;
    this.properties = properties;
    this.variables = variables;
    this.at = at;
  }

  @Override
  public String ref(Position from) {
    String name = name(from);
    String r = stack.region();
    String a = stack.accountId();
    return switch (type) {
      case "AWS::SQS::Queue" -> "https://sqs." + r + ".amazonaws.com/" + a + "/" + name;
      case "AWS::SNS::Topic" -> "arn:aws:sns:" + r + ":" + a + ":" + name;
      case "AWS::StepFunctions::StateMachine" ->
          "arn:aws:states:" + r + ":" + a + ":stateMachine:" + name;
      case "AWS::StepFunctions::Activity" -> "arn:aws:states:" + r + ":" + a + ":activity:" + name;
      default -> name;
    };
  }

  @Override
  public String attribute(String attribute, Position from) {
    String name = name(from);
    String r = stack.region();
    String a = stack.accountId();
    String value =
        switch (type + "." + attribute) {
          case "AWS::DynamoDB::Table.Arn" -> "arn:aws:dynamodb:" + r + ":" + a + ":table/" + name;
          case "AWS::SQS::Queue.Arn" -> "arn:aws:sqs:" + r + ":" + a + ":" + name;
          case "AWS::SQS::Queue.QueueName", "AWS::SNS::Topic.TopicName" -> name;
          case "AWS::SQS::Queue.QueueUrl", "AWS::SNS::Topic.TopicArn" -> ref(from);
          case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + name;
          case "AWS::S3::Bucket.DomainName" -> name + ".s3.amazonaws.com";
          case "AWS::Lambda::Function.Arn" -> "arn:aws:lambda:" + r + ":" + a + ":function:" + name;
          case "AWS::StepFunctions::StateMachine.Arn",
              "AWS::StepFunctions::StateMachine.Name",
              "AWS::StepFunctions::Activity.Name" ->
              attribute.equals("Arn") ? ref(from) : name;
          case "AWS::IAM::Role.Arn" -> "arn:aws:iam::" + a + ":role/" + name;
          case "AWS::Events::EventBus.Arn" ->
              "arn:aws:events:" + r + ":" + a + ":event-bus/" + name;
          case "AWS::Events::EventBus.Name" -> name;
          case "AWS::Logs::LogGroup.Arn" ->
              "arn:aws:logs:" + r + ":" + a + ":log-group:" + name + ":*";
          default -> null;
        };
    if (value == null) {
      throw new ServerlessException(
          from,
          "cannot resolve Fn::GetAtt "
              + logicalId
              + "."
              + attribute
              + ": attribute "
              + attribute
              + " of "
              + type
              + " is not supported here");
    }
    return value;
  }

  /** The physical name: the name property, or the one CloudFormation would generate. */
  private String name(Position from) {
    String property = NAME_PROPERTIES.get(type);
    if (property == null) {
      throw new ServerlessException(
          from,
          "cannot refer to "
              + logicalId
              + ": resources of type "
              + type
              + " are not supported here (supported: "
              + String.join(", ", new java.util.TreeSet<>(NAME_PROPERTIES.keySet()))
              + ")");
    }
    Node named = properties == null ? null : properties.get(property);
    if (named == null) {
      return generatedName();
    }
    if (resolving) {
      throw new ServerlessException(
          named.at(), "circular reference: the " + property + " of " + logicalId + " refers to it");
    }
    resolving = true;
    try {
      Object value = stack.intrinsics().resolve(variables.apply(named));
      if (!(value instanceof String s)) {
        throw new ServerlessException(named.at(), property + " must be a string");
      }
      return s;
    } finally {
      resolving = false;
    }
  }

  private String generatedName() {
    String suffix = suffix(stack.stackName() + "/" + logicalId);
    String name = stack.stackName() + "-" + logicalId + "-" + suffix;
    return switch (type) {
      case "AWS::S3::Bucket" -> name.toLowerCase(Locale.ROOT);
      case "AWS::StepFunctions::StateMachine", "AWS::StepFunctions::Activity" ->
          logicalId + "-" + suffix;
      default -> name;
    };
  }

  /** Twelve uppercase letters and digits, the same for the same input. */
  static String suffix(String input) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        out.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return logicalId + " (" + type + ") at " + at;
  }
}
