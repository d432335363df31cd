package io.stepwell.server.sfn;

import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import io.stepwell.server.AwsException;
import io.stepwell.server.AwsJsonApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** State machine versions and aliases. */
final class VersionActions {
  private static final Pattern ALIAS_NAME =
      Pattern.compile("^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$");

  private final Context cx;

  VersionActions(Context cx) {
    this.cx = cx;
  }

  void register(AwsJsonApi api) {
    String s = StepFunctionsApi.SERVICE;
    api.register(s, "PublishStateMachineVersion", b -> publish(new Req(b)));
    api.register(s, "ListStateMachineVersions", b -> listVersions(new Req(b)));
    api.register(
        s,
        "DeleteStateMachineVersion",
        b -> {
          String arn = new Req(b).required("stateMachineVersionArn");
          Arns.require(arn, "stateMachine");
          cx.engine().deleteStateMachineVersion(arn);
          return null;
        });
    api.register(s, "CreateStateMachineAlias", b -> createAlias(new Req(b)));
    api.register(
        s,
        "DescribeStateMachineAlias",
        b -> alias(cx.engine().describeStateMachineAlias(aliasArn(new Req(b)))));
    api.register(s, "UpdateStateMachineAlias", b -> updateAlias(new Req(b)));
    api.register(
        s,
        "DeleteStateMachineAlias",
        b -> {
          cx.engine().deleteStateMachineAlias(aliasArn(new Req(b)));
          return null;
        });
    api.register(s, "ListStateMachineAliases", b -> listAliases(new Req(b)));
  }

  private Map<String, Object> publish(Req req) {
    String arn = req.required("stateMachineArn");
    Arns.require(arn, "stateMachine");
    String revisionId = req.string("revisionId");
    String description = req.string("description", 256, true);
    if (revisionId != null) {
      StateMachineRecord sm = cx.engine().stateMachine(arn);
      String current = Shapes.revisionId(arn, sm.revision());
      boolean initial = sm.revision() == 1 && "INITIAL".equals(revisionId);
      if (!initial && !current.equals(revisionId)) {
        throw new AwsException(
            "ConflictException",
            "Failed to publish the State Machine version for revision "
                + revisionId
                + ". The current State Machine revision is "
                + (sm.revision() == 1 ? "INITIAL" : current)
                + ".");
      }
    }
    StateMachineVersionRecord v = cx.engine().publishStateMachineVersion(arn, description);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("creationDate", Shapes.epochSeconds(v.createdAt()));
    out.put("stateMachineVersionArn", v.arn());
    return out;
  }

  private Map<String, Object> listVersions(Req req) {
    String arn = req.required("stateMachineArn");
    Arns.require(arn, "stateMachine");
    Paging.Page<StateMachineVersionRecord> page =
        Paging.page(
            cx.engine().listStateMachineVersions(arn),
            StateMachineVersionRecord::arn,
            req,
            "versions:" + arn,
            1024);
    List<Object> items = new ArrayList<>();
    for (StateMachineVersionRecord v : page.items()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("stateMachineVersionArn", v.arn());
      item.put("creationDate", Shapes.epochSeconds(v.createdAt()));
      items.add(item);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachineVersions", items);
    Shapes.put(out, "nextToken", page.nextToken());
    return out;
  }

  private static String aliasArn(Req req) {
    String arn = req.required("stateMachineAliasArn");
    Arns.require(arn, "stateMachine");
    return arn;
  }

  private Map<String, Object> createAlias(Req req) {
    String name = req.required("name");
    if (name.length() > 80 || !ALIAS_NAME.matcher(name).matches()) {
      throw new AwsException(
          "ValidationException",
          "1 validation error detected: Value '"
              + name
              + "' at 'name' failed to satisfy constraint: "
              + (name.length() > 80
                  ? "Member must have length less than or equal to 80"
                  : "Member must satisfy regular expression pattern: " + ALIAS_NAME.pattern()));
    }
    String description = req.string("description", 256, true);
    List<Object> routing = req.list("routingConfiguration");
    if (routing == null) {
      throw AwsException.missing("routingConfiguration");
    }
    StateMachineAliasRecord a =
        cx.engine().createStateMachineAlias(name, description, routes(routing));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachineAliasArn", a.arn());
    out.put("creationDate", Shapes.epochSeconds(a.createdAt()));
    return out;
  }

  private Map<String, Object> updateAlias(Req req) {
    String arn = aliasArn(req);
    String description = req.string("description", 256, true);
    List<Object> routing = req.list("routingConfiguration");
    StateMachineAliasRecord a =
        cx.engine()
            .updateStateMachineAlias(arn, description, routing == null ? null : routes(routing));
    return Map.of("updateDate", Shapes.epochSeconds(a.updatedAt()));
  }

  @SuppressWarnings("unchecked")
  private static List<AliasRoute> routes(List<Object> routing) {
    List<AliasRoute> routes = new ArrayList<>();
    for (Object item : routing) {
      if (!(item instanceof Map<?, ?>)) {
        throw new AwsException(
            "SerializationException", "Start of structure or map found where not expected.");
      }
      Req r = new Req((Map<String, Object>) item);
      String version = r.required("stateMachineVersionArn");
      Integer weight = r.integer("weight");
      if (weight == null) {
        throw AwsException.missing("routingConfiguration.member.weight");
      }
      routes.add(new AliasRoute(version, weight));
    }
    return routes;
  }

  private static Map<String, Object> alias(StateMachineAliasRecord a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachineAliasArn", a.arn());
    out.put("name", a.name());
    Shapes.put(out, "description", a.description());
    List<Object> routing = new ArrayList<>();
    for (AliasRoute r : a.routing()) {
      routing.add(Map.of("stateMachineVersionArn", r.versionArn(), "weight", r.weight()));
    }
    out.put("routingConfiguration", routing);
    out.put("creationDate", Shapes.epochSeconds(a.createdAt()));
    out.put("updateDate", Shapes.epochSeconds(a.updatedAt()));
    return out;
  }

  private Map<String, Object> listAliases(Req req) {
    String arn = req.required("stateMachineArn");
    Arns.require(arn, "stateMachine");
    String qualifier = Arns.qualifier(arn);
    List<StateMachineAliasRecord> aliases =
        cx.engine().listStateMachineAliases(Arns.unqualified(arn));
    if (Arns.isVersion(qualifier)) {
      // A version's ARN lists the aliases that route to it.
      aliases =
          aliases.stream()
              .filter(a -> a.routing().stream().anyMatch(r -> r.versionArn().equals(arn)))
              .toList();
    } else if (qualifier != null) {
      throw new AwsException("InvalidArn", "Invalid Arn: '" + arn + "'");
    }
    Paging.Page<StateMachineAliasRecord> page =
        Paging.page(aliases, StateMachineAliasRecord::arn, req, "aliases:" + arn, 1024);
    List<Object> items = new ArrayList<>();
    for (StateMachineAliasRecord a : page.items()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("stateMachineAliasArn", a.arn());
      item.put("creationDate", Shapes.epochSeconds(a.createdAt()));
      items.add(item);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachineAliases", items);
    Shapes.put(out, "nextToken", page.nextToken());
    return out;
  }
}
