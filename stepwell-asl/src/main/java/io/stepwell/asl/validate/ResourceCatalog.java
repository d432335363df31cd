package io.stepwell.asl.validate;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Task resources AWS recognises: Lambda function ARNs, activity ARNs, and service
 * integrations {@code
 * arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]}.
 *
 * <p>Optimized integrations whose API list is short are checked action by action (AWS rejects
 * {@code dynamodb:query}, which only the {@code aws-sdk} integration offers); for the larger ones
 * any action is accepted rather than risk refusing a definition AWS accepts. {@code aws-sdk}
 * accepts any service and action, but not {@code .sync}.
 */
final class ResourceCatalog {
  /** An empty set: any action of the service is accepted. */
  private static final Set<String> ANY_ACTION = Set.of();

  private static final Map<String, Set<String>> OPTIMIZED =
      Map.ofEntries(
          Map.entry("lambda", Set.of("invoke")),
          Map.entry("dynamodb", Set.of("getItem", "putItem", "updateItem", "deleteItem")),
          Map.entry("sns", Set.of("publish")),
          Map.entry("sqs", Set.of("sendMessage")),
          Map.entry("states", Set.of("startExecution")),
          Map.entry("events", Set.of("putEvents")),
          Map.entry("apigateway", Set.of("invoke")),
          Map.entry("http", Set.of("invoke")),
          Map.entry("glue", Set.of("startJobRun")),
          Map.entry("batch", Set.of("submitJob")),
          Map.entry("ecs", Set.of("runTask")),
          Map.entry("databrew", Set.of("startJobRun")),
          Map.entry("mediaconvert", Set.of("createJob")),
          Map.entry("athena", ANY_ACTION),
          Map.entry("bedrock", ANY_ACTION),
          Map.entry("codebuild", ANY_ACTION),
          Map.entry("eks", ANY_ACTION),
          Map.entry("elasticmapreduce", ANY_ACTION),
          Map.entry("emr-containers", ANY_ACTION),
          Map.entry("emr-serverless", ANY_ACTION),
          Map.entry("sagemaker", ANY_ACTION));

  private static final Pattern INTEGRATION =
      Pattern.compile(
          "arn:[a-z-]+:states:::(?<service>[a-z0-9-]+):(?<action>[A-Za-z0-9:_-]+?)"
              + "(?<suffix>\\.sync(?::2)?|\\.waitForTaskToken)?");
  private static final Pattern SDK_ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9_]+");
  private static final Pattern ACTIVITY =
      Pattern.compile("arn:[a-z-]+:states:[a-z0-9-]+:\\d{12}:activity:[A-Za-z0-9_.\\-]+");
  private static final Pattern FUNCTION =
      Pattern.compile(
          "arn:[a-z-]+:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_\\-]+(:[A-Za-z0-9_$\\-]+)?");

  private ResourceCatalog() {}

  static void check(String resource, Location at, Walk walk) {
    if (ACTIVITY.matcher(resource).matches() || FUNCTION.matcher(resource).matches()) {
      return;
    }
    Matcher m = INTEGRATION.matcher(resource);
    if (!m.matches() || !known(m.group("service"), m.group("action"), m.group("suffix"))) {
      walk.findings().schema(Messages.unknownResource(resource), at);
      return;
    }
    String suffix = m.group("suffix");
    if (walk.express() && suffix != null) {
      walk.findings()
          .schema(Messages.expressUnsupported(suffix.startsWith(".sync") ? ".sync" : suffix), at);
    }
  }

  private static boolean known(String service, String action, String suffix) {
    if (service.equals("aws-sdk")) {
      return SDK_ACTION.matcher(action).matches()
          && (suffix == null || !suffix.startsWith(".sync"));
    }
    Set<String> actions = OPTIMIZED.get(service);
    if (actions == null) {
      return false;
    }
    return actions.isEmpty() ? !action.contains(":") : actions.contains(action);
  }
}
