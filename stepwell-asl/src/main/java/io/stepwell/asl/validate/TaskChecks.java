package io.stepwell.asl.validate;

import java.util.List;
import java.util.Set;

/** A Task's resource, timeouts and credentials. */
final class TaskChecks {
  private TaskChecks() {}

  static void check(StateScope s) {
    Node node = s.node();
    if (node.has("Resource")) {
      if (node.get("Resource") instanceof String resource) {
        ResourceCatalog.check(resource, node.loc("Resource"), s.walk());
      } else {
        node.string("Resource");
      }
    }
    for (String seconds : List.of("TimeoutSeconds", "HeartbeatSeconds")) {
      node.exclusive(seconds, seconds + "Path");
      node.integerAtLeast(seconds, 1, s.language());
      if (s.uses(seconds + "Path")) {
        node.path(seconds + "Path", false);
      }
    }
    if (s.uses("Credentials")) {
      credentials(s);
    }
  }

  private static void credentials(StateScope s) {
    Node node = s.node();
    Node c = Node.of(node.get("Credentials"), "Credentials", node.loc("Credentials"), s.findings());
    if (c == null) {
      return;
    }
    boolean dollar = !s.jsonata() && c.has("RoleArn.$");
    if (!c.has("RoleArn") && !dollar) {
      c.schema(Messages.requiredButMissing("RoleArn"));
      return;
    }
    c.allowOnly(s.jsonata() ? Set.of("RoleArn") : Set.of("RoleArn", "RoleArn.$"));
    c.exclusive("RoleArn", "RoleArn.$");
    c.string("RoleArn");
    if (dollar && !Values.isPathOrIntrinsic(c.get("RoleArn.$"))) {
      c.findings().schema(Messages.invalidDollarValue("RoleArn.$"), c.loc("RoleArn.$"));
    }
  }
}
