package io.stepwell.asl.validate;

import java.util.List;
import java.util.Set;

/**
 * A Map state: its item processor (or the legacy {@code Iterator}), the items it reads, and the
 * Distributed Map fields ({@code ItemReader}, {@code ItemBatcher}, {@code ResultWriter}, tolerated
 * failures).
 */
final class MapChecks {
  private static final Set<String> READER =
      Set.of("Resource", "Parameters", "Arguments", "ReaderConfig");
  private static final Set<String> WRITER =
      Set.of("Resource", "Parameters", "Arguments", "WriterConfig");
  private static final Set<String> BATCHER =
      Set.of(
          "MaxItemsPerBatch",
          "MaxItemsPerBatchPath",
          "MaxInputBytesPerBatch",
          "MaxInputBytesPerBatchPath",
          "BatchInput");

  private MapChecks() {}

  static void check(StateScope s) {
    Node node = s.node();
    processor(s);
    node.exclusive("ItemSelector", "Parameters");
    node.exclusive("MaxConcurrency", "MaxConcurrencyPath");
    node.exclusive("ToleratedFailureCount", "ToleratedFailureCountPath");
    node.exclusive("ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
    node.integerAtLeast("MaxConcurrency", 0, s.language());
    node.integerAtLeast("ToleratedFailureCount", 0, s.language());
    node.numberBetween("ToleratedFailurePercentage", 0, 100, s.language());
    node.string("Label");
    for (String path :
        List.of(
            "ItemsPath",
            "MaxConcurrencyPath",
            "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath")) {
      if (s.uses(path)) {
        node.path(path, false);
      }
    }
    if (s.uses("Items")) {
      Object items = node.get("Items");
      if (!(items instanceof List<?>) && !Values.isJsonata(items)) {
        s.findings()
            .schema(
                Messages.wrongType("Items", "an array or a JSONata expression"), node.loc("Items"));
      }
    }
    if (node.has("ItemSelector")) {
      // With JSONata the whole selector may be one expression.
      Object selector = node.get("ItemSelector");
      if ((s.jsonata() && selector instanceof String)
          || Node.of(selector, "ItemSelector", node.loc("ItemSelector"), s.findings()) != null) {
        PayloadChecks.check(selector, node.loc("ItemSelector"), s.language(), s.findings());
      }
    }
    resourceObject(s, "ItemReader", READER);
    resourceObject(s, "ResultWriter", WRITER);
    batcher(s);
  }

  private static void processor(StateScope s) {
    Node node = s.node();
    if (node.has("ItemProcessor") && node.has("Iterator")) {
      node.schema(Messages.onlyOneOf(List.of("ItemProcessor", "Iterator")));
      return;
    }
    if (!node.has("ItemProcessor") && !node.has("Iterator")) {
      node.schema(Messages.exactlyOneOf(List.of("ItemProcessor", "Iterator")));
      return;
    }
    String field = node.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
    Node p = Node.of(node.get(field), field, node.loc(field), s.findings());
    if (p == null) {
      return;
    }
    ContainerChecks.checkNested(p, Set.of("ProcessorConfig"), s.walk());
    if (p.has("ProcessorConfig")) {
      Node config =
          Node.of(
              p.get("ProcessorConfig"), "ProcessorConfig", p.loc("ProcessorConfig"), s.findings());
      if (config != null) {
        processorConfig(config);
      }
    }
  }

  private static void processorConfig(Node config) {
    config.allowOnly(Set.of("Mode", "ExecutionType"));
    config.oneOf("Mode", List.of("INLINE", "DISTRIBUTED"));
    config.oneOf("ExecutionType", List.of("STANDARD", "EXPRESS"));
    if ("DISTRIBUTED".equals(config.get("Mode"))) {
      config.require(List.of("ExecutionType"));
    } else if (config.has("ExecutionType")) {
      config.schema(Messages.notSupported("ExecutionType"));
    }
  }

  /** {@code ItemReader} and {@code ResultWriter}: a resource and its parameters. */
  private static void resourceObject(StateScope s, String field, Set<String> allowed) {
    Node node = s.node();
    if (!node.has(field)) {
      return;
    }
    Node o = Node.of(node.get(field), field, node.loc(field), s.findings());
    if (o == null) {
      return;
    }
    if (o.require(field.equals("ItemReader") ? List.of("Resource") : List.of())) {
      for (String f : o.fields().keySet()) {
        if (!allowed.contains(f)) {
          o.schema(Messages.notSupported(f));
        } else if ((f.equals("Parameters") && s.jsonata())
            || (f.equals("Arguments") && !s.jsonata())) {
          o.schema(Messages.onlyForOtherLanguage(s.language(), f));
        }
      }
    }
    o.string("Resource");
    if (!s.jsonata() && o.has("Parameters")) {
      PayloadChecks.template(o.get("Parameters"), o.loc("Parameters"), s.findings());
    }
    if (s.jsonata() && o.has("Arguments")) {
      PayloadChecks.jsonata(o.get("Arguments"), o.loc("Arguments"), s.findings());
    }
  }

  private static void batcher(StateScope s) {
    Node node = s.node();
    if (!node.has("ItemBatcher")) {
      return;
    }
    Node b = Node.of(node.get("ItemBatcher"), "ItemBatcher", node.loc("ItemBatcher"), s.findings());
    if (b == null) {
      return;
    }
    b.allowOnly(BATCHER);
    b.exclusive("MaxItemsPerBatch", "MaxItemsPerBatchPath");
    b.exclusive("MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
    b.integerAtLeast("MaxItemsPerBatch", 0, s.language());
    b.integerAtLeast("MaxInputBytesPerBatch", 0, s.language());
    for (String path : List.of("MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath")) {
      if (s.jsonata() && b.has(path)) {
        b.schema(Messages.onlyForOtherLanguage(s.language(), path));
      } else {
        b.path(path, false);
      }
    }
  }
}
