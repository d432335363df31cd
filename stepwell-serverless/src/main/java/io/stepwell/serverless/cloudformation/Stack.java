package io.stepwell.serverless.cloudformation;

import io.stepwell.serverless.Position;
import io.stepwell.serverless.ServerlessException;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The CloudFormation stack a project becomes, as far as intrinsic functions see it: pseudo
 * parameters, and the resources by logical id (the functions, state machines and activities the
 * Framework and the plugin generate, and the project's own {@code resources.Resources}).
 */
public final class Stack {
  private final String region;
  private final String accountId;
  private final String stackName;
  private final Map<String, LogicalResource> resources = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();
  private final Intrinsics intrinsics = new Intrinsics(this);

  public Stack(String region, String accountId, String stackName) {
    this.region = region;
    this.accountId = accountId;
    this.stackName = stackName;
  }

  public String region() {
    return region;
  }

  public String accountId() {
    return accountId;
  }

  public String stackName() {
    return stackName;
  }

  /** The intrinsic functions over this stack. */
  public Intrinsics intrinsics() {
    return intrinsics;
  }

  /** Adds a resource under its logical id. */
  public void add(String logicalId, LogicalResource resource) {
    resources.put(logicalId, resource);
  }

  /**
   * Lets {@code name} stand for {@code logicalId} where no resource has that id, as the plugin lets
   * a function's key ({@code hello}) stand for its logical id ({@code HelloLambdaFunction}).
   */
  public void alias(String name, String logicalId) {
    aliases.put(name, logicalId);
  }

  /**
   * Adds the project's {@code resources.Resources}: each {@code LogicalId: {Type, Properties}}, the
   * Framework's variables in a property resolved by {@code variables} when it is first needed.
   */
  public void addTemplateResources(Mapping template, UnaryOperator<Node> variables) {
    template
        .entries()
        .forEach((id, node) -> {
          if (!(node instanceof Mapping m) || m.get("Type") == null) {
            throw new ServerlessException(node.at(), "resource " + id + " needs a Type");
          }
          Object type = variables.apply(m.get("Type")).toPlain();
          Node properties = m.get("Properties");
          add(
              id,
              new TemplateResource(
                  this,
                  id,
                  String.valueOf(type),
                  properties instanceof Mapping p ? p : null,
                  variables,
                  m.at()));
        });
  }

  /** A pseudo parameter's value ({@code AWS::Region}, ...), or {@code null} for another name. */
  public String pseudo(String name) {
    return switch (name) {
      case "AWS::Region" -> region;
      case "AWS::AccountId" -> accountId;
      case "AWS::Partition" -> "aws";
      case "AWS::StackName" -> stackName;
      case "AWS::StackId" ->
          "arn:aws:cloudformation:"
              + region
              + ":"
              + accountId
              + ":stack/"
              + stackName
              + "/00000000-0000-0000-0000-000000000000";
      case "AWS::URLSuffix" -> "amazonaws.com";
      default -> null;
    };
  }

  /** The resource {@code logicalId} names. */
  public LogicalResource resource(String logicalId, Position at) {
    LogicalResource found = resources.get(logicalId);
    if (found == null && aliases.containsKey(logicalId)) {
      found = resources.get(aliases.get(logicalId));
    }
    if (found == null) {
      throw new ServerlessException(
          at,
          "no resource has the logical id "
              + logicalId
              + " (known: "
              + String.join(", ", new TreeSet<>(resources.keySet()))
              + ")");
    }
    return found;
  }
}
