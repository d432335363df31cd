package io.stepwell.server.sfn;

import io.stepwell.asl.validate.Diagnostic;
import io.stepwell.asl.validate.Validator;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import io.stepwell.server.AwsException;
import io.stepwell.server.AwsJsonApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Create, describe, update, delete and list state machines; {@code
 * DescribeStateMachineForExecution} and {@code ValidateStateMachineDefinition}.
 */
final class StateMachineActions {
  static final List<String> TYPES = List.of("STANDARD", "EXPRESS");
  private static final int MAX_TAGS = 50;

  private final Context cx;

  StateMachineActions(Context cx) {
    this.cx = cx;
  }

  void register(AwsJsonApi api) {
    api.register(StepFunctionsApi.SERVICE, "CreateStateMachine", b -> create(new Req(b)));
    api.register(StepFunctionsApi.SERVICE, "DescribeStateMachine", b -> describe(new Req(b)));
    api.register(StepFunctionsApi.SERVICE, "UpdateStateMachine", b -> update(new Req(b)));
    api.register(StepFunctionsApi.SERVICE, "DeleteStateMachine", b -> delete(new Req(b)));
    api.register(StepFunctionsApi.SERVICE, "ListStateMachines", b -> list(new Req(b)));
    api.register(
        StepFunctionsApi.SERVICE,
        "DescribeStateMachineForExecution",
        b -> forExecution(new Req(b)));
    api.register(
        StepFunctionsApi.SERVICE, "ValidateStateMachineDefinition", b -> validate(new Req(b)));
  }

  private Map<String, Object> create(Req req) {
    String name = req.required("name");
    String definition = req.string("definition", 1024 * 1024, true);
    if (definition == null) {
      throw AwsException.missing("definition");
    }
    String roleArn = req.required("roleArn");
    String type = req.oneOf("type", TYPES);
    boolean publish = req.flag("publish");
    String versionDescription = req.string("versionDescription", 256, true);
    requireDescriptionOnlyWithPublish(publish, versionDescription);
    Map<String, Object> logging =
        req.object("loggingConfiguration") == null
            ? Settings.defaultLogging()
            : Settings.logging(req.object("loggingConfiguration"));
    Map<String, Object> tracing = Settings.tracing(req.object("tracingConfiguration"));
    Map<String, String> tags = Context.tags(req.list("tags"));
    if (tags.size() > MAX_TAGS) {
      throw tooManyTags();
    }
    String arn =
        "arn:aws:states:" + cx.engine().region() + ":" + cx.engine().account() + ":stateMachine:";
    boolean existed = cx.engine().listStateMachines().stream().anyMatch(s -> s.name().equals(name));
    StateMachineRecord sm = cx.engine().createStateMachine(name, definition, type, roleArn);
    if (existed) {
      // Idempotent only when the configurations are the same too; tags and role are ignored.
      if (!cx.settings().logging(sm.arn()).equals(logging)
          || !cx.settings().tracing(sm.arn()).equals(tracing)) {
        throw new AwsException(
            "StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + name + "'");
      }
    } else {
      cx.settings().setLogging(sm.arn(), logging);
      cx.settings().setTracing(sm.arn(), tracing);
      cx.settings().remember(sm, roleArn);
      cx.tags().tag(sm.arn(), tags);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachineArn", sm.arn());
    out.put("creationDate", Shapes.epochSeconds(sm.createdAt()));
    if (publish) {
      out.put(
          "stateMachineVersionArn",
          cx.engine().publishStateMachineVersion(sm.arn(), versionDescription).arn());
    }
    return out;
  }

  static AwsException tooManyTags() {
    return new AwsException(
        "TooManyTags", "Too many tags: a resource can have at most " + MAX_TAGS + " tags");
  }

  private static void requireDescriptionOnlyWithPublish(boolean publish, String description) {
    if (!publish && description != null) {
      throw new AwsException(
          "ValidationException", "Version description can only be set when publish is true");
    }
  }

  private Map<String, Object> describe(Req req) {
    String arn = req.required("stateMachineArn");
    Arns.require(arn, "stateMachine");
    String qualifier = Arns.qualifier(arn);
    String base = Arns.unqualified(arn);
    if (Arns.isVersion(qualifier)) {
      StateMachineVersionRecord version = version(base, arn);
      StateMachineRecord rev = revision(base, version.revision(), arn);
      return cx.describe(rev, arn, version.createdAt(), version.description());
    }
    if (qualifier != null) {
      // An alias names no revision of its own: AWS describes the state machine behind it.
      cx.engine().describeStateMachineAlias(arn);
    }
    StateMachineRecord sm = cx.engine().stateMachine(base);
    return cx.describe(sm, base, sm.createdAt(), null);
  }

  private StateMachineVersionRecord version(String base, String versionArn) {
    try {
      for (StateMachineVersionRecord v : cx.engine().listStateMachineVersions(base)) {
        if (v.arn().equals(versionArn)) {
          return v;
        }
      }
    } catch (io.stepwell.engine.EngineException e) {
      // the state machine is gone: the version is too
    }
    throw doesNotExist(versionArn);
  }

  private StateMachineRecord revision(String base, int revision, String shownArn) {
    return cx.settings().revision(base, revision).orElseThrow(() -> doesNotExist(shownArn));
  }

  static AwsException doesNotExist(String arn) {
    return new AwsException(
        "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
  }

  private Map<String, Object> update(Req req) {
    String arn = req.required("stateMachineArn");
    Arns.require(arn, "stateMachine");
    String definition = req.string("definition", 1024 * 1024, true);
    String roleArn = req.string("roleArn");
    Map<String, Object> loggingGiven = req.object("loggingConfiguration");
    Map<String, Object> tracingGiven = req.object("tracingConfiguration");
    boolean publish = req.flag("publish");
    String versionDescription = req.string("versionDescription", 256, true);
    StateMachineRecord current = cx.engine().stateMachine(arn);
    if (definition == null && roleArn == null && loggingGiven == null && tracingGiven == null) {
      throw new AwsException(
          "MissingRequiredParameter",
          "Either the definition, the role ARN, the LoggingConfiguration, or the"
              + " TracingConfiguration must be specified");
    }
    requireDescriptionOnlyWithPublish(publish, versionDescription);
    Map<String, Object> logging =
        loggingGiven == null ? cx.settings().logging(arn) : Settings.logging(loggingGiven);
    Map<String, Object> tracing =
        tracingGiven == null ? cx.settings().tracing(arn) : Settings.tracing(tracingGiven);
    boolean changed =
        (definition != null && !definition.equals(current.definition()))
            || (roleArn != null && !roleArn.equals(cx.settings().role(current)))
            || !logging.equals(cx.settings().logging(arn))
            || !tracing.equals(cx.settings().tracing(arn));
    StateMachineRecord next = current;
    if (changed) {
      // Each change is a new revision (AWS: a new revisionId), the role one included.
      next =
          cx.engine()
              .updateStateMachine(arn, definition == null ? current.definition() : definition);
      cx.settings().remember(next, roleArn == null ? cx.settings().role(current) : roleArn);
      cx.settings().setLogging(arn, logging);
      cx.settings().setTracing(arn, tracing);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("updateDate", Shapes.epochSeconds(next.updatedAt()));
    out.put("revisionId", Shapes.revisionId(arn, next.revision()));
    if (publish) {
      out.put(
          "stateMachineVersionArn",
          cx.engine().publishStateMachineVersion(arn, versionDescription).arn());
    }
    return out;
  }

  private Map<String, Object> delete(Req req) {
    String arn = req.required("stateMachineArn");
    Arns.require(arn, "stateMachine");
    cx.engine().deleteStateMachine(arn);
    cx.tags().forget(arn);
    cx.settings().forget(arn);
    return null;
  }

  private Map<String, Object> list(Req req) {
    Paging.Page<StateMachineRecord> page =
        Paging.page(cx.engine().listStateMachines(), StateMachineRecord::name, req, "sm", 1024);
    List<Object> items = new ArrayList<>();
    for (StateMachineRecord sm : page.items()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("stateMachineArn", sm.arn());
      item.put("name", sm.name());
      item.put("type", sm.type());
      item.put("creationDate", Shapes.epochSeconds(sm.createdAt()));
      items.add(item);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachines", items);
    Shapes.put(out, "nextToken", page.nextToken());
    return out;
  }

  private Map<String, Object> forExecution(Req req) {
    String arn = req.required("executionArn");
    Arns.require(arn, "execution", "express");
    ExecutionRecord e = cx.engine().describeExecution(arn);
    // Without a store, a revision from before a restart is unknown: the latest stands in.
    StateMachineRecord rev =
        cx.settings()
            .revision(e.stateMachineArn(), e.revision())
            .orElseGet(() -> cx.engine().stateMachine(e.stateMachineArn()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachineArn", rev.arn());
    out.put("name", rev.name());
    out.put("definition", rev.definition());
    out.put("roleArn", cx.settings().role(rev));
    out.put("updateDate", Shapes.epochSeconds(rev.updatedAt()));
    out.put("loggingConfiguration", cx.settings().logging(rev.arn()));
    out.put("tracingConfiguration", cx.settings().tracing(rev.arn()));
    if (rev.revision() > 1) {
      out.put("revisionId", Shapes.revisionId(rev.arn(), rev.revision()));
    }
    return out;
  }

  private Map<String, Object> validate(Req req) {
    String definition = req.required("definition");
    String type = req.oneOf("type", TYPES);
    String severity = req.oneOf("severity", List.of("ERROR", "WARNING"));
    Integer max = req.integer("maxResults");
    if (max != null && (max < 0 || max > 100)) {
      throw new AwsException(
          "ValidationException",
          "1 validation error detected: Value '"
              + max
              + "' at 'maxResults' failed to satisfy constraint: Member must have value "
              + (max < 0 ? "greater than or equal to 0" : "less than or equal to 100"));
    }
    int limit = max == null || max == 0 ? 100 : max;
    List<Diagnostic> all = Validator.validate(definition, type == null ? "STANDARD" : type);
    boolean failed = all.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    List<Object> shown = new ArrayList<>();
    int matching = 0;
    for (Diagnostic d : all) {
      if (d.severity() != Diagnostic.Severity.ERROR && !"WARNING".equals(severity)) {
        continue;
      }
      matching++;
      if (shown.size() < limit) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("severity", d.severity().name());
        item.put("code", d.code());
        item.put("message", d.message());
        Shapes.put(item, "location", d.location());
        shown.add(item);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("result", failed ? "FAIL" : "OK");
    out.put("diagnostics", shown);
    out.put("truncated", matching > shown.size());
    return out;
  }
}
